import { z } from 'zod';

/**
 * The shape of a catalogue data file (`src/catalog/data/<service>.json`). Internal: zod never
 * appears in the public API. A test checks every data file against it.
 * @internal
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

/** @internal */
export type ServiceData = z.infer<typeof serviceDataSchema>;
