import { Severity } from '../../policy/finding';
import { DOCS, Rule } from '../rule';
import { segmentCheck } from '../facts';

export const INVALID_RESOURCE: Rule = {
  code: 'INVALID_RESOURCE',
  severity: Severity.ERROR,
  title: 'A resource is not six segments starting with qcs',
  docUrl: DOCS.resources,
  description: 'A resource is `*` or six `:`-separated segments, `qcs:project:service:region:account:resource`: the first is `qcs`, the project empty or `id/<n>`, the service a CAM abbreviation, the resource segment not empty.',
  visit: { resource: segmentCheck('INVALID_RESOURCE') },
};
