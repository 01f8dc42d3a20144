export { Severity, Finding, CamValidationError } from './finding';
export { Region } from './region';
export { QcsResource, QcsResourceProps } from './resource';
export { Principal, PrincipalKind } from './principal';
export { AccountPrincipal, CompositePrincipal, OpenIdConnectPrincipal, OpenIdConnectPrincipalOptions, SamlPrincipal, SamlPrincipalOptions, ServicePrincipal } from './principals';
export { Condition, ConditionOperator } from './condition';
export { Effect, PolicyStatement, PolicyStatementProps } from './statement';
