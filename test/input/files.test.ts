// Reading files as tcam does (src/input/files.ts): which files a path names, what is skipped and why,
// the size limit, FIFOs and devices, and paths shown as the user named them.
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_FILE_SIZE, UnreadableError, Workspace, describeErrno, formatSize, parseSize } from '../../src/input/files';

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tcam-files-'));
  mkdirSync(join(dir, 'b', 'deep'), { recursive: true });
  mkdirSync(join(dir, 'a'));
  for (const skip of ['node_modules', '.git', '.terraform']) {
    mkdirSync(join(dir, skip));
    writeFileSync(join(dir, skip, 'x.json'), '{}');
  }
  writeFileSync(join(dir, 'z.json'), '{}');
  writeFileSync(join(dir, 'c.json'), '{}');
  writeFileSync(join(dir, 'notes.txt'), 'x');
  writeFileSync(join(dir, 'a', 'one.json'), '{}');
  writeFileSync(join(dir, 'b', 'deep', 'two.json'), '{}');
  writeFileSync(join(dir, 'b', 'three.json'), '{}');
  return dir;
}

const thrown = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UnreadableError);
    return (e as Error).message;
  }
  throw new Error('did not throw');
};

describe('Workspace.collect', () => {
  it('a folder: its *.json files in name order, then each of its folders\' the same way, without node_modules, .git and .terraform', () => {
    const dir = tree();
    const w = new Workspace(dir);
    const { files, skipped } = w.collect(['.']);
    expect(files.map((f) => [w.display(f.file), f.explicit])).toEqual([
      ['c.json', false], ['z.json', false], ['a/one.json', false], ['b/three.json', false], ['b/deep/two.json', false],
    ]);
    expect(skipped).toEqual([]);
  });

  it('a file named on the command line is explicit, whatever its name; paths are read from the workspace\'s directory', () => {
    const dir = tree();
    const w = new Workspace(dir);
    expect(w.collect(['notes.txt', 'a']).files.map((f) => [w.display(f.file), f.explicit])).toEqual([['notes.txt', true], ['a/one.json', false]]);
  });

  it('a link loop is read once; a dangling *.json link and a FIFO inside a folder are skipped with the reason', () => {
    const dir = tree();
    symlinkSync('..', join(dir, 'a', 'up'));
    symlinkSync(join(dir, 'missing.json'), join(dir, 'a', 'dangling.json'));
    symlinkSync(join(dir, 'missing'), join(dir, 'a', 'dangling-folder'));
    execFileSync('mkfifo', [join(dir, 'b', 'pipe.json')]);
    const w = new Workspace(dir);
    const { files, skipped } = w.collect(['a', 'b']);
    // a/up is the folder above: read once, through the link; b, named next, was read through it.
    expect(files.map((f) => w.display(f.file))).toEqual(['a/one.json', 'a/up/c.json', 'a/up/z.json', 'a/up/b/three.json', 'a/up/b/deep/two.json']);
    expect(skipped).toEqual([
      { file: 'a/dangling.json', reason: 'cannot read it: no such file or folder (ENOENT)' },
      { file: 'a/up/b/pipe.json', reason: 'it is a FIFO (named pipe), not a regular file' },
    ]);
  });

  it('a path that is missing or not a file or folder is refused, every one named', () => {
    const dir = tree();
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    const w = new Workspace(dir);
    expect(thrown(() => w.collect(['nope.json', 'pipe', 'c.json', '/dev/null']))).toBe([
      'cannot read nope.json: no such file or folder (ENOENT)',
      'cannot read pipe: it is a FIFO (named pipe); tcam reads regular files and folders',
      'cannot read /dev/null: it is a character device; tcam reads regular files and folders',
    ].join('\n'));
  });
});

describe('Workspace.read', () => {
  it('reads UTF-8 text, a byte-order mark dropped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tcam-read-'));
    writeFileSync(join(dir, 'bom.json'), '\ufeff{"a": "é"}');
    writeFileSync(join(dir, 'empty.json'), '');
    const w = new Workspace(dir);
    expect(w.read(join(dir, 'bom.json'))).toBe('{"a": "é"}');
    expect(w.read(join(dir, 'empty.json'))).toBe('');
    expect(w.maxFileSize).toBe(DEFAULT_MAX_FILE_SIZE);
  });

  it('reads UTF-16 with its byte-order mark, as Windows PowerShell 5 writes `terraform show -json > plan.json`', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tcam-read-'));
    const text = '{"planned_values": {"a": "é中"}}';
    writeFileSync(join(dir, 'le.json'), Buffer.from(`\ufeff${text}`, 'utf16le'));
    writeFileSync(join(dir, 'be.json'), Buffer.from(`\ufeff${text}`, 'utf16le').swap16());
    const w = new Workspace(dir);
    expect(w.read(join(dir, 'le.json'))).toBe(text);
    expect(w.read(join(dir, 'be.json'))).toBe(text);
    // Without the mark (each of its bytes, in its place), bytes are UTF-8, whatever they look like;
    // a mark of big-endian UTF-16 before an odd number of bytes is not UTF-16 either.
    const bytes: Array<[number[], string]> = [[[0xfe, 0x7b], '\ufffd{'], [[0xff, 0x7b], '\ufffd{'], [[0x7b, 0xfe], '{\ufffd'], [[0x7b, 0xff], '{\ufffd'], [[0xff], '\ufffd'], [[0xfe, 0xff, 0x00, 0x7b, 0x7d], '\ufffd\ufffd\u0000{}']];
    for (const [b, text] of bytes) {
      writeFileSync(join(dir, 'plain.json'), Buffer.from(b));
      expect(w.read(join(dir, 'plain.json')), JSON.stringify(b)).toBe(text);
    }
  });

  it('refuses a file above the limit before reading it, and reads one at the limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tcam-read-'));
    writeFileSync(join(dir, 'ten.json'), '0123456789');
    expect(new Workspace(dir, 10).read(join(dir, 'ten.json'))).toBe('0123456789');
    expect(thrown(() => new Workspace(dir, 9).read(join(dir, 'ten.json')))).toBe('cannot read ten.json: it has 10 bytes, more than the limit of 9 bytes; raise it with --max-file-size');
  });

  it('reads a file larger than its size said, up to the limit (a file growing as it is read)', () => {
    // /proc files report a size of 0 and hold more: the buffer grows.
    const w = new Workspace('/', 1 << 20);
    expect(w.read('/proc/self/status')).toContain('Name:');
    expect(thrown(() => new Workspace('/', 8).read('/proc/self/status'))).toBe('cannot read proc/self/status: it has more than the limit of 8 bytes; raise it with --max-file-size');
  });

  it('refuses a FIFO, a device and a folder without waiting, and a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tcam-read-'));
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    const w = new Workspace(dir);
    expect(thrown(() => w.read(join(dir, 'pipe.json')))).toBe('cannot read pipe.json: it is a FIFO (named pipe); tcam reads regular files');
    expect(thrown(() => w.read('/dev/zero'))).toBe('cannot read /dev/zero: it is a character device; tcam reads regular files');
    expect(thrown(() => w.read(dir))).toBe(`cannot read ${dir}: it is a folder; tcam reads regular files`);
    expect(thrown(() => w.read(join(dir, 'nope.json')))).toBe('cannot read nope.json: no such file or folder (ENOENT)');
  });
});

describe('paths as users read them', () => {
  it('display: relative below the directory, as given elsewhere; named: what the user typed; shown: without control characters', () => {
    const w = new Workspace('/work/x');
    expect(w.resolve('a/b.json')).toBe('/work/x/a/b.json');
    expect(w.display('/work/x/a/b.json')).toBe('a/b.json');
    expect(w.display('/work/x')).toBe('/work/x');
    expect(w.display('/work/y/c.json')).toBe('/work/y/c.json');
    // On POSIX a backslash is a character of a name, not a separator: kept as named.
    expect(w.display('/work/x/a/back\\slash.json')).toBe('a/back\\slash.json');
    expect(w.named('sub/')).toBe('sub/');
    expect(w.named('/work/x/sub')).toBe('sub');
    expect(w.shown('/work/x/a\u001b[2J.json')).toBe('a\\u{001b}[2J.json');
    expect(new Workspace().directory).toBe(process.cwd());
  });
});

describe('sizes and errors in words', () => {
  it('formatSize', () => {
    expect([0, 1023, 1024, 1536, 1024 * 1024 - 1, 1024 * 1024, 1.5 * 1024 * 1024, 256 * 1024 * 1024].map(formatSize))
      .toEqual(['0 bytes', '1023 bytes', '1 KB', '1.5 KB', '1024 KB', '1 MB', '1.5 MB', '256 MB']);
  });

  it('parseSize: bytes, or with a unit; anything else undefined', () => {
    expect(['100', ' 100 ', '1k', '1K', '1kb', '1KiB', '1.5m', '2 MB', '1g', '1gib'].map(parseSize))
      .toEqual([100, 100, 1024, 1024, 1024, 1024, 1572864, 2097152, 1073741824, 1073741824]);
    for (const bad of ['lots', '', 'k', '0', '0.0001', '-1', '1t', '1 kbb', '1.', '.5k', '1e3']) expect(parseSize(bad), bad).toBeUndefined();
  });

  it('describeErrno', () => {
    const err = (code: string | undefined, message = 'raw message') => Object.assign(new Error(message), code ? { code } : {});
    expect(describeErrno(err('ENOENT'))).toBe('no such file or folder (ENOENT)');
    expect(describeErrno(err('EACCES'))).toBe('permission denied (EACCES)');
    expect(describeErrno(err('EISDIR'))).toBe('is a folder (EISDIR)');
    expect(describeErrno(err('ENOTDIR'))).toBe('not a folder (ENOTDIR)');
    expect(describeErrno(err('ELOOP'))).toBe('too many symbolic links (ELOOP)');
    expect(describeErrno(err('EIO', 'i/o error'))).toBe('i/o error (EIO)');
    expect(describeErrno(err('toString'))).toBe('raw message (toString)');
    expect(describeErrno(err(undefined, 'plain'))).toBe('plain');
    expect(describeErrno('text')).toBe('text');
  });
});
