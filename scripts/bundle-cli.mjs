// Bundles the command (dist/cli/main.js and what it imports) into dist/cli.bundle.js, which bin/ loads:
// one module instead of some seventy, and commander inside it, so a short run resolves and reads no
// package at start-up (commander loaded as a package cost the seed article about 10 ms of ~160).
// chalk, diff and fast-glob stay packages: they are loaded only when a run needs them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const commanderLicense = readFileSync(join(dirname(require.resolve('commander')), 'LICENSE'), 'utf8').trim();

await build({
  entryPoints: ['dist/cli/main.js'],
  outfile: 'dist/cli.bundle.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  external: ['chalk', 'diff', 'fast-glob'],
  logLevel: 'warning',
  banner: {
    js: [
      // commander is CommonJS: its require() calls of Node's own modules need a require in an ES module.
      "import { createRequire as createRequireForBundle } from 'node:module';",
      'const require = createRequireForBundle(import.meta.url);',
      `/*! commander, bundled here:\n${commanderLicense}\n*/`,
    ].join('\n'),
  },
});
