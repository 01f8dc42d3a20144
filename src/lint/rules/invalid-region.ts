import { Severity } from '../../policy/finding';
import { DOCS, Rule } from '../rule';
import { segmentCheck } from '../facts';

export const INVALID_REGION: Rule = {
  code: 'INVALID_REGION',
  severity: Severity.ERROR,
  title: 'The region segment is not a known region',
  docUrl: DOCS.resources,
  description: "The region segment is empty (every region) or a known region code, long (`ap-guangzhou`) or short (`gz`, from older pages such as CMQ's). The table is data: `src/policy/data/regions.json`.",
  visit: { resource: segmentCheck('INVALID_REGION') },
};
