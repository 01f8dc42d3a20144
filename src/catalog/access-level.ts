/**
 * What an action does, as CAM's pages group APIs. Data, so "every TCMPP read API" is a query.
 */
export enum AccessLevel {
  /** Changes something: creates, modifies, deletes, sends. */
  WRITE = 'WRITE',
  /** Reads one thing. */
  READ = 'READ',
  /** Lists things. */
  LIST = 'LIST',
}

/**
 * How finely CAM authorizes an action.
 */
export enum Granularity {
  /** The action can be restricted to specific resources. */
  RESOURCE_LEVEL = 'RESOURCE_LEVEL',
  /**
   * The action cannot be restricted: a statement that names specific resources does not
   * authorize it (CAM treats it as not authorized). Grant it on `*`.
   */
  OPERATION_LEVEL = 'OPERATION_LEVEL',
  /** The service does not publish it. */
  UNKNOWN = 'UNKNOWN',
}

/**
 * The access level of an API from its verb, where no page gives it: names starting or ending with
 * `List` list; Describe, Get, Query, Check, Inquiry, Inquire, Head and Search read; the rest write.
 * A trailing `*` of a pattern (`DescribeMNPList*`) is read past. Used for TCSAS's own actions and by
 * `tcam access` for actions outside the catalogue.
 * @internal
 */
export function accessLevelFromVerb(name: string): AccessLevel {
  if (/^List|List\*?$/.test(name)) return AccessLevel.LIST;
  if (/^(Describe|Get|Query|Check|Inquiry|Head|Inquire|Search)/.test(name)) return AccessLevel.READ;
  return AccessLevel.WRITE;
}
