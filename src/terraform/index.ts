export { AttachmentMethod, IPolicy, PolicyAttachment, PolicyAttachmentProps } from './attachment';
export { ManagedPolicy } from './managed-policy';
export { CamGroup, CamGroupProps, CamRole, CamRoleProps, CamUser, CamUserProps, IGroup, IIdentity, IRole, IUser } from './identity';
export { GrantOptions } from './grants';
export { CmqQueue, CmqTargetProps, CmqTopic, MiniProgram, MiniProgramProps, TcmppPlatform, TcmppPlatformProps } from './grants';
export { CamDefaults, CamDefaultsProps, RootPrincipal } from './defaults';
export { CamPolicy, CamPolicyProps, PolicyBaseProps, PrincipalsProps } from './policy';
export { PolicyTarget, TargetKind } from './policy-target';
export {
  CmqQueuePolicy, CmqQueuePolicyProps, CmqTopicPolicy, CmqTopicPolicyProps, TcmppPolicy, TcmppPolicyProps,
} from './service-policies';
export { CamLint, CamLintProps } from './cam-lint';
export { Access, AccessAnswer, AccessCheckResult, AccessResult, AccessWitness } from './access';
