import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolders } from './support/harness.js';

// How the command starts: one bundled script compiled with V8's code cache (src/cli/load-command.ts).
// The cache may only save time: with none, a refused one or a garbled one, the output is the same.
const REPO = join(import.meta.dirname, '..');
const SEED_IN = join(REPO, 'fixtures', 'seed', 'seed.input.txt');
const SEED_OUT = readFileSync(join(REPO, 'fixtures', 'seed', 'seed.expected.txt'), 'utf8');
const folders = tempFolders('start');

/** A copy of the built package (bin/, dist/, package.json), its dependencies linked from this one's. */
function packageCopy(): string {
  const root = folders();
  for (const part of ['bin', 'dist', 'package.json']) cpSync(join(REPO, part), join(root, part), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

const cachesIn = (root: string) => readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.cache'));
const runBin = (root: string, args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'dedupe-article.js'), ...args], { encoding: 'utf8' });

/** What loadCommand says of the cache in this copy: used, refused or none. */
function cacheState(root: string): string {
  const script = `const { loadCommand } = await import(${JSON.stringify(join(root, 'dist', 'cli', 'load-command.js'))}); process.stdout.write(loadCommand().cache);`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).stdout;
}

describe('the command’s start', () => {
  it('the build leaves a code cache that V8 takes', () => {
    const root = packageCopy();
    expect(cachesIn(root)).toHaveLength(1);
    expect(cacheState(root)).toBe('used');
  });

  it('without a cache, cleans as ever and leaves one that the next run uses', () => {
    const root = packageCopy();
    for (const name of cachesIn(root)) rmSync(join(root, 'dist', name));
    expect(cacheState(root)).toBe('none');
    const first = runBin(root, [SEED_IN]);
    expect([first.status, first.stderr, first.stdout]).toEqual([0, '', SEED_OUT]);
    expect(cachesIn(root)).toHaveLength(1);
    expect(readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(cacheState(root)).toBe('used');
    const second = runBin(root, [SEED_IN]);
    expect([second.status, second.stderr, second.stdout]).toEqual([0, '', SEED_OUT]);
  });

  it('a cache that cannot be written: the run cleans as ever, says nothing of it and leaves no temp file', () => {
    const root = packageCopy();
    const [name] = cachesIn(root);
    rmSync(join(root, 'dist', name!));
    mkdirSync(join(root, 'dist', name!)); // a folder where the cache would go: the rename fails
    const r = runBin(root, [SEED_IN]);
    expect([r.status, r.stderr, r.stdout]).toEqual([0, '', SEED_OUT]);
    expect(readdirSync(join(root, 'dist')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('a garbled cache is refused, left as it is, and cleans as ever', () => {
    const root = packageCopy();
    const [name] = cachesIn(root);
    const garbled = Buffer.alloc(4096, 0x5a);
    writeFileSync(join(root, 'dist', name!), garbled);
    expect(cacheState(root)).toBe('refused');
    const r = runBin(root, [SEED_IN]);
    expect([r.status, r.stderr, r.stdout]).toEqual([0, '', SEED_OUT]);
    expect(readFileSync(join(root, 'dist', name!))).toEqual(garbled);
  });

  it('a cache of another build is never looked for: the bundle’s first line names its build', () => {
    const root = packageCopy();
    const [name] = cachesIn(root);
    const bundle = join(root, 'dist', 'cli.bundle.cjs');
    const source = readFileSync(bundle, 'utf8');
    const id = /build ([0-9a-f]{16})/.exec(source)![1]!;
    expect(name).toContain(id);
    writeFileSync(bundle, source.replace(id, '0123456789abcdef').replace("'use strict';", "'use strict'; /* another build */"));
    expect(cacheState(root)).toBe('none');
    const r = runBin(root, [SEED_IN]);
    expect([r.status, r.stderr, r.stdout]).toEqual([0, '', SEED_OUT]);
  });

  it('a package whose bundle is missing says so on one line and exits 2', () => {
    const root = packageCopy();
    rmSync(join(root, 'dist', 'cli.bundle.cjs'));
    const r = runBin(root, [SEED_IN]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^dedupe-article: .*cli\.bundle\.cjs: ENOENT: the command is not built \(run npm run build, or reinstall the package\)\n$/);
  });

  it('colour, --diff and a folder load their packages through the starter', () => {
    const root = packageCopy();
    const dir = folders({ 'in/a.txt': 'Title\nloading...\nA paragraph that stays.\n' });
    const diff = runBin(root, ['--diff', join(dir, 'in', 'a.txt')]);
    expect(diff.status).toBe(0);
    expect(diff.stdout).toMatch(/^-loading\.\.\.$/m);
    const colour = spawnSync(process.execPath, [join(root, 'bin', 'dedupe-article.js'), '--color', '--report', join(dir, 'in', 'a.txt')], { encoding: 'utf8' });
    expect(colour.status).toBe(0);
    expect(colour.stderr + colour.stdout).toContain('\u001b[');
    const folder = runBin(root, [join(dir, 'in')]);
    expect([folder.status, folder.stdout]).toEqual([0, 'Title\nA paragraph that stays.\n']);
  });
});
