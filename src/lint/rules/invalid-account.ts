import { checkResource } from '../../policy/resource';
import { DOCS, resourceSegmentRule } from '../rule';

export const INVALID_ACCOUNT = resourceSegmentRule({
  code: 'INVALID_ACCOUNT',
  title: 'The account segment is not uin/<digits> or uid/<digits>',
  docUrl: DOCS.resources,
  description: "The account segment is empty (the requester's account), `uin/<root uin>`, `uin/-1` (preset policies), `uid/<appid>` (COS, CAS), or a template's bare `uin/`.",
}, checkResource);
