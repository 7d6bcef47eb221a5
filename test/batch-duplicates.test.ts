import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', 'bin', 'dedupe-article.js');
const bin = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });

const words = (n: number, salt: string) => Array.from({ length: n }, (_, i) => `w${salt}${(i * 7919) % 1000}`).join(' ');
const story = (salt: string) => [`Headline of story ${salt}`, `${words(40, salt)}.`, `${words(35, salt + 'b')}.`, `${words(30, salt + 'c')}.`].join('\n') + '\n';
const original = story('a');
// The same article saved again with a word changed and the site's junk around it: a near copy.
const nearCopy = 'loading...\n' + original.replace('wa7', 'changed') + 'ADVERTISEMENT\n';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dedupe-dups-'));
  mkdirSync(join(root, 'in'));
  writeFileSync(join(root, 'in', '1-original.txt'), original);
  writeFileSync(join(root, 'in', '2-other.txt'), story('z'));
  writeFileSync(join(root, 'in', '3-exact.txt'), original);
  writeFileSync(join(root, 'in', '4-near.txt'), nearCopy);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the same article saved twice in a batch', () => {
  it.each([['-j', '1'], ['-j', '3']])('is reported (exact and near copies), and still cleaned (%s %s)', (...jobs) => {
    const r = bin([...jobs, 'in', '--out-dir', `out${jobs[1]}`], root);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/in\/3-exact\.txt: the same article as in\/1-original\.txt \(an exact copy after cleaning\)/);
    expect(r.stderr).toMatch(/in\/4-near\.txt: the same article as in\/1-original\.txt \(a near copy after cleaning\)/);
    expect(r.stderr).not.toMatch(/2-other/);
    expect(existsSync(join(root, `out${jobs[1]}`, '3-exact.txt'))).toBe(true);
  });

  it('is skipped with --skip-duplicate-articles: not written, counted as skipped', () => {
    const r = bin(['in', '--out-dir', 'skip', '--skip-duplicate-articles'], root);
    expect(r.status).toBe(0);
    expect(existsSync(join(root, 'skip', '1-original.txt'))).toBe(true);
    expect(existsSync(join(root, 'skip', '2-other.txt'))).toBe(true);
    expect(existsSync(join(root, 'skip', '3-exact.txt'))).toBe(false);
    expect(existsSync(join(root, 'skip', '4-near.txt'))).toBe(false);
    expect(r.stderr).toMatch(/warning: in\/4-near\.txt: the same article as in\/1-original\.txt \(a near copy after cleaning\); skipped/);
    expect(r.stderr).toMatch(/4 files: .*2 skipped/);
  });

  it('is left out of standard output with --skip-duplicate-articles', () => {
    const r = bin(['in', '--skip-duplicate-articles', '-q'], root);
    expect(r.stdout.match(/^Headline of story a$/gm)).toHaveLength(1);
    expect(r.stdout.match(/^Headline of story z$/gm)).toHaveLength(1);
  });

  it('is not what two files that clean to nothing are: neither is reported or skipped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dedupe-empty-'));
    try {
      mkdirSync(join(dir, 'in'));
      for (const [name, text] of [['1.txt', ''], ['2.txt', 'loading...\nADVERTISEMENT\n'], ['3.txt', '\n\n'], ['4.txt', original]]) writeFileSync(join(dir, 'in', name!), text!);
      const r = bin(['in', '--out-dir', 'out', '--skip-duplicate-articles'], dir);
      expect(r.status).toBe(0);
      expect(r.stderr).not.toMatch(/same article/);
      for (const name of ['1.txt', '2.txt', '3.txt', '4.txt']) expect(existsSync(join(dir, 'out', name))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is not reported under --quiet', () => {
    expect(bin(['in', '-q'], root).stderr).toBe('');
  });
});

describe('DuplicateIndex', () => {
  const para = (salt: string, n: number) => Array.from({ length: n }, (_, i) => `k${salt}${(i * 7919) % 997}`).join(' ');
  it('tells exact copies, near copies and different articles on the same story apart', async () => {
    const { DuplicateIndex } = await import('../src/batch/duplicates.js');
    const { signatureOf } = await import('../src/core/signature.js');
    const index = new DuplicateIndex();
    const a = [para('a', 80), para('b', 80), para('c', 80)].join('\n');
    expect(index.check(signatureOf(a))).toBeNull();
    expect(index.check(signatureOf(a.toUpperCase()))).toEqual({ of: 0, kind: 'exact' });
    expect(index.check(signatureOf(a.replace('ka', 'zz')))).toEqual({ of: 0, kind: 'near' });
    // Shares a third of its text with the first (a quote, a background paragraph): another article.
    expect(index.check(signatureOf([para('a', 80), para('x', 80), para('y', 80)].join('\n')))).toBeNull();
    // Too short for a MinHash: exact only.
    expect(index.check(signatureOf('Short note here.'))).toBeNull();
    expect(index.check(signatureOf('short  NOTE here'))).toEqual({ of: 4, kind: 'exact' });
    expect(index.check(signatureOf('Short note there.'))).toBeNull();
  });
});
