import { checkResource } from '../../policy/resource';
import { DOCS, resourceSegmentRule } from '../rule';

export const INVALID_RESOURCE = resourceSegmentRule({
  code: 'INVALID_RESOURCE',
  title: 'A resource is not six segments starting with qcs',
  docUrl: DOCS.resources,
  description: 'A resource is `*` or six `:`-separated segments, `qcs:project:service:region:account:resource`: the first is `qcs`, the project empty or `id/<n>`, the service a CAM abbreviation, the resource segment not empty.',
}, checkResource);
