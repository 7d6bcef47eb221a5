import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boilerplateOf, LineCounter, mergeProfiles, minFilesFor, type Profile } from '../src/learn/profile.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'dedupe-article.js');
const bin = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });

// A site's footer no rule knows, on every page; a dateline city and a team name that recur as content;
// one sentence shared by just two articles (a quote): only the footer is boilerplate.
const FOOTER = 'Zorblat Weekly brings quibbles and wobbles to your doorstep';
const SHARED_QUOTE = 'We will keep fighting until the very end, the coach said.';
const body = (i: number) => `Article number ${i} tells its own story with its own words and numbers ${i * 17}.`;
function page(i: number): string {
  return [`Headline ${i}`, 'Jakarta', 'Persiba Balikpapan', body(i), ...(i < 2 ? [SHARED_QUOTE] : []), FOOTER].join('\n') + '\n';
}

let root: string;
const N = 10;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dedupe-learn-'));
  for (let i = 0; i < N; i++) {
    const part = i < N / 2 ? 'p1' : 'p2';
    mkdirSync(join(root, 'site', part), { recursive: true });
    writeFileSync(join(root, 'site', part, `${i}.txt`), page(i));
  }
  // The same article saved again: its lines must not count twice.
  writeFileSync(join(root, 'site', 'p1', 'copy-of-0.txt'), page(0));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const profileAt = (path: string): Profile => JSON.parse(readFileSync(join(root, path), 'utf8'));

describe('site boilerplate learned from a batch', () => {
  it('learn counts the files each long line stands in, a copied article once, and saves a profile', () => {
    const r = bin(['learn', 'site', '-o', 'all.json'], root);
    expect(r.status).toBe(0);
    const p = profileAt('all.json');
    expect(p).toMatchObject({ format: 'dedupe-article-profile', version: 1, files: N, minWords: 4 });
    expect(p.lines.find((l) => l.text === FOOTER.toLowerCase())?.files).toBe(N);
    expect(p.lines.find((l) => l.text === SHARED_QUOTE.toLowerCase())?.files).toBe(2);
    // Short lines are never learned: names, cities and link fragments recur as content.
    expect(p.lines.some((l) => l.text === 'jakarta' || l.text === 'persiba balikpapan')).toBe(false);
    expect(r.stderr).toMatch(/10 files, 2 recurring lines; 1 stand in at least 3 files/);
  });

  it('--profile removes the learned footer and nothing else', () => {
    const r = bin(['--profile', 'all.json', join('site', 'p1', '0.txt')], root);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(page(0).replace(`${FOOTER}\n`, ''));
  });

  it('--learn does both passes in one run, as learn then --profile does', () => {
    const once = bin(['--learn', 'site', '--out-dir', 'out-learn'], root);
    const twice = bin(['--profile', 'all.json', 'site', '--out-dir', 'out-profile'], root);
    expect(once.status).toBe(0);
    expect(twice.status).toBe(0);
    expect(once.stderr).toMatch(/learned 1 boilerplate line from 10 files/);
    for (const f of ['p1/0.txt', 'p2/7.txt']) {
      const text = readFileSync(join(root, 'out-learn', f), 'utf8');
      expect(text).toBe(readFileSync(join(root, 'out-profile', f), 'utf8'));
      expect(text).not.toContain(FOOTER);
      expect(text).toContain('Jakarta\nPersiba Balikpapan\n');
    }
    expect(readFileSync(join(root, 'out-learn', 'p1/0.txt'), 'utf8')).toContain(SHARED_QUOTE);
  });

  it('profiles learned on partitions merge by adding counts', () => {
    expect(bin(['learn', join('site', 'p1'), '-o', 'p1.json', '-q'], root).status).toBe(0);
    expect(bin(['learn', join('site', 'p2'), '-o', 'p2.json', '-q'], root).status).toBe(0);
    const r = bin(['learn', '--merge', 'p1.json', 'p2.json', '-o', 'merged.json', '-q'], root);
    expect(r.status).toBe(0);
    const merged = profileAt('merged.json');
    const all = profileAt('all.json');
    expect(merged.files).toBe(all.files);
    expect(merged.lines.find((l) => l.text === FOOTER.toLowerCase())?.files).toBe(N);
    expect(boilerplateOf(merged)).toEqual(boilerplateOf(all));
  });

  it('learns from JSONL records (each one an article) for --jsonl runs on a cluster', () => {
    const records = Array.from({ length: N }, (_, i) => JSON.stringify({ id: i, text: page(i) }));
    writeFileSync(join(root, 'records.jsonl'), [...records, '{"id": "no text"}'].join('\n') + '\n');
    const r = bin(['learn', '--jsonl', 'records.jsonl', '-o', 'jsonl.json'], root);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/records\.jsonl: line 11: not a JSON record with a string "text" field; skipped/);
    expect(boilerplateOf(profileAt('jsonl.json'))).toEqual(boilerplateOf(profileAt('all.json')));
    const cleaned = bin(['--jsonl', '--profile', 'jsonl.json', 'records.jsonl'], root);
    expect(JSON.parse(cleaned.stdout.split('\n')[3]!).text).toBe(page(3).replace(`${FOOTER}\n`, ''));
  });

  it('refuses a file that is not a profile', () => {
    writeFileSync(join(root, 'bad.json'), '{"lines": []}');
    const r = bin(['--profile', 'bad.json', join('site', 'p1', '0.txt')], root);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.json: not a dedupe-article profile/);
  });
});

describe('the thresholds', () => {
  it('need 3 files, and 1% of the files of large batches', () => {
    const p = (files: number): Profile => ({ format: 'dedupe-article-profile', version: 1, files, minWords: 4, lines: [] });
    expect(minFilesFor(p(80))).toBe(3);
    expect(minFilesFor(p(20_000))).toBe(200);
    expect(minFilesFor(p(20_000), 5)).toBe(5);
  });

  it('a counter past its capacity forgets the rarest lines first, never a frequent one', () => {
    const counter = new LineCounter(100);
    for (let f = 0; f < 50; f++) counter.addFile(['the footer of every page here', ...Array.from({ length: 10 }, (_, k) => `line ${f} ${k} once only`)]);
    const profile = counter.toProfile(4);
    expect(profile.lines[0]).toEqual({ text: 'the footer of every page here', files: 50 });
    expect(mergeProfiles([profile, profile]).lines[0]!.files).toBe(100);
  });
});
