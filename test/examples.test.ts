import { readdirSync } from 'fs';
import { join } from 'path';
import { App, Testing } from 'cdktf';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers';

const examples = readdirSync(join(REPO, 'examples')).filter((f) => f.endsWith('.ts')).sort();

describe('examples', () => {
  it('exist', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  for (const file of examples) {
    it(`${file} synthesizes to its snapshot`, async () => {
      const mod = await import(join(REPO, 'examples', file));
      const app: App = Testing.app();
      const stacks = mod.build(app);
      expect(stacks.length).toBeGreaterThan(0);
      for (const stack of stacks) {
        const config = JSON.parse(Testing.synth(stack, true));
        expect(config).toMatchSnapshot(stack.node.id);
      }
    });
  }
});
