export { AccessLevel, Granularity } from './access-level';
export { Catalog, ActionInfo, CamServiceInfo, ProductActionResources, ServiceInfo } from './catalog';
export * from './generated';
export {
  TcmppResources, CmqResources, TcmppPlatformResourceProps, TcmppMiniProgramResourceProps, CmqQueueResourceProps, CmqTopicResourceProps,
  TcmppActionResourceProps, CmqActionResourceProps, ProductResources, ProductResourceProps,
} from './resources';
