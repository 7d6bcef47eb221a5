import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';

// The batch runs in the built package (worker threads load dist/batch/worker.js): spawn the bin.
const BIN = join(import.meta.dirname, '..', 'bin', 'dedupe-article.js');
const bin = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'buffer', maxBuffer: 1 << 28 });

let seed = 42;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const SYL = ['ka', 'ri', 'mo', 'ta', 'se', 'lu', 'na', 'pe', 'di', 'go', 'ba', 'ne'];
const word = () => SYL[Math.floor(rand() * SYL.length)]! + SYL[Math.floor(rand() * SYL.length)]! + SYL[Math.floor(rand() * SYL.length)]!;
const paragraph = () => {
  const ws = Array.from({ length: 18 + Math.floor(rand() * 20) }, word);
  return ws.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
};

/** An article whose headline names it, with boilerplate and, now and then, its body captured twice. */
function article(n: number): string {
  const body = Array.from({ length: 3 + Math.floor(rand() * 4) }, paragraph);
  const lines = [`Article ${n} headline`, 'loading...', ...body, 'ADVERTISEMENT', ...(n % 3 === 0 ? body.slice(1) : [])];
  return lines.join(n % 2 ? '\n\n' : '\n') + '\n';
}

let root: string;
const FILES = 60;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dedupe-batch-'));
  for (let i = 0; i < FILES; i++) {
    const dir = join(root, 'in', `site-${i % 3}`, String(2020 + (i % 2)));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `a-${String(i).padStart(3, '0')}.txt`), article(i));
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('a batch of files in one process', () => {
  it('prints the same bytes with -j 1, -j 4 and the default, on every run', () => {
    const one = bin(['-j', '1', 'in'], root);
    expect(one.status).toBe(0);
    for (const args of [['-j', '4', 'in'], ['in'], ['-j', '4', 'in']]) {
      const other = bin(args, root);
      expect(other.status).toBe(0);
      expect(other.stdout.equals(one.stdout), args.join(' ')).toBe(true);
      expect(other.stderr.toString()).toBe(one.stderr.toString());
    }
  });

  it('prints the articles in input order (sorted paths), each cleaned', () => {
    const r = bin(['-j', '4', 'in'], root);
    const headlines = [...r.stdout.toString().matchAll(/^Article (\d+) headline$/gm)].map((m) => m[1]);
    const expected = Object.keys(tree(join(root, 'in')))
      .sort()
      .map((p) => String(Number(/a-(\d+)\.txt$/.exec(p)![1])));
    expect(headlines).toEqual(expected);
    expect(r.stdout.toString()).not.toMatch(/^(loading\.\.\.|ADVERTISEMENT)$/m);
    expect(r.stderr.toString()).toMatch(new RegExp(`^${FILES} files: ${FILES} changed, 0 unchanged, 0 errors`, 'm'));
  });

  it('writes the same tree with --out-dir whatever the number of threads, and each file as the single-file run cleans it', () => {
    expect(bin(['-j', '1', 'in', '--out-dir', 'out1'], root).status).toBe(0);
    expect(bin(['-j', '4', 'in', '--out-dir', 'out4'], root).status).toBe(0);
    const out1 = tree(join(root, 'out1'));
    expect(Object.keys(out1)).toHaveLength(FILES);
    expect(tree(join(root, 'out4'))).toEqual(out1);
    const single = bin([join('in', 'site-0', '2020', 'a-000.txt')], root);
    expect(out1[join('site-0', '2020', 'a-000.txt')]).toBe(single.stdout.toString());
  });

  it('does not rewrite an output that is already up to date', () => {
    bin(['in', '--out-dir', 'again'], root);
    const r = bin(['in', '--out-dir', 'again', '--format', 'json'], root);
    const report = JSON.parse(r.stdout.toString());
    const files = report.files ?? report.results ?? [];
    expect(files.length).toBe(FILES);
    expect(files.every((f: { written: boolean }) => f.written === false)).toBe(true);
  });

  it('remembers the output folders it made only within one run (in-process runs over the same place)', async () => {
    const out = join(root, 'twice');
    const args = ['-q', '-j', '1', join(root, 'in'), '--out-dir', out, '--format', 'json'];
    const first = await run(args, { console: { out: () => {}, err: () => {} }, readStdin: () => Buffer.alloc(0), stdinIsTTY: false, cwd: root });
    expect(first).toBe(0);
    // Up to date: the second run writes nothing, folders it did not make this time are compared.
    let json = '';
    expect(await run(args, { console: { out: (s) => void (json += s), err: () => {} }, readStdin: () => Buffer.alloc(0), stdinIsTTY: false, cwd: root })).toBe(0);
    expect(JSON.parse(json).files.every((f: { written: boolean }) => !f.written)).toBe(true);
    // Removed between runs: the folders are made again.
    rmSync(out, { recursive: true, force: true });
    expect(await run(args, { console: { out: () => {}, err: () => {} }, readStdin: () => Buffer.alloc(0), stdinIsTTY: false, cwd: root })).toBe(0);
    expect(readdirSync(out).length).toBeGreaterThan(0);
  });

  it.each(['0', '1e3', '0x10', '1.5', ' 4'])('refuses a --jobs that is not a positive whole number in digits: %j', (jobs) => {
    const r = bin(['-j', jobs, 'in'], root);
    expect(r.status).toBe(2);
    expect(r.stderr.toString()).toMatch(/--jobs needs a whole number of 1 or more/);
  });

  it('lowers a --jobs far past the CPUs to the limit, with a note (the learn command too); the bytes are the same', () => {
    const limit = Math.max(8, 2 * availableParallelism());
    const many = bin(['-j', '5000', 'in'], root);
    expect(many.status).toBe(0);
    expect(many.stderr.toString()).toContain(`dedupe-article: note: -j 5000: using ${limit} threads`);
    expect(many.stdout.equals(bin(['-j', '2', 'in'], root).stdout)).toBe(true);
    expect(bin(['-q', '-j', '5000', 'in'], root).stderr.toString()).toBe('');
    const learn = bin(['learn', '-j', '5000', 'in'], root);
    expect(learn.status).toBe(0);
    expect(learn.stderr.toString()).toContain(`dedupe-article learn: note: -j 5000: using ${limit} threads`);
    const bad = bin(['learn', '-j', 'abc', 'in'], root);
    expect(bad.status).toBe(2);
    expect(bad.stderr.toString()).toMatch(/--jobs needs a whole number of 1 or more, not "abc"/);
  });

  it('draws a progress bar on a terminal, clears it, and ends with the summary; none on a pipe', async () => {
    const cli = async (stderrIsTTY: boolean, extra: string[] = []) => {
      let err = '';
      const code = await run([join(root, 'in'), '--out-dir', join(root, `progress-${stderrIsTTY}`), ...extra], {
        console: { out: () => {}, err: (s) => void (err += s) },
        readStdin: () => Buffer.alloc(0),
        stdinIsTTY: true,
        cwd: root,
        terminal: { env: {}, stdoutIsTTY: false, stderrIsTTY },
      });
      return { code, err };
    };
    const tty = await cli(true);
    expect(tty.code, tty.err).toBe(0);
    expect(tty.err).toMatch(new RegExp(`\\r\\[#+\\] ${FILES}/${FILES} files  \\d+/s  ETA 0:00`));
    expect(tty.err).toMatch(new RegExp(`\\r\\x1b\\[K.*${FILES} files: `, 's'));
    expect((await cli(false)).err).not.toMatch(/\r/);
    expect((await cli(true, ['--no-progress'])).err).not.toMatch(/\r/);
  });
});
