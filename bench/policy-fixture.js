// The policy every benchmark builds N of: 4 statements on one TCMPP platform (`T` and i, 17 digits),
// each resource as its action's template has it, so the policy lints clean (as users' policies
// should): the benchmarks measure building and checking, not reporting warnings.
// Plain JavaScript, so that the synthesis benchmark's children run on node alone (no tsx, no source
// maps) against the compiled package; `lib` is the library to build with (lib/ or src/).
function benchStatementsOf(lib, i) {
  const { PolicyStatement, TcmppActions, TcmppResources } = lib;
  const platformId = `T${String(i).padStart(17, '0')}`;
  const platform = TcmppResources.platform({ region: 'ap-guangzhou', ownerUin: '100000000001', platformId });
  const versions = TcmppResources.forAction(TcmppActions.CREATE_MNP_VERSION, { ownerUin: '100000000001', platformId, mnpId: '*' });
  return [
    new PolicyStatement({ actions: [TcmppActions.CREATE_MNP_VERSION, TcmppActions.RELEASE_MNP_VERSION], resources: [versions] }),
    new PolicyStatement({ actions: [TcmppActions.DESCRIBE_MNP, TcmppActions.DESCRIBE_MNP_VERSION], resources: [platform] }),
    new PolicyStatement({ actions: [TcmppActions.ROLLBACK_MNP_VERSION], resources: [platform] }),
    new PolicyStatement({ actions: [TcmppActions.DESCRIBE_MNP_CATEGORY], resources: ['*'] }),
  ];
}

module.exports = { benchStatementsOf };
