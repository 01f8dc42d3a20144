import * as data from './data/preset-policies.json';

/** A preset policy of Tencent's whose document Tencent has published. @internal */
export interface PresetPolicy {
  readonly name: string;
  /** The document as CAM holds it, as JSON text. */
  readonly document: string;
  /** The page that prints it, by its title. */
  readonly source: string;
}

const BY_NAME: ReadonlyMap<string, PresetPolicy> = new Map(data.policies.map((p) => {
  const source = data.sources.find((s) => s.id === p.source)!;
  return [p.name, Object.freeze({ name: p.name, document: JSON.stringify(p.document), source: source.name })];
}));

/** The preset policy of this name (as CAM spells it), where its document is published; else undefined. @internal */
export function presetPolicy(name: string): PresetPolicy | undefined {
  return BY_NAME.get(name);
}
