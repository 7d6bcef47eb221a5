import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../src/version.js';

// The package as a user gets it: `npm pack` (of the built dist/, as `npm test` leaves it), installed into
// an empty project from the tarball, then run. Dependencies come from the npm cache when they are there.
// The --help text is a fixture: after changing an option, regenerate it with
//   UPDATE_FIXTURES=1 npx vitest run test/package.test.ts

const REPO = join(import.meta.dirname, '..');
const HELP_FIXTURE = join(REPO, 'fixtures', 'help.txt');
const SEED_IN = join(REPO, 'fixtures', 'seed', 'seed.input.txt');
const SEED_OUT = join(REPO, 'fixtures', 'seed', 'seed.expected.txt');
const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));

const root = mkdtempSync(join(tmpdir(), 'dedupe-package-'));
const project = join(root, 'project');
const installed = join(project, 'node_modules', 'dedupe-article');
let packed: string[] = [];

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
    timeout: 120_000,
  });
}

beforeAll(() => {
  if (!existsSync(join(REPO, 'dist', 'cli', 'main.js'))) execFileSync(process.execPath, [join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: REPO });
  const report = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', root], REPO));
  packed = report[0].files.map((f: { path: string }) => f.path);
  const tarball = join(root, report[0].filename);
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'probe', version: '1.0.0', private: true, type: 'module' }));
  // --prefer-offline: use the cache, ask the registry only for what is missing from it.
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-save', tarball], project);
}, 180_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const installedBin = () => join(project, 'node_modules', '.bin', 'dedupe-article');
const runInstalled = (args: string[], input?: string) =>
  spawnSync(installedBin(), args, { cwd: project, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1', COLUMNS: '80' } });

describe('the packed tarball', () => {
  it('holds the bin, the compiled code and its type declarations, and no sources, tests or fixtures', () => {
    expect(packed).toEqual(expect.arrayContaining(['package.json', 'README.md', 'bin/dedupe-article.js', 'dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js']));
    expect(packed.filter((p) => /^(src|test|fixtures|bench|corpus|\.ci)\//.test(p) || p.endsWith('.ts') && !p.endsWith('.d.ts'))).toEqual([]);
  });

  it('declares files, engines, bin, exports and types that resolve inside the package', () => {
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(pkg.version).toBe(VERSION);
    expect(pkg.files).toEqual(expect.arrayContaining(['bin/', 'dist/']));
    expect(pkg.engines.node).toBe('>=20');
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(20);
    expect(pkg.type).toBe('module');
    expect(pkg.bin['dedupe-article']).toBe('bin/dedupe-article.js');
    expect(statSync(join(installed, pkg.bin['dedupe-article'])).mode & 0o111).not.toBe(0);
    expect(pkg.exports['.'].types).toBe('./dist/index.d.ts');
    expect(pkg.exports['.'].import).toBe('./dist/index.js');
    for (const f of [pkg.exports['.'].types, pkg.exports['.'].import, pkg.main, pkg.types]) expect(existsSync(join(installed, f)), f).toBe(true);
    // Runtime dependencies only: nothing the CLI imports may live in devDependencies.
    expect(Object.keys(pkg.dependencies).sort()).toEqual(Object.keys(manifest.dependencies).sort());
  });
});

describe('the installed package', () => {
  it('cleans the seed article through the installed bin', () => {
    const r = runInstalled([SEED_IN]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(SEED_OUT, 'utf8'));
  });

  it('reads standard input and answers --version', () => {
    expect(runInstalled([], readFileSync(SEED_IN, 'utf8')).stdout).toBe(readFileSync(SEED_OUT, 'utf8'));
    expect(runInstalled(['--version']).stdout.trim()).toBe(VERSION);
  });

  it('--help is the text in fixtures/help.txt, exactly', () => {
    const r = runInstalled(['--help']);
    expect(r.status).toBe(0);
    if (process.env.UPDATE_FIXTURES) writeFileSync(HELP_FIXTURE, r.stdout);
    expect(r.stdout, 'the --help text changed: regenerate with UPDATE_FIXTURES=1 npx vitest run test/package.test.ts').toBe(readFileSync(HELP_FIXTURE, 'utf8'));
  });

  it('imports as a library, and its type declarations type-check a consumer', () => {
    writeFileSync(
      join(project, 'use.ts'),
      "import { clean, createCleaner, type CleanResult, type Verdict } from 'dedupe-article';\n" +
        "const r: CleanResult = clean('Title\\nloading...\\nA body line that stays.\\n');\n" +
        'const first: Verdict | undefined = r.verdicts[0];\n' +
        'const n: number = r.stats.linesRemoved + createCleaner({ repeats: false })("x\\n").stats.linesIn;\n' +
        'export const out: string = `${r.text}${first?.line ?? 0}${n}`;\n',
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, types: [] }, files: ['use.ts'] }),
    );
    const tsc = spawnSync(process.execPath, [join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);

    const lib = spawnSync(process.execPath, ['--input-type=module', '-e', "import { clean } from 'dedupe-article'; process.stdout.write(clean('Title\\nloading...\\nA body line that stays.\\n').text);"], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(lib.stderr).toBe('');
    expect(lib.stdout).toBe('Title\nA body line that stays.\n');
  });
});
