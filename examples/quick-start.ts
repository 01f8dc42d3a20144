// The README's quick start, verbatim but for the import path (a test keeps the two identical).
import { App, TerraformStack } from 'cdktf';
import {
  TencentcloudProvider, TcmppPolicy, TcmppActions, TcmppResources,
  CmqQueuePolicy, CmqQueueActions, CmqResources, PolicyAttachment, PolicyTarget, Principal,
} from '../src';

const app = new App();
const stack = new TerraformStack(app, 'cam');
new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });

const release = new TcmppPolicy(stack, 'Release', {
  policyName: 'tcmpp-release',
  description: 'Release managers of the shop platform',
  actions: [TcmppActions.CREATE_MNP_VERSION, TcmppActions.RELEASE_MNP_VERSION, TcmppActions.ROLLBACK_MNP_VERSION],
  // As TCMPP's CAM page authorizes CreateMNPVersion: Limit/<platform><mini program>, with no region.
  // With mnpId '*' it covers every mini program of the platform, and the platform itself.
  resources: [TcmppResources.forAction(TcmppActions.CREATE_MNP_VERSION, { ownerUin: '100000000001', platformId: 'T04257DS9431720WTAG', mnpId: '*' })],
});
release.attachToGroup('13');
new PolicyAttachment(stack, 'AliceRelease', { policy: release, target: PolicyTarget.user('alice') });

new CmqQueuePolicy(stack, 'Consumer', {
  policyName: 'strategy1',
  description: 'horace test',
  queue: CmqResources.queue({ region: 'bj', ownerUin: '1238423', creatorUin: '3232', queueName: 'myqueue' }),
  actions: [CmqQueueActions.RECEIVE_MESSAGE, CmqQueueActions.BATCH_DELETE_MESSAGE],
  principals: [Principal.group('1238423', '13')],
});
app.synth();
