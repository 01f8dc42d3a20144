export { AttachmentMethod, IPolicy, PolicyAttachment, PolicyAttachmentProps } from './attachment';
export { ManagedPolicy } from './managed-policy';
export { CamPolicy, CamPolicyProps, PolicyBaseProps, PrincipalsProps } from './policy';
export { PolicyTarget, TargetKind } from './policy-target';
export {
  CmqQueuePolicy, CmqQueuePolicyProps, CmqTopicPolicy, CmqTopicPolicyProps, TcmppPolicy, TcmppPolicyProps,
} from './service-policies';
export { CamLint, CamLintProps } from './cam-lint';
export { Access, AccessAnswer, AccessCheckResult, AccessResult, AccessWitness } from './access';
