import { z } from 'zod';

import type { ServiceData } from '../../src/catalog/service-data';

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
