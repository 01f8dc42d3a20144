// What a module reads from its folder: files by file(...), the files a fileset lists (src/input/source.ts).
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'fs';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { UnreadableError, Workspace } from '../../src/input/files';
import { Source, eachSource, globFiles, moduleFiles } from '../../src/input/source';
import { TEST_TMP } from '../tmp';

/** A folder holding these files (a name with `/` in folders of its own). */
function tree(files: string[]): string {
  const root = mkdtempSync(join(TEST_TMP, 'glob-'));
  for (const name of files) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), name);
  }
  return root;
}

describe('globFiles: the files a fileset lists, as Terraform matches them', () => {
  const root = tree(['a.json', 'b.json', 'ab.json', 'c.txt', 'x/a.json', 'x/y/b.json', 'a,b.json', 'a}.json', '[a.json', 'e.JSON']);
  const paths = (pattern: string) => {
    const r = globFiles(root, pattern, 'policies');
    return 'paths' in r ? r.paths : r.why;
  };

  it('* and ? within a folder name, ** across folders, {a,b}, [...] and [!...]; other characters as themselves', () => {
    expect(paths('*.json')).toEqual(['[a.json', 'a,b.json', 'a.json', 'ab.json', 'a}.json', 'b.json']);
    expect(paths('?.json')).toEqual(['a.json', 'b.json']);
    expect(paths('**/*.json')).toEqual(['[a.json', 'a,b.json', 'a.json', 'ab.json', 'a}.json', 'b.json', 'x/a.json', 'x/y/b.json']);
    expect(paths('x/**')).toEqual(['x/a.json', 'x/y/b.json']);
    expect(paths('**')).toHaveLength(10);
    expect(paths('{a,b}.json')).toEqual(['a.json', 'b.json']);
    expect(paths('a,b.json')).toEqual(['a,b.json']);
    expect(paths('a}.json')).toEqual(['a}.json']);
    expect(paths('[ab].json')).toEqual(['a.json', 'b.json']);
    expect(paths('[!a].json')).toEqual(['b.json']);
    expect(paths('[a.json')).toEqual(['[a.json']);
    expect(paths('*.JSON')).toEqual(['e.JSON']);
    expect(paths('a.jso.')).toEqual([]);
    // A pattern whose class is no class matches nothing, as Terraform refuses it.
    expect(paths('[z-a].json')).toEqual([]);
    // One * is within a folder; a } or , outside braces is itself; ! negates only first in a class.
    expect(paths('x/*.json')).toEqual(['x/a.json']);
    expect(paths('x*/a.json')).toEqual(['x/a.json']);
    expect(paths('{a},b.json')).toEqual(['a,b.json']);
    const more = tree(['z.json', 'a/b.json', 'a]b.json', '!.json', 'sub/deep/c.json']);
    const of = (pattern: string) => globFiles(more, pattern, '.');
    expect(of('a][b].json')).toEqual({ paths: ['a]b.json'] });
    expect(of('[a!].json')).toEqual({ paths: ['!.json'] });
    // Sorted, whatever order the folders are walked in.
    expect(of('**/*.json')).toEqual({ paths: ['!.json', 'a/b.json', 'a]b.json', 'sub/deep/c.json', 'z.json'] });
  });

  it('symbolic links are not followed; a folder that cannot be listed, or holds too much, is why, named as the configuration names it', () => {
    const linked = tree(['real/a.json']);
    symlinkSync(join(linked, 'real'), join(linked, 'link'));
    symlinkSync(join(linked, 'real', 'a.json'), join(linked, 'b.json'));
    expect(globFiles(linked, '**/*.json', '.')).toEqual({ paths: ['real/a.json'] });
    expect(globFiles(join(root, 'nowhere'), '*', 'policies')).toEqual({ why: 'cannot list policies: ENOENT' });
    expect(globFiles(join(root, 'a.json'), '*', 'policies/a.json')).toEqual({ why: 'cannot list policies/a.json: ENOTDIR' });
    const many = tree([]);
    for (let i = 0; i <= 10_000; i++) writeFileSync(join(many, `f${i}`), '');
    expect(globFiles(many, 'f1', 'big')).toEqual({ why: 'more than 10000 files and folders under big' });
    writeFileSync(join(many, 'f0'), '');
    expect(globFiles(tree(Array.from({ length: 10_000 }, (_, i) => `f${i}`)), 'f1', 'big')).toEqual({ paths: ['f1'] });
    // A pattern of one folder's names does not look below it: a big folder under it costs nothing.
    const top = tree(['a.json']);
    mkdirSync(join(top, 'node_modules'));
    for (let i = 0; i <= 10_000; i++) writeFileSync(join(top, 'node_modules', `f${i}`), '');
    expect(globFiles(top, '*.json', '.')).toEqual({ paths: ['a.json'] });
    expect(globFiles(top, '**/*.json', '.')).toEqual({ why: 'more than 10000 files and folders under .' });
  });
});

describe('moduleFiles: what a module reads, each file once', () => {
  it('reads a file of the folder once (a second read is the first text), and says why for one it cannot read; other errors are not swallowed', () => {
    const root = tree(['p.json']);
    const files = moduleFiles(new Workspace(root), root);
    expect(files.read('p.json')).toEqual({ text: 'p.json', file: 'p.json' });
    writeFileSync(join(root, 'p.json'), 'changed');
    expect(files.read('p.json')).toEqual({ text: 'p.json', file: 'p.json' });
    expect(files.read('missing.json')).toEqual({ why: expect.stringContaining('cannot read missing.json: no such file or folder') });
    expect(files.glob('.', '*.json')).toEqual({ paths: ['p.json'] });
    const broken = moduleFiles({ read: () => { throw new TypeError('bug'); } } as unknown as Workspace, root);
    expect(() => broken.read('p.json')).toThrow(TypeError);
    const refused = moduleFiles({ read: () => { throw new UnreadableError('no'); } } as unknown as Workspace, root);
    expect(refused.read('p.json')).toEqual({ why: 'no' });
  });
});

describe('eachSource: a document a folder\'s Terraform reads', () => {
  it('is read once, before or after the module\'s files, and given as that policy\'s; one the module does not read is a document of its own', () => {
    const root = tree([]);
    const doc = '{"version": "2.0", "statement": [{"effect": "allow", "action": ["cos:GetObject"], "resource": ["*"]}]}';
    writeFileSync(join(root, 'a.json'), doc);
    writeFileSync(join(root, 'z.json'), doc);
    writeFileSync(join(root, 'other.json'), doc);
    writeFileSync(join(root, 'main.tf.json'), JSON.stringify({ resource: { tencentcloud_cam_policy: { a: { name: 'a', document: '${file("a.json")}' }, z: { name: 'z', document: '${file("z.json")}' } } } }));
    const reads: string[] = [];
    const workspace = new (class extends Workspace {
      public read(file: string): string {
        reads.push(file.slice(root.length + 1));
        return super.read(file);
      }
    })(root);
    const given: Source[] = [];
    eachSource(workspace, ['a.json', 'main.tf.json', 'other.json', 'z.json'].map((n) => ({ file: join(root, n), explicit: false })), (s) => given.push(s));
    expect(reads.sort()).toEqual(['a.json', 'main.tf.json', 'other.json', 'z.json']);
    expect(given.map((s) => [s.file, s.kind, s.documentOf, s.text === doc || s.kind === 'Terraform JSON'])).toEqual([
      ['a.json', 'document', 'tencentcloud_cam_policy.a', true],
      ['main.tf.json', 'Terraform JSON', undefined, true],
      ['other.json', 'document', undefined, true],
      ['z.json', 'document', 'tencentcloud_cam_policy.z', true],
    ]);
  });
});

