import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldSpan } from '../src/jsonl/field-span.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'dedupe-article.js');
const bin = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 26 });

const DIRTY = 'Headline\nloading...\nThe body of the article, kept.\nADVERTISEMENT\n';
const CLEAN = 'Headline\nThe body of the article, kept.\n';

// Other fields spelled as a JSON serialiser would not: they must come out byte for byte.
const records = [
  `{"id": 1, "score":1.50, "url":"https:\\/\\/example.org\\/a", "text": ${JSON.stringify(DIRTY)}, "meta": {"text": "nested, not touched", "tags": ["x", "y"]}}`,
  '{"id": 2, "text": not json}',
  '{"id": 3, "title": "no text field"}',
  `{"id":4,"text":${JSON.stringify(CLEAN)},"big":12345678901234567890,"name":"caf\\u00e9"}`,
  '["an", "array"]',
  `{"id":6,"body":${JSON.stringify(DIRTY)},"text":7}`,
];

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dedupe-jsonl-'));
  writeFileSync(join(root, 'a.jsonl'), records.join('\n') + '\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('--jsonl', () => {
  it('cleans the text field of each record and leaves every other byte as it was', () => {
    const r = bin(['--jsonl'], records.join('\n') + '\n');
    const out = r.stdout.split('\n');
    expect(out).toHaveLength(records.length + 1);
    expect(out[0]).toBe(records[0]!.replace(JSON.stringify(DIRTY), JSON.stringify(CLEAN)));
    expect(out[3]).toBe(records[3]);
  });

  it('writes a cleaned text with U+0085, U+2028 and U+2029 escaped: a reader that splits at every line break keeps the record whole', () => {
    const text = 'Headline\nPrices rose.\u2028The minister spoke.\u0085Then\u2029more.\nloading...\n';
    const r = bin(['--jsonl'], `{"text":${JSON.stringify(text)}}\n`);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0085\u2028\u2029]/);
    expect(r.stdout).toBe('{"text":"Headline\\nPrices rose.\\u2028The minister spoke.\\u0085Then\\u2029more.\\n"}\n');
    expect(JSON.parse(r.stdout).text).toBe(text.replace('loading...\n', ''));
  });

  it('names the line of each bad record, passes it through unchanged, goes on, and exits 2', () => {
    const r = bin(['--jsonl'], records.join('\n') + '\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^dedupe-article: <stdin>: line 2: not valid JSON/m);
    expect(r.stderr).toMatch(/^dedupe-article: <stdin>: line 3: no "text" field$/m);
    expect(r.stderr).toMatch(/^dedupe-article: <stdin>: line 5: not a JSON object$/m);
    expect(r.stderr).toMatch(/^dedupe-article: <stdin>: line 6: "text" is not a string$/m);
    expect(r.stderr).not.toMatch(/line (1|4):/);
    const out = r.stdout.split('\n');
    for (const i of [1, 2, 4, 5]) expect(out[i]).toBe(records[i]);
  });

  it('cleans another field with --field, and reads files given as paths', () => {
    const r = bin(['--jsonl', '--field', 'body', join(root, 'a.jsonl')]);
    const out = r.stdout.split('\n');
    expect(out[5]).toBe(records[5]!.replace(JSON.stringify(DIRTY), JSON.stringify(CLEAN)));
    expect(r.stderr).toMatch(/a\.jsonl: line 1: no "body" field/);
  });

  it('adds the stats of each record with --stats', () => {
    const r = bin(['--jsonl', '--stats'], records[0] + '\n' + records[3] + '\n');
    expect(r.status).toBe(0);
    const [first, second] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(first.dedupe_stats).toMatchObject({ linesIn: 4, linesRemoved: 2 });
    expect(first.meta).toEqual({ text: 'nested, not touched', tags: ['x', 'y'] });
    expect(second.dedupe_stats.linesRemoved).toBe(0);
  });

  it('--stats replaces a "dedupe_stats" the record has already (output fed through again) where it stands, never adding a second key', () => {
    const input = `{"id": 1, "dedupe_stats": {"old": [1, "}"]}, "text": ${JSON.stringify(DIRTY)}}\n{"text":${JSON.stringify(CLEAN)},"dedupe_stats":null}\n`;
    const r = bin(['--jsonl', '--stats'], input);
    expect(r.status).toBe(0);
    const out = r.stdout.trimEnd().split('\n');
    for (const line of out) expect(line.match(/"dedupe_stats"/g)).toHaveLength(1);
    const [first, second] = out.map((l) => JSON.parse(l));
    expect(first.dedupe_stats).toMatchObject({ linesIn: 4, linesRemoved: 2 });
    expect(out[0]).toBe(`{"id": 1, "dedupe_stats": ${JSON.stringify(first.dedupe_stats)}, "text": ${JSON.stringify(CLEAN)}}`);
    expect(out[1]).toBe(`{"text":${JSON.stringify(CLEAN)},"dedupe_stats":${JSON.stringify(second.dedupe_stats)}}`);
    expect(second.dedupe_stats.linesRemoved).toBe(0);
  });

  it('keeps one record a line in order: a record without a final newline, CRLF lines and blank lines', () => {
    const input = `${records[0]}\r\n\n${records[3]}`;
    const r = bin(['--jsonl'], input);
    expect(r.stdout).toBe(`${records[0]!.replace(JSON.stringify(DIRTY), JSON.stringify(CLEAN))}\r\n\n${records[3]}`);
  });

  it('keeps a byte order mark where a record starts with one (files joined with cat), at the start and inside', () => {
    const BOM = '\uFEFF';
    const input = `${BOM}${JSON.stringify({ text: DIRTY })}\n${BOM}${JSON.stringify({ id: 2, text: 'Kept as it is.' })}\n`;
    const r = bin(['--jsonl'], input);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${BOM}${JSON.stringify({ text: CLEAN })}\n${BOM}${JSON.stringify({ id: 2, text: 'Kept as it is.' })}\n`);
  });

  it('gives the same bytes on 1 and 3 worker threads over blocks of records, bad ones named by their line', () => {
    const many = Array.from({ length: 1500 }, (_, i) => (i % 500 === 7 ? '{"broken": ' : JSON.stringify({ id: i, pad: 'x'.repeat(2000), text: DIRTY.replace('Headline', `Headline ${i}`) })));
    const input = many.join('\n') + '\n';
    const one = bin(['--jsonl', '-j', '1'], input);
    const three = bin(['--jsonl', '-j', '3'], input);
    expect(one.status).toBe(2);
    expect(three.stdout === one.stdout).toBe(true);
    expect(three.stderr).toBe(one.stderr);
    expect(one.stderr.match(/line (\d+):/g)).toEqual(['line 8:', 'line 508:', 'line 1008:']);
    expect(one.stdout.split('\n')[1499]).toContain(JSON.stringify(CLEAN.replace('Headline', 'Headline 1499')));
  });

  it('passes a text of more lines than any article through uncleaned, named by its line (cleaned whole, 2 million lines took 2.3 GB)', () => {
    const many = 'ADVERTISEMENT\nrow\n'.repeat(60_000);
    const input = [JSON.stringify({ id: 1, text: many }), JSON.stringify({ id: 2, text: DIRTY }), JSON.stringify({ id: 3, text: many.replaceAll('\n', '\r') })].join('\n') + '\n';
    const r = bin(['--jsonl'], input);
    expect(r.stdout).toBe([JSON.stringify({ id: 1, text: many }), JSON.stringify({ id: 2, text: CLEAN }), JSON.stringify({ id: 3, text: many.replaceAll('\n', '\r') })].join('\n') + '\n');
    expect(r.stderr).toBe('dedupe-article: <stdin>: line 1: "text" has more than 100,000 lines (no article has); passed through uncleaned\ndedupe-article: <stdin>: line 3: "text" has more than 100,000 lines (no article has); passed through uncleaned\n');
    expect(r.status).toBe(2);
  });

  it('is refused with --out-dir', () => {
    const r = bin(['--jsonl', '--out-dir', 'o', 'a.jsonl']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--jsonl writes to standard output/);
  });
});

describe('fieldSpan', () => {
  it.each([
    ['{"text":"a"}', 'text', '"a"'],
    ['{ "a" : {"text": "no"} , "text" : "yes" }', 'text', '"yes"'],
    ['{"t\\u0065xt":"escaped key"}', 'text', '"escaped key"'],
    ['{"a":"}\\"text\\":","text":[1,{"b":"]"}]}', 'text', '[1,{"b":"]"}]'],
    ['{"text":1,"text":"last wins"}', 'text', '"last wins"'],
    ['{"a":1}', 'text', null],
  ])('%s', (json, field, value) => {
    const span = fieldSpan(json, field);
    expect(span && json.slice(span.start, span.end)).toBe(value);
  });
});
