export { PolicyContext } from './rule';
export { Linter, LinterOptions, LintTextOptions, LintResult, RuleInfo } from './linter';
