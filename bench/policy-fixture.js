// The policy every benchmark builds N of: 4 statements on one TCMPP platform (`T` and i, 17 digits),
// each resource as its action's template has it. Three workloads:
// - clean (the default): the policy lints clean, as users' policies should;
// - conditions: the same, one statement limited to the office network (ip_equal on qcs:ip);
// - warnings: the conditions workload, and one statement that also allows tcmpp:* beside DescribeMNP,
//   so each policy draws two findings shown as annotations (SERVICE_WILDCARD, REDUNDANT_VALUE).
// Plain JavaScript, so that the synthesis benchmark's children run on node alone (no tsx, no source
// maps) against the compiled package; `lib` is the library to build with (lib/ or src/).
const WORKLOADS = ['clean', 'conditions', 'warnings'];

function benchStatementsOf(lib, i, workload = 'clean') {
  if (!WORKLOADS.includes(workload)) throw new Error(`unknown workload ${workload}: one of ${WORKLOADS.join(', ')}`);
  const { Condition, PolicyStatement, TcmppActions, TcmppResources } = lib;
  const platformId = `T${String(i).padStart(17, '0')}`;
  const platform = TcmppResources.platform({ region: 'ap-guangzhou', ownerUin: '100000000001', platformId });
  const versions = TcmppResources.forAction(TcmppActions.CREATE_MNP_VERSION, { ownerUin: '100000000001', platformId, mnpId: '*' });
  const office = workload === 'clean' ? [] : [Condition.sourceIp(['10.0.0.0/8', '192.168.0.0/16'])];
  const describe = workload === 'warnings' ? ['tcmpp:*', TcmppActions.DESCRIBE_MNP, TcmppActions.DESCRIBE_MNP_VERSION] : [TcmppActions.DESCRIBE_MNP, TcmppActions.DESCRIBE_MNP_VERSION];
  return [
    new PolicyStatement({ actions: [TcmppActions.CREATE_MNP_VERSION, TcmppActions.RELEASE_MNP_VERSION], resources: [versions], conditions: office }),
    new PolicyStatement({ actions: describe, resources: [platform] }),
    new PolicyStatement({ actions: [TcmppActions.ROLLBACK_MNP_VERSION], resources: [platform] }),
    new PolicyStatement({ actions: [TcmppActions.DESCRIBE_MNP_CATEGORY], resources: ['*'] }),
  ];
}

module.exports = { benchStatementsOf, WORKLOADS };
