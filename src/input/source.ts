import { locateJsonError, scanJson } from '../policy/json-error';
import { Configuration } from './configuration';
import { InputFile, Workspace } from './files';
import { InputKind, detectKind, isTerraform } from './kind';

/**
 * One file as tcam reads it, whatever the command: its text, whether it is JSON (and where it
 * stops being JSON), what it holds by content, and, for Terraform, the configuration model. Lint,
 * simulate and access all read files here, so they read each file the same way.
 * @internal
 */
export interface Source {
  /** The path as shown to the user. */
  readonly file: string;
  /** Whether it was named on the command line (not found in a folder). */
  readonly explicit: boolean;
  readonly text: string;
  readonly kind: InputKind;
  /** The decoded value; undefined when the text is not JSON. */
  readonly value?: unknown;
  /** Where and why the text stops being JSON. */
  readonly jsonError?: { readonly line: number; readonly column: number; readonly reason: string };
  /** The Terraform model of a Terraform JSON file, a plan or a state. */
  readonly configuration?: Configuration;
}

/**
 * Reads one file. Terraform keeps every definition of a duplicated key, where `JSON.parse` keeps the
 * last: a light scan finds whether a Terraform JSON file has one, and only then is it read again
 * keeping every definition. Throws `UnreadableError` for a file that cannot be read.
 * @internal
 */
export function readSource(workspace: Workspace, input: InputFile): Source {
  const source = sourceOf(workspace.display(input.file), input.explicit, workspace.read(input.file));
  workspace.verbose?.(source.file, source.jsonError ? 'not JSON' : source.kind);
  return source;
}

/** A file's text read as `readSource` reads it. @internal */
export function sourceOf(file: string, explicit: boolean, text: string): Source {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { file, explicit, text, kind: InputKind.UNKNOWN, jsonError: locateJsonError(text) };
  }
  let kind = detectKind(value);
  if (kind === InputKind.TERRAFORM_JSON && scanJson(text, { keysOnly: true }).hasDuplicates) {
    value = scanJson(text, { duplicates: true }).value;
    kind = detectKind(value);
  }
  const configuration = isTerraform(kind) ? Configuration.read(value as Record<string, unknown>) : undefined;
  return { file, explicit, text, kind, value, ...(configuration ? { configuration } : {}) };
}
