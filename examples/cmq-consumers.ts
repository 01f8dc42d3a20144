// CMQ's policy API page's example made real: strategy1 lets user 3232 and group 13 consume queue "myqueue"; a
// topic publisher policy; and the preset QCloudCmqQueueFullAccess attached to an operators group.
// Run alone: npx tsx examples/cmq-consumers.ts
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  CmqQueueActions, CmqQueuePolicy, CmqResources, CmqTopicActions, CmqTopicPolicy, ManagedPolicy, PolicyAttachment, PolicyStatement,
  PolicyTarget, Principal, TencentcloudProvider,
} from '../src';

const OWNER = '1238423';
const CREATOR = '3232';

export function build(scope: Construct): TerraformStack[] {
  const stack = new TerraformStack(scope, 'cmq-consumers');
  new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-beijing' });
  const queue = (queueName: string) => CmqResources.queue({ region: 'bj', ownerUin: OWNER, creatorUin: CREATOR, queueName });

  // CMQ's policy API page's strategy1: listing is operation level, so it gets a statement of its own on "*";
  // the principals become attachments (to the user with uin 3232 and to group 13).
  new CmqQueuePolicy(stack, 'Strategy1', {
    policyName: 'strategy1',
    description: 'horace test',
    statements: [
      new PolicyStatement({ actions: [CmqQueueActions.LIST_QUEUE], resources: ['*'] }),
      new PolicyStatement({
        actions: [CmqQueueActions.RECEIVE_MESSAGE, CmqQueueActions.BATCH_DELETE_MESSAGE],
        resources: [queue('myqueue'), queue('*')],
      }),
    ],
    principals: [Principal.user(OWNER, CREATOR), Principal.group(OWNER, '13')],
  });

  const publishers = new CmqTopicPolicy(stack, 'OrderPublishers', {
    policyName: 'cmq-order-publishers',
    description: 'Publish to the order topics',
    topic: CmqResources.topic({ region: 'bj', ownerUin: OWNER, creatorUin: CREATOR, topicName: 'orders*' }),
    actions: [CmqTopicActions.PUBLISH_MESSAGE, CmqTopicActions.BATCH_PUBLISH_MESSAGE, CmqTopicActions.ACTION_GET_TOPIC_ATTRIBUTES],
  });
  publishers.attachToRoleName('order-service');

  const full = ManagedPolicy.fromName(stack, 'CmqQueueFullAccess', 'QCloudCmqQueueFullAccess');
  new PolicyAttachment(stack, 'OperatorsCmqFull', { policy: full, target: PolicyTarget.group('21') });
  return [stack];
}

if (require.main === module) {
  const app = new App();
  build(app);
  app.synth();
}
