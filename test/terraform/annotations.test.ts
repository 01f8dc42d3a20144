// Warnings at scale: while app.synth() synthesizes a stack, the library's warnings wait and are added
// once cdktf has gathered the stack's own annotations, then the manifest entry is gathered again in
// one linear pass. What users see must be what cdktf would have written: the same annotations, in
// construct order, each once, on the constructs and in manifest.json.
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Annotations, App, AnnotationMetadataEntryType } from 'cdktf';
import { describe, expect, it } from 'vitest';
import { CamPolicy, TcmppActions, TcmppPolicy } from '../../src';
import { stackWithProvider } from './stack';

/** What cdktf's synthesizer gathers for a stack's manifest: every construct's annotation metadata, in construct order. */
function gathered(stack: ReturnType<typeof stackWithProvider>) {
  const levels: string[] = [AnnotationMetadataEntryType.INFO, AnnotationMetadataEntryType.WARN, AnnotationMetadataEntryType.ERROR];
  return stack.node.findAll().flatMap((c) => c.node.metadata.filter((m) => levels.includes(m.type)).map((m) => ({ constructPath: c.node.path, level: m.type, message: m.data })));
}

describe('annotations of findings through app.synth()', () => {
  it('are on their constructs once and in manifest.json in construct order, beside the user\'s own', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'tcam-annotations-'));
    const app = new App({ outdir });
    const stack = stackWithProvider('warned', app);
    const policies: CamPolicy[] = [];
    for (let i = 0; i < 3; i++) {
      // tcmpp:* is SERVICE_WILDCARD (a warning); DescribeMNP beside it is REDUNDANT_VALUE (a suggestion).
      policies.push(new TcmppPolicy(stack, `P${i}`, { policyName: `p${i}`, actions: ['tcmpp:*', TcmppActions.DESCRIBE_MNP], resources: ['*'] }));
      if (i === 1) Annotations.of(stack).addWarning('the user\'s own warning');
    }
    app.synth();
    for (const p of policies) {
      const mine = p.node.metadata.filter((m) => m.type === '@cdktf/warn' || m.type === '@cdktf/info').map((m) => String(m.data));
      expect(mine).toEqual([expect.stringContaining('WARNING SERVICE_WILDCARD'), expect.stringContaining('SUGGESTION REDUNDANT_VALUE')]);
    }
    const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8'));
    const written = manifest.stacks.warned.annotations.map(({ constructPath, level, message }: any) => ({ constructPath, level, message }));
    expect(written).toEqual(gathered(stack));
    expect(written.map((a: any) => a.constructPath)).toEqual(['warned', 'warned/P0', 'warned/P0', 'warned/P1', 'warned/P1', 'warned/P2', 'warned/P2']);
  });

  it('a second synth adds nothing twice', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'tcam-annotations-'));
    const app = new App({ outdir });
    const stack = stackWithProvider('twice', app);
    const p = new TcmppPolicy(stack, 'P', { policyName: 'p', actions: ['tcmpp:*'], resources: ['*'] });
    app.synth();
    app.synth();
    expect(p.node.metadata.filter((m) => m.type === '@cdktf/warn')).toHaveLength(1);
    const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8'));
    expect(manifest.stacks.twice.annotations).toHaveLength(1);
  });
});
