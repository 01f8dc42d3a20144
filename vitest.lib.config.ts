// The whole suite against the compiled package (`lib/`, after `npm run build`) instead of the
// sources: what users load is what scripts/lazy-exports.js rewrote after jsii compiled it. Every
// import of a file under src/ is resolved to its compiled file under lib/, which Node loads itself
// (one instance of each module, as in an app). Run: npx vitest run --config vitest.lib.config.ts
import { existsSync } from 'fs';
import { dirname, join, relative, resolve, sep } from 'path';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

const repo = __dirname;
const src = join(repo, 'src');
const lib = join(repo, 'lib');

export default mergeConfig(base, defineConfig({
  plugins: [{
    name: 'sources-to-lib',
    enforce: 'pre',
    resolveId(source: string, importer: string | undefined) {
      if (!importer || !source.startsWith('.')) return null;
      const resolved = resolve(dirname(importer), source);
      if (resolved !== src && !resolved.startsWith(src + sep)) return null;
      const target = join(lib, relative(src, resolved));
      // A module is written without its extension (a file or a folder's index); a data file with it.
      const candidates = /\.(js|json)$/.test(target) ? [target] : [`${target}.js`, join(target, 'index.js')];
      const found = candidates.find((candidate) => existsSync(candidate));
      if (found) return found;
      throw new Error(`vitest.lib.config: ${source} (from ${importer}) has no compiled file under lib/: run npm run build`);
    },
  }],
  test: {
    server: { deps: { external: [/[\\/]lib[\\/]/] } },
  },
}));
