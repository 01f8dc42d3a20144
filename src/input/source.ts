import { locateJsonError, scanJson } from '../policy/json-error';
import { Configuration, ModuleFiles } from './configuration';
import { Dirent, readdirSync } from 'fs';
import { basename, dirname, join, resolve } from 'path';
import { InputFile, UnreadableError, Workspace } from './files';
import { InputKind, detectKind, isTerraform, kindByName } from './kind';
import { safeText } from './safe-text';

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
  /** The Terraform model of a Terraform JSON file, a plan or a state; a module's, for a file of one (`module`). */
  readonly configuration?: Configuration;
  /**
   * For a `*.tf.json` file read with others of its folder as one module (`infra/*.tf.json`): the
   * module's name. Its `configuration` is the module's, shared by its files.
   */
  readonly module?: string;
  /**
   * For a file its folder's Terraform configuration reads as a policy's document
   * (`${file("policy.json")}`): that policy's address (one of them, for a file several read). It is
   * linted and shown as that policy's, once.
   */
  readonly documentOf?: string;
}

/**
 * Reads one file as `decoded` does (`text`: the file's, when it was read already). Throws
 * `UnreadableError` for a file that cannot be read.
 */
function readDecoded(workspace: Workspace, input: InputFile, text: string = workspace.read(input.file)): Source {
  const source = decoded(workspace.display(input.file), input.explicit, text);
  workspace.verbose?.(source.file, source.jsonError ? 'not JSON' : source.kind);
  return source;
}

/**
 * Reads the files in their order, as `sourceOf` reads one, each given to `each` with its place; the
 * `*.tf.json` files of one folder are read together, as Terraform reads them, into one module: a
 * policy of one file is attached in another, a local of one is read in another; the blocks of its
 * override files (`override.tf.json`, `*_override.tf.json`) are merged into the others' as Terraform
 * merges them (`readTerraformModule`). A folder's module is read when its first file is reached, so
 * that a document its policies read (`${file("policy.json")}`) is known as theirs (`documentOf`).
 * @internal
 */
export function eachSource(workspace: Workspace, files: readonly InputFile[], each: (source: Source, index: number) => void): void {
  const folders = new Map<string, number[]>();
  files.forEach((f, i) => {
    const list = folders.get(dirname(f.file));
    if (list) list.push(i);
    else folders.set(dirname(f.file), [i]);
  });
  const ready = new Map<number, Source>();
  // Per folder: what its files read (one for all of them), and the documents its Terraform files
  // read, by the path reports show, with a policy that reads each and the text read.
  const byFolder = new Map<string, { read: ModuleFiles; documents: Map<string, { policy: string; text: string }> }>();
  files.forEach((f, i) => {
    const folder = dirname(f.file);
    const group = folders.get(folder)!;
    if (group[0] === i) {
      const read = moduleFiles(workspace, folder);
      const terraform = group.filter((j) => basename(files[j].file).endsWith('.tf.json'));
      const module = withModule(terraform.map((j) => readDecoded(workspace, files[j])), read);
      const documents = new Map<string, { policy: string; text: string }>();
      terraform.forEach((j, k) => {
        ready.set(j, module[k]);
      });
      // A module's files share one configuration: its documents are looked at once.
      for (const configuration of new Set(module.map((m) => m.configuration))) {
        for (const d of configuration?.documents() ?? []) if (d.from !== undefined && d.text !== undefined) documents.set(d.from, { policy: d.instance.address, text: d.text });
      }
      byFolder.set(folder, { read, documents });
    }
    let source = ready.get(i);
    ready.delete(i);
    if (!source) {
      const { read, documents } = byFolder.get(folder)!;
      // A document the module read is not read again: its text is the one the policy has.
      const document = documents.get(workspace.display(f.file));
      source = withModel(readDecoded(workspace, f, document?.text), read);
      if (document && !isTerraform(source.kind)) source = { ...source, documentOf: document.policy };
    }
    each(source, i);
  });
}

/** The Terraform JSON files of one folder with one model, the module's, when there are several; each other file with its own. */
function withModule(sources: Source[], files: ModuleFiles): Source[] {
  const parts = sources.filter((s) => s.kind === InputKind.TERRAFORM_JSON);
  if (parts.length < 2) return sources.map((s) => withModel(s, files));
  const first = parts[0].file;
  const module = `${first.slice(0, first.lastIndexOf('/') + 1)}*.tf.json`;
  const configuration = Configuration.readModule(parts.map((s) => ({ file: s.file, value: s.value as Record<string, unknown> })), files);
  return sources.map((s) => (s.kind === InputKind.TERRAFORM_JSON ? { ...s, configuration, module } : withModel(s, files)));
}

/**
 * What a module in `folder` reads: its files (`file(...)`), as tcam reads its inputs (regular files,
 * within --max-file-size), each once, and why not, for one it cannot read; the files a `fileset`
 * lists.
 * @internal
 */
export function moduleFiles(workspace: Workspace, folder: string): ModuleFiles {
  const read = new Map<string, ReturnType<ModuleFiles['read']>>();
  return {
    read: (path) => {
      let got = read.get(path);
      if (!got) {
        try {
          const file = resolve(folder, path);
          got = { text: workspace.read(file), file: workspace.display(file) };
        } catch (e) {
          if (!(e instanceof UnreadableError)) throw e;
          got = { why: e.message };
        }
        read.set(path, got);
      }
      return got;
    },
    glob: (under, pattern) => globFiles(resolve(folder, under), pattern, under),
  };
}

/** How many files and folders `fileset` may look at under one folder: past that, what it lists is not known here. */
const MAX_LISTED = 10_000;

/**
 * The files under `root` whose paths from it (with `/`) match a pattern as Terraform's `fileset` takes
 * it (`*` and `?` within a folder name, `**` across folders, `{a,b}`, `[...]`), sorted; symbolic links
 * are not followed. Why not (naming the folder as `named`), for a folder that cannot be read or holds
 * more than MAX_LISTED entries.
 * @internal
 */
export function globFiles(root: string, pattern: string, named: string): { paths: string[] } | { why: string } {
  const match = globPattern(pattern);
  const deep = pattern.includes('/') || pattern.includes('**');
  const paths: string[] = [];
  const work: string[] = [''];
  let seen = 0;
  for (let k = 0; k < work.length; k++) {
    const at = work[k];
    let entries: Dirent[];
    try {
      entries = readdirSync(join(root, at), { withFileTypes: true });
    } catch (e) {
      // Named as the configuration names it: the same words for the same folder of OLD and NEW.
      return { why: `cannot list ${at === '' ? named : `${named}/${at}`}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
    }
    seen += entries.length;
    if (seen > MAX_LISTED) return { why: `more than ${MAX_LISTED} files and folders under ${named}` };
    for (const entry of entries) {
      const path = at === '' ? entry.name : `${at}/${entry.name}`;
      // A pattern of one folder's names (`*.auto.tfvars.json`) is not looked for below it.
      if (entry.isDirectory() && deep) work.push(path);
      else if (entry.isFile() && match.test(path)) paths.push(path);
    }
  }
  return { paths: paths.sort() };
}

/** A `fileset` pattern as a regular expression over a whole path. */
function globPattern(pattern: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      // `**/` is any number of folders, none too; `**` alone anything.
      if (pattern[i + 2] === '/') {
        out += '(?:[^/]*/)*';
        i += 2;
      } else {
        out += '.*';
        i += 1;
      }
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      out += '(?:';
      braces++;
    } else if (c === '}' && braces > 0) {
      out += ')';
      braces--;
    } else if (c === ',' && braces > 0) out += '|';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) out += '\\[';
      else {
        out += `[${pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else out += c.replace(/[.+^$()|\\{}]/g, '\\$&');
  }
  try {
    return new RegExp(`^${out}$`);
  } catch {
    // A pattern Terraform would refuse matches nothing here.
    return /(?!)/;
  }
}

/** A file's text read as `eachSource` reads a file of no module. @internal */
export function sourceOf(file: string, explicit: boolean, text: string): Source {
  return withModel(decoded(file, explicit, text));
}

/** A Terraform file with its own model (`files`: what its `file(...)` calls read); any other as it is. */
function withModel(source: Source, files?: ModuleFiles): Source {
  return isTerraform(source.kind) ? { ...source, configuration: Configuration.read(source.value as Record<string, unknown>, files) } : source;
}

/**
 * A file's text decoded, its kind by content, without its Terraform model (each file of a module
 * shares the module's, made once). Terraform keeps every definition of a duplicated key, where
 * `JSON.parse` keeps the last: a light scan finds whether a Terraform JSON file has one, and only
 * then is it read again keeping every definition.
 */
function decoded(file: string, explicit: boolean, text: string): Source {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { file, explicit, text, kind: InputKind.UNKNOWN, jsonError: locateJsonError(text) };
  }
  const named = basename(file).endsWith('.tf.json');
  let kind = detectKind(value, named);
  if (kind === InputKind.TERRAFORM_JSON && scanJson(text, { keysOnly: true }).hasDuplicates) {
    value = scanJson(text, { duplicates: true }).value;
    kind = detectKind(value, named);
  }
  // Terraform's variable values and cdktf's project file are known by their names.
  if (kind === InputKind.UNKNOWN) kind = kindByName(file, value);
  return { file, explicit, text, kind, value };
}

/** A plan that holds only part of the change (`errored`, or not `complete`): its file, and why. @internal */
export interface IncompletePlan {
  readonly file: string;
  /** `the plan is incomplete: why`. */
  readonly reason: string;
}

/** Each plan of the inputs that holds only part of the change. @internal */
export function incompletePlans(sources: readonly Source[]): IncompletePlan[] {
  return sources.flatMap((i) => (i.configuration?.incomplete !== undefined ? [{ file: i.file, reason: `the plan is incomplete: ${i.configuration.incomplete}` }] : []));
}

/** An incomplete plan as a line of a report: `file: the plan is incomplete: why`. @internal */
export function incompleteLine(plan: IncompletePlan): string {
  return `${safeText(plan.file)}: ${plan.reason}`;
}
