// The policy every benchmark builds N of: 4 statements on one TCMPP platform (`T` and i, 17 digits).
import { PolicyStatement, TcmppActions, TcmppResources } from '../src';

export function benchStatements(i: number): PolicyStatement[] {
  const platform = TcmppResources.platform({ region: 'ap-guangzhou', ownerUin: '100000000001', platformId: `T${String(i).padStart(17, '0')}` });
  return [
    new PolicyStatement({ actions: [TcmppActions.CREATE_MNP_VERSION, TcmppActions.RELEASE_MNP_VERSION], resources: [platform] }),
    new PolicyStatement({ actions: [TcmppActions.DESCRIBE_MNP, TcmppActions.DESCRIBE_MNP_VERSION], resources: [platform] }),
    new PolicyStatement({ actions: [TcmppActions.ROLLBACK_MNP_VERSION], resources: [platform] }),
    new PolicyStatement({ actions: [TcmppActions.DESCRIBE_MNP_CATEGORY], resources: ['*'] }),
  ];
}
