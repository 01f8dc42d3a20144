export { Decision, NearMiss, PolicySimulator, SimulationRequest, SimulationResult, StatementRef, UnevaluatedCondition } from './simulator';
