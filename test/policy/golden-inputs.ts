// Inputs whose every finding (code, severity, path, message) is pinned in golden-findings.json,
// written by `npm run golden:update` (scripts/golden-update.ts) and never by hand. Each input takes a
// branch of the parser, the model's value checks (actions, resources, regions, accounts,
// principals, conditions, policy variables) or CMQ's legacy requests; a change of any message or
// place shows up as a diff to review.
import { PolicyContext } from '../../src';

export interface GoldenInput {
  readonly name: string;
  /** Text to lint, or a value for lintValue. */
  readonly text?: string;
  readonly value?: unknown;
  readonly context?: PolicyContext;
}

const st = (over: Record<string, unknown>) => JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['name/cos:GetObject'], resource: ['*'], ...over }] });
const R = 'qcs::cos:ap-guangzhou:uid/1250000000:';

export const GOLDEN_INPUTS: GoldenInput[] = [
  // The document's shape.
  { name: 'not an object', text: '[1,2]' },
  { name: 'a string', text: '"policy"' },
  { name: 'null', text: 'null' },
  { name: 'a number', text: '42' },
  { name: 'empty object', text: '{}' },
  { name: 'bare statement', text: JSON.stringify({ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }) },
  { name: 'no version', text: JSON.stringify({ statement: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }] }) },
  { name: 'version number', text: JSON.stringify({ version: 2, statement: [] }) },
  { name: 'version 1.0', text: st({}).replace('"2.0"', '"1.0"') },
  { name: 'version object', text: st({}).replace('"2.0"', '{"v":2}') },
  { name: 'statement object', text: JSON.stringify({ version: '2.0', statement: { effect: 'allow', action: ['cos:GetObject'], resource: ['*'] } }) },
  { name: 'statement string', text: JSON.stringify({ version: '2.0', statement: 'allow all' }) },
  { name: 'statement null', text: JSON.stringify({ version: '2.0', statement: null }) },
  { name: 'statement empty', text: JSON.stringify({ version: '2.0', statement: [] }) },
  { name: 'statement item not object', text: JSON.stringify({ version: '2.0', statement: [1, 'x', null, []] }) },
  { name: 'unknown top element', text: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }], Id: 'x', extra: 1 }) },
  { name: 'capitalised elements', text: JSON.stringify({ Version: '2.0', Statement: [{ Effect: 'Allow', Action: ['cos:GetObject'], Resource: ['*'] }] }) },
  { name: 'unknown statement element', text: st({ sid: 'x', notResource: ['*'] }) },
  { name: 'duplicate key', text: '{"version":"2.0","statement":[{"effect":"allow","effect":"deny","action":["cos:GetObject"],"resource":["*"]}]}' },
  // JSON text.
  { name: 'broken json', text: '{"version":"2.0","statement":[{"effect":"allow",}]}' },
  { name: 'broken json multiline', text: '{\n  "version": "2.0",\n  "statement": [\n    {"effect": \'allow\'}\n  ]\n}' },
  { name: 'empty text', text: '' },
  { name: 'bom', text: `\uFEFF${st({})}` },
  // Effects.
  { name: 'no effect', text: st({ effect: undefined }) },
  { name: 'effect Allow', text: st({ effect: 'Allow' }) },
  { name: 'effect DENY', text: st({ effect: 'DENY' }) },
  { name: 'effect permit', text: st({ effect: 'permit' }) },
  { name: 'effect number', text: st({ effect: 1 }) },
  { name: 'effect list', text: st({ effect: ['allow'] }) },
  // Actions.
  { name: 'no action', text: st({ action: undefined }) },
  { name: 'action empty list', text: st({ action: [] }) },
  { name: 'action string', text: st({ action: 'cos:GetObject' }) },
  { name: 'action number', text: st({ action: 5 }) },
  { name: 'action item number', text: st({ action: ['cos:GetObject', 7, null] }) },
  { name: 'action forms', text: st({ action: ['cos', 'cos:', ':GetObject', 'cos:Get Object', 'name/', 'name/cos:GetObject', 'NAME/cos:GetObject', 'permid/1', 'cos:Get:Object', 'c o s:GetObject', '*', '*:*', 'cos:*Object', '', ' '] }) },
  { name: 'unknown tcmpp action', text: st({ action: ['name/tcmpp:DescribeMNPVersoin', 'tcmpp:describemnp', 'tcmpp:Nothing'] }) },
  { name: 'unknown cmq action', text: st({ action: ['cmqqueue:SendMesage', 'cmqtopic:Publish'], resource: ['*'] }) },
  { name: 'unknown service', text: st({ action: ['mysql:DescribeDBInstances', 'ec2:RunInstances', 'zzz:Do'] }) },
  { name: 'action long', text: st({ action: [`cos:${'A'.repeat(300)}`] }) },
  // Resources.
  { name: 'no resource', text: st({ resource: undefined }) },
  { name: 'resource string', text: st({ resource: '*' }) },
  { name: 'resource string specific', text: st({ resource: `${R}b-1250000000/*` }) },
  { name: 'resource empty list', text: st({ resource: [] }) },
  { name: 'resource object', text: st({ resource: { a: 1 } }) },
  { name: 'resource forms', text: st({ resource: ['', ' ', 'qcs', 'qcs::cos', 'qcs::cos:gz', 'qcs::cos:gz:uid/1', 'qcs::cos:gz:uid/1:', 'qsc::cos:gz::prefix/a', 'QCS::cos:gz::prefix/a', 'qcs::cos:gz::prefix/a:b', 'qcs::c o s:gz::a', 'qcs::COS:gz::a', 'qcs:1:cos:gz::a', 'qcs:x:cos:gz::a', 'qcs::cos:gz::', 'qcs::*:*:*:*'] }) },
  { name: 'resource regions', text: st({ resource: ['qcs::cos:guangzhou::a', 'qcs::cos:ap-guangzho::a', 'qcs::cos:beijng::a', 'qcs::cos:AP-GUANGZHOU::a', 'qcs::cos:gz::a', 'qcs::cos:ap-moscow::a', 'qcs::cos:xx-yyyy::a', 'qcs::cos:shanghai::a', 'qcs::cos:*::a', 'qcs::cos:ap-*::a', `qcs::cos:${'z'.repeat(70)}::a`] }) },
  { name: 'resource accounts', text: st({ resource: ['qcs::cos:gz:uin/abc:a', 'qcs::cos:gz:123:a', 'qcs::cos:gz:uid/:a', 'qcs::cos:gz:uin/12 3:a', 'qcs::cos:gz:uin/*:a', 'qcs::cos:gz:*:a', 'qcs::cos:gz:uid/*:a', 'qcs::cos:gz:appid/1:a', 'qcs::cos:gz:uin/${uin}:a', 'qcs::cos:gz:uin/1/2:a'] }) },
  { name: 'resource variables', text: st({ resource: [`${R}b/\${uin}/*`, `${R}b/\${bucket}/*`, `${R}b/\${a}/\${b}`, `${R}b/$\${uin}`, `${R}b/\${}`, `${R}b/\${var.x}`] }) },
  { name: 'resource of another service', text: st({ action: ['cvm:RunInstances'], resource: ['qcs::vpc:gz:uin/1:vpc/*', 'qcs::cos:gz:uin/1:b/*', 'qcs::cam::uin/1:uin/2'] }) },
  { name: 'tcmpp resources', text: st({ action: ['name/tcmpp:DescribeMNP'], resource: ['qcs::tcmpp:ap-guangzhou:uin/1:Limit/T1', 'qcs::tcmpp:ap-guangzhou:uin/1:platform/T1', 'qcs::tcmpp:ap-guangzhou:uin/1:Limit', 'qcs::tcmpp:ap-guangzhou:uin/1:*'] }) },
  { name: 'cmq resources', text: st({ action: ['cmqqueue:SendMessage'], resource: ['qcs::cmqqueue:bj:uin/1:queueName/uin/2/q', 'qcs::cmqqueue:bj:uin/1:queueName/q', 'qcs::cmqqueue:bj:uin/1:queue/uin/2/q', 'qcs::cmqqueue:bj:uin/1:queueName/uin/2/*'] }) },
  // Principals.
  { name: 'principal string star', text: st({ effect: 'deny', principal: '*' }) },
  { name: 'principal string', text: st({ principal: 'qcs::cam::uin/1:uin/2' }) },
  { name: 'principal list', text: st({ principal: ['qcs::cam::uin/1:uin/2'] }) },
  { name: 'principal qcs string', text: st({ principal: { qcs: 'qcs::cam::uin/1:uin/2' } }) },
  { name: 'principal forms', text: st({ effect: 'deny', principal: { qcs: ['qcs::cam::uin/1:uin/2', 'qcs::cam::uin/1:root', 'qcs::cam::uin/1:groupid/3', 'qcs::cam::uin/1:roleName/r', 'qcs::cam::uin/1:role/4', 'qcs::cam::uin/x:uin/2', 'qcs::cam::uin/1:uin/x', 'qcs::cam::uin/1:user/2', 'qcs::cam::anyone:anyone', '*', 'qcs::cam::uin/1', 'qcs::cos::uin/1:uin/2', 'uin/1', 7], service: ['scf.qcloud.com', 'not a service', 'cvm'], federated: ['qcs::cam::uin/1:saml-provider/p'], other: ['x'] } }) },
  { name: 'principal empty object', text: st({ principal: {} }) },
  { name: 'principal anyone allow', text: st({ principal: { qcs: ['*'] } }) },
  // Conditions.
  { name: 'condition not object', text: st({ condition: ['ip_equal'] }) },
  { name: 'condition block not object', text: st({ condition: { ip_equal: ['10.0.0.0/8'] } }) },
  { name: 'condition value forms', text: st({ condition: { string_equal: { k1: 'v', k2: ['v', 1, true], k3: [], k4: { x: 1 }, k5: [null], k6: [[1]] } } }) },
  { name: 'condition operators', text: st({ condition: { string_equals: { k: ['1'] }, StringEquals: { k: ['1'] }, ip_equals: { 'qcs:ip': ['10.0.0.0/8'] }, null_equal_if_exist: { k: ['true'] }, 'for_each_value:string_equal': { k: ['a'] }, 'for_any_value:string_like': { k: ['a*'] }, 'for_all_value:numeric_equal_if_exist': { k: [1] }, date_greater_than_equal_if_exist: { 'qcs:current_time': ['2026-01-01T00:00:00Z'] }, '': { k: ['1'] }, 'x:y:z': { k: ['1'] } } }) },
  { name: 'condition ip values', text: st({ condition: { ip_equal: { 'qcs:ip': ['10.0.0.0/8', '10.0.0.300/8', '10.0.0.0/33', '::1', '2001:db8::/32', '2001:db8::/129', 'localhost', '10.0.0', 10] } } }) },
  { name: 'condition date values', text: st({ condition: { date_less_than: { 'qcs:current_time': ['2026-12-01T00:00:00Z', 'tomorrow', '2026-13-01T00:00:00Z', '1700000000', 1700000000, '2026-12-01', true] } } }) },
  { name: 'condition numeric and bool values', text: st({ condition: { numeric_less_than: { k: ['ten', '10', 10, 1.5, '1e3', true] }, bool_equal: { 'qcs:mfa': ['yes', 'true', false, 'TRUE', 1] }, null_equal: { k: ['maybe', 'false'] } } }) },
  { name: 'condition aws names', text: st({ condition: { IpAddress: { 'qcs:ip': ['10.0.0.0/8'] }, StringLike: { k: ['a*'] }, DateLessThan: { 'qcs:current_time': ['2026-01-01T00:00:00Z'] }, Bool: { 'qcs:mfa': ['true'] } } }) },
  { name: 'condition keys', text: st({ condition: { string_equal: { '': ['a'], 'QCS:IP': ['a'], 'qcs:resource_tag': ['team&shop'], 'qcs:request_tag': ['x'], 'cos:x-cos-acl': ['private'] } } }) },
  { name: 'condition redundant', text: st({ condition: { string_equal: { k: ['a', 'a', 'b', 'b', 'a'] } } }) },
  // Security rules on other services' resources.
  { name: 'allow all', text: st({ action: ['*'], resource: ['*'] }) },
  { name: 'allow all with condition', text: st({ action: ['*'], resource: ['*'], condition: { ip_equal: { 'qcs:ip': ['10.0.0.0/8'] } } }) },
  { name: 'escalation', text: st({ action: ['cam:*'], resource: ['*'] }) },
  { name: 'escalation scoped', text: st({ action: ['cam:AttachUserPolicy', 'cam:CreatePolicy'], resource: ['qcs::cam::uin/1:uin/2', 'qcs::cam::uin/1:policy/*'] }) },
  { name: 'service wildcard', text: st({ action: ['cos:*', 'tcmpp:*', 'name/cvm:*'], resource: ['*'] }) },
  // Several statements, paths, policy names.
  { name: 'several statements', text: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }, { effect: 'x', action: [], resource: [] }, { effect: 'deny', action: ['cos:*'], resource: ['qcs::cos:beijng::a'] }] }) },
  { name: 'keys with slashes', text: st({ condition: { string_equal: { 'a/b~c': ['x', 'x'] } } }) },
  // Legacy requests.
  { name: 'legacy create', text: JSON.stringify({ strategyName: 'queue-readers', strategyInfo: JSON.parse(st({ action: ['cmqqueue:ReceiveMessage'] })), remark: 'r' }) },
  { name: 'legacy create string info', text: JSON.stringify({ strategyName: 'queue readers!', strategyInfo: st({ action: ['cmqqueue:ReceiveMessage'] }), extra: 1 }) },
  { name: 'legacy create bad info', text: JSON.stringify({ strategyName: 'q', strategyInfo: '{"version":' }) },
  { name: 'legacy create no name', text: JSON.stringify({ strategyInfo: JSON.parse(st({})) }) },
  { name: 'legacy create name number', text: JSON.stringify({ strategyName: 5, strategyInfo: JSON.parse(st({})) }) },
  { name: 'legacy envelope create', text: JSON.stringify({ version: 1, componentName: 'MC', eventId: 1, interface: { interfaceName: 'CreateCamStrategy', para: { strategyName: 'q', strategyInfo: JSON.parse(st({})) } } }) },
  { name: 'legacy envelope attach', text: JSON.stringify({ version: 1, componentName: 'MC', eventId: 1, interface: { interfaceName: 'OperateCamStrategy', para: { groupId: -1, relateUin: 3232, strategyId: 666, actionType: 1 } } }) },
  { name: 'legacy envelope attach bad', text: JSON.stringify({ version: 1, componentName: 'MC', interface: { interfaceName: 'OperateCamStrategy', para: { groupId: 5, relateUin: 3232, strategyId: -3, actionType: 3, x: 1 } } }) },
  { name: 'legacy attach neither', text: JSON.stringify({ groupId: -1, relateUin: -1, strategyId: '666', actionType: '2' }) },
  { name: 'legacy attach strings', text: JSON.stringify({ groupId: 'abc', relateUin: '12', strategyId: 1.5, actionType: 1 }) },
  { name: 'legacy envelope para not object', text: JSON.stringify({ version: 1, componentName: 'MC', interface: { interfaceName: 'X', para: 'p' } }) },
  { name: 'legacy envelope para other', text: JSON.stringify({ version: 1, componentName: 'MC', interface: { para: { a: 1 } } }) },
  // Values given to lintValue.
  { name: 'value undefined', value: undefined },
  { name: 'value function', value: () => 1 },
  { name: 'value bigint', value: { version: '2.0', statement: [{ effect: 'allow', action: [BigInt(1)], resource: ['*'] }] } },
  { name: 'value cycle', value: (() => { const o: Record<string, unknown> = { version: '2.0' }; o.statement = [o]; return o; })() },
  { name: 'value symbol key', value: { version: '2.0', statement: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'], [Symbol('x')]: 1 }] } },
  { name: 'value date', value: new Date(0) },
  // Contexts.
  { name: 'terraform statement object', text: JSON.stringify({ version: '2.0', statement: { effect: 'allow', action: ['cos:GetObject'], resource: '*' } }), context: PolicyContext.TERRAFORM },
  { name: 'cos bucket', text: JSON.stringify({ Statement: [{ Principal: { qcs: ['qcs::cam::anyone:anyone'] }, Effect: 'Allow', Action: ['name/cos:GetObject'], Resource: [`${R}b-1250000000/*`] }] }), context: PolicyContext.COS_BUCKET },
  { name: 'cos bucket by shape', text: JSON.stringify({ version: '2.0', Statement: [{ Principal: { qcs: ['qcs::cam::uin/1:uin/2'] }, Effect: 'Allow', Action: ['name/cos:GetObject'], Resource: [`${R}b-1250000000/*`] }] }) },
  { name: 'trust', text: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['name/sts:AssumeRole', 'cos:GetObject'], principal: { service: ['scf.qcloud.com'] }, resource: ['*'] }, { effect: 'allow', action: ['name/sts:AssumeRole'] }] }), context: PolicyContext.ROLE_TRUST },
];

/** Calls of the model's value APIs whose result or error message is pinned in golden-values.json. */
export const GOLDEN_VALUE_INPUTS: Record<string, readonly unknown[]> = {
  regionSuggestion: ['guangzhou', 'ap-guangzho', 'beijng', 'AP-GUANGZHOU', 'gz', 'GZ', 'ap-beijng', 'shanghai-fsi', 'xx-yyyy', 'qq', '', 'z'.repeat(64), 'z'.repeat(65), 7, null, 'singapur', 'na-ashburn', 'ashburn', 'ap-', '-'],
  conditionOperator: ['string_equal', 'string_equals', 'StringEquals', 'stringEquals', 'string-equal', 'ip_equals', 'IpAddress', 'NotIpAddress', 'StringLike', 'DateLessThan', 'Bool', 'NumericLessThanEquals', 'null_equal_if_exist', 'string_equal_if_exists', 'for_any_value:string_equal', 'for_any_values:string_equal', 'ForAnyValue:StringEquals', 'forallvalues:string_like', 'for_each_value:string_equal', 'for_any_value:', ':string_equal', 'a:b:c', '', 'x'.repeat(81), 'x'.repeat(80), 'date_less_than_equal_if_exist', 'bool_equal_if_exist', 'ip_not_equal', 'binary_equal', 'numeric_lessthan', 'StringEqualsIgnoreCase', 'string_like_if_exist', 'STRING_EQUAL'],
  qcsResource: ['*', '', 'qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/*', 'qcs::cmqqueue:bj:uin/1:queueName/uin/2/q', 'qcs:id/0:cvm:gz:uin/1:instance/ins-1', 'qcs:id/*:cvm::uin/1:instance/*', 'qcs:*:cvm:::*', 'qcs::cos', 'qcs::cos:guangzhou::a', 'qcs::cos:gz:uin/abc:a', 'qcs::c o s:gz::a', 'qsc::cos:gz::a', 'qcs::cos:gz::', 'qcs::cos:gz::a:b:c', 'qcs::tcmpp:ap-guangzhou:uin/100000000001:Limit/T04257DS9431720WTAG', 'qcs:x:cos:gz::a', 'qcs::cos:gz:uid/:a', 'qcs::cos:gz:123:a'],
  principal: ['qcs::cam::uin/1:uin/2', 'qcs::cam::uin/1:root', 'qcs::cam::uin/1:groupid/3', 'qcs::cam::uin/1:roleName/r', 'qcs::cam::uin/1:role/4', 'qcs::cam::uin/1:saml-provider/p', 'qcs::cam::anyone:anyone', '*', 'scf.qcloud.com', 'qcs::cam::uin/x:uin/2', 'qcs::cam::uin/1:uin/x', 'qcs::cam::uin/1:user/2', 'qcs::cam::uin/1', 'qcs::cos::uin/1:uin/2', 'uin/1', '', 'not a principal', 'qcs::cam::uin/1:groupid/x', 'qcs::cam::uin/1:roleName/', 'qcs::cam::uin/1:uid/2'],
  action: ['*', 'cos:GetObject', 'name/cos:GetObject', 'NAME/cos:GetObject', 'cos', 'cos:', ':Get', 'cos:Get Object', 'act/cos:GetObject', 'cos:Get:Object', 'c o s:Get', 'cos:*', '*:*', 'name/*', 'permid/12', '', 'cos:Ge\u200bt'],
  policyName: ['readers', 'a', 'a'.repeat(128), 'a'.repeat(129), '', 'has space', 'emoji😀', 'ok+=,.@_-', 'semi;colon', 'sl/ash'],
  conditionValue: [['ip_equal', '10.0.0.0/8'], ['ip_equal', '10.0.0.300'], ['ip_equal', '2001:db8::/32'], ['ip_equal', '2001:db8::/129'], ['ip_not_equal', 'x'], ['date_equal', '2026-01-01T00:00:00Z'], ['date_equal', '2026-01-01'], ['date_less_than', 1700000000], ['date_less_than', 'now'], ['numeric_equal', '10'], ['numeric_equal', 'ten'], ['numeric_equal', 1.5], ['bool_equal', 'true'], ['bool_equal', 'yes'], ['bool_equal', true], ['null_equal', 'false'], ['null_equal', 'maybe'], ['string_equal', 'x'], ['string_equal', 5], ['for_any_value:ip_equal', '1.2.3.4'], ['ip_equal_if_exist', 'bad'], ['binary_equal', 'AAA='], ['binary_equal', '!!']],
  wildcardsIntersect: [['a*', '*b'], ['a*c', 'ab*'], ['abc', 'abc'], ['abc', 'abd'], ['*', ''], ['', ''], ['a', ''], ['', '*'], ['a*b*c', '*x*'], ['ab', 'a*b'], ['a*', 'b*'], ['*a', '*b'], ['**', 'x'], ['x', '**']],
  wildcardMatch: [['a*', 'abc'], ['a*', 'ba'], ['*', ''], ['a*b*c', 'aXbYc'], ['a*b*c', 'aXbY'], ['A*', 'abc'], ['*.*', 'a.b'], ['a?', 'a?'], ['a?', 'ab'], ['**a', 'a'], ['', ''], ['', 'a']],
  qcsResourceNotText: [5, null, undefined, ['qcs::cos:gz::a']],
  principalNotText: [5, null, {}],
  principalCheck: [['qcs::cam::uin/1:saml-provider/p', 'federated'], ['qcs::cam::uin/1:oidc-provider/p', 'federated'], ['qcs::cam::uin/1:uin/2', 'federated'], ['nonsense', 'federated'], ['scf.qcloud.com', 'service'], ['*', 'service'], ['not a service', 'service'], ['qcs::cam::uin/1:uin/2', 'service'], ['${var.p}', 'qcs'], ['qcs::cam::uin/${var.u}:uin/2', 'qcs'], ['qcs::cam::uin/1:uin/2/x', 'qcs'], ['qcs::cam::uin/1:groupid/3/y', 'qcs'], ['qcs::cam::uin/1:roleName/r', 'qcs'], ['qcs::cam::uin/1:role/tencentcloudServiceRoleName/r', 'qcs'], ['qcs::cam::uin/1:uin/2', 'qcs'], ['xqcs::cam::uin/1:uin/2', 'qcs']],
  resourceCheck: ['qcs::cos:gz:a/b', 'qcs::cos::a/b', 'qcs:id/0:cvm:ap-guangzhou:instance/ins-1', 'qcs::cos:uin/1:a', 'qcs::cos:uin/1:a/b', 'abc::cos:gz:a/b', 'qcs::cos:gz:x:a', '${var.r}', 'qcs::${var.s}:gz::a', 'qcs::cos:gz::${uin}', 'qcs::cos:gz::a b', '*', 'qcs::cos:gz:uin/1:b/${x}'],
  closest: [['allow', ['allow', 'deny']], ['alow', ['allow', 'deny']], ['dny', ['allow', 'deny']], ['xyz', ['allow', 'deny']], ['', ['a']], ['ab', ['ba', 'abc']], ['GetObjet', ['GetObject', 'PutObject', 'GetObjectAcl']]],
};
