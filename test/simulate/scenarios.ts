// Scenarios for the simulator: request, policies, expected decision and deciding statements. Each
// answer is worked out by hand from CAM's evaluation rules (docs/simulation.md). A new case is one
// entry here; test/simulate/simulator.test.ts runs them all.

export interface Scenario {
  readonly name: string;
  /** Policy name -> statements (wrapped as {"version": "2.0", "statement": [...]}). */
  readonly policies: Record<string, unknown[]>;
  readonly action: string;
  readonly resource: string;
  readonly context?: Record<string, string[]>;
  readonly decision: 'ALLOW' | 'EXPLICIT_DENY' | 'IMPLICIT_DENY';
  /** The deciding statements, as "policy /statement/N". */
  readonly deciding: string[];
  /** Keys reported as unevaluated, if any. */
  readonly unevaluated?: string[];
  /** How many values are reported as unknown until Terraform runs. */
  readonly unknown?: number;
}

const OWNER = '100000000001';
const PLATFORM = `qcs::tcmpp:ap-guangzhou:uin/${OWNER}:Limit/T1`;
const allow = (action: unknown, resource: unknown, condition?: unknown) => ({ effect: 'allow', action, resource, ...(condition ? { condition } : {}) });
const deny = (action: unknown, resource: unknown, condition?: unknown) => ({ effect: 'deny', action, resource, ...(condition ? { condition } : {}) });

export const SCENARIOS: Scenario[] = [
  { name: 'no policy allows it: implicit deny', policies: { p: [allow('cos:GetObject', '*')] }, action: 'tcmpp:DescribeMNP', resource: PLATFORM, decision: 'IMPLICIT_DENY', deciding: [] },
  { name: 'an exact action and resource allow', policies: { p: [allow('name/tcmpp:DescribeMNP', PLATFORM)] }, action: 'tcmpp:DescribeMNP', resource: PLATFORM, decision: 'ALLOW', deciding: ['p /statement/0'] },
  { name: 'the name/ prefix is optional on both sides', policies: { p: [allow('tcmpp:DescribeMNP', PLATFORM)] }, action: 'name/tcmpp:DescribeMNP', resource: PLATFORM, decision: 'ALLOW', deciding: ['p /statement/0'] },
  { name: 'a wildcard in the action name matches', policies: { p: [allow('tcmpp:Describe*', '*')] }, action: 'tcmpp:DescribeMNPVersion', resource: PLATFORM, decision: 'ALLOW', deciding: ['p /statement/0'] },
  { name: 'a wildcard in the action name does not match other verbs', policies: { p: [allow('tcmpp:Describe*', '*')] }, action: 'tcmpp:CreateMNPVersion', resource: PLATFORM, decision: 'IMPLICIT_DENY', deciding: [] },
  { name: '"*" is every action', policies: { p: [allow('*', '*')] }, action: 'cvm:RunInstances', resource: 'qcs::cvm:ap-guangzhou:uin/1:instance/*', decision: 'ALLOW', deciding: ['p /statement/0'] },
  { name: '"service:*" is every action of the service, and only those', policies: { p: [allow('cmqqueue:*', '*')] }, action: 'cmqtopic:PublishMessage', resource: '*', decision: 'IMPLICIT_DENY', deciding: [] },
  { name: 'action names compare without case (assumed, as IAM does)', policies: { p: [allow('TCMPP:describemnp', '*')] }, action: 'tcmpp:DescribeMNP', resource: PLATFORM, decision: 'ALLOW', deciding: ['p /statement/0'] },
  { name: 'a feature set (permid/...) authorizes no API request', policies: { p: [allow('permid/100', '*')] }, action: 'tcmpp:DescribeMNP', resource: PLATFORM, decision: 'IMPLICIT_DENY', deciding: [] },
  { name: 'a deny wins over an allow of everything', policies: { admin: [allow('*', '*')], guard: [deny('tcmpp:DeleteMNP', '*')] }, action: 'tcmpp:DeleteMNP', resource: PLATFORM, decision: 'EXPLICIT_DENY', deciding: ['guard /statement/0'] },
  { name: 'a deny of other actions leaves the allow', policies: { admin: [allow('*', '*'), deny('tcmpp:Delete*', '*')] }, action: 'tcmpp:DescribeMNP', resource: PLATFORM, decision: 'ALLOW', deciding: ['admin /statement/0'] },
  { name: 'every matching allow is named', policies: { a: [allow('tcmpp:DescribeMNP', '*')], b: [allow('tcmpp:*', PLATFORM)] }, action: 'tcmpp:DescribeMNP', resource: PLATFORM, decision: 'ALLOW', deciding: ['a /statement/0', 'b /statement/0'] },
  { name: 'a wildcard in the resource id', policies: { p: [allow('tcmpp:DescribeMNP', `qcs::tcmpp:ap-guangzhou:uin/${OWNER}:Limit/T*`)] }, action: 'tcmpp:DescribeMNP', resource: PLATFORM, decision: 'ALLOW', deciding: ['p /statement/0'] },
  { name: 'a resource of another platform is not covered', policies: { p: [allow('tcmpp:DescribeMNP', `qcs::tcmpp:ap-guangzhou:uin/${OWNER}:Limit/T2`)] }, action: 'tcmpp:DescribeMNP', resource: PLATFORM, decision: 'IMPLICIT_DENY', deciding: [] },
  { name: 'an empty region in the policy is every region', policies: { p: [allow('tcmpp:DescribeMNP', `qcs::tcmpp::uin/${OWNER}:Limit/T1`)] }, action: 'tcmpp:DescribeMNP', resource: PLATFORM, decision: 'ALLOW', deciding: ['p /statement/0'] },
  { name: 'a short region code is its long one', policies: { p: [allow('tcmpp:DescribeMNP', `qcs::tcmpp:gz:uin/${OWNER}:Limit/T1`)] }, action: 'tcmpp:DescribeMNP', resource: PLATFORM, decision: 'ALLOW', deciding: ['p /statement/0'] },
  { name: 'a region in the policy does not cover a resource without one (CreateMNPVersion)', policies: { p: [allow('tcmpp:CreateMNPVersion', `qcs::tcmpp:ap-guangzhou:uin/${OWNER}:Limit/T1*`)] }, action: 'tcmpp:CreateMNPVersion', resource: `qcs::tcmpp::uin/${OWNER}:Limit/T1M1`, decision: 'IMPLICIT_DENY', deciding: [] },
  { name: 'another region is not covered', policies: { p: [allow('tcmpp:DescribeMNP', `qcs::tcmpp:ap-beijing:uin/${OWNER}:Limit/T1`)] }, action: 'tcmpp:DescribeMNP', resource: PLATFORM, decision: 'IMPLICIT_DENY', deciding: [] },
  { name: 'an empty account is the requester\'s root account', policies: { p: [allow('cvm:StartInstances', 'qcs::cvm:gz::instance/ins-1')] }, action: 'cvm:StartInstances', resource: `qcs::cvm:ap-guangzhou:uin/${OWNER}:instance/ins-1`, context: { owner_uin: [OWNER] }, decision: 'ALLOW', deciding: ['p /statement/0'] },
  { name: 'an empty account is not another root account', policies: { p: [allow('cvm:StartInstances', 'qcs::cvm:gz::instance/ins-1')] }, action: 'cvm:StartInstances', resource: 'qcs::cvm:ap-guangzhou:uin/999:instance/ins-1', context: { owner_uin: [OWNER] }, decision: 'IMPLICIT_DENY', deciding: [] },
  { name: '${uin} is the requester\'s uin', policies: { p: [allow('cam:GetUser', 'qcs::cam::uin/1:uin/${uin}')] }, action: 'cam:GetUser', resource: 'qcs::cam::uin/1:uin/42', context: { uin: ['42'] }, decision: 'ALLOW', deciding: ['p /statement/0'] },
  { name: '${uin} of another requester does not match', policies: { p: [allow('cam:GetUser', 'qcs::cam::uin/1:uin/${uin}')] }, action: 'cam:GetUser', resource: 'qcs::cam::uin/1:uin/42', context: { uin: ['43'] }, decision: 'IMPLICIT_DENY', deciding: [] },
  { name: '${uin} the request does not give is unevaluated, never guessed', policies: { p: [allow('cam:GetUser', 'qcs::cam::uin/1:uin/${uin}')] }, action: 'cam:GetUser', resource: 'qcs::cam::uin/1:uin/42', decision: 'IMPLICIT_DENY', deciding: [], unevaluated: ['uin'] },
  { name: 'ip_equal: an address inside the CIDR block', policies: { p: [allow('cos:GetObject', '*', { ip_equal: { 'qcs:ip': ['10.0.0.0/8'] } })] }, action: 'cos:GetObject', resource: '*', context: { 'qcs:ip': ['10.1.2.3'] }, decision: 'ALLOW', deciding: ['p /statement/0'] },
  { name: 'ip_equal: an address outside it', policies: { p: [allow('cos:GetObject', '*', { ip_equal: { 'qcs:ip': ['10.0.0.0/8'] } })] }, action: 'cos:GetObject', resource: '*', context: { 'qcs:ip': ['11.0.0.1'] }, decision: 'IMPLICIT_DENY', deciding: [] },
  { name: 'ip_equal: values are OR-ed', policies: { p: [allow('cos:GetObject', '*', { ip_equal: { 'qcs:ip': ['10.0.0.0/8', '192.168.1.7'] } })] }, action: 'cos:GetObject', resource: '*', context: { 'qcs:ip': ['192.168.1.7'] }, decision: 'ALLOW', deciding: ['p /statement/0'] },
  { name: 'ip_equal: IPv6 CIDR', policies: { p: [allow('cos:GetObject', '*', { ip_equal: { 'qcs:ip': ['2001:db8::/32'] } })] }, action: 'cos:GetObject', resource: '*', context: { 'qcs:ip': ['2001:db8:0:1::5'] }, decision: 'ALLOW', deciding: ['p /statement/0'] },
  { name: 'ip_equal: a key the request lacks is false, and reported', policies: { p: [allow('cos:GetObject', '*', { ip_equal: { 'qcs:ip': ['10.0.0.0/8'] } })] }, action: 'cos:GetObject', resource: '*', decision: 'IMPLICIT_DENY', deciding: [], unevaluated: ['qcs:ip'] },
  { name: 'ip_equal_if_exist: holds when the key is absent', policies: { p: [allow('cos:GetObject', '*', { ip_equal_if_exist: { 'qcs:ip': ['10.0.0.0/8'] } })] }, action: 'cos:GetObject', resource: '*', decision: 'ALLOW', deciding: ['p /statement/0'] },
  { name: 'ip_not_equal in a deny: outside the office, denied', policies: { p: [allow('cos:*', '*'), deny('cos:*', '*', { ip_not_equal: { 'qcs:ip': ['10.0.0.0/8'] } })] }, action: 'cos:PutObject', resource: '*', context: { 'qcs:ip': ['8.8.8.8'] }, decision: 'EXPLICIT_DENY', deciding: ['p /statement/1'] },
  { name: 'ip_not_equal in a deny: inside the office, allowed', policies: { p: [allow('cos:*', '*'), deny('cos:*', '*', { ip_not_equal: { 'qcs:ip': ['10.0.0.0/8'] } })] }, action: 'cos:PutObject', resource: '*', context: { 'qcs:ip': ['10.9.9.9'] }, decision: 'ALLOW', deciding: ['p /statement/0'] },
  { name: 'date_less_than: before the deadline', policies: { p: [allow('cos:GetObject', '*', { date_less_than: { 'qcs:current_time': ['2026-12-31T00:00:00Z'] } })] }, action: 'cos:GetObject', resource: '*', context: { 'qcs:current_time': ['2026-11-30T10:00:00Z'] }, decision: 'ALLOW', deciding: ['p /statement/0'] },
  { name: 'date_less_than: after it', policies: { p: [allow('cos:GetObject', '*', { date_less_than: { 'qcs:current_time': ['2026-12-31T00:00:00Z'] } })] }, action: 'cos:GetObject', resource: '*', context: { 'qcs:current_time': ['2027-01-01T00:00:00Z'] }, decision: 'IMPLICIT_DENY', deciding: [] },
  { name: 'numeric_less_than_equal: at the bound', policies: { p: [allow('cvm:RunInstances', '*', { numeric_less_than_equal: { 'cvm:instance_count': [5] } })] }, action: 'cvm:RunInstances', resource: '*', context: { 'cvm:instance_count': ['5'] }, decision: 'ALLOW', deciding: ['p /statement/0'] },
  { name: 'numeric_less_than: at the bound is false', policies: { p: [allow('cvm:RunInstances', '*', { numeric_less_than: { 'cvm:instance_count': [5] } })] }, action: 'cvm:RunInstances', resource: '*', context: { 'cvm:instance_count': ['5'] }, decision: 'IMPLICIT_DENY', deciding: [] },
  { name: 'bool_equal: "true" is true', policies: { p: [allow('cos:GetObject', '*', { bool_equal: { 'qcs:secure_transport': ['true'] } })] }, action: 'cos:GetObject', resource: '*', context: { 'qcs:secure_transport': ['true'] }, decision: 'ALLOW', deciding: ['p /statement/0'] },
  { name: 'keys are AND-ed: one false key fails the condition', policies: { p: [allow('cos:GetObject', '*', { string_equal: { 'qcs:resource_tag': ['team&shop'], 'qcs:request_tag': ['env&prod'] } })] }, action: 'cos:GetObject', resource: '*', context: { 'qcs:resource_tag': ['team&shop'], 'qcs:request_tag': ['env&dev'] }, decision: 'IMPLICIT_DENY', deciding: [] },
  { name: 'operators are AND-ed', policies: { p: [allow('cos:GetObject', '*', { string_equal: { 'qcs:resource_tag': ['team&shop'] }, ip_equal: { 'qcs:ip': ['10.0.0.0/8'] } })] }, action: 'cos:GetObject', resource: '*', context: { 'qcs:resource_tag': ['team&shop'], 'qcs:ip': ['10.0.0.1'] }, decision: 'ALLOW', deciding: ['p /statement/0'] },
  // CAM's "Resource Description Method": an empty service segment is every product.
  { name: 'an empty service segment is every product', policies: { p: [allow('cvm:StopInstances', 'qcs:::ap-guangzhou:uin/1:instance/*')] }, action: 'cvm:StopInstances', resource: 'qcs::cvm:ap-guangzhou:uin/1:instance/ins-1', decision: 'ALLOW', deciding: ['p /statement/0'] },
  // CAM's "Condition Keys and Condition Operators" page: condition keys are case sensitive.
  { name: 'condition keys are case sensitive: the request\'s qcs:ip is not the policy\'s qcs:IP', policies: { p: [allow('cos:GetObject', '*', { ip_equal: { 'qcs:IP': ['10.0.0.0/8'] } })] }, action: 'cos:GetObject', resource: '*', context: { 'qcs:ip': ['10.0.0.1'] }, decision: 'IMPLICIT_DENY', deciding: [], unevaluated: ['qcs:IP'] },
  { name: 'condition keys are case sensitive: the same case matches', policies: { p: [allow('cos:GetObject', '*', { ip_equal: { 'qcs:ip': ['10.0.0.0/8'] } })] }, action: 'cos:GetObject', resource: '*', context: { 'qcs:ip': ['10.0.0.1'] }, decision: 'ALLOW', deciding: ['p /statement/0'] },
  { name: 'for_any_value: one of the request\'s values is enough', policies: { p: [allow('cvm:RunInstances', '*', { 'for_any_value:string_equal': { 'qcs:request_tag': ['env&prod'] } })] }, action: 'cvm:RunInstances', resource: '*', context: { 'qcs:request_tag': ['team&shop', 'env&prod'] }, decision: 'ALLOW', deciding: ['p /statement/0'] },
  { name: 'for_all_value: every value of the request must match', policies: { p: [allow('cvm:RunInstances', '*', { 'for_all_value:string_equal': { 'qcs:request_tag': ['env&prod', 'team&shop'] } })] }, action: 'cvm:RunInstances', resource: '*', context: { 'qcs:request_tag': ['team&shop', 'owner&bob'] }, decision: 'IMPLICIT_DENY', deciding: [] },
  { name: 'for_all_value: all match', policies: { p: [allow('cvm:RunInstances', '*', { 'for_all_value:string_equal': { 'qcs:request_tag': ['env&prod', 'team&shop'] } })] }, action: 'cvm:RunInstances', resource: '*', context: { 'qcs:request_tag': ['team&shop', 'env&prod'] }, decision: 'ALLOW', deciding: ['p /statement/0'] },
  { name: 'string_like: a wildcard value', policies: { p: [allow('cos:GetObject', '*', { string_like: { 'cos:prefix': ['photos/*'] } })] }, action: 'cos:GetObject', resource: '*', context: { 'cos:prefix': ['photos/2026/a.jpg'] }, decision: 'ALLOW', deciding: ['p /statement/0'] },
  { name: 'string_not_equal: none of the values may equal', policies: { p: [allow('cos:GetObject', '*', { string_not_equal: { 'vpc:requester_vpc': ['vpc-1', 'vpc-2'] } })] }, action: 'cos:GetObject', resource: '*', context: { 'vpc:requester_vpc': ['vpc-2'] }, decision: 'IMPLICIT_DENY', deciding: [] },
  { name: 'null_equal true: the key is absent', policies: { p: [allow('cos:GetObject', '*', { null_equal: { 'qcs:request_tag': ['true'] } })] }, action: 'cos:GetObject', resource: '*', decision: 'ALLOW', deciding: ['p /statement/0'] },
  { name: 'a policy variable in a condition value', policies: { p: [allow('cam:GetUser', '*', { string_equal: { 'cam:target_uin': ['${uin}'] } })] }, action: 'cam:GetUser', resource: '*', context: { uin: ['42'], 'cam:target_uin': ['42'] }, decision: 'ALLOW', deciding: ['p /statement/0'] },
  { name: 'a value Terraform fills in matches nothing, and is reported', policies: { p: [allow('cos:GetObject', '${var.bucket_arn}')] }, action: 'cos:GetObject', resource: 'qcs::cos:ap-guangzhou:uid/1:b-1/a', decision: 'IMPLICIT_DENY', deciding: [], unknown: 1 },
  { name: 'CMQ: the older queue form covers the queue', policies: { p: [allow('name/cmqqueue:ReceiveMessage', 'qcs::cmqqueue:bj:uin/1238423:queueName/uin/3232/myqueue')] }, action: 'cmqqueue:ReceiveMessage', resource: 'qcs::cmqqueue:bj:uin/1238423:queueName/uin/3232/myqueue', decision: 'ALLOW', deciding: ['p /statement/0'] },
  { name: 'CMQ: a queue name prefix', policies: { p: [allow('name/cmqqueue:SendMessage', 'qcs::cmqqueue:bj:uin/1238423:queueName/uin/3232/orders*')] }, action: 'cmqqueue:SendMessage', resource: 'qcs::cmqqueue:bj:uin/1238423:queueName/uin/3232/payments', decision: 'IMPLICIT_DENY', deciding: [] },
];
