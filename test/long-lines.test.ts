import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LineBlocks, type LineItem } from '../src/io/line-blocks.js';
import { StreamCleaner } from '../src/stream/stream-cleaner.js';
import { streamFileParallel } from '../src/stream/run-stream.js';
import { cleanJsonlInput } from '../src/jsonl/run-input.js';
import { createCleaner } from '../src/core/clean.js';

// A line too long to hold (a document run together, a file with no line feed) goes through a stream in
// pieces, unjudged: memory stays bounded whatever the input. These tests make "too long" small.

const BIN = join(import.meta.dirname, '..', 'bin', 'dedupe-article.js');
let root: string;
beforeAll(() => (root = mkdtempSync(join(tmpdir(), 'dedupe-long-'))));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const chunksOf = (bytes: Buffer, size: number) => Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));

describe('LineBlocks with a longest line', () => {
  it('hands on every byte once, in order, with line numbers, however the chunks cut it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z ]{0,40}$/), { maxLength: 12 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 30 }),
        (lines, finalEol, chunk, longest) => {
          const text = lines.join('\n') + (finalEol ? '\n' : '');
          const blocks = new LineBlocks(longest);
          const items: LineItem[] = [];
          // Copies: a piece may be a view of the chunk, valid until the next push.
          const copy = (i: LineItem): LineItem => ({ ...i, bytes: Buffer.from(i.bytes) });
          for (const c of chunksOf(Buffer.from(text), chunk)) items.push(...blocks.push(Buffer.from(c)).map(copy));
          const last = blocks.end();
          if (last) items.push(copy(last));
          expect(Buffer.concat(items.map((i) => i.bytes)).toString()).toBe(text);
          // Each line's number: a block's first line, a long line's pieces all name it. Long are the
          // lines longer than `longest` with their line feed, and only those, wherever the chunks cut.
          const long = new Set<number>();
          let lineNo = 1;
          for (const item of items) {
            if (item.long) {
              expect(item.line).toBe(lineNo);
              long.add(lineNo);
              if (item.last) lineNo++;
            } else {
              expect(item.firstLine).toBe(lineNo);
              const n = item.bytes.toString().split('\n').length - 1;
              lineNo += item.bytes.at(-1) === 10 ? n : n + 1;
            }
          }
          const all = text === '' ? [] : text.split('\n').slice(0, finalEol ? -1 : undefined);
          const expected = all.flatMap((line, i) => (line.length + (i < all.length - 1 || finalEol ? 1 : 0) > longest ? [i + 1] : []));
          expect([...long]).toEqual(expected);
        },
      ),
      { numRuns: 300, seed: 1127 },
    );
  });
});

describe('a stream meets a line too long to hold', () => {
  const stream = (text: string | Buffer, chunk: number, longest: number) => {
    const out: Buffer[] = [];
    const cleaner = new StreamCleaner({}, (b) => out.push(Buffer.from(b)), longest);
    for (const c of chunksOf(Buffer.from(text), chunk)) cleaner.push(c);
    const stats = cleaner.end();
    return { text: Buffer.concat(out).toString('utf8'), stats };
  };
  const words = (n: number, seed: number) => Array.from({ length: n }, (_, i) => `w${(i * 7 + seed) % 97}x`).join(' ');

  it('writes it as it is, in its place and layout, and judges the lines around it as usual', () => {
    const long = words(400, 1) + '.';
    const text = `Title\n\nloading...\n${long}\n\nADVERTISEMENT\n\nBody line of the piece.\n`;
    for (const chunk of [1, 7, 64, 4096]) {
      expect(stream(text, chunk, 256).text).toBe(`Title\n\n${long}\n\nBody line of the piece.\n`);
    }
  });

  it('is the stream of the same text with no limit when no rule or repeat would take the long line', () => {
    const pool = ['Title of it', 'ADVERTISEMENT', 'loading...', '', 'A', words(30, 3) + '.', words(12, 5)];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pool), fc.integer({ min: 60, max: 300 }).map((n) => words(n, n))), { maxLength: 25 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.constantFrom(3, 17, 300),
        (lines, eol, finalEol, chunk) => {
          // Each long line once: a repeat of one would be dropped without the limit.
          const unique = lines.filter((l, i) => l.length < 200 || lines.indexOf(l) === i);
          const text = unique.join(eol) + (finalEol ? eol : '');
          expect(stream(text, chunk, 200)).toEqual(stream(text, text.length + 1, Infinity));
        },
      ),
      { numRuns: 40, seed: 20261128 },
    );
  });

  it('never compares it: the same long line twice stays twice', () => {
    const long = words(300, 9);
    expect(stream(`${long}\n${long}\n`, 50, 100).text).toBe(`${long}\n${long}\n`);
    expect(stream(`${long}\n${long}\n`, 50, Infinity).text).toBe(`${long}\n`);
  });

  it('keeps a CR that ends the input, inside a long line or not', () => {
    expect(stream('a\nb\r', 2, Infinity).text).toBe('a\nb\r');
    expect(stream(`a\n${'x'.repeat(50)}\r`, 3, 10).text).toBe(`a\n${'x'.repeat(50)}\r`);
  });

  it('stops at a long line that is not UTF-8, naming it', () => {
    const bad = Buffer.concat([Buffer.from('first\n' + 'y'.repeat(500)), Buffer.from([0xe9]), Buffer.from('z\nafter\n')]);
    expect(() => stream(bad, 64, 100)).toThrow(/line 2 is not valid UTF-8/);
    // A character cut off by the end of the input is not UTF-8 either.
    expect(() => stream(Buffer.concat([Buffer.from('y'.repeat(500)), Buffer.from([0xc3])]), 64, 100)).toThrow(/line 1 is not valid UTF-8/);
  });

  it('gives the same bytes on worker threads', async () => {
    const long = words(2000, 4);
    const text = Array.from({ length: 40 }, (_, i) => (i % 7 === 3 ? `${long} ${i}` : i % 5 === 0 ? 'ADVERTISEMENT' : `${words(20, i)}.`)).join('\n') + '\n';
    const file = join(root, 'mixed.txt');
    writeFileSync(file, text);
    const out: Buffer[] = [];
    await streamFileParallel(file, {}, (b) => void out.push(Buffer.from(b)), { jobs: 3, chunkBytes: 1000, threadsAtOnce: true, longLineBytes: 3000 });
    expect(Buffer.concat(out).toString()).toBe(stream(text, 1000, 3000).text);
  });

  it('holds a line of 3 MiB with no line feed at all in pieces, from the command line, and writes it whole', () => {
    const file = join(root, 'one-line.txt');
    const text = words(300_000, 2);
    writeFileSync(file, text);
    const r = spawnSync(process.execPath, [BIN, '--stream', file], { maxBuffer: 1 << 26 });
    expect(r.status).toBe(0);
    expect(r.stdout.equals(readFileSync(file))).toBe(true);
  });
});

describe('JSONL meets a record too long to hold', () => {
  const jsonl = async (input: string | Buffer, jobs: number, maxRecordBytes?: number) => {
    const out: Buffer[] = [];
    const errors: string[] = [];
    const chunks = chunksOf(Buffer.from(input), 37);
    const totals = await cleanJsonlInput({
      read: () => chunks.shift() ?? null,
      clean: createCleaner({}),
      cleanOptions: {},
      jsonl: { field: 'text', stats: false },
      jobs,
      write: (b) => void out.push(Buffer.from(b)),
      error: (line, message) => void errors.push(`line ${line}: ${message}`),
      maxRecordBytes,
    });
    return { out: Buffer.concat(out), errors, totals };
  };

  it('passes it through unchanged with an error naming its line, and cleans the records around it', async () => {
    const long = JSON.stringify({ text: `Body.\nADVERTISEMENT\n${'z '.repeat(300)}` });
    const input = `{"text":"A\\nADVERTISEMENT\\nB"}\n${long}\n{"text":"C\\nADVERTISEMENT"}\n`;
    for (const jobs of [1, 2]) {
      const r = await jsonl(input, jobs, 100);
      expect(r.out.toString()).toBe(`{"text":"A\\nB"}\n${long}\n{"text":"C"}\n`);
      expect(r.errors).toEqual([expect.stringMatching(/^line 2: longer than .*passed through uncleaned$/)]);
      // -j 2 asked for: this thread and one worker, started at once.
      expect(r.totals).toEqual({ records: 3, changed: 2, errors: 1, workers: jobs - 1 });
    }
  });

  it('writes a record that is not UTF-8 back as the bytes it was', async () => {
    const input = Buffer.concat([Buffer.from('{"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n{"text":"ok"}\n')]);
    for (const jobs of [1, 2]) {
      const r = await jsonl(input, jobs);
      expect(r.out.equals(input)).toBe(true);
      expect(r.errors).toEqual(['line 1: not valid UTF-8']);
    }
  });
});

describe('output into a pipe that fills up', () => {
  it('arrives whole when the reader stops a while and then reads', () => {
    const file = join(root, 'paras.txt');
    const text = Array.from({ length: 60_000 }, (_, i) => `Paragraph ${i} of the dump, long enough to stay as it is.`).join('\n') + '\n';
    writeFileSync(file, text);
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" --stream "${file}" | { sleep 0.3; cat; }`], { maxBuffer: 1 << 26 });
    expect(r.status).toBe(0);
    expect(r.stdout.toString() === text).toBe(true);
  });
});

describe('learning from JSONL meets a record too long to hold', () => {
  it('skips it with an error naming its line, and learns from the rest', async () => {
    const { learnFromJsonl } = await import('../src/learn/learn-pass.js');
    const file = join(root, 'learn.jsonl');
    const promo = 'Subscribe to the morning briefing for more from our newsroom today';
    const records = Array.from({ length: 8 }, (_, i) => JSON.stringify({ text: `Story ${i} begins here with its own words number ${i}.\n${promo}` }));
    records.splice(3, 0, JSON.stringify({ text: `${promo}\n${'q '.repeat(400)}` }));
    writeFileSync(file, records.join('\n') + '\n');
    const r = learnFromJsonl([file], 'text', 6, 200);
    expect(r.errors).toEqual([{ path: file, message: expect.stringMatching(/^line 4: longer than .*; skipped$/) }]);
    expect(r.profile.files).toBe(8);
  });
});
