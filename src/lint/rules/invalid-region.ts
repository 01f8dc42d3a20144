import { checkResource } from '../../policy/resource';
import { DOCS, resourceSegmentRule } from '../rule';

export const INVALID_REGION = resourceSegmentRule({
  code: 'INVALID_REGION',
  title: 'The region segment is not a known region',
  docUrl: DOCS.resources,
  description: "The region segment is empty (every region) or a known region code, long (`ap-guangzhou`) or short (`gz`, from older pages such as CMQ's). The table is data: `src/policy/data/regions.json`.",
}, checkResource);
