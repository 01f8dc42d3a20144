// The README's "Users, groups and roles" stack, built as written: what it means, asked of Access.of(stack).
import { TerraformStack, Testing } from 'cdktf';
import { expect, it } from 'vitest';
import {
  Access, AccountPrincipal, CamDefaults, CamGroup, CamRole, CamUser, Condition, ManagedPolicy, MiniProgram, OpenIdConnectPrincipal, PolicyStatement,
  PolicyTarget, RootPrincipal, ServicePrincipal, TcmppActions, TencentcloudProvider,
} from '../../src';
import { schemaProblems } from './schema';

it('the README\'s identities stack allows what its prose says, and nothing else', () => {
  const stack = new TerraformStack(Testing.app(), 'team');
  new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  CamDefaults.set(stack, { ownerUin: '100000000001' });
  const operators = new CamGroup(stack, 'Operators', { groupName: 'mnp-operators' });
  operators.addUser(new CamUser(stack, 'Alice', { userName: 'alice' }));
  operators.addUser(CamUser.fromName(stack, 'Bob', 'bob'));
  operators.addToPolicy(new PolicyStatement({ actions: TcmppActions.allReadOnly(), resources: ['*'] }));
  operators.addManagedPolicy(ManagedPolicy.fromName(stack, 'CvmRead', 'QcloudCVMReadOnlyAccess'));
  const deployer = new CamRole(stack, 'Deployer', {
    roleName: 'mnp-deployer',
    assumedBy: new OpenIdConnectPrincipal('100000000001', 'github', { issuer: 'https://token.actions.githubusercontent.com', clientIds: ['sts.cloud.tencent.com'], subjects: ['repo:example/shop:*'] }),
  });
  deployer.grantAssumeRole(new RootPrincipal());
  MiniProgram.fromId({ platformId: 'T04257DS9431720WTAG', mnpId: 'mnpshop01' }).grantCreateVersion(deployer);
  const vendor = new CamRole(stack, 'Vendor', { roleName: 'vendor-audit', assumedBy: new AccountPrincipal('100000000009'), trustConditions: [Condition.externalId('a1b2c3')] });
  vendor.addToPolicy(new PolicyStatement({ actions: TcmppActions.allRead(), resources: ['*'] }));
  const functions = new CamRole(stack, 'Functions', { roleName: 'functions', assumedBy: new ServicePrincipal('scf.qcloud.com') });
  expect(schemaProblems(JSON.parse(Testing.synth(stack, true)))).toEqual([]);

  const access = Access.of(stack);
  const instance = 'qcs::cvm:ap-guangzhou:uin/100000000001:instance/ins-1';
  const mnp = (id: string) => `qcs::tcmpp::uin/100000000001:Limit/T04257DS9431720WTAG${id}`;
  for (const user of ['alice', 'bob']) {
    access.assertAllowed(PolicyTarget.user(user), TcmppActions.DESCRIBE_MNP, '*');
    access.assertAllowed(PolicyTarget.user(user), 'cvm:DescribeInstances', instance);
    access.assertDenied(PolicyTarget.user(user), 'cvm:RunInstances', instance);
    access.assertDenied(PolicyTarget.user(user), TcmppActions.RELEASE_MNP_VERSION, '*');
  }
  access.assertAllowed(PolicyTarget.role(deployer.roleId), TcmppActions.CREATE_MNP_VERSION, mnp('mnpshop01'));
  access.assertDenied(PolicyTarget.role(deployer.roleId), TcmppActions.CREATE_MNP_VERSION, mnp('mnpother'));
  access.assertAllowed(PolicyTarget.role(vendor.roleId), TcmppActions.DESCRIBE_MNP, '*');
  access.assertDenied(PolicyTarget.role(vendor.roleId), TcmppActions.RELEASE_MNP_VERSION, '*');
  access.assertDenied(PolicyTarget.role(functions.roleId), TcmppActions.DESCRIBE_MNP, '*');
});
