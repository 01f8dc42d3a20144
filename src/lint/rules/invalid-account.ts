import { Severity } from '../../policy/finding';
import { DOCS, Rule } from '../rule';
import { segmentCheck } from '../facts';

export const INVALID_ACCOUNT: Rule = {
  code: 'INVALID_ACCOUNT',
  severity: Severity.ERROR,
  title: 'The account segment is not uin/<digits> or uid/<digits>',
  docUrl: DOCS.resources,
  description: "The account segment is empty (the requester's account), `uin/<root uin>`, `uin/-1` (preset policies), `uid/<appid>` (COS, CAS), or a template's bare `uin/`.",
  visit: { resource: segmentCheck('INVALID_ACCOUNT') },
};
