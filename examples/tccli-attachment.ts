// Attaching through CAM's own API lifecycle (CMQ's policy API page's OperateCamStrategy, now Attach*/Detach*Policy):
// a null_resource runs tccli on create and on destroy. Run alone: npx tsx examples/tccli-attachment.ts
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AttachmentMethod, CmqQueueActions, CmqQueuePolicy, CmqResources, PolicyAttachment, PolicyTarget, TencentcloudProvider } from '../src';

export function build(scope: Construct): TerraformStack[] {
  const stack = new TerraformStack(scope, 'tccli-attachment');
  new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-beijing' });
  const senders = new CmqQueuePolicy(stack, 'Senders', {
    policyName: 'cmq-senders',
    queue: CmqResources.queue({ region: 'bj', ownerUin: '1238423', creatorUin: '3232', queueName: 'myqueue' }),
    actions: [CmqQueueActions.SEND_MESSAGE, CmqQueueActions.BATCH_SEND_MESSAGE],
  });
  new PolicyAttachment(stack, 'SendersGroup', { policy: senders, target: PolicyTarget.group('13'), method: AttachmentMethod.CLI });
  new PolicyAttachment(stack, 'SendersUser', { policy: senders, target: PolicyTarget.userUin('3232'), method: AttachmentMethod.CLI });
  new PolicyAttachment(stack, 'SendersRole', { policy: senders, target: PolicyTarget.roleName('queue-writer'), method: AttachmentMethod.CLI });
  return [stack];
}

if (require.main === module) {
  const app = new App();
  build(app);
  app.synth();
}
