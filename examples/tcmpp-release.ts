// A TCMPP platform: release managers (a group) may preview, create, release and roll back mini
// program versions; auditors get every TCMPP read API through the catalogue; one user is attached
// by name and one by uin. Run alone: npx tsx examples/tcmpp-release.ts
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  AccessLevel, Catalog, PolicyAttachment, PolicyTarget, TcmppActions, TcmppPolicy, TcmppResources, TencentcloudProvider,
} from '../src';

const OWNER = '100000000001';
const PLATFORM = 'T04257DS9431720WTAG';

export function build(scope: Construct): TerraformStack[] {
  const stack = new TerraformStack(scope, 'tcmpp-release');
  new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  const platform = TcmppResources.platform({ region: 'ap-guangzhou', ownerUin: OWNER, platformId: PLATFORM });

  const release = new TcmppPolicy(stack, 'ReleaseManagers', {
    policyName: 'tcmpp-shop-release-managers',
    description: 'Preview, build, release and roll back mini programs of the shop platform',
    actions: [
      TcmppActions.CONFIGURE_MNP_PREVIEW,
      TcmppActions.DESCRIBE_MNP_PREVIEW,
      TcmppActions.CREATE_MNP_VERSION,
      TcmppActions.DESCRIBE_MNP_VERSION,
      TcmppActions.RELEASE_MNP_VERSION,
      TcmppActions.ROLLBACK_MNP_VERSION,
    ],
    // CreateMNPVersion takes Limit/<platform><mini program>: every mini program of the platform.
    resources: [platform, TcmppResources.miniProgram({ ownerUin: OWNER, platformId: PLATFORM, mnpId: '*' })],
  });
  release.attachToGroup('13');

  const auditors = new TcmppPolicy(stack, 'Auditors', {
    policyName: 'tcmpp-shop-auditors',
    description: 'Every TCMPP read and list API, on every platform',
    actions: [...Catalog.actionNames('tcmpp', AccessLevel.READ), ...Catalog.actionNames('tcmpp', AccessLevel.LIST)],
    resources: ['*'],
  });
  new PolicyAttachment(stack, 'AuditorCarol', { policy: auditors, target: PolicyTarget.user('carol') });
  new PolicyAttachment(stack, 'AuditorByUin', { policy: auditors, target: PolicyTarget.userUin('100000000042') });
  return [stack];
}

if (require.main === module) {
  const app = new App();
  build(app);
  app.synth();
}
