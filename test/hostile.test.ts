import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempFolders } from './support/harness.js';
import { clean, type Cleaner } from '../src/core/clean.js';
import { processFile } from '../src/cli/process-file.js';
import type { CliOptions } from '../src/cli/options.js';
import { versionOf, writeAtomically } from '../src/io/write-atomic.js';

// Hostile input and faults: each case ends with a one-line message naming the file and the cause, the
// right exit code, every other file processed, and nothing damaged.

const BIN = join(import.meta.dirname, '..', 'bin', 'dedupe-article.js');
const DIRTY = 'A dirty headline\nloading...\nA paragraph that stays where it is, once, after the cleaning.\n';
const DIRTY_OUT = 'A dirty headline\nA paragraph that stays where it is, once, after the cleaning.\n';

const folder = tempFolders('hostile');
const cli = runInProcess;

/** The built bin in `cwd`: for cases about how a shell hands over names. */
function bin(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const tempFilesIn = (dir: string) => readdirSync(dir, { recursive: true }).map(String).filter((f) => f.includes('.dedupe-article-'));

describe('encodings', () => {
  // “Kutipan” café €5 in windows-1252: 0x93 0x94 quotes, 0xE9 é, 0x80 €.
  const CP1252 = bytes('Judul berita\n', 'loading...\n', [0x93], 'Kutipan', [0x94], ' caf', [0xe9], ' ', [0x80], '5 dan kalimat panjang yang tetap.\n');
  const CP1252_OUT = bytes('Judul berita\n', [0x93], 'Kutipan', [0x94], ' caf', [0xe9], ' ', [0x80], '5 dan kalimat panjang yang tetap.\n');

  // Well-formed in shape but not UTF-8: a surrogate (ED A0 80), an overlong form (E0 80 80), past U+10FFFF (F4 90 80 80).
  it.each([
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['an overlong form', [0xe0, 0x80, 0x80]],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ])('names the offset where %s starts', async (_, seq) => {
    const dir = folder({ 'bad.txt': bytes('abcd', seq, ' defg\n') });
    const r = await cli([join(dir, 'bad.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.txt: is not valid UTF-8 \(first bad byte at offset 4\)/);
  });

  it('refuses invalid UTF-8 naming the file, the offset and --encoding; other files are still written', async () => {
    const dir = folder({ 'bad.txt': CP1252, 'good.txt': DIRTY });
    const r = await cli(['--write', join(dir, 'bad.txt'), join(dir, 'good.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.txt: is not valid UTF-8 \(first bad byte at offset 24\); .*--encoding windows-1252/);
    expect(r.err.split('\n').filter((l) => l.includes('bad.txt'))).toHaveLength(1);
    expect(readFileSync(join(dir, 'bad.txt'))).toEqual(CP1252);
    expect(readFileSync(join(dir, 'good.txt'), 'utf8')).toBe(DIRTY_OUT);
  });

  it('--encoding windows-1252 decodes faithfully and writes back in windows-1252', async () => {
    const dir = folder({ 'old.txt': CP1252 });
    const r = await cli(['--write', '--encoding', 'windows-1252', join(dir, 'old.txt')]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'old.txt'))).toEqual(CP1252_OUT);
  });

  it('--encoding windows-1252 to stdout gives the text as UTF-8, with the real characters', async () => {
    const dir = folder({ 'old.txt': CP1252 });
    const r = await cli(['--encoding', 'cp1252', join(dir, 'old.txt')]);
    expect(r.out).toBe('Judul berita\n“Kutipan” café €5 dan kalimat panjang yang tetap.\n');
  });

  it('--encoding latin1 round-trips every byte, C1 controls included', async () => {
    const all = bytes('Judul\n', 'loading...\n', Array.from({ length: 96 }, (_, i) => 0xa0 + (i % 96)), ' ', [0x85, 0x9f], '\n');
    const dir = folder({ 'l1.txt': all });
    const r = await cli(['--write', '--encoding', 'latin1', join(dir, 'l1.txt')]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'l1.txt'))).toEqual(bytes('Judul\n', Array.from({ length: 96 }, (_, i) => 0xa0 + (i % 96)), ' ', [0x85, 0x9f], '\n'));
  });

  it.each([
    ['utf-16le', (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])],
    ['utf-16be', (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()])],
  ])('a %s file with a BOM is read and written back as %s with its BOM', async (_name, encode) => {
    const text = 'Judul 日本 😀\r\nloading...\r\nIsi berita yang panjang, dengan emoji 🎉 dan kata.\r\n';
    const dir = folder({ 'u16.txt': encode(text) });
    const r = await cli(['--write', join(dir, 'u16.txt')]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'u16.txt'))).toEqual(encode('Judul 日本 😀\r\nIsi berita yang panjang, dengan emoji 🎉 dan kata.\r\n'));
  });

  it('UTF-16 without a BOM needs --encoding utf-16le; then it round-trips', async () => {
    const dir = folder({ 'nobom.txt': Buffer.from(DIRTY, 'utf16le') });
    const refused = await cli(['--check', join(dir, 'nobom.txt')]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/nobom\.txt: looks binary/);
    const r = await cli(['--write', '--encoding', 'utf-16le', join(dir, 'nobom.txt')]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'nobom.txt'))).toEqual(Buffer.from(DIRTY_OUT, 'utf16le'));
  });

  it('multi-megabyte windows-1252 and UTF-16 files round-trip in their encoding', async () => {
    let text = 'Judul\nloading...\n';
    for (let i = 0; i < 3; i++) text += `Kalimat “café” nomor ${i} € `.repeat(40_000) + '\n';
    const toCp1252 = (t: string) => Buffer.from(t.replaceAll('“', '\u0093').replaceAll('”', '\u0094').replaceAll('€', '\u0080'), 'latin1');
    const cp1252 = toCp1252(text);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(cp1252.length).toBeGreaterThan(2 * 1024 * 1024);
    const dir = folder({ 'cp.txt': cp1252, 'u16.txt': utf16 });
    expect((await cli(['--write', '--encoding', 'windows-1252', join(dir, 'cp.txt')])).code).toBe(0);
    expect((await cli(['--write', join(dir, 'u16.txt')])).code).toBe(0);
    const clean = text.replace('loading...\n', '');
    expect(readFileSync(join(dir, 'cp.txt')).equals(toCp1252(clean))).toBe(true);
    expect(readFileSync(join(dir, 'u16.txt')).equals(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(clean, 'utf16le')]))).toBe(true);
  });

  it('an odd-length UTF-16 file is refused, not padded', async () => {
    const dir = folder({ 'odd.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab', 'utf16le'), Buffer.from([0x41])]) });
    const r = await cli([join(dir, 'odd.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/odd\.txt: is not valid UTF-16LE \(odd number of bytes\)/);
  });

  it('an unknown --encoding is a usage error', async () => {
    const r = await cli(['--encoding', 'ebcdic', '-'], { stdin: DIRTY });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--encoding: unknown encoding "ebcdic"/);
  });

  it('invalid UTF-8 on stdin is refused', async () => {
    const r = await cli([], { stdin: Buffer.from([0x41, 0xff, 0x0a]) });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^dedupe-article: <stdin>: is not valid UTF-8 \(first bad byte at offset 1\)/);
    expect(r.out).toBe('');
  });
});

describe('binary files', () => {
  it('a binary file inside a folder is skipped with a warning; the others are processed; exit 0', async () => {
    const dir = folder({ 'in/a.txt': DIRTY, 'in/image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), 'in/z.txt': DIRTY });
    const r = await cli(['--write', join(dir, 'in')]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/warning: .*image\.txt: looks binary \(it contains NUL bytes\); skipped/);
    expect(r.err).toMatch(/3 files: 2 rewritten, 0 unchanged, 0 errors, 1 skipped/);
    expect(readFileSync(join(dir, 'in/a.txt'), 'utf8')).toBe(DIRTY_OUT);
    expect(readFileSync(join(dir, 'in/z.txt'), 'utf8')).toBe(DIRTY_OUT);
  });

  it('a binary file named outright is an error (exit 2)', async () => {
    const dir = folder({ 'x.bin': Buffer.from([0, 1, 2]) });
    const r = await cli([join(dir, 'x.bin')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/x\.bin: looks binary/);
  });
});

describe('sizes and characters', () => {
  it('a 50 MB single line passes through unchanged', async () => {
    const line = 'kata '.repeat(10 * 1024 * 1024) + '\n';
    const dir = folder({ 'big.txt': line });
    const r = await cli([join(dir, 'big.txt')]);
    expect(r.code).toBe(0);
    expect(r.out.length).toBe(line.length);
    expect(r.out === line).toBe(true);
  });

  it('a million short lines pass through', async () => {
    let text = '';
    for (let i = 0; i < 1_000_000; i++) text += `n${i}\n`;
    const dir = folder({ 'many.txt': text });
    const r = await cli(['--check', join(dir, 'many.txt')]);
    expect(r.code).toBe(0);
  });

  it('CR-only and mixed line endings survive byte for byte', async () => {
    const input = 'Judul\rloading...\r\nParagraf satu yang panjang dan berisi.\n\rParagraf dua, juga panjang.\r\nakhir tanpa baris baru';
    const dir = folder({ 'mixed.txt': input });
    const r = await cli(['--write', join(dir, 'mixed.txt')]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'mixed.txt'), 'utf8')).toBe('Judul\rParagraf satu yang panjang dan berisi.\n\rParagraf dua, juga panjang.\r\nakhir tanpa baris baru');
  });

  it('NBSP, zero-width characters, right-to-left text and emoji are kept byte for byte', async () => {
    const kept = [
      'Judul\u00a0berita dengan spasi tak terputus',
      'Kata\u200bdengan\u200cnol\u200dlebar dan \ufeff di tengah',
      'مرحبا بالعالم، هذه جملة عربية طويلة \u202eمعكوسة\u202c',
      'שלום עולם, זה משפט בעברית',
      'Emoji 👩‍👩‍👧‍👦 🇮🇩 ❤️ dengan pengubah 👍🏽',
    ];
    const input = [kept[0], 'loading...', ...kept.slice(1)].join('\n') + '\n';
    const dir = folder({ 'chars.txt': input });
    const before = readFileSync(join(dir, 'chars.txt'));
    const r = await cli(['--write', join(dir, 'chars.txt')]);
    expect(r.code).toBe(0);
    const after = readFileSync(join(dir, 'chars.txt'));
    expect(after).toEqual(Buffer.from(kept.join('\n') + '\n', 'utf8'));
    expect(before.length - after.length).toBe('loading...\n'.length);
  });
});

describe('lines built to make a pattern backtrack', () => {
  // Each case ran for hours (exponential: every run of spaces between two markers could be split two
  // ways) or minutes (quadratic: every quote followed to the end of the line) before its fix, and takes
  // well under a second now; a child process with a deadline turns a hang into a failure.
  const cases: [string, string][] = [
    ['a line of ad markers that ends in a word', `Judul\n${'Iklan '.repeat(60)}x\n${'ADVERTISEMENT '.repeat(60)}y\n`],
    ['a 200,000-character line of quotes', `Judul\n${'"'.repeat(200_000)}x\n${'\u201d'.repeat(200_000)}\n`],
    // Every pattern with two quantifiers over spaces in a row tried each split of the run (quadratic):
    // these six lines took 112 s; rules now read a run of more than 32 spaces as one.
    ['rules\' words, each followed by 100,000 spaces', `Judul\n${['Baca Juga', 'Editors Picks', 'Hak cipta', '5 min', 'waktu baca', 'Privacy Policy', '1', 'Views', 'Dibaca'].map((w) => `${w}${' '.repeat(100_000)}x`).join('\n')}\nPenutup.\n`],
  ];
  // Each widget heading read the topics after it to the next sentence: 99,000 headings in a row took
  // longer than ten minutes (quadratic); another heading now ends a heading's topics.
  it('a text of 99,000 topic headings is cleaned without a hang', () => {
    const text = `Judul\n${'More on these topics\n'.repeat(99_000)}The end of it.\n`;
    for (const args of [[], ['--stream']]) {
      const r = spawnSync(process.execPath, [BIN, ...args], { input: text, encoding: 'utf8', timeout: 60_000 });
      expect(r.signal).toBeNull();
      expect(r.stdout).toBe('Judul\nThe end of it.\n');
    }
  });
  // A widget's item date is read from the end of the text: a date, 300,000 spaces and more words tried
  // every split of the spaces between the date and a clock time (quadratic: 10 s for 100,000) before
  // dates were held to 80 characters and the pattern to one quantifier over spaces in a row.
  it('a date in a widget tail, followed by 300,000 spaces, is judged without a hang', () => {
    const last = `5 Maret 2026${' '.repeat(300_000)}${'kata '.repeat(30)}x`;
    const text = `Judul\nParagraf pertama artikel ini, cukup panjang.\nRelated\nStorm Closes Valley Road For Days\n${last}\n`;
    const r = spawnSync(process.execPath, [BIN], { input: text, encoding: 'utf8', timeout: 60_000 });
    expect(r.signal).toBeNull();
    expect(r.stdout).toBe(`Judul\nParagraf pertama artikel ini, cukup panjang.\nStorm Closes Valley Road For Days\n${last}\n`);
  });
  // The page's tail is read from the end, each line once, and no further than a page's tail runs: of
  // 9,000 widget lists the last ones go, and the others' headlines stay (their headings and comment
  // links go by their own rules).
  it('a tail of 9,000 widget lists is cleaned without a hang', () => {
    const segment = (i: number) => ['Related', ...Array.from({ length: 8 }, (_, h) => `Storm Closes Valley Road Number ${i * 8 + h}`), 'Leave a comment'].join('\n');
    const text = `Judul\nThe first paragraph of the article, long enough to be one.\n${Array.from({ length: 9000 }, (_, i) => segment(i)).join('\n')}\n`;
    const r = spawnSync(process.execPath, [BIN], { input: text, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 26 });
    expect(r.signal).toBeNull();
    expect(r.stdout).toContain('Storm Closes Valley Road Number 0\n');
    expect(r.stdout).not.toContain('Storm Closes Valley Road Number 71999\n');
    expect(r.stdout.split('\n')).toHaveLength(2 + (9000 - 30) * 8 + 1);
  });
  it.each(cases)('%s is judged (and kept) without a hang, in memory and as a stream', (_, text) => {
    for (const args of [[], ['--stream']]) {
      const r = spawnSync(process.execPath, [BIN, ...args], { input: text, encoding: 'utf8', timeout: 60_000 });
      expect(r.signal).toBeNull();
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(text);
    }
  });
});

describe('the file system moving under the run', () => {
  it('a file that disappears during the run: one error line, exit 2, the rest processed', async () => {
    const files: Record<string, string> = {};
    const n = 2000;
    const name = (i: number) => `in/${String(i).padStart(4, '0')}.txt`;
    for (let i = 0; i < n; i++) files[name(i)] = `Headline ${i} of ${n}\nloading...\nParagraph ${i}: ${'kata '.repeat(i % 40)}and the end of it.\n`;
    const dir = folder(files);
    const child = spawn(process.execPath, [BIN, '--write', 'in'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const ended = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Once the run has rewritten its first file, the last one goes away.
    while (readFileSync(join(dir, name(0)), 'utf8') === files[name(0)] && child.exitCode === null) await new Promise((r) => setTimeout(r, 1));
    unlinkSync(join(dir, name(n - 1)));
    expect(await ended).toBe(2);
    const errors = stderr.split('\n').filter((l) => l.startsWith('dedupe-article:') && !/^dedupe-article: (note|warning):/.test(l));
    expect(errors).toEqual([`dedupe-article: ${name(n - 1)}: no such file or directory`]);
    expect(stderr).toMatch(new RegExp(`${n} files: ${n - 1} rewritten, 0 unchanged, 1 error`));
    for (let i = 0; i < n - 1; i++) expect(readFileSync(join(dir, name(i)), 'utf8')).toBe(files[name(i)]!.replace('loading...\n', ''));
  });

  // A scraper still writing a file while --write cleans it: replacing the file with the clean text of
  // what was read would lose what the scraper wrote since. The file is left as it is, with an error.
  it('--write leaves a file that another program wrote while it was cleaned, with one error line', () => {
    const dir = folder({ 'a.txt': DIRTY, 'b.txt': DIRTY });
    const path = join(dir, 'a.txt');
    const later = `${DIRTY}A paragraph the scraper wrote while the file was being cleaned.\n`;
    const scraperWrites: Cleaner = (text) => {
      writeFileSync(path, later);
      return clean(text);
    };
    const options = { mode: 'write', encoding: undefined } as CliOptions;
    const outcome = processFile({ path, relative: 'a.txt' }, scraperWrites, options);
    expect(outcome).toMatchObject({ ok: false, error: 'could not be written: it changed while it was cleaned (another program is writing it?); left as it is: run again when it is done' });
    expect(readFileSync(path, 'utf8')).toBe(later);
    expect(tempFilesIn(dir)).toEqual([]);
    // Left alone, the same file is rewritten.
    expect(processFile({ path: join(dir, 'b.txt'), relative: 'b.txt' }, clean, options)).toMatchObject({ ok: true, wrote: true });
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe(DIRTY_OUT);
  });

  it('a file put in the place of the one read (a writer that renames its new file over it) is not replaced either', () => {
    const dir = folder({ 'a.txt': DIRTY, 'new.txt': DIRTY });
    const path = join(dir, 'a.txt');
    const version = versionOf(statSync(path));
    renameSync(join(dir, 'new.txt'), path); // the same bytes and size, another file
    expect(() => writeAtomically(path, DIRTY_OUT, { unchangedSince: version })).toThrow(expect.objectContaining({ code: 'ECHANGED' }));
    expect(readFileSync(path, 'utf8')).toBe(DIRTY);
    expect(tempFilesIn(dir)).toEqual([]);
  });

  it('a folder with a symlink loop and dangling links: links are not followed, the files are processed', async () => {
    const dir = folder({ 'in/a.txt': DIRTY, 'in/sub/b.txt': DIRTY });
    symlinkSync('..', join(dir, 'in/sub/loop'));
    symlinkSync('nowhere.txt', join(dir, 'in/dangling.txt'));
    symlinkSync('a.txt', join(dir, 'in/alias.txt'));
    const r = await cli(['--write', join(dir, 'in')]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/2 files: 2 rewritten/);
    expect(readFileSync(join(dir, 'in/sub/b.txt'), 'utf8')).toBe(DIRTY_OUT);
  });

  it('a dangling link named outright is an error naming it', async () => {
    const dir = folder({ 'a.txt': DIRTY });
    symlinkSync('gone.txt', join(dir, 'link.txt'));
    const r = await cli(['--check', join(dir, 'link.txt'), join(dir, 'a.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/link\.txt: dangling symbolic link/);
    expect(r.out).toBe(`${join(dir, 'a.txt')}\n`);
  });
});

describe('pipes named outright', () => {
  // What a shell hands over for `dedupe-article <(zcat a.txt.gz)`; mkfifo makes one without a shell.
  const fifo = (dir: string, name: string) => {
    const path = join(dir, name);
    expect(spawnSync('mkfifo', [path]).status).toBe(0);
    return path;
  };
  /** The bin run to its end while `writes` feed its pipes (a writer opens its pipe and blocks until the run reads it). */
  const runWith = async (args: string[], cwd: string, writes: [string, string][]) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    const writers = writes.map(([path, text]) => new Promise<void>((done) => writeFile(path, text).then(() => done(), () => done())));
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    await Promise.all(writers);
    return { code, out, err };
  };

  // The run waits for the pipe's writer, as cat does, and, as cat, a signal ends the wait: the handlers
  // that finish the file in hand first cannot run while the read blocks.
  it.skipIf(process.platform === 'win32').each(['SIGTERM', 'SIGINT'] as const)('that no one writes to is waited on until %s ends the run', async (signal) => {
    const dir = folder({ 'a.txt': DIRTY });
    const p = fifo(dir, 'nobody');
    const child = spawn(process.execPath, [BIN, p, 'a.txt'], { cwd: dir });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    child.kill(signal);
    const [code, ended] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
    // Killed by it while blocked; or, had the signal come before the read, stopped with its exit code.
    expect([signal, signal === 'SIGTERM' ? 143 : 130]).toContain(ended ?? code);
  });

  it.skipIf(process.platform === 'win32')('is read to its end and cleaned, to standard output and under --out-dir', async () => {
    const dir = folder({ 'a.txt': DIRTY });
    const p = fifo(dir, 'piped');
    const r = await runWith([p, 'a.txt'], dir, [[p, DIRTY.replace('headline', 'pipe headline')]]);
    expect(r.err).toBe('2 files: 2 changed, 0 unchanged, 0 errors; 2 lines removed (loading-indicator 2)\n');
    expect(r.code).toBe(0);
    expect(r.out).toBe(DIRTY_OUT + DIRTY_OUT.replace('headline', 'pipe headline')); // a.txt sorts first
    const again = await runWith(['--out-dir', 'out', p], dir, [[p, DIRTY]]);
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'piped'), 'utf8')).toBe(DIRTY_OUT);
  });

  it.skipIf(process.platform === 'win32')('one alone and past 8 MiB is streamed, as standard input is: the same bytes as --stream of that text', async () => {
    // Near copies (one word changed) tell the modes apart: the in-memory cleaner drops them, a stream keeps them.
    const para = (i: number, word: string) => `Paragraph ${i} of a long dump holds ${word} words enough for the cleaner to count it as a paragraph.\n`;
    const big = Array.from({ length: 150_000 }, (_, i) => para(i % 9000, i % 9000 === i ? 'plain' : 'other') + (i % 50 === 0 ? 'loading...\n' : '')).join('');
    expect(Buffer.byteLength(big)).toBeGreaterThan(8 << 20);
    const dir = folder({ 'dump.txt': big });
    const p = fifo(dir, 'piped');
    const r = await runWith([p], dir, [[p, big]]);
    expect(r.code).toBe(0);
    const streamed = spawnSync(process.execPath, [BIN, '--stream', 'dump.txt'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(r.out).toBe(streamed.stdout);
    expect(r.out.length).toBeLessThan(big.length);
  });

  it.skipIf(process.platform === 'win32')('--write refuses it without opening it (no writer is waited for); the files are rewritten', async () => {
    const dir = folder({ 'a.txt': DIRTY });
    const p = fifo(dir, 'piped');
    const r = bin(['--write', p, 'a.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`dedupe-article: ${p}: is a pipe: there is no file to rewrite in place; use --out-dir or standard output`);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(DIRTY_OUT);
  });

  it.skipIf(process.platform === 'win32')('one met inside a folder is passed over, not waited on; a device is refused', () => {
    const dir = folder({ 'in/a.txt': DIRTY });
    fifo(dir, 'in/stuck.txt');
    const r = bin(['in', '/dev/zero'], dir);
    expect(r.code).toBe(2);
    expect(r.out).toBe(DIRTY_OUT);
    expect(r.err).toContain('dedupe-article: /dev/zero: not a regular file, folder or pipe');
  });
});

describe('folders and globs', () => {
  // The same files give the same bytes, whatever order they are named in (the README: sorted order).
  it('files named in any order are taken in one sorted order', () => {
    const story = `${DIRTY}${'The council met on Monday to discuss the new bridge, the budget for the year and the road repairs that residents had asked for. '.repeat(2)}\n`;
    const near = story.replace('once, after', 'once, right after');
    const dir = folder({ 'x/b.txt': near, 'y/a.txt': story, 'c.txt': 'Judul\nIsi yang lain sama sekali, tidak mirip dengan yang mana pun.\n' });
    const runs = [['y', 'x', 'c.txt'], ['c.txt', 'x', 'y'], ['x/b.txt', 'c.txt', 'y/a.txt']].map((args) => bin(['--skip-duplicate-articles', ...args], dir));
    for (const r of runs) {
      expect(r.code).toBe(0);
      expect(r.out).toBe(runs[0]!.out);
    }
    // x/b.txt sorts first: it is the original, y/a.txt the near copy that is skipped.
    expect(runs[0]!.out).toContain('right after');
    expect(runs[0]!.err).toMatch(/y\/a\.txt: the same article as x\/b\.txt/);
  });

  // "{in,../other}/*.txt" has two bases: each file lands below the output folder as it stands below its own.
  it('a glob with two bases writes every output inside --out-dir', () => {
    const dir = folder({ 'proj/in/a.txt': DIRTY, 'other/b.txt': DIRTY });
    const r = bin(['{in,../other}/*.txt', '--out-dir', 'out'], join(dir, 'proj'));
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'proj', 'out')).sort()).toEqual(['a.txt', 'b.txt']);
    expect(readdirSync(join(dir, 'proj')).sort()).toEqual(['in', 'out']);
  });

  // A folder the walk cannot open is an error of its own, not a silent gap in the batch.
  it('a sub-folder that cannot be read is named in an error; the other files are cleaned', () => {
    const dir = folder({ 'in/ok/a.txt': DIRTY, 'in/locked/b.txt': DIRTY });
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'in/locked'), 0o000);
    try {
      // Root reads any folder: the run is made as nobody then.
      const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      for (const name of ['in', 'in/ok', 'in/ok/a.txt']) chmodSync(join(dir, name), name.endsWith('.txt') ? 0o666 : 0o777);
      const r = spawnSync(process.execPath, [BIN, '--check', 'in'], { cwd: dir, encoding: 'utf8', ...asNobody });
      expect(r.stderr).toMatch(/^dedupe-article: in\/locked: this folder cannot be read: permission denied$/m);
      expect(r.stderr).toMatch(/1 file: 1 would change, 0 unchanged, 1 error/);
      expect(r.status).toBe(2);
    } finally {
      chmodSync(join(dir, 'in/locked'), 0o755);
    }
  });
});

describe('file names', () => {
  const names = ['with space.txt', '-leading-dash.txt', '[brackets].txt', '*star*.txt', 'q?.txt', 'berita-ünï-日本-عربي.txt'];

  it.each(names)('%s, named literally, is cleaned in place', (name) => {
    const dir = folder({ [name]: DIRTY, 'other.txt': DIRTY });
    const r = bin(['--write', '--', name], dir);
    expect(r.err).toMatch(/1 file: 1 rewritten/);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, name), 'utf8')).toBe(DIRTY_OUT);
    // A literal path with glob characters is taken literally, not as a pattern matching other.txt.
    expect(readFileSync(join(dir, 'other.txt'), 'utf8')).toBe(DIRTY);
  });

  it('a name that is not UTF-8 (Latin-1 café.txt) is named as such, not "no such file"; the other files are cleaned', () => {
    const dir = folder({ 'in/ok.txt': DIRTY });
    // Written by its bytes: Node would write a string name as UTF-8.
    writeFileSync(Buffer.from(join(dir, 'in/caf\xe9.txt'), 'latin1'), DIRTY);
    const message = 'its name is not valid UTF-8, so it cannot be opened by that name; rename it in UTF-8 (e.g. convmv -f latin1 -t utf-8 --notest NAME)';
    for (const args of [['in'], ['in/*.txt']]) {
      const r = bin(args, dir);
      expect(r.out).toBe(DIRTY_OUT);
      expect(r.err).toBe(`dedupe-article: in/caf\uFFFD.txt: ${message}\n`);
      expect(r.code).toBe(2);
    }
  });

  it('a name of 250 bytes (a long slug) is rewritten in place and written under --out-dir: the temp name is cut to fit', () => {
    const long = `${'ü'.repeat(123)}.txt`; // 250 bytes of UTF-8
    const dir = folder({ [`in/${long}`]: DIRTY });
    const r = bin(['--write', 'in'], dir);
    expect(r.err).toMatch(/1 file: 1 rewritten/);
    expect(readFileSync(join(dir, 'in', long), 'utf8')).toBe(DIRTY_OUT);
    writeFileSync(join(dir, 'in', long), DIRTY);
    expect(bin(['--out-dir', 'out', 'in'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'out', long), 'utf8')).toBe(DIRTY_OUT);
    expect(tempFilesIn(dir)).toEqual([]);
  });

  it('./-name works without --, and all the names are found inside a folder', () => {
    const dir = folder(Object.fromEntries(names.map((n) => [`in/${n}`, DIRTY])));
    expect(bin(['--check', './in/-leading-dash.txt'], dir).code).toBe(1);
    const r = bin(['--write', 'in'], dir);
    expect(r.code).toBe(0);
    for (const n of names) expect(readFileSync(join(dir, 'in', n), 'utf8')).toBe(DIRTY_OUT);
  });

  it('a leading-dash name without -- or ./ is a usage error that says how to name it', () => {
    const dir = folder({ '-x.txt': DIRTY });
    const r = bin(['-x.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown option '-x\.txt'\n\(a file whose name starts with '-' is given as \.\/NAME or after --\)/);
    expect(readFileSync(join(dir, '-x.txt'), 'utf8')).toBe(DIRTY);
  });

  it('a name with a line feed, an escape sequence or a bidi override is quoted and escaped in messages: one line each, nothing for the terminal to obey', () => {
    const bad = ['two\nlines.txt', 'esc\u001b[2Jclear.txt', 'gnp\u202etxt.exe.txt'];
    const dir = folder({ ...Object.fromEntries(bad.map((n) => [`in/${n}`, 'x\u0000y\n'])), 'in/dirty.txt': DIRTY });
    const r = bin(['in'], dir);
    expect(r.code).toBe(0);
    const lines = r.err.split('\n').filter((l) => l.includes('looks binary'));
    expect(lines).toEqual([
      'dedupe-article: warning: "in/esc\\u001B[2Jclear.txt": looks binary (it contains NUL bytes); skipped',
      'dedupe-article: warning: "in/gnp\\u202Etxt.exe.txt": looks binary (it contains NUL bytes); skipped',
      'dedupe-article: warning: "in/two\\nlines.txt": looks binary (it contains NUL bytes); skipped',
    ]);
    expect(r.err).not.toMatch(/[\u001b\u202e]/u);
    // --check lists such a file quoted too, one line a file.
    const named = folder({ 'a\nb.txt': DIRTY, 'plain.txt': DIRTY });
    expect(bin(['--check', '.'], named).out).toBe('"a\\nb.txt"\nplain.txt\n');
  });

  it('a folder whose name has glob characters is taken literally', () => {
    const dir = folder({ 'in[1]/a.txt': DIRTY, 'in1/a.txt': DIRTY });
    const r = bin(['--write', 'in[1]'], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'in[1]/a.txt'), 'utf8')).toBe(DIRTY_OUT);
    expect(readFileSync(join(dir, 'in1/a.txt'), 'utf8')).toBe(DIRTY);
  });
});

function tryMount(dir: string, options: string): boolean {
  mkdirSync(dir, { recursive: true });
  return spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]).status === 0;
}
const unmount = (dir: string) => spawnSync('umount', [dir]);
const canMount = (() => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = mkdtempSync(join(tmpdir(), 'dedupe-mount-probe-'));
  const ok = tryMount(probe, 'size=64k');
  if (ok) unmount(probe);
  rmSync(probe, { recursive: true, force: true });
  return ok;
})();

describe('output that cannot be written', () => {
  it('--out-dir where a file stands: each file gets one line naming the target and cause, exit 2, inputs intact', async () => {
    const dir = folder({ 'in/a.txt': DIRTY, 'in/b.txt': DIRTY, blocker: 'not a folder' });
    const r = await cli([join(dir, 'in'), '--out-dir', join(dir, 'blocker', 'out')]);
    expect(r.code).toBe(2);
    const lines = r.err.split('\n').filter((l) => l.startsWith('dedupe-article:'));
    expect(lines).toEqual([
      `dedupe-article: ${join(dir, 'in/a.txt')}: could not be written to ${join(dir, 'blocker/out/a.txt')}: not a directory (a file stands where a folder is needed)`,
      `dedupe-article: ${join(dir, 'in/b.txt')}: could not be written to ${join(dir, 'blocker/out/b.txt')}: not a directory (a file stands where a folder is needed)`,
    ]);
    expect(readFileSync(join(dir, 'in/a.txt'), 'utf8')).toBe(DIRTY);
  });

  it.skipIf(!canMount)('a read-only output folder: "read-only file system", exit 2', async () => {
    const dir = folder({ 'in/a.txt': DIRTY });
    const out = join(dir, 'ro');
    expect(tryMount(out, 'ro,size=64k')).toBe(true);
    try {
      const r = await cli([join(dir, 'in'), '--out-dir', out]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/in\/a\.txt: could not be written to .*ro\/a\.txt: read-only file system/);
    } finally {
      unmount(out);
    }
  });

  // Node's recursive mkdir says "no such file or directory" of a read-only file system.
  it.skipIf(!canMount)('a folder to make on a read-only file system: "read-only file system", not "no such file"', async () => {
    const dir = folder({ 'in/a.txt': DIRTY });
    const ro = join(dir, 'ro');
    expect(tryMount(ro, 'ro,size=64k')).toBe(true);
    try {
      const r = await cli([join(dir, 'in'), '--out-dir', join(ro, 'out', 'deeper')]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/in\/a\.txt: could not be written to .*ro\/out\/deeper\/a\.txt: read-only file system/);
    } finally {
      unmount(ro);
    }
  });

  it.skipIf(!canMount)('--write on a read-only file system: one line per changed file, exit 2, unchanged files fine', async () => {
    const dir = folder({});
    const disk = join(dir, 'ro');
    expect(tryMount(disk, 'size=64k')).toBe(true);
    try {
      writeFileSync(join(disk, 'a.txt'), DIRTY);
      writeFileSync(join(disk, 'b.txt'), 'A clean headline\nNothing in this paragraph is boilerplate at all.\n');
      expect(spawnSync('mount', ['-o', 'remount,ro', disk]).status).toBe(0);
      const r = await cli(['--write', join(disk, 'a.txt'), join(disk, 'b.txt')]);
      expect(r.code).toBe(2);
      expect(r.err.split('\n').filter((l) => l.startsWith('dedupe-article:'))).toEqual([`dedupe-article: ${join(disk, 'a.txt')}: could not be written: read-only file system`]);
      expect(r.err).toMatch(/2 files: 0 rewritten, 1 unchanged, 1 error/);
      expect(readFileSync(join(disk, 'a.txt'), 'utf8')).toBe(DIRTY);
    } finally {
      unmount(disk);
    }
  });

  it.skipIf(!canMount)('a full disk: "no space left on device", exit 2, every file intact or cleaned, no temp file left', async () => {
    const dir = folder({});
    const disk = join(dir, 'disk');
    expect(tryMount(disk, 'size=64k')).toBe(true);
    try {
      const big = 'Judul\nloading...\n' + 'Kalimat panjang yang mengisi berkas ini sampai cukup besar. '.repeat(120) + '\n';
      const small = DIRTY;
      writeFileSync(join(disk, 'a-big.txt'), big);
      writeFileSync(join(disk, 'b-small.txt'), small);
      // Fill the rest of the disk.
      try {
        writeFileSync(join(disk, 'filler.bin'), Buffer.alloc(1024 * 1024));
      } catch {
        // ENOSPC: the filler took what it could
      }
      const r = await cli(['--write', join(disk, 'a-big.txt'), join(disk, 'b-small.txt')]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/a-big\.txt: could not be written: no space left on device/);
      const a = readFileSync(join(disk, 'a-big.txt'), 'utf8');
      expect([big, big.replace('loading...\n', '')]).toContain(a);
      const b = readFileSync(join(disk, 'b-small.txt'), 'utf8');
      expect([small, DIRTY_OUT]).toContain(b);
      expect(tempFilesIn(disk)).toEqual([]);
    } finally {
      unmount(disk);
    }
  });
});

describe('standard output that cannot take the output', () => {
  // /dev/full fails every write with ENOSPC, as a full disk does.
  const toFull = (args: string[], cwd: string, input?: string) => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, ...args], { cwd, input, stdio: [input === undefined ? 'ignore' : 'pipe', full, 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      return { code: r.status, err: r.stderr };
    } finally {
      closeSync(full);
    }
  };
  const modes: [string, string[], string?][] = [
    ['one file', ['a.txt']],
    ['a batch on worker threads', ['-j', '2', 'in']],
    ['standard input', [], DIRTY],
    ['--stream', ['--stream', 'a.txt']],
    ['--jsonl', ['--jsonl', 'a.jsonl']],
    ['--version', ['--version']],
    ['learn, the profile to standard output', ['learn', 'in']],
  ];

  it.skipIf(!existsSync('/dev/full'))('messages that cannot be written (2>/dev/full) are lost, but the run goes on and exits 2', () => {
    const dir = folder({ 'in/a.txt': DIRTY, 'in/b.txt': DIRTY });
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, '--write', 'in', 'missing.txt'], { cwd: dir, stdio: ['ignore', 'pipe', full], encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(readFileSync(join(dir, 'in/a.txt'), 'utf8')).toBe(DIRTY_OUT);
      expect(readFileSync(join(dir, 'in/b.txt'), 'utf8')).toBe(DIRTY_OUT);
    } finally {
      closeSync(full);
    }
  });

  it.skipIf(process.platform === 'win32')('an --out-dir reached through a symbolic link to the input folder is refused: the output would become input', () => {
    const dir = folder({ 'in/a.txt': DIRTY });
    symlinkSync('in', join(dir, 'link'));
    const r = spawnSync(process.execPath, [BIN, 'in', '--out-dir', 'link/clean'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^dedupe-article: --out-dir link\/clean is inside the input folder in; choose a folder outside it$/m);
    expect(existsSync(join(dir, 'in/clean'))).toBe(false);
  });

  it.skipIf(!existsSync('/dev/full'))('a closing summary that cannot be written (the last message, its failure known last) still makes the exit 2', () => {
    // (Two different articles: a note about a copy would be an earlier message, and fail first.)
    const dir = folder({ 'in/a.txt': DIRTY, 'in/b.txt': 'Another text\n' });
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, 'in/a.txt', 'in/b.txt'], { cwd: dir, stdio: ['ignore', 'ignore', full] });
      expect(r.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });

  it.skipIf(!existsSync('/dev/full')).each(modes)('%s: one line naming standard output, not the input; exit 2', (_, args, input) => {
    const files: Record<string, string> = { 'a.txt': DIRTY, 'a.jsonl': `${JSON.stringify({ text: DIRTY })}\n` };
    for (let i = 0; i < 40; i++) files[`in/${i}.txt`] = DIRTY.replace('headline', `headline ${i}`);
    const r = toFull(args, folder(files), input);
    expect(r.err.trim().split('\n')[0]).toMatch(/^dedupe-article: standard output: could not be written: (ENOSPC: )?no space left on device/);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.code).toBe(2);
  });
});

describe('an input that is the file standard output writes to', () => {
  // `dedupe-article scraped/ > scraped/all.txt` picks all.txt up; `--stream big.txt >> big.txt` read
  // what it had just written, again and again, until the disk was full. The file is refused as cat
  // refuses it; every other input is cleaned.
  const intoFile = (args: string[], cwd: string, outName: string, stdinName?: string) => {
    const out = openSync(join(cwd, outName), 'a');
    const input = stdinName === undefined ? 'ignore' : openSync(join(cwd, stdinName), 'r');
    try {
      const r = spawnSync(process.execPath, [BIN, ...args], { cwd, stdio: [input, out, 'pipe'], encoding: 'utf8', timeout: 20_000, env: { ...process.env, NO_COLOR: '1' } });
      return { code: r.status, err: r.stderr };
    } finally {
      closeSync(out);
      if (typeof input === 'number') closeSync(input);
    }
  };
  const refused = (name: string) => `dedupe-article: ${name}: is the file standard output writes to (it would read its own output); left out`;
  const many = () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`in/${String(i).padStart(2, '0')}.txt`] = DIRTY.replace('headline', `headline ${i}`);
    return files;
  };

  it.each([['one thread', '1'], ['worker threads', '2']])('a folder cleaned into a file inside it (%s): that file is left out, the rest cleaned in order; exit 2', (_, jobs) => {
    const dir = folder({ ...many(), 'in/all.txt': '' });
    const r = intoFile(['-j', jobs, '-q', 'in'], dir, 'in/all.txt');
    expect(r.err).toBe(refused('in/all.txt') + '\n');
    expect(r.code).toBe(2);
    const expected = Array.from({ length: 30 }, (_, i) => DIRTY_OUT.replace('headline', `headline ${i}`)).join('');
    expect(readFileSync(join(dir, 'in/all.txt'), 'utf8')).toBe(expected);
  });

  it.each([
    ['--stream', ['--stream', 'big.txt']],
    ['a file past 8 MiB (streamed without --stream)', ['big.txt']],
    ['--jsonl', ['--jsonl', 'big.txt']],
  ])('%s appended to itself: refused at once, the file untouched', (_, args) => {
    const record = args[0] === '--jsonl' ? `${JSON.stringify({ text: DIRTY })}\n` : DIRTY;
    const body = record.repeat(Math.ceil((9 << 20) / record.length));
    const dir = folder({ 'big.txt': body });
    const r = intoFile(args, dir, 'big.txt');
    expect(r.err).toBe(refused('big.txt') + '\n');
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'big.txt'), 'utf8')).toBe(body);
  });

  it('standard input that is the output file (< a.txt >> a.txt): refused', () => {
    const dir = folder({ 'a.txt': DIRTY });
    const r = intoFile([], dir, 'a.txt', 'a.txt');
    expect(r.err).toBe(refused('<stdin>') + '\n');
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(DIRTY);
  });

  it('another file of the same name elsewhere is no reason to refuse', () => {
    const dir = folder({ 'in/all.txt': DIRTY, 'all.txt': '' });
    const r = intoFile(['in/all.txt'], dir, 'all.txt');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'all.txt'), 'utf8')).toBe(DIRTY_OUT);
  });
});

describe('usage conflicts', () => {
  it.each([
    [['--diff', '--format', 'json', '-'], /--diff and --format json both print to standard output/],
    [['--explain', '--diff', '-'], /--explain and --diff both print/],
    [['--quiet', '--report', '-'], /--quiet and --report cannot be used together/],
    [['--format', 'xml', '-'], /--format/],
  ])('%j is refused with exit 2', async (args, message) => {
    const r = await cli(args, { stdin: DIRTY });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(existsSync('.')).toBe(true);
  });
});
