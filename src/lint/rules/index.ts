import { Rule } from '../rule';
import { ALLOW_ALL } from './allow-all';
import { ANONYMOUS_PRINCIPAL } from './anonymous-principal';
import { INVALID_ACCOUNT } from './invalid-account';
import { INVALID_ACTION_FORMAT } from './invalid-action-format';
import { INVALID_CONDITION_OPERATOR } from './invalid-condition-operator';
import { INVALID_CONDITION_VALUE } from './invalid-condition-value';
import { INVALID_EFFECT } from './invalid-effect';
import { INVALID_ELEMENT } from './invalid-element';
import { INVALID_JSON } from './invalid-json';
import { INVALID_POLICY_NAME } from './invalid-policy-name';
import { INVALID_PRINCIPAL } from './invalid-principal';
import { INVALID_REGION } from './invalid-region';
import { INVALID_RESOURCE } from './invalid-resource';
import { INVALID_VERSION } from './invalid-version';
import { MISSING_ACTION } from './missing-action';
import { OPERATION_LEVEL_RESOURCE } from './operation-level-resource';
import { MISSING_RESOURCE } from './missing-resource';
import { MISSING_STATEMENT } from './missing-statement';
import { NOT_CAM_INPUT } from './not-cam-input';
import { POLICY_TOO_LONG } from './policy-too-long';
import { PRIVILEGE_ESCALATION } from './privilege-escalation';
import { PROVIDER_INCOMPATIBLE } from './provider-incompatible';
import { REDUNDANT_VALUE } from './redundant-value';
import { RESOURCE_TYPE_MISMATCH } from './resource-type-mismatch';
import { RESOURCE_TEMPLATE_MISMATCH } from './resource-template-mismatch';
import { SERVICE_MISMATCH } from './service-mismatch';
import { SERVICE_WILDCARD } from './service-wildcard';
import { UNKNOWN_ACTION } from './unknown-action';
import { UNKNOWN_SERVICE } from './unknown-service';
import { INVALID_TRUST_STATEMENT, MISSING_PRINCIPAL } from './policy-kind';
import { MISPLACED_POLICY_VARIABLE, UNKNOWN_POLICY_VARIABLE } from './unknown-policy-variable';
import { TIME_WITHOUT_ZONE } from './time-without-zone';
import { UNSUPPORTED_CONDITION } from './unsupported-condition';
import { UNKNOWN_CONDITION_KEY } from './unknown-condition-key';

/** Every rule, in the order of DESIGN.md's table; findings of one place come in this order. @internal */
export const ALL_RULES: Rule[] = [
  INVALID_JSON,
  NOT_CAM_INPUT,
  INVALID_ELEMENT,
  INVALID_VERSION,
  MISSING_STATEMENT,
  INVALID_EFFECT,
  MISSING_ACTION,
  MISSING_RESOURCE,
  MISSING_PRINCIPAL,
  INVALID_TRUST_STATEMENT,
  INVALID_ACTION_FORMAT,
  UNKNOWN_ACTION,
  UNKNOWN_SERVICE,
  INVALID_RESOURCE,
  INVALID_REGION,
  INVALID_ACCOUNT,
  SERVICE_MISMATCH,
  RESOURCE_TYPE_MISMATCH,
  RESOURCE_TEMPLATE_MISMATCH,
  OPERATION_LEVEL_RESOURCE,
  INVALID_CONDITION_OPERATOR,
  INVALID_CONDITION_VALUE,
  INVALID_PRINCIPAL,
  POLICY_TOO_LONG,
  INVALID_POLICY_NAME,
  PROVIDER_INCOMPATIBLE,
  ALLOW_ALL,
  PRIVILEGE_ESCALATION,
  ANONYMOUS_PRINCIPAL,
  SERVICE_WILDCARD,
  REDUNDANT_VALUE,
  UNKNOWN_POLICY_VARIABLE,
  MISPLACED_POLICY_VARIABLE,
  UNSUPPORTED_CONDITION,
  UNKNOWN_CONDITION_KEY,
  TIME_WITHOUT_ZONE,
];
