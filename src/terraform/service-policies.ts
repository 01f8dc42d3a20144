import { Construct } from 'constructs';
import { CamPolicy, PolicyBaseProps, PolicySpec, PrincipalsProps, withPolicySpec } from './policy';
import { CMQ_PROPS } from './props';

/**
 * Options of a `TcmppPolicy`.
 */
export interface TcmppPolicyProps extends PolicyBaseProps {
  /**
   * Shorthand for one statement: platforms and mini programs, built with `TcmppResources`, or `*`.
   * @default - none
   */
  readonly resources?: string[];
}

/**
 * A policy over TCMPP (Tencent Cloud Mini Program Platform) only: any action of another service
 * is an ERROR naming the construct to use instead.
 *
 * ```ts
 * new TcmppPolicy(stack, 'Release', {
 *   policyName: 'tcmpp-release',
 *   actions: [TcmppActions.CREATE_MNP_VERSION, TcmppActions.RELEASE_MNP_VERSION],
 *   resources: [TcmppResources.platform({ region: 'ap-guangzhou', ownerUin: '100000000001', platformId: 'T04257DS9431720WTAG' })],
 * });
 * ```
 */
export class TcmppPolicy extends CamPolicy {
  constructor(scope: Construct, id: string, props: TcmppPolicyProps) {
    const spec: PolicySpec = { props, resources: props?.resources ?? [], service: { name: 'tcmpp', construct: 'TcmppPolicy' } };
    super(scope, id, withPolicySpec(spec));
  }
}

/**
 * Options of a `CmqQueuePolicy`.
 */
export interface CmqQueuePolicyProps extends PolicyBaseProps, PrincipalsProps {
  /**
   * Shorthand for one statement: the queue, built with `CmqResources.queue`.
   * @default - none
   */
  readonly queue?: string;
  /**
   * Shorthand for one statement: more queues (or `*`), after `queue`.
   * @default - none
   */
  readonly queues?: string[];
}

/**
 * A policy over CMQ queues only (service `cmqqueue`), CMQ's policy API page's policy made a construct.
 */
export class CmqQueuePolicy extends CamPolicy {
  constructor(scope: Construct, id: string, props: CmqQueuePolicyProps) {
    const resources = [...(props?.queue !== undefined ? [props.queue] : []), ...(Array.isArray(props?.queues) ? props.queues : [])];
    const spec: PolicySpec = { props, resources, service: { name: 'cmqqueue', construct: 'CmqQueuePolicy' }, extraChecks: CMQ_PROPS.queue };
    super(scope, id, withPolicySpec(spec));
  }
}

/**
 * Options of a `CmqTopicPolicy`.
 */
export interface CmqTopicPolicyProps extends PolicyBaseProps, PrincipalsProps {
  /**
   * Shorthand for one statement: the topic, built with `CmqResources.topic`.
   * @default - none
   */
  readonly topic?: string;
  /**
   * Shorthand for one statement: more topics (or `*`), after `topic`.
   * @default - none
   */
  readonly topics?: string[];
}

/**
 * A policy over CMQ topics only (service `cmqtopic`).
 */
export class CmqTopicPolicy extends CamPolicy {
  constructor(scope: Construct, id: string, props: CmqTopicPolicyProps) {
    const resources = [...(props?.topic !== undefined ? [props.topic] : []), ...(Array.isArray(props?.topics) ? props.topics : [])];
    const spec: PolicySpec = { props, resources, service: { name: 'cmqtopic', construct: 'CmqTopicPolicy' }, extraChecks: CMQ_PROPS.topic };
    super(scope, id, withPolicySpec(spec));
  }
}
