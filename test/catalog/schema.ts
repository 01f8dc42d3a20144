import { z } from 'zod';

import type { ApiActionsData, CamServicesData, CrossServiceData, SameAsData, ServiceData } from '../../src/catalog/service-data';

/**
 * The shape of a catalogue data file (`src/catalog/data/<service>.json`), checked by a test against
 * every data file. zod is a test dependency only: the package reads the files through the
 * `ServiceData` interface, which must describe the same shape (checked at compile time below).
 */
export const serviceDataSchema = z.strictObject({
  $schema: z.string(),
  service: z.string().regex(/^[a-z][a-z0-9-]*$/),
  displayName: z.string().min(1),
  sources: z.array(z.strictObject({
    id: z.string().min(1),
    name: z.string().min(1),
    url: z.url().optional(),
    date: z.iso.date(),
  })).min(1),
  conditions: z.strictObject({ tagAuthorization: z.boolean(), ipRestriction: z.boolean(), source: z.string().min(1) }).optional(),
  granularityDecision: z.string().min(40),
  resourceTypes: z.array(z.strictObject({
    name: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/),
    template: z.string().startsWith('qcs:'),
    description: z.string().min(1),
  })).min(1),
  actions: z.array(z.strictObject({
    name: z.string().regex(/^[A-Z][A-Za-z0-9]*$/),
    description: z.string().min(5).max(120),
    accessLevel: z.enum(['read', 'write', 'list']),
    granularity: z.enum(['resource', 'operation', 'unknown']),
    resources: z.array(z.string()),
    source: z.string().min(1),
  })).min(1),
});

// Fails to compile when the schema and the interface the package uses drift apart.
type Parsed = z.infer<typeof serviceDataSchema>;
export const sameShape: [Parsed extends ServiceData ? true : false, Exclude<keyof Parsed, keyof ServiceData> | Exclude<keyof ServiceData, keyof Parsed> extends never ? true : false] = [true, true];

const sourceSchema = z.strictObject({ id: z.string().min(1), name: z.string().min(1), url: z.url().optional(), date: z.iso.date() });

/** `src/catalog/data/cam-services.json`: every CAM service prefix, with the names users write for them. */
export const camServicesSchema = z.strictObject({
  description: z.string().min(40),
  sources: z.array(sourceSchema).min(1),
  services: z.array(z.strictObject({ prefix: z.string().regex(/^[a-z][a-z0-9_-]*$/), product: z.string().min(2), source: z.string().min(1), apiOf: z.string().regex(/^[a-z][a-z0-9]*$/).optional() })).min(100),
  aliases: z.array(z.strictObject({ name: z.string().regex(/^[a-z][a-z0-9_-]*$/), prefix: z.string().min(1) })),
});

/** A renamed service (`src/catalog/data/tcsas.json`). */
export const sameAsSchema = z.strictObject({
  $schema: z.string(),
  service: z.string().regex(/^[a-z][a-z0-9-]*$/),
  displayName: z.string().min(1),
  sameAs: z.string().min(1),
  sources: z.array(sourceSchema).min(1),
  decision: z.string().min(40),
  actions: z.array(z.string().regex(/^[A-Z][A-Za-z0-9]*$/)).min(1),
});

type ParsedServices = z.infer<typeof camServicesSchema>;
type ParsedSameAs = z.infer<typeof sameAsSchema>;
export const sameShapes: [ParsedServices extends CamServicesData ? true : false, ParsedSameAs extends SameAsData ? true : false] = [true, true];

/** `src/catalog/data/cross-service.json`: services acting on other services' resources. */
export const crossServiceSchema = z.strictObject({
  description: z.string().min(40),
  sources: z.array(sourceSchema).min(1),
  pairs: z.array(z.strictObject({ service: z.string().min(1), resourceServices: z.array(z.string().min(1)).min(1), source: z.string().min(1) })).min(1),
});
type ParsedCross = z.infer<typeof crossServiceSchema>;
export const crossShape: ParsedCross extends CrossServiceData ? true : false = true;

/** `src/catalog/data/api-actions.json`: every product's action names, from Tencent's API metadata and documentation. */
export const apiActionsSchema = z.strictObject({
  $schema: z.string(),
  description: z.string().min(40),
  source: z.strictObject({ repository: z.literal('TencentCloud/tencentcloud-cli'), commit: z.string().regex(/^[0-9a-f]{40}$/), date: z.iso.date(), files: z.number().int().min(100) }),
  services: z.record(z.string().regex(/^[a-z][a-z0-9_-]*$/), z.strictObject({
    product: z.string().min(1),
    api: z.string().min(1),
    versions: z.array(z.iso.date()).min(1),
    actions: z.array(z.string().regex(/^[A-Z][A-Za-z0-9]*$/)),
    deprecated: z.array(z.string()).optional(),
  })).refine((s) => Object.keys(s).length >= 200, 'every product: at least 200'),
  published: z.record(z.string().regex(/^[a-z][a-z0-9_-]*$/), z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/), z.string().regex(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}:/))),
  resources: z.record(z.string().regex(/^[a-z][a-z0-9]*$/), z.record(z.string().regex(/^[A-Z][A-Za-z0-9]*$/), z.strictObject({
    // `["*"]`: an operation-level action (the page's resource is `*`, or its granularity "API level").
    templates: z.union([z.tuple([z.literal('*')]), z.array(z.string().startsWith('qcs:').refine((t) => t.split(':').length >= 6, 'six segments')).min(1)]),
    conditionKeys: z.array(z.string().regex(/^[a-z]+:[a-z_]+$/)),
    source: z.string().regex(/^tencentyun\/intlcloud-documents@[0-9a-f]{40}:/),
  }))),
  // Service prefixes Tencent's pages write in policies that neither API 3.0 nor CAM's pages list, each with its page.
  prefixes: z.record(z.string().regex(/^[a-z][a-z0-9]*$/), z.string().regex(/^tencentyun\/intlcloud-documents@[0-9a-f]{40}:/)),
  conditionKeys: z.record(z.string().regex(/^[a-z][a-z0-9]*$/), z.strictObject({
    keys: z.array(z.string().regex(/^[a-z][a-z0-9]*:[a-z][a-z0-9_-]*$/)).min(1),
    sources: z.array(z.string().regex(/^tencentyun\/intlcloud-documents@[0-9a-f]{40}:/)).min(1),
  })),
  resourceTypes: z.strictObject({
    source: z.string().regex(/^tencentyun\/intlcloud-documents@[0-9a-f]{40}: /),
    services: z.record(z.string().regex(/^[a-z][a-z0-9]*$/), z.array(z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/)).min(1)),
  }),
});

type ParsedApi = z.infer<typeof apiActionsSchema>;
export const sameApiShape: [ParsedApi extends ApiActionsData ? true : false] = [true];
