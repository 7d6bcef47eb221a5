import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StreamCleaner } from '../src/stream/stream-cleaner.js';
import { streamClean, streamFileParallel } from '../src/stream/run-stream.js';
import { findCompiledModule } from '../src/batch/pool.js';
import { createCleaner } from '../src/core/clean.js';
import fc from 'fast-check';
import { compileGates } from '../src/core/gate.js';
import { builtinRules } from '../src/rules/registry.js';
import { gatePrefilter, mayHoldGateWord } from '../src/stream/gate-prefilter.js';
import { HashSet64 } from '../src/stream/hash64.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'dedupe-article.js');
const bin = (args: string[], input?: Buffer) => spawnSync(process.execPath, [BIN, ...args], { input, maxBuffer: 1 << 28 });

let seed = 7;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const SYL = ['ka', 'ri', 'mo', 'ta', 'se', 'lu', 'na', 'pe', 'di', 'go', 'ba', 'ne', 'ça', 'üb', 'ﬁn', 'Ｋa'];
const word = () => Array.from({ length: 1 + Math.floor(rand() * 3) }, () => SYL[Math.floor(rand() * SYL.length)]!).join('');
const sentence = (n: number) => Array.from({ length: n }, word).join(' ');

/**
 * A dump of one paragraph a line, past the 8 MiB at which streaming starts by itself: long paragraphs,
 * exact repeats of them (some differing only in case, spacing and punctuation), short lines that recur
 * on purpose, and ad markers.
 */
function dump(bytes: number): { text: string; expected: string } {
  const lines: string[] = [];
  const pool: string[] = [];
  let size = 0;
  while (size < bytes) {
    const r = rand();
    let line: string;
    if (r < 0.2 && pool.length > 0) {
      line = pool[Math.floor(rand() * pool.length)]!;
      if (rand() < 0.3) line = `  ${line.toUpperCase().replace(/ /g, '  ')}!`;
    } else if (r < 0.25) line = 'ADVERTISEMENT';
    else if (r < 0.3) line = sentence(1 + Math.floor(rand() * 4)); // short: a name, a dateline, a table cell
    else {
      line = sentence(5 + Math.floor(rand() * 60)) + '.';
      pool.push(line);
    }
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  // The semantic the stream promises: rules apply, and a line of 15 words or more whose words (NFKC,
  // lower case, runs of letters and digits) came before is dropped; every other line stays, in order.
  const seen = new Set<string>();
  const kept = lines.filter((line) => {
    if (line === 'ADVERTISEMENT') return false;
    const words = line.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length < 15) return true;
    const key = words.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { text: lines.join('\n') + '\n', expected: kept.join('\n') + '\n' };
}

let root: string;
let big: { text: string; expected: string };
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dedupe-stream-'));
  big = dump(9 << 20);
  writeFileSync(join(root, 'dump.txt'), big.text);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a stream of any size', () => {
  it('drops rule junk and exact repeats of long paragraphs, keeps short recurring lines (--stream on stdin)', () => {
    const r = bin(['--stream'], Buffer.from(big.text));
    expect(r.status).toBe(0);
    expect(r.stdout.toString('utf8') === big.expected).toBe(true);
  });

  it('streams by itself past 8 MiB, from stdin and from a file, with the same bytes', () => {
    const fromStdin = bin([], Buffer.from(big.text));
    const fromFile = bin([join(root, 'dump.txt')]);
    expect(fromStdin.status).toBe(0);
    expect(fromFile.status).toBe(0);
    expect(fromStdin.stdout.toString('utf8') === big.expected).toBe(true);
    expect(fromFile.stdout.equals(fromStdin.stdout)).toBe(true);
  });

  it('gives the same bytes however the input is cut into chunks', () => {
    const { text, expected } = dump(200_000);
    const bytes = Buffer.from(text);
    for (const size of [1, 7, 4096, bytes.length]) {
      const out: Buffer[] = [];
      const cleaner = new StreamCleaner({}, (b) => out.push(Buffer.from(b)));
      for (let i = 0; i < bytes.length; i += size) cleaner.push(bytes.subarray(i, i + size));
      cleaner.end();
      expect(Buffer.concat(out).toString('utf8') === expected, `chunks of ${size}`).toBe(true);
    }
  });

  it.each([
    ['blank-line layout', 'Title\n\nloading...\n\nBody one.\n\nADVERTISEMENT\n\nBody two.\n'],
    ['leading and trailing blank lines', '\n\nTitle\nBody.\n\n\n'],
    ['no final newline, last line dropped', 'Title\nBody.\nADVERTISEMENT'],
    ['CRLF', 'Title\r\nADVERTISEMENT\r\nBody.\r\n'],
    ['a BOM', '\uFEFFTitle\nBody.\n'],
    ['only junk', 'loading...\nADVERTISEMENT\n'],
    ['only blank lines', '\n\n'],
    // Runs of blank lines are held as their bytes (or one line and a count) until the next text line.
    ['long runs of blank lines, alike and mixed', `Title\n${'\n'.repeat(100_000)}Body.\n${' \n\t\n'.repeat(50_000)}ADVERTISEMENT\n${'\r\n'.repeat(3)}End.\n${'\n'.repeat(7)}`],
    ['a blank run ending the input without a line feed', 'Title\n\n  \n \t'],
  ])('keeps the layout as the in-memory cleaner does: %s', (_, text) => {
    const out: Buffer[] = [];
    const cleaner = new StreamCleaner({}, (b) => out.push(Buffer.from(b)));
    cleaner.push(Buffer.from(text));
    cleaner.end();
    const expected = createCleaner({})(text).text;
    // The BOM is written before the first line is judged: a text whose every line goes keeps it.
    expect(Buffer.concat(out).toString('utf8')).toBe(expected);
  });

  it('refuses invalid UTF-8 with the line number, exit 2, after writing the lines before it', () => {
    const r = bin(['--stream'], Buffer.concat([Buffer.from('ok line\nloading...\nsecond\n'), Buffer.from([0x63, 0xe9, 0x0a]), Buffer.from('after\n')]));
    expect(r.status).toBe(2);
    expect(r.stderr.toString()).toMatch(/<stdin>: line 4 is not valid UTF-8/);
    expect(r.stdout.toString()).toBe('ok line\nsecond\n');
  });

  it('stops at a NUL byte as binary (as the in-memory path skips such a file), after the lines before it', () => {
    const r = bin(['--stream'], Buffer.from('Title a\nloading...\nBody b.\nx\u0000y\nafter\n'));
    expect(r.status).toBe(2);
    expect(r.stderr.toString()).toMatch(/^dedupe-article: <stdin>: looks binary: line 4 holds a NUL byte; a stream is text, so it stops there\n$/);
    expect(r.stdout.toString()).toBe('Title a\nBody b.\n');
    // A file of NUL bytes is one long line, written in pieces: it stops before its first piece.
    const zeros = bin(['--stream'], Buffer.alloc(3 << 20));
    expect(zeros.status).toBe(2);
    expect(zeros.stdout.length).toBe(0);
    expect(zeros.stderr.toString()).toMatch(/line 1 holds a NUL byte/);
  });

  it('refuses UTF-16 (a stream is UTF-8), exit 2', () => {
    const r = bin(['--stream'], Buffer.from('\uFEFFTitle\n', 'utf16le'));
    expect(r.status).toBe(2);
    expect(r.stderr.toString()).toMatch(/<stdin>: is UTF-16/);
  });

  it('is refused with --write and with --diff', () => {
    expect(bin(['--stream', '--write', 'x.txt']).stderr.toString()).toMatch(/--stream writes to standard output/);
    expect(bin(['--stream', '--diff', 'x.txt']).stderr.toString()).toMatch(/--stream cannot be used with --diff/);
  });
});

describe('the set of 64-bit hashes a stream remembers', () => {
  it('holds what was added and nothing else, across the growth of its tables', () => {
    const half = fc.integer({ min: 0, max: 2 ** 32 - 1 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(half, fc.constant(0)), fc.oneof(half, fc.constant(0), fc.constant(1))), { maxLength: 3000 }), (pairs) => {
        const set = new HashSet64(4);
        const model = new Set<string>();
        for (const [hi, lo] of pairs) {
          expect(set.add(hi, lo)).toBe(!model.has(`${hi},${lo}`) && !(hi === 0 && lo === 1 && model.has('0,0')) && !(hi === 0 && lo === 0 && model.has('0,1')));
          model.add(`${hi},${lo}`);
        }
        for (const [hi, lo] of pairs) expect(set.has(hi, lo)).toBe(true);
        // Pairs never added: each half changed by one.
        for (const [hi, lo] of pairs.slice(0, 200)) {
          const other = [(hi + 1) >>> 0, lo] as const;
          // (0, 0) is stored as (0, 1): a changed pair with hi 0 may be one of those.
          if (other[0] !== 0 && !model.has(`${other[0]},${other[1]}`)) expect(set.has(other[0], other[1])).toBe(false);
        }
      }),
      { numRuns: 40, seed: 20261127 },
    );
  });
});

describe('the stream asks only the rules a line’s gate admits', () => {
  const run = (text: string | Buffer, options = {}, chunk = 1 << 20) => {
    const out: Buffer[] = [];
    const cleaner = new StreamCleaner(options, (b) => out.push(Buffer.from(b)));
    const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
    for (let i = 0; i < bytes.length; i += chunk) cleaner.push(bytes.subarray(i, i + chunk));
    const stats = cleaner.end();
    return { text: Buffer.concat(out).toString('utf8'), stats };
  };
  const exampleLines = builtinRules.flatMap((r) => [...r.examples.junk, ...r.examples.content, ...(r.examples.cuts ?? []).map(([raw]) => raw)]);

  it('the byte prefilter says yes to every ASCII line whose gate mask is not 0', () => {
    const gates = compileGates(builtinRules);
    const filter = gatePrefilter(builtinRules);
    const words = builtinRules.flatMap((r) => r.gate?.words ?? []).map((w) => w.replace(/^\*|\*$/g, ''));
    const lines = [...exampleLines, ...words, ...words.map((w) => `x${w}`), ...words.map((w) => `${w.toUpperCase()}2`), ...words.map((w) => ` (${w}).`)];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words, ' ', '(', ')', '.', ':', '/', '-', 'A', 'x', '1', '\t'), fc.string({ maxLength: 3 })), { maxLength: 12 }), (parts) => {
        const line = parts.join('').replace(/[^\x00-\x7f]|\n/g, '');
        return gates.scan(line.trim()) === 0 || mayHoldGateWord(filter, Buffer.from(line, 'latin1'));
      }),
      { numRuns: 3000 },
    );
    for (const line of lines.filter((l) => /^[\x00-\x7f]*$/.test(l))) {
      const mask = gates.scan(line.trim()) | gates.scan(line);
      if (mask !== 0) expect(mayHoldGateWord(filter, Buffer.from(line, 'latin1')), line).toBe(true);
    }
  });

  it('keeps the prefilter table in 16-bit entries, which the byte loop reads fastest', () => {
    expect(gatePrefilter(builtinRules).delta).toBeInstanceOf(Uint16Array);
  });

  it('checks the boundaries of short gate words: "ad" inside a word is no gate word', () => {
    const filter = gatePrefilter(builtinRules);
    expect(mayHoldGateWord(filter, Buffer.from('pedaan dana adalah'))).toBe(false);
    expect(mayHoldGateWord(filter, Buffer.from('AD'))).toBe(true);
    expect(mayHoldGateWord(filter, Buffer.from('an ad.'))).toBe(true);
  });

  it.each([
    ['rule example lines', exampleLines.join('\n') + '\n'],
    ['CRLF and blank runs', exampleLines.map((l, i) => (i % 3 === 0 ? `  ${l} \r\n\r\n\n` : `${l}\r\n`)).join('')],
    ['non-ASCII neighbours', exampleLines.map((l, i) => (i % 2 === 0 ? `${l} …` : l)).join('\n')],
  ])('gives what asking every rule gives: %s', (_, text) => {
    for (const options of [{}, { stripCredits: true }]) {
      const gated = run(text, options);
      const ungated = run(text, { ...options, ungated: true });
      expect(gated.text === ungated.text).toBe(true);
      expect(gated.stats).toEqual(ungated.stats);
    }
  });

  it('hashes an ASCII line as the exact, Unicode path does: copies that differ only in non-ASCII marks are repeats', () => {
    const words = Array.from({ length: 20 }, (_, i) => `Word${i} kata`).join(' ');
    const variants = [
      `${words}.`,
      `${words.replace(/ /g, '\u00a0')}!`, // no-break spaces
      `\u201c${words}\u201d`, // curly quotes
      `${words.toUpperCase()} \u2014`, // a dash
      `\uFEFF${words}`, // an invisible character
      `${words.replace('Word3', 'Word\uFF13')}`, // a full-width digit NFKC folds
    ];
    const { text } = run(['Title', ...variants, 'End.'].join('\n') + '\n');
    expect(text).toBe(`Title\n${variants[0]}\nEnd.\n`);
    // And the other way round: the Unicode copy first, the ASCII one a repeat of it.
    expect(run([variants[2], variants[0]].join('\n')).text).toBe(variants[2]!);
  });

  it('gives the same bytes for very long lines cut across chunks, with and without gates', () => {
    const long = Array.from({ length: 6_000 }, (_, i) => `w${i % 977} ad tag`).join(' ');
    const text = `a\n${long}\n\n${long.toUpperCase()}\nBaca juga: ${long}\n${long} é\n`;
    const whole = run(text);
    for (const chunk of [4096, 65_536]) expect(run(text, {}, chunk).text === whole.text).toBe(true);
    expect(run(text, { ungated: true }).text === whole.text).toBe(true);
    expect(whole.stats.byReason.repeat).toBe(1); // the upper-case copy; the one with a word more stays
    expect(whole.text.startsWith(`a\n${long}\n\n`)).toBe(true);
  });
});

describe('a stream scanned on worker threads', () => {
  // Needs the compiled worker module (npm test builds it first).
  const sequential = (input: Buffer, options = {}) => {
    const out: Buffer[] = [];
    const stats = streamClean(options, [input], null, (b) => void out.push(Buffer.from(b)));
    return { text: Buffer.concat(out), stats };
  };
  const parallel = async (input: Buffer, chunkBytes: number, options = {}) => {
    // The input arrives in chunks of chunkBytes, as reads from a file would give it.
    const dir = mkdtempSync(join(tmpdir(), 'dedupe-pstream-'));
    const file = join(dir, 'in.txt');
    writeFileSync(file, input);
    const out: Buffer[] = [];
    try {
      const stats = await streamFileParallel(file, options, (b) => void out.push(Buffer.from(b)), { jobs: 3, chunkBytes, threadsAtOnce: true });
      return { text: Buffer.concat(out), stats };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const lines = [
    'Judul berita hari ini',
    'loading...',
    'A',
    sentence(30) + '.',
    sentence(20),
    '',
    '   ',
    'ADVERTISEMENT',
    'Baca juga: sesuatu yang lain',
    'Ünïcödé “quoted” — line with ﬁne ligatures and Ｗｉｄｅ letters, long enough to count as a paragraph here.',
    'x'.repeat(3000),
  ];

  it('has its worker module to run (else it would quietly be the stream on one thread)', () => {
    expect(findCompiledModule('stream/worker.js')).not.toBeNull();
  });

  it('gives the bytes and counts of the stream on one thread, wherever the chunks cut the input', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...lines), { maxLength: 40 }),
        fc.constantFrom('\n', '\r\n', '\n\n'),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(1, 7, 64, 1000),
        async (picked, eol, bom, finalEol, chunkBytes) => {
          const input = Buffer.from((bom ? '\ufeff' : '') + picked.join(eol) + (finalEol ? eol : ''), 'utf8');
          expect(await parallel(input, chunkBytes, { stripCredits: true })).toEqual(sequential(input, { stripCredits: true }));
        },
      ),
      { numRuns: 60, seed: 20261127 },
    );
  });

  it('stops at the same bad line as the stream on one thread, having written the same lines before it', async () => {
    const lines = Array.from({ length: 300 }, (_, i) => `${sentence(20)} ${i}.`).join('\n') + '\n';
    for (const bad of [Buffer.from([0xc3, 0x28, 0x0a]), Buffer.from('x\u0000y\n')]) {
      const input = Buffer.concat([Buffer.from(lines), bad, Buffer.from('after\n')]);
      const message = bad.includes(0) ? /line 301 holds a NUL byte/ : /line 301 is not valid UTF-8/;
      const one: Buffer[] = [];
      expect(() => streamClean({}, [input], null, (b) => void one.push(Buffer.from(b)))).toThrow(message);
      expect(Buffer.concat(one).toString()).toBe(lines);
      const dir = mkdtempSync(join(tmpdir(), 'dedupe-pstream-bad-'));
      writeFileSync(join(dir, 'in.txt'), input);
      const many: Buffer[] = [];
      try {
        await expect(streamFileParallel(join(dir, 'in.txt'), {}, (b) => void many.push(Buffer.from(b)), { jobs: 3, chunkBytes: 700, threadsAtOnce: true })).rejects.toThrow(message);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      expect(Buffer.concat(many).toString()).toBe(lines);
    }
  });

  it('refuses UTF-16 as the stream on one thread does', async () => {
    await expect(parallel(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00]), 3)).rejects.toThrow(/UTF-16/);
  });
});
