import { HCL_NOT_READ, isHclFile } from './kind';
import { closeSync, constants, fstatSync, openSync, readSync, readdirSync, realpathSync, statSync, Stats } from 'fs';
import { isAbsolute, join, relative, resolve, sep } from 'path';
import { safeText } from './safe-text';

/** A path tcam cannot read as asked: it exits 2 naming it. @internal */
export class UnreadableError extends Error {}

/** The default `--max-file-size`: 256 MB. @internal */
export const DEFAULT_MAX_FILE_SIZE = 256 * 1024 * 1024;

/** A file to read, and whether it was named on the command line (or found in a folder). @internal */
export interface InputFile {
  readonly file: string;
  readonly explicit: boolean;
}

/** A file of a folder that was not read, and why. @internal */
export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.terraform']);

/** Reads an `errno` error as words. @internal */
export function describeErrno(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  const words: Record<string, string> = { ENOENT: 'no such file or folder', EACCES: 'permission denied', EISDIR: 'is a folder', ENOTDIR: 'not a folder', ELOOP: 'too many symbolic links' };
  return code ? `${Object.hasOwn(words, code) ? words[code] : (e as Error).message} (${code})` : String((e as Error)?.message ?? e);
}

/** What a file system entry is, for messages about entries that are not regular files. */
function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/** A byte count as people read it: `300 MB`. @internal */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} bytes`;
}

/** Reads `--max-file-size`: bytes, or with a unit (`10MB`, `512k`, `1g`). @internal */
export function parseSize(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(text.trim());
  if (!m) return undefined;
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  const n = Math.floor(Number(m[1]) * unit);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/**
 * The files to lint: each named file, and the `*.json` files below each named folder, sorted.
 * Symbolic links are followed; a folder reached twice (a link loop) is read once. A named path that
 * is missing, not a regular file or folder (a FIFO, a device, a socket), is an `UnreadableError`;
 * such an entry inside a folder is skipped and named with its reason.
 * @internal
 */
function collectFiles(workspace: Workspace, paths: string[]): { files: InputFile[]; skipped: SkippedFile[] } {
  const files: InputFile[] = [];
  const skipped: SkippedFile[] = [];
  const problems: string[] = [];
  const visited = new Set<string>();
  for (const given of paths) {
    const p = workspace.resolve(given);
    let st: Stats;
    try {
      st = statSync(p);
    } catch (e) {
      problems.push(`cannot read ${workspace.shown(p)}: ${describeErrno(e)}`);
      continue;
    }
    if (st.isFile()) {
      files.push({ file: p, explicit: true });
      continue;
    }
    if (!st.isDirectory()) {
      problems.push(`cannot read ${workspace.shown(p)}: it is ${kindOf(st)}; tcam reads regular files and folders`);
      continue;
    }
    // Depth-first with an explicit stack, children in name order.
    const stack: string[] = [p];
    while (stack.length > 0) {
      const dir = stack.pop()!;
      let real: string;
      try {
        real = realpathSync(dir);
      } catch (e) {
        skipped.push({ file: workspace.display(dir), reason: `cannot read the folder: ${describeErrno(e)}` });
        continue;
      }
      if (visited.has(real)) continue;
      visited.add(real);
      let names: string[];
      try {
        names = readdirSync(dir).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      } catch (e) {
        skipped.push({ file: workspace.display(dir), reason: `cannot read the folder: ${describeErrno(e)}` });
        continue;
      }
      const subdirs: string[] = [];
      // HCL files are named once for their folder, with what to give instead: read as nothing, a
      // folder of them was "no CAM policy found" with no word of why.
      let hcl = 0;
      for (const name of names) {
        const full = join(dir, name);
        let entry: Stats;
        try {
          entry = statSync(full); // follows symbolic links
        } catch (e) {
          if (name.endsWith('.json')) skipped.push({ file: workspace.display(full), reason: `cannot read it: ${describeErrno(e)}` });
          continue;
        }
        if (entry.isDirectory()) {
          if (!SKIP_DIRS.has(name)) subdirs.push(full);
        } else if (name.endsWith('.json')) {
          if (entry.isFile()) files.push({ file: full, explicit: false });
          else skipped.push({ file: workspace.display(full), reason: `it is ${kindOf(entry)}, not a regular file` });
        } else if (isHclFile(name) && entry.isFile()) hcl++;
      }
      if (hcl > 0) skipped.push({ file: workspace.display(join(dir, '*.tf')), reason: `${hcl === 1 ? 'a file' : `${hcl} files`} in ${HCL_NOT_READ}` });
      for (let k = subdirs.length - 1; k >= 0; k--) stack.push(subdirs[k]);
    }
  }
  if (problems.length > 0) throw new UnreadableError(problems.join('\n'));
  return { files, skipped };
}

/**
 * Reads a regular file as UTF-8, refusing one above `maxSize` bytes before reading it. The file is
 * opened without blocking and checked again once open, so a FIFO put in its place cannot hang tcam,
 * and at most `maxSize + 1` bytes are read whatever its size claims (`/dev/zero` says 0).
 * A byte-order mark is dropped.
 * @internal
 */
function readInputFile(workspace: Workspace, file: string): string {
  const maxSize = workspace.maxFileSize;
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new UnreadableError(`cannot read ${workspace.shown(file)}: ${describeErrno(e)}`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new UnreadableError(`cannot read ${workspace.shown(file)}: it is ${kindOf(st)}; tcam reads regular files`);
    if (st.size > maxSize) {
      throw new UnreadableError(`cannot read ${workspace.shown(file)}: it has ${formatSize(st.size)}, more than the limit of ${formatSize(maxSize)}; raise it with --max-file-size`);
    }
    // One buffer of the size the file claims (plus one byte, to see it grow), enlarged only if it
    // does grow: the file is held once, not once in chunks and again joined.
    let buffer = Buffer.allocUnsafe(Math.min(st.size, maxSize) + 1);
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        if (total > maxSize) {
          throw new UnreadableError(`cannot read ${workspace.shown(file)}: it has more than the limit of ${formatSize(maxSize)}; raise it with --max-file-size`);
        }
        const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxSize + 1));
        buffer.copy(larger, 0, 0, total);
        buffer = larger;
      }
      let read: number;
      try {
        read = readSync(fd, buffer, total, buffer.length - total, null);
      } catch (e) {
        throw new UnreadableError(`cannot read ${workspace.shown(file)}: ${describeErrno(e)}`);
      }
      if (read === 0) break;
      total += read;
    }
    if (total > maxSize) {
      throw new UnreadableError(`cannot read ${workspace.shown(file)}: it has more than the limit of ${formatSize(maxSize)}; raise it with --max-file-size`);
    }
    // UTF-16 with its byte order mark, as Windows PowerShell 5 writes `terraform show -json > plan.json`.
    const bytes = buffer.subarray(0, total);
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le', 2);
    if (bytes[0] === 0xfe && bytes[1] === 0xff && total % 2 === 0) return bytes.subarray(2).swap16().toString('utf16le');
    const text = bytes.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } finally {
    closeSync(fd);
  }
}


/**
 * Where tcam reads from: the directory relative paths start from and are shown relative to (the
 * process's, or one `run` was given: tests run tcam in-process, in worker threads that cannot change
 * directory), and the largest file it reads. One per run, handed to everything that reads files.
 * @internal
 */
export class Workspace {
  /**
   * Told after each file is read (files read, of all, and policies found where the command counts
   * them): the CLI's progress line on a
   * terminal; undefined otherwise.
   */
  public progress?: { tick(files: number, total: number, policies?: number): void };

  /** Told of each file read and what it holds (`--verbose`), quiet kinds such as cdktf's manifest too; undefined otherwise. */
  public verbose?: (file: string, kind: string) => void;

  public constructor(public readonly directory: string = process.cwd(), public readonly maxFileSize: number = DEFAULT_MAX_FILE_SIZE) {}

  /** A path the user gave, read from the workspace's directory. */
  public resolve(path: string): string {
    return resolve(this.directory, path);
  }

  /**
   * A path as the user named it, relative to the directory where it is below it, with `/` between
   * folders: Windows' separator becomes `/`; elsewhere a backslash is a character of a name
   * (`back\slash.json`) and is kept.
   */
  public display(file: string): string {
    const rel = relative(this.directory, file);
    const shown = rel === '' || rel.startsWith('..') ? file : rel;
    return sep === '\\' ? shown.split(sep).join('/') : shown;
  }

  /** A path the user gave, as they named it (one below the directory relative to it), for a message printed to a terminal. */
  public named(path: string): string {
    return safeText(isAbsolute(path) ? this.display(path) : path);
  }

  /** A path for a message printed to a terminal. */
  public shown(file: string): string {
    return safeText(this.display(file));
  }

  /** The files the paths name (see `collectFiles`). */
  public collect(paths: string[]): { files: InputFile[]; skipped: SkippedFile[] } {
    return collectFiles(this, paths);
  }

  /** A regular file's text (see `readInputFile`). */
  public read(file: string): string {
    return readInputFile(this, file);
  }
}
