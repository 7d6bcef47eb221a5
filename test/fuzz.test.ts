import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { isSubsequence } from './support/fixture-pairs.js';

// Fuzzing the whole command (in-process, files mode) over generated articles: paragraphs of pseudo-words,
// boilerplate lines injected, the body captured again (exact copies) and near copies (one word changed),
// any line endings (mixed within a file too), either layout, with or without a final newline.

const word = fc.stringMatching(/^[bcdfghjkmnpqrstvwxz][aeiou][bcdfghjkmnpqrstvwxz][aeiou][a-z]{0,4}$/);
const paragraph = fc.array(word, { minLength: 12, maxLength: 30 }).map((ws) => ws.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.');
// A lone "A" (a font-size button) is among the junk: it goes only beside other chrome, and the
// second cleaning must agree with the first about it.
const junk = fc.constantFrom('loading...', 'ADVERTISEMENT', 'SCROLL TO CONTINUE WITH CONTENT', 'Baca juga: Pqrs tuvw xyza', 'A');
const ending = fc.constantFrom('\n', '\r\n', '\r');

interface Article {
  title: string;
  paragraphs: string[];
  /** Lines in file order, each with its terminator chosen. */
  lines: string[];
  /** For each paragraph, the other forms it may survive as (its near copies). */
  variants: Map<string, string[]>;
}

const article = fc
  .record({
    title: fc.array(word, { minLength: 3, maxLength: 8 }).map((ws) => ws.join(' ')),
    paragraphs: fc.uniqueArray(paragraph, { minLength: 1, maxLength: 8, selector: (p) => p.toLowerCase() }),
    junk: fc.array(fc.tuple(fc.nat(), junk), { maxLength: 6 }),
    copyBody: fc.boolean(),
    near: fc.array(fc.tuple(fc.nat(), fc.nat(), word), { maxLength: 2 }),
    endings: fc.oneof(ending.map((e) => [e]), fc.array(ending, { minLength: 2, maxLength: 5 })),
    blankSeparated: fc.boolean(),
    finalNewline: fc.boolean(),
  })
  .map((g): { text: string; article: Article } => {
    const variants = new Map<string, string[]>(g.paragraphs.map((p) => [p, []]));
    const body = [...g.paragraphs];
    for (const [at, j] of g.junk) body.splice(1 + (at % body.length), 0, j);
    const lines = [g.title, ...body];
    if (g.copyBody) lines.push(...g.paragraphs.slice(1));
    for (const [which, at, replacement] of g.near) {
      const original = g.paragraphs[which % g.paragraphs.length]!;
      const words = original.split(' ');
      words[at % words.length] = replacement;
      const near = words.join(' ');
      if (near === original) continue;
      variants.get(original)!.push(near);
      lines.push(near);
    }
    let text = '';
    lines.forEach((line, i) => {
      const eol = g.endings[i % g.endings.length]!;
      const last = i === lines.length - 1;
      text += line + (last ? (g.finalNewline ? eol : '') : g.blankSeparated ? eol + eol : eol);
    });
    return { text, article: { title: g.title, paragraphs: g.paragraphs, lines, variants } };
  });

const linesOf = (text: string) => text.split(/\r\n|\n|\r/).filter((l) => l !== '');

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await run(args, { console: { out: (s) => void (out += s), err: (s) => void (err += s) }, readStdin: () => Buffer.alloc(0), stdinIsTTY: true, cwd: process.cwd() });
  return { code, out, err };
}

const readAll = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f))]));

let jobsFlag: boolean | undefined;
const hasJobs = async () => (jobsFlag ??= (await cli(['--help'])).out.includes('--jobs'));

describe('the command over generated articles', () => {
  it('keeps every paragraph, outputs a subsequence of the input, is idempotent, and ignores the order of its inputs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(article, { minLength: 1, maxLength: 5 }), fc.nat(), async (articles, seed) => {
        const root = mkdtempSync(join(tmpdir(), 'dedupe-fuzz-'));
        roots.push(root);
        mkdirSync(join(root, 'in'));
        const files = articles.map((a, i) => {
          const path = join(root, 'in', `${String(i).padStart(2, '0')}.txt`);
          writeFileSync(path, a.text);
          return path;
        });
        const shuffled = [...files].sort((a, b) => ((a.length * 31 + seed) % 7) - ((b.length * 31 + seed) % 7) || (seed % 2 ? a.localeCompare(b) : b.localeCompare(a)));

        const first = await cli(['--out-dir', join(root, 'a'), '--quiet', ...files]);
        expect(first.err).toBe('');
        expect(first.code).toBe(0);
        const second = await cli(['--out-dir', join(root, 'b'), '--quiet', ...shuffled]);
        expect(second.code).toBe(0);
        const outA = readAll(join(root, 'a'));
        expect(readAll(join(root, 'b'))).toEqual(outA);

        articles.forEach(({ text, article: a }, i) => {
          const output = outA[`${String(i).padStart(2, '0')}.txt`]!.toString('utf8');
          const kept = linesOf(output);
          expect(isSubsequence(kept, linesOf(text))).toBe(true);
          expect(kept).toContain(a.title);
          for (const p of a.paragraphs) expect([p, ...a.variants.get(p)!].some((form) => kept.includes(form)), p).toBe(true);
        });

        // Idempotent: the clean files have nothing left to change.
        const again = await cli(['--check', '--quiet', join(root, 'a')]);
        expect(again.out).toBe('');
        expect(again.code).toBe(0);

        if (await hasJobs()) {
          const parallel = await cli(['--out-dir', join(root, 'c'), '--quiet', '--jobs', seed % 2 ? '1' : '3', ...shuffled]);
          expect(parallel.code).toBe(0);
          expect(readAll(join(root, 'c'))).toEqual(outA);
        }
        rmSync(root, { recursive: true, force: true });
      }),
      { numRuns: 30 },
    );
  });

  it('--write gives the same bytes as --out-dir and as standard output', async () => {
    await fc.assert(
      fc.asyncProperty(article, async ({ text }) => {
        const root = mkdtempSync(join(tmpdir(), 'dedupe-fuzz-'));
        roots.push(root);
        writeFileSync(join(root, 'x.txt'), text);
        const stdout = (await cli([join(root, 'x.txt')])).out;
        await cli(['--out-dir', join(root, 'out'), '--quiet', join(root, 'x.txt')]);
        await cli(['--write', '--quiet', join(root, 'x.txt')]);
        expect(readFileSync(join(root, 'x.txt'), 'utf8')).toBe(stdout);
        expect(readFileSync(join(root, 'out', 'x.txt'), 'utf8')).toBe(stdout);
        rmSync(root, { recursive: true, force: true });
      }),
      { numRuns: 30 },
    );
  });
});
