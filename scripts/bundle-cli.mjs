// Bundles the command (dist/cli/main.js and what it imports) into one script, dist/cli.bundle.cjs, and
// writes V8's code cache of it for this Node (see src/cli/load-command.ts, which bin/ calls). One script
// instead of some seventy modules, commander inside it, so a short run resolves and reads no package at
// start-up; chalk, diff and fast-glob stay packages, loaded only when a run needs them.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const repo = join(import.meta.dirname, '..');
const dist = join(repo, 'dist');
const commanderLicense = readFileSync(join(dirname(require.resolve('commander')), 'LICENSE'), 'utf8').trim();

// commander loads child_process as it starts, for the executable subcommands this command has none of
// (about 5 ms of a short run): in the bundle it gets a stand-in that loads the module on first use.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

// The builtin rules' gate trie, made now rather than by every short run (src/core/gate.ts).
const { builtinGateSnapshot } = await import(join(dist, 'core/gate.js'));

const { outputFiles } = await build({
  entryPoints: [join(dist, 'cli/main.js')],
  bundle: true,
  write: false,
  platform: 'node',
  format: 'cjs',
  external: ['chalk', 'diff', 'fast-glob'],
  // The script's own URL, which the starter passes in: where the worker module and packages are found.
  define: { 'import.meta.url': '__bundleUrl', __BUILTIN_GATE_TRIE__: JSON.stringify(builtinGateSnapshot()) },
  plugins: [lazyChildProcess],
  logLevel: 'warning',
});
const body = outputFiles[0].text;

// A function of the starter's require and the script's URL, returning the command's exports.
const id = createHash('sha256').update(body).digest('hex').slice(0, 16);
const script = [
  `/* dedupe-article command, build ${id} */`,
  `/*! commander, bundled here:\n${commanderLicense}\n*/`,
  '(function (require, __bundleUrl) {',
  "'use strict';",
  'var module = { exports: {} }, exports = module.exports;',
  body,
  'return module.exports;',
  '})',
  '',
].join('\n');

// Earlier builds' bundle and caches go: a cache is only ever read for its own build.
for (const name of readdirSync(dist)) {
  if (/^cli\.bundle\.(?:js|.*\.cache|.*\.tmp)$/.test(name)) rmSync(join(dist, name));
}
writeFileSync(join(dist, 'cli.bundle.cjs'), script);

// The cache is written by running the command once over the seed article, so the functions a usual
// run compiles are in it. It is only an optimisation: when it cannot be written, the build says so
// and the command compiles as usual.
const warmUp = join(repo, 'fixtures/seed/seed.input.txt');
if (existsSync(warmUp)) {
  const writer = [
    `const loaded = (await import(${JSON.stringify(join(dist, 'cli/load-command.js'))})).loadCommand();`,
    `const code = await loaded.command.run([${JSON.stringify(warmUp)}]);`,
    "if (code !== 0 || !loaded.writeCache()) throw new Error(`the run exited ${code}, or the cache could not be written`);",
  ].join('\n');
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', writer], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) console.error(`bundle-cli: no code cache written (the command starts slower): ${r.stderr.trim().split('\n')[0]}`);
}
