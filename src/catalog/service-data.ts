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

/**
 * A renamed service (`src/catalog/data/tcsas.json`): its actions by name; those it shares with the
 * service it was (`sameAs`) take what the catalogue says of that one.
 * @internal
 */
export interface SameAsData {
  readonly $schema: string;
  readonly service: string;
  readonly displayName: string;
  readonly sameAs: string;
  readonly sources: ReadonlyArray<{ readonly id: string; readonly name: string; readonly url?: string; readonly date: string }>;
  readonly decision: string;
  readonly actions: readonly string[];
}

/**
 * Every CAM service prefix (`src/catalog/data/cam-services.json`), with names users write for them.
 * @internal
 */
export interface CamServicesData {
  readonly description: string;
  readonly sources: ReadonlyArray<{ readonly id: string; readonly name: string; readonly url?: string; readonly date: string }>;
  readonly services: ReadonlyArray<{ readonly prefix: string; readonly product: string; readonly source: string; readonly apiOf?: string }>;
  readonly aliases: ReadonlyArray<{ readonly name: string; readonly prefix: string }>;
}

/**
 * Services whose actions act on other services' resources (`src/catalog/data/cross-service.json`).
 * @internal
 */
export interface CrossServiceData {
  readonly description: string;
  readonly sources: ReadonlyArray<{ readonly id: string; readonly name: string; readonly url?: string; readonly date: string }>;
  readonly pairs: ReadonlyArray<{ readonly service: string; readonly resourceServices: readonly string[]; readonly source: string }>;
}

/** Every product's action names (`src/catalog/data/api-actions.json`), written by scripts/fetch-api-actions.ts. */
export interface ApiActionsData {
  readonly $schema: string;
  readonly description: string;
  readonly source: { readonly repository: string; readonly commit: string; readonly date: string; readonly files: number };
  readonly services: { readonly [prefix: string]: { readonly product: string; readonly api: string; readonly versions: readonly string[]; readonly actions: readonly string[]; readonly deprecated?: readonly string[] } };
  readonly published: { readonly [prefix: string]: { readonly [action: string]: string } };
  readonly resources: { readonly [prefix: string]: { readonly [action: string]: { readonly templates: readonly string[]; readonly conditionKeys: readonly string[]; readonly source: string } } };
  /** Service prefixes Tencent's pages write in policies that neither API 3.0 nor CAM's pages list (`bgpip`), each with its page. */
  readonly prefixes: { readonly [prefix: string]: string };
  /** The condition keys a service sends, where its pages list them, with the pages. */
  readonly conditionKeys: { readonly [prefix: string]: { readonly keys: readonly string[]; readonly sources: readonly string[] } };
  /** The resource types Tencent's pages write for a service, where a product's API table gives its templates. */
  readonly resourceTypes: { readonly source: string; readonly services: { readonly [prefix: string]: readonly string[] } };
}

/** The index of products the linter reads (`src/catalog/data/products/index.json`, generated): each prefix's product name and whether API 3.0 lists it. */
export interface ProductIndex {
  readonly generated: string;
  readonly source: { readonly repository: string; readonly commit: string; readonly date: string };
  /** Per prefix: the product's name, whether its actions are checked one by one (API 3.0 lists them), and the API product whose actions it also authorizes (`ccs`: `tke`). */
  readonly products: { readonly [prefix: string]: [string, boolean] | [string, boolean, string] };
}

/** One product's names (`src/catalog/data/products/<prefix>.json`, generated). */
export interface ProductNames {
  readonly api3: readonly string[];
  readonly published: readonly string[];
  /** Per action, as the product's page writes them: [resource templates (`["*"]`: operation level), condition keys, page]. */
  readonly resources: { readonly [action: string]: [readonly string[], readonly string[], string] };
  /** The condition keys the service sends, where its pages list them: [keys, pages]. */
  readonly conditionKeys?: [readonly string[], readonly string[]];
  /** The resource types Tencent's pages write for the service, where known. */
  readonly resourceTypes?: readonly string[];
}
