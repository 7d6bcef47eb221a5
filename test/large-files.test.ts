import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolders } from './support/harness.js';

// A file too large to clean as one document (past 8 MiB, or more than 100,000 lines) met in a batch is
// streamed in its turn, in every mode, as a single file past 8 MiB always was: cleaned whole, a 300 MB
// dump in a folder took 5 GB and minutes. Output: what --stream gives for it, in the files' order.

const BIN = join(import.meta.dirname, '..', 'bin', 'dedupe-article.js');
const bin = (args: string[], cwd: string, input?: string) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const folder = tempFolders('large');

const SMALL = 'A headline of its own\nloading...\nA paragraph of the small article that stays once, after cleaning.\n';
const SMALL_OUT = 'A headline of its own\nA paragraph of the small article that stays once, after cleaning.\n';

let seed = 7;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const word = () => 'kamotaseluna'.slice(Math.floor(rand() * 8), 4 + Math.floor(rand() * 8)) + Math.floor(rand() * 1000);
/**
 * A lede and its copy with one word changed: the in-memory cleaner drops the copy as a near repeat, a
 * stream keeps it (it drops exact repeats only), so the output tells which of the two cleaned the file.
 */
const LEDE = 'The harbour authority said on Monday that the new ferry terminal would open to passengers in the spring after two years of delays and rising costs.';
const EDITED_LEDE = LEDE.replace('Monday', 'Tuesday');

/** A dump of `bytes`: long lines, one in five an exact repeat of an earlier one, ad markers now and then. */
function dump(bytes: number): string {
  const lines: string[] = [LEDE];
  let size = 0;
  while (size < bytes) {
    const r = rand();
    const line = r < 0.2 && lines.length > 0 ? lines[Math.floor(rand() * lines.length)]! : r < 0.25 ? 'ADVERTISEMENT' : Array.from({ length: 20 }, word).join(' ') + '.';
    lines.push(line);
    size += line.length + 1;
  }
  return [...lines, EDITED_LEDE].join('\n') + '\n';
}
const BIG = dump(9 << 20);
/** Under 8 MiB, but more lines than any article: 150,000 of them. */
const MANY_LINES = [LEDE, ...Array.from({ length: 150_000 }, (_, i) => (i % 10 === 0 ? 'ADVERTISEMENT' : `row ${i % 5000}`)), EDITED_LEDE].join('\n') + '\n';

describe('a large file in a batch is streamed in its turn', () => {
  const tree = () => folder({ 'in/a.txt': SMALL, 'in/big.txt': BIG, 'in/many.txt': MANY_LINES, 'in/z.txt': SMALL.replace('own', 'last') });
  const streamed = (cwd: string, name: string) => bin(['--stream', name], cwd).out;

  it.each([['1'], ['2']])('to standard output, in input order, each large file as --stream cleans it (-j %s)', (jobs) => {
    const dir = tree();
    const r = bin(['-j', jobs, 'in'], dir);
    expect(r.code).toBe(0);
    const big = streamed(dir, 'in/big.txt');
    expect(big.length).toBeLessThan(BIG.length); // the repeats and markers are gone
    expect(big.endsWith(EDITED_LEDE + '\n')).toBe(true); // streamed, not cleaned whole
    expect(r.out).toBe(SMALL_OUT + big + streamed(dir, 'in/many.txt') + SMALL_OUT.replace('own', 'last'));
  });

  it('--out-dir and --write give the same bytes as standard output; a file rewritten already is left as it is', () => {
    const dir = tree();
    const out = bin(['in', '--out-dir', 'out'], dir);
    expect(out.code).toBe(0);
    expect(readFileSync(join(dir, 'out/big.txt'), 'utf8')).toBe(streamed(dir, 'in/big.txt'));
    expect(readFileSync(join(dir, 'out/many.txt'), 'utf8')).toBe(streamed(dir, 'in/many.txt'));
    expect(bin(['--write', 'in'], dir).code).toBe(0);
    for (const name of ['a.txt', 'big.txt', 'many.txt', 'z.txt']) expect(readFileSync(join(dir, 'in', name), 'utf8')).toBe(readFileSync(join(dir, 'out', name), 'utf8'));
    // Still past 100,000 lines when clean: streamed again, and nothing more to take.
    const again = bin(['--write', 'in/many.txt', 'in/a.txt'], dir);
    expect(again.err).toMatch(/^2 files: 0 rewritten, 2 unchanged, 0 errors/m);
    expect(readdirSync(join(dir, 'in')).sort()).toEqual(['a.txt', 'big.txt', 'many.txt', 'z.txt']); // no temp file left
  });

  it('--check answers 1 and writes nothing; the summary counts the streamed lines removed', () => {
    const dir = tree();
    const before = statSync(join(dir, 'in/big.txt')).mtimeMs;
    const r = bin(['--check', 'in'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toBe('in/a.txt\nin/big.txt\nin/many.txt\nin/z.txt\n');
    expect(r.err).toMatch(/4 files: 4 would change, 0 unchanged, 0 errors; \d+ lines removed \(ad-marker \d+, loading-indicator 2, repeat \d+\)/);
    expect(statSync(join(dir, 'in/big.txt')).mtimeMs).toBe(before);
  });

  it('a large file the stream would stop in (a NUL byte, bad UTF-8 near its end) is refused whole, as a whole read refuses it: no part of it in the output', () => {
    // latin.txt ends in a Latin-1 byte (0xe9), which is not UTF-8.
    const latin = Buffer.concat([Buffer.from(BIG), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])]);
    const dir = folder({ 'in/a.txt': SMALL, 'in/binary.txt': BIG + 'x\0y\n', 'in/latin.txt': latin, 'in/z.txt': SMALL });
    const r = bin(['in'], dir);
    expect(r.out).toBe(SMALL_OUT + SMALL_OUT);
    expect(r.err).toContain('dedupe-article: warning: in/binary.txt: looks binary (it contains NUL bytes); skipped\n');
    expect(r.err).toContain(`dedupe-article: in/latin.txt: is not valid UTF-8 (first bad byte at offset ${Buffer.byteLength(BIG) + 3});`);
    expect(r.code).toBe(2);
    const o = bin(['in', '--out-dir', 'out'], dir);
    expect(o.code).toBe(2);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a.txt', 'z.txt']);
  });

  it('a large UTF-16 file (which a stream cannot read) is cleaned whole, as before', () => {
    const text = dump(5 << 20); // 10 MiB as UTF-16
    const dir = folder({ 'in/u16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'in/z.txt': SMALL });
    const r = bin(['in'], dir);
    expect(r.code).toBe(0);
    expect(r.out.endsWith(SMALL_OUT)).toBe(true);
    expect(r.out.length).toBeLessThan(text.length);
    expect(r.out.length).toBeGreaterThan(text.length / 2);
  });

  it('standard input of more lines than an article has is streamed too', () => {
    const dir = folder({ 'many.txt': MANY_LINES });
    const out = bin([], dir, MANY_LINES).out;
    expect(out.endsWith(EDITED_LEDE + '\n')).toBe(true);
    expect(out).toBe(streamed(dir, 'many.txt'));
  });

  it('learn leaves a dump out (no article of a site; read whole it would cost gigabytes), with one line naming it', () => {
    const dir = folder({ 'in/a.txt': SMALL, 'in/many.txt': MANY_LINES, 'in/z.txt': SMALL.replace('own', 'last') });
    const r = bin(['learn', 'in', '-o', 'p.json'], dir);
    expect(r.err).toContain('dedupe-article: in/many.txt: is too large for an article (past 8 MiB or 100,000 lines): not learned from\n');
    expect(r.code).toBe(2);
    expect(JSON.parse(readFileSync(join(dir, 'p.json'), 'utf8')).files).toBe(2);
  });

  // Cleaned whole, such a file cost about 1 KB a line (a 3-million-line file took 3.6 GB with --report):
  // a run that shows every line's verdict refuses it, saying what streams it, and goes on.
  it.each([['--report'], ['--explain'], ['--diff'], ['--format', 'json']])('with %s a large file is refused, not cleaned whole; the others are cleaned', (...flags) => {
    const dir = folder({ 'in/many.txt': MANY_LINES, 'in/z.txt': SMALL });
    const r = bin([...flags, 'in'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^dedupe-article: in\/many\.txt: is too large to show line by line \(past 8 MiB or 100,000 lines\); without --explain, --diff, --report or --format json it is streamed$/m);
    expect(r.out + r.err).toMatch(/loading\.\.\./); // z.txt's dropped line, shown
  });
});

describe('standard input past the limits, in a mode that checks it or shows its verdicts', () => {
  // Read whole, 3 million short lines took 3 GB: a file so large is streamed (--check) or refused (the
  // verdict modes), and standard input is treated as such a file.
  const many = (n: number, junk: boolean) => Array.from({ length: n }, (_, i) => (junk && i % 9 === 0 ? 'loading...' : `Line ${i} of a long dump`)).join('\n') + '\n';

  it('--check streams it: exit 1 and "<stdin>" when cleaning would change it, exit 0 when not', () => {
    const dir = folder({});
    const dirty = bin(['--check'], dir, many(120_000, true));
    expect([dirty.code, dirty.out, dirty.err]).toEqual([1, '<stdin>\n', '']);
    const clean = bin(['--check'], dir, many(120_000, false));
    expect([clean.code, clean.out, clean.err]).toEqual([0, '', '']);
  });

  it.each([['--report'], ['--explain'], ['--diff'], ['--format', 'json']])('%s refuses it in one line, exit 2', (...args) => {
    const r = bin(args, folder({}), many(120_000, true));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^dedupe-article: <stdin>: is too large to show line by line \(past 8 MiB or 100,000 lines\)[^\n]*\n$/);
  });

  it('under the limits it is cleaned whole as before', () => {
    const r = bin(['--report'], folder({}), SMALL);
    expect(r.code).toBe(0);
    expect(r.out).toBe(SMALL_OUT);
  });
});
