import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isOurTempFile, tempNameFor } from '../src/io/temp-files.js';

// Crash safety of --write over many files: whenever the process dies, each file is exactly as it was or
// fully cleaned, and what a kill strands is recognisably ours and cleared by the next run.

const BIN = join(import.meta.dirname, '..', 'bin', 'dedupe-article.js');
const COUNT = 2000;
const PLAIN = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined };
const root = mkdtempSync(join(tmpdir(), 'dedupe-crash-'));
const pristine = join(root, 'pristine');
const expectedDir = join(root, 'expected');
const names: string[] = [];
const original = new Map<string, Buffer>();
const expected = new Map<string, Buffer>();

function article(i: number): string {
  const body = `A paragraph of article ${i} that has enough words in it to mean something to a reader.`;
  const parts = [`Headline number ${i}`];
  if (i % 3 !== 2) parts.push('loading...');
  parts.push(body, `Second paragraph of article ${i}, different from the first one in every way.`);
  if (i % 4 === 0) parts.push('ADVERTISEMENT');
  const eol = i % 7 === 0 ? '\r\n' : '\n';
  return parts.join(eol) + eol;
}

beforeAll(() => {
  mkdirSync(pristine);
  for (let i = 0; i < COUNT; i++) {
    const name = `${String(i).padStart(4, '0')}.txt`;
    names.push(name);
    writeFileSync(join(pristine, name), article(i));
    original.set(name, readFileSync(join(pristine, name)));
  }
  // What an uninterrupted run makes of each file is the only other state a file may be found in.
  const r = spawnSync(process.execPath, [BIN, 'pristine', '--out-dir', 'expected', '--quiet'], { cwd: root, encoding: 'utf8', env: PLAIN });
  expect(r.stderr).toBe('');
  for (const name of names) expected.set(name, readFileSync(join(expectedDir, name)));
  expect(names.filter((n) => !expected.get(n)!.equals(original.get(n)!)).length).toBeGreaterThan(COUNT / 2);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function freshCopy(tag: string): string {
  const dir = join(root, tag);
  cpSync(pristine, dir, { recursive: true });
  return dir;
}

/** Resolves when the first file of the run has been rewritten (the run is under way), or the process ended. */
async function firstWrite(dir: string, child: ChildProcess): Promise<void> {
  const first = join(dir, names[0]!);
  while (child.exitCode === null && child.signalCode === null) {
    try {
      if (!readFileSync(first).equals(original.get(names[0]!)!)) return;
    } catch {
      // mid-rename: try again
    }
    await new Promise((r) => setTimeout(r, 2));
  }
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });

/** Each file is its original or its clean version; returns how many were cleaned. */
function checkEveryFile(dir: string): number {
  let cleaned = 0;
  for (const name of names) {
    const now = readFileSync(join(dir, name));
    if (now.equals(expected.get(name)!)) {
      if (!now.equals(original.get(name)!)) cleaned++;
    } else if (!now.equals(original.get(name)!)) {
      throw new Error(`${name} is neither its original nor its clean version`);
    }
  }
  return cleaned;
}

const strays = (dir: string) => readdirSync(dir).filter((f) => !names.includes(f));

describe('SIGKILL during --write', () => {
  it.each([0, 60, 300])('killed %i ms after the first write: every file whole, and the next run finishes the job', async (delay) => {
    const dir = freshCopy(`kill-${delay}`);
    const child = spawn(process.execPath, [BIN, '--write', dir], { cwd: root, stdio: 'ignore', env: PLAIN });
    await firstWrite(dir, child);
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    child.kill('SIGKILL');
    await exited(child);

    const cleaned = checkEveryFile(dir);
    expect(cleaned).toBeGreaterThan(0);
    // Anything else in the folder is a temp file of ours, by its name.
    for (const f of strays(dir)) expect(isOurTempFile(f), f).toBe(true);

    const again = spawnSync(process.execPath, [BIN, '--write', dir], { cwd: root, encoding: 'utf8', env: PLAIN });
    expect(again.status).toBe(0);
    expect(strays(dir)).toEqual([]);
    for (const name of names) expect(readFileSync(join(dir, name)).equals(expected.get(name)!), name).toBe(true);
  });

  // The PID of a process that has exited: a temp file naming it was stranded.
  const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

  it('a stranded temp file is ours by name, removed by the next --write or --out-dir run, and never read as input', () => {
    const dir = join(root, 'stranded');
    mkdirSync(join(dir, 'deep'), { recursive: true });
    writeFileSync(join(dir, 'a.txt'), original.get(names[0]!)!);
    const temp = `.a.txt.dedupe-article-${deadPid()}-0123456789ab.tmp`;
    const deepTemp = `.b.txt.dedupe-article-${deadPid()}-ff.tmp`;
    writeFileSync(join(dir, temp), 'half a file');
    writeFileSync(join(dir, 'deep', deepTemp), 'half a file');
    expect(isOurTempFile(temp)).toBe(true);
    expect(isOurTempFile('.a.txt.tmp')).toBe(false);
    // A long name's temp name is cut to 255 bytes and is still ours, with its PID.
    const longTemp = tempNameFor(`${'é'.repeat(127)}.txt`, 4242, '00ff');
    expect(Buffer.byteLength(longTemp)).toBeLessThanOrEqual(255);
    expect(isOurTempFile(longTemp)).toBe(true);
    expect(longTemp.endsWith('.dedupe-article-4242-00ff.tmp')).toBe(true);

    // --check never writes, so it leaves them, but does not read them either, even with --ext '*'.
    const check = spawnSync(process.execPath, [BIN, '--check', '--ext', '*', '--format', 'json', 'stranded'], { cwd: root, encoding: 'utf8', env: PLAIN });
    expect(JSON.parse(check.stdout).files.map((f: { file: string }) => f.file)).toEqual(['stranded/a.txt']);

    const write = spawnSync(process.execPath, [BIN, '--write', '--ext', '*', 'stranded'], { cwd: root, encoding: 'utf8', env: PLAIN });
    expect(write.status).toBe(0);
    expect(write.stderr).toMatch(/^1 file: 1 rewritten/m);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'deep']);
    expect(readdirSync(join(dir, 'deep'))).toEqual([]);
  });

  it('a temp file stranded in an --out-dir folder is removed by the next --out-dir run', () => {
    const dir = join(root, 'stranded-out');
    mkdirSync(join(dir, 'in'), { recursive: true });
    mkdirSync(join(dir, 'out', 'deep'), { recursive: true });
    writeFileSync(join(dir, 'in', 'a.txt'), original.get(names[0]!)!);
    writeFileSync(join(dir, 'out', 'deep', `.a.txt.dedupe-article-${deadPid()}-abcdef.tmp`), 'half a file');
    writeFileSync(join(dir, 'out', 'keep.tmp'), 'not ours');
    const r = spawnSync(process.execPath, [BIN, 'in', '--out-dir', 'out'], { cwd: dir, encoding: 'utf8', env: PLAIN });
    expect(r.status).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a.txt', 'deep', 'keep.tmp']);
    expect(readdirSync(join(dir, 'out', 'deep'))).toEqual([]);
  });

  it('a temp file another live run is writing is left to it; one over an hour old is stranded whatever its process', () => {
    const dir = join(root, 'in-flight');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.txt'), original.get(names[0]!)!);
    // This test's own process stands for the other run: alive, and not the run started below.
    const live = `.b.txt.dedupe-article-${process.pid}-0a1b.tmp`;
    const old = `.c.txt.dedupe-article-${process.pid}-0c1d.tmp`;
    writeFileSync(join(dir, live), 'being written');
    writeFileSync(join(dir, old), 'left long ago');
    const hoursAgo = (Date.now() - 2 * 3600_000) / 1000;
    utimesSync(join(dir, old), hoursAgo, hoursAgo);
    const r = spawnSync(process.execPath, [BIN, '--write', 'in-flight'], { cwd: root, encoding: 'utf8', env: PLAIN });
    expect(r.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([live, 'a.txt'].sort());
  });
});

describe('SIGINT and SIGTERM during --write', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s: the file in hand is finished, the run stops, says what it did, exits %i, leaves no temp file', async (signal, code) => {
    const dir = freshCopy(`signal-${signal}`);
    const child = spawn(process.execPath, [BIN, '--write', dir], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: PLAIN });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    await firstWrite(dir, child);
    child.kill(signal);
    const end = await exited(child);
    expect(end.code).toBe(code);
    // (Notes about near-duplicate articles may come before it: the generated articles look alike.)
    expect(stderr).toMatch(new RegExp(`^dedupe-article: interrupted by ${signal}: stopped after \\d+ files?; \\d+ files?: \\d+ rewritten`, 'm'));
    const rewritten = Number(/(\d+) rewritten/.exec(stderr)![1]);
    expect(checkEveryFile(dir)).toBe(rewritten);
    expect(Number(/stopped after (\d+)/.exec(stderr)![1])).toBeLessThan(COUNT);
    expect(strays(dir)).toEqual([]);
  });
});

describe('a stop asked while large files are streamed one after another', () => {
  // Files past the line limit are streamed on the main thread, each in one go: a signal's handler runs
  // only between them, and it must be given the chance (awaiting a promise is not a turn of the loop).
  it('SIGINT: the file in hand is finished, the next is not started, exit 130', async () => {
    const dir = join(root, 'large-signal');
    mkdirSync(dir);
    const lines = Array.from({ length: 300_000 }, (_, i) => (i % 7 === 0 ? 'loading...' : `Paragraph ${i} of a long dump`)).join('\n') + '\n';
    const files = ['a.txt', 'b.txt', 'c.txt'].map((n) => join(dir, n));
    for (const f of files) writeFileSync(f, lines);
    const child = spawn(process.execPath, [BIN, '--write', ...files], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: PLAIN });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    while (child.exitCode === null && readFileSync(files[0]!, 'utf8') === lines) await new Promise((r) => setTimeout(r, 2));
    child.kill('SIGINT');
    const end = await exited(child);
    expect(end.code).toBe(130);
    expect(stderr).toMatch(/^dedupe-article: interrupted by SIGINT: stopped after [12] files?/m);
    expect(readFileSync(files[2]!, 'utf8')).toBe(lines);
    expect(readdirSync(dir).filter(isOurTempFile)).toEqual([]);
  });
});
