import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boilerplateOf, LineCounter, MAX_PROFILE_BYTES, mergeProfiles, minFilesFor, readProfile, type Profile } from '../src/learn/profile.js';
import { writeProfile } from '../src/learn/output.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'dedupe-article.js');
// A time limit: before the fix, a named pipe as --profile kept the run waiting for a writer for ever.
const bin = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 20_000 });

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

describe('learn -o never replaces what it reads, and says why it cannot write', () => {
  const snapshot = () => readdirSync(join(root, 'site', 'p1')).map((f) => [f, readFileSync(join(root, 'site', 'p1', f), 'utf8')]);
  const oneLine = (stderr: string) => {
    expect(stderr.endsWith('\n')).toBe(true);
    expect(stderr.slice(0, -1)).not.toContain('\n');
    expect(stderr).not.toContain('.tmp');
  };

  it.each([
    ['an input by its own name', ['learn', 'site', '-o', join('site', 'p1', '0.txt')], /^dedupe-article learn: site\/p1\/0\.txt: is one of the files learned from; the profile would overwrite it: give -o another file\n$/],
    ['an input spelled another way', ['learn', 'site', '-o', './site/p2/../p1/1.txt'], /: is one of the files learned from; /],
    ['a link to an input', ['learn', 'site', '-o', 'link-to-input.txt'], /^dedupe-article learn: link-to-input\.txt: is one of the files learned from \(as site\/p1\/2\.txt\); /],
    ['a hard link to an input', ['learn', 'site', '-o', 'hard-link.txt'], /^dedupe-article learn: hard-link\.txt: is one of the files learned from \(as site\/p1\/3\.txt\); /],
    ['a JSONL input', ['learn', '--jsonl', 'records.jsonl', '-o', 'records.jsonl'], /^dedupe-article learn: records\.jsonl: is one of the files learned from; /],
    ['a profile merged', ['learn', '--merge', 'p1.json', 'p2.json', '-o', 'p2.json'], /^dedupe-article learn: p2\.json: is one of the profiles merged; /],
  ])('refuses an -o that is %s: exit 2, one line, nothing written', (_name, args, message) => {
    if (!existsSync(join(root, 'link-to-input.txt'))) symlinkSync(join('site', 'p1', '2.txt'), join(root, 'link-to-input.txt'));
    if (!existsSync(join(root, 'hard-link.txt'))) linkSync(join(root, 'site', 'p1', '3.txt'), join(root, 'hard-link.txt'));
    const before = snapshot();
    const records = readFileSync(join(root, 'records.jsonl'), 'utf8');
    const p2 = readFileSync(join(root, 'p2.json'), 'utf8');
    const r = bin(args, root);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    oneLine(r.stderr);
    expect(snapshot()).toEqual(before);
    expect(readFileSync(join(root, 'records.jsonl'), 'utf8')).toBe(records);
    expect(readFileSync(join(root, 'p2.json'), 'utf8')).toBe(p2);
  });

  it.each([
    ['an existing folder', ['-o', 'site'], 'dedupe-article learn: site: is a directory: -o names the profile file to write\n'],
    ['a file in a folder that does not exist', ['-o', 'nope/p.json'], 'dedupe-article learn: nope/p.json: cannot be written: no such folder\n'],
    ['a file under a file', ['-o', 'all.json/p.json'], 'dedupe-article learn: all.json/p.json: cannot be written: all.json is a file, not a folder\n'],
    ['an empty name (an unset shell variable)', ['-o', ''], 'dedupe-article learn: -o needs a file name, not an empty one (an unset shell variable?)\n'],
  ])('refuses -o naming %s before learning, in one line naming it', (_name, output, stderr) => {
    const r = bin(['learn', 'site', ...output], root);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(stderr);
    expect(r.stdout).toBe('');
  });

  it('refuses an empty path to learn from (an unset shell variable)', () => {
    const r = bin(['learn', '', '-o', 'never.json'], root);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('dedupe-article learn: a path is empty (an unset shell variable?)\n');
    expect(existsSync(join(root, 'never.json'))).toBe(false);
  });

  it('a write that fails after the checks (a folder put there meanwhile) names -o as given, not the temp file', () => {
    mkdirSync(join(root, 'became-a-folder'));
    expect(() => writeProfile('became-a-folder', root, '{}')).toThrow(/^became-a-folder: cannot be written: is a directory$/);
    expect(() => writeProfile(join('gone', 'p.json'), root, '{}')).toThrow(/^gone\/p\.json: cannot be written: no such folder$/);
  });
});

describe('profile counts', () => {
  const profile = (files: unknown, lineFiles: unknown) => `{"format":"dedupe-article-profile","version":1,"files":${files},"minWords":4,"lines":[{"text":"x y z w","files":${lineFiles}}]}`;

  it.each([
    ['a negative line count', profile(6, -6), /neg\.json: lines\[0\]\.files: expected a whole number from 0 to 9,007,199,254,740,991, got -6\n$/],
    ['a fractional file count', profile(2.5, 2), /neg\.json: files: expected a whole number from 0 to 9,007,199,254,740,991, got 2\.5\n$/],
    ['a count too large to add up exactly', profile(1e308, 1e308), /neg\.json: files: expected a whole number .*, got 1e\+308\n$/],
  ])('--profile refuses %s with one line naming the file', (_name, content, message) => {
    writeFileSync(join(root, 'neg.json'), content);
    const r = bin(['--profile', 'neg.json', join('site', 'p1', '0.txt')], root);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd()).not.toContain('\n');
  });

  it('merge refuses counts that add up past Number.MAX_SAFE_INTEGER: exit 2, one line, nothing written', () => {
    const half = 2 ** 52;
    writeFileSync(join(root, 'half.json'), profile(half, 3));
    writeFileSync(join(root, 'half-line.json'), profile(3, half));
    for (const [input, what] of [['half.json', 'their "files" counts'], ['half-line.json', 'the counts of the line "x y z w"']] as const) {
      const r = bin(['learn', '--merge', input, input, '-o', 'overflow.json'], root);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`dedupe-article learn: cannot merge the profiles: ${what} add up past 9,007,199,254,740,991, the largest count a profile holds\n`);
      expect(existsSync(join(root, 'overflow.json'))).toBe(false);
    }
    // Up to the limit, they add up exactly.
    const p = (files: number): Profile => ({ format: 'dedupe-article-profile', version: 1, files, minWords: 4, lines: [] });
    expect(mergeProfiles([p(half), p(half - 1)]).files).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe.skipIf(process.platform === 'win32')('a --profile that is not a regular file', () => {
  it('a named pipe is refused at once with one line (it waited for a writer for ever)', () => {
    const pipe = join(root, 'pipe.json');
    if (!existsSync(pipe)) expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    const r = bin(['--profile', 'pipe.json', join('site', 'p1', '0.txt')], root);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('dedupe-article: pipe.json: cannot read the profile: is a named pipe, not a regular file\n');
  });

  it('one past the size cap is refused from its size, before it is read', () => {
    const path = join(root, 'huge.json');
    writeFileSync(path, '');
    truncateSync(path, MAX_PROFILE_BYTES + 1); // sparse: nothing is written
    expect(() => readProfile(path)).toThrow(/huge\.json: cannot read the profile: is larger than 256 MiB, the most a profile may be$/);
  });

  it.each([['missing', undefined], ['a string', '4'], ['zero', 0]])('a profile whose minWords is %s is refused (a merge wrote it as null)', (_, minWords) => {
    const path = join(root, 'no-min-words.json');
    writeFileSync(path, JSON.stringify({ format: 'dedupe-article-profile', version: 1, files: 10, minWords, lines: [] }));
    expect(() => readProfile(path)).toThrow(/no-min-words\.json: minWords: expected a whole number of 1 or more/);
  });
});

describe('learn --jsonl and byte order marks', () => {
  it('takes a record that starts with a BOM, first in the file or after a join, as --jsonl cleaning does', () => {
    const BOM = '\uFEFF';
    const records = Array.from({ length: 4 }, (_, i) => JSON.stringify({ id: i, text: page(i) }));
    writeFileSync(join(root, 'bom.jsonl'), `${BOM}${records[0]}\n${records[1]}\n${BOM}${records[2]}\n${records[3]}\n`);
    const r = bin(['learn', '--jsonl', 'bom.jsonl', '-o', 'bom.json'], root);
    expect(r.stderr).toBe('dedupe-article learn: 4 files, 2 recurring lines; 1 stand in at least 3 files and will be removed\n');
    expect(r.status).toBe(0);
    expect(profileAt('bom.json').lines.find((l) => l.text === FOOTER.toLowerCase())?.files).toBe(4);
  });
});
