/**
 * The shape of a catalogue data file (`src/catalog/data/<service>.json`). The test suite checks
 * every data file against a schema of the same shape (`test/catalog/schema.ts`), so the package
 * needs no schema library at run time.
 * @internal
 */
export interface ServiceData {
  readonly $schema: string;
  readonly service: string;
  readonly displayName: string;
  readonly sources: ReadonlyArray<{ readonly id: string; readonly name: string; readonly url?: string; readonly date: string }>;
  /** What CAM's conditions can do for the service, where its CAM page says (`source`). */
  readonly conditions?: { readonly tagAuthorization: boolean; readonly ipRestriction: boolean; readonly source: string };
  readonly granularityDecision: string;
  readonly resourceTypes: ReadonlyArray<{ readonly name: string; readonly template: string; readonly description: string }>;
  readonly actions: ReadonlyArray<{
    readonly name: string;
    readonly description: string;
    readonly accessLevel: 'read' | 'write' | 'list';
    readonly granularity: 'resource' | 'operation' | 'unknown';
    readonly resources: readonly string[];
    readonly source: string;
  }>;
}
