// The README's quick start, verbatim but for the import path (a test keeps the two identical).
import { App, TerraformStack } from 'cdktf';
import {
  CamDefaults, CamGroup, CamRole, CamUser, CmqQueue, CmqQueueActions, Condition, Effect, PolicyStatement, ServicePrincipal, TcmppPlatform, TencentcloudProvider,
} from '../src';

const app = new App();
const stack = new TerraformStack(app, 'cam');
new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
CamDefaults.set(stack, { ownerUin: '100000000001', creatorUin: '100000000001' }); // the account, said once

// Operators read all of TCMPP, and release the shop platform's mini programs from the office.
const operators = new CamGroup(stack, 'Operators', { groupName: 'mnp-operators' });
operators.addUser(new CamUser(stack, 'Alice', { userName: 'alice' }));
operators.addUser(new CamUser(stack, 'Bob', { userName: 'bob' }));
const shop = TcmppPlatform.fromId({ platformId: 'T04257DS9431720WTAG' });
shop.grantReadAll(operators);
shop.grantRelease(operators, { conditions: [Condition.sourceIp(['203.0.113.0/24'])] });

// Cloud functions assume a role that consumes one queue, and may never delete a queue.
const consumer = new CamRole(stack, 'Consumer', { roleName: 'orders-consumer', assumedBy: new ServicePrincipal('scf.qcloud.com') });
CmqQueue.fromName({ name: 'orders', region: 'gz' }).grantConsume(consumer);
consumer.addToPolicy(new PolicyStatement({ effect: Effect.DENY, actions: [CmqQueueActions.DELETE_QUEUE], resources: ['*'] }));
app.synth();
