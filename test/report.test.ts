import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colorLevel } from '../src/cli/color.js';
import type { Terminal } from '../src/cli/report.js';
import { runInProcess, tempFolders } from './support/harness.js';

// What the run shows: --report on stderr, --format json on stdout, --diff, the closing summary, colour.

const DIRTY = 'A dirty headline\nloading...\nA paragraph that stays where it is, once, after the cleaning.\nADVERTISEMENT\n';
const CLEAN = 'A clean headline\nNothing in this paragraph is boilerplate or repeated anywhere.\n';
const REPEAT =
  'Headline of the repeated story\n' +
  'The first paragraph is long enough to be judged as a repeat when it comes again later.\n' +
  'The second paragraph is long enough too, and it also comes back in the second copy.\n' +
  'The first paragraph is long enough to be judged as a repeat when it comes again later.\n' +
  'The second paragraph is long enough too, and it also comes back in the second copy.\n';
const ESC = '\u001b[';

const folder = tempFolders('report');
const cli = runInProcess;

describe('--report', () => {
  it('lists every removed line with its number and reason, and totals by reason, on stderr', async () => {
    const dir = folder({ 'a.txt': DIRTY, 'r.txt': REPEAT });
    const r = await cli(['--report', join(dir, 'a.txt'), join(dir, 'r.txt')]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      'A dirty headline\nA paragraph that stays where it is, once, after the cleaning.\n' + 'Headline of the repeated story\n' + REPEAT.split('\n').slice(1, 3).join('\n') + '\n',
    );
    const a = join(dir, 'a.txt');
    expect(r.err).toContain(
      `${a}: 2 lines removed (4 -> 2 lines)\n` +
        '      2  loading-indicator  loading...\n' +
        '      4  ad-marker          ADVERTISEMENT\n' +
        '  by reason: ad-marker 1, loading-indicator 1\n',
    );
    expect(r.err).toMatch(/ {6}4 {2}repeat of line 2, similarity 1\.00 {2}The first paragraph/);
    expect(r.err).toMatch(/ {6}5 {2}repeat of line 3, similarity 1\.00 {2}The second paragraph/);
    expect(r.err).toMatch(/\n2 files: 2 changed, 0 unchanged, 0 errors; 4 lines removed \(ad-marker 1, loading-indicator 1, repeat 2\)\n$/);
  });

  it('an unchanged file says so', async () => {
    const r = await cli(['--report', '-'], { stdin: CLEAN });
    expect(r.err).toBe('<stdin>: unchanged (2 lines)\n');
    expect(r.out).toBe(CLEAN);
  });

  it('control characters in a removed line are shown as escapes, never sent to the terminal', async () => {
    const r = await cli(['--report', '-'], { stdin: REPEAT.replaceAll('The first paragraph', 'The first \u001b[2J paragraph') });
    expect(r.err).toMatch(/repeat of line 2/);
    expect(r.err).not.toContain('\u001b');
    expect(r.err).toContain('The first \\x1b[2J paragraph');
  });

  it('--check --report: exit 1, file list on stdout, report on stderr, nothing written', async () => {
    const dir = folder({ 'a.txt': DIRTY, 'b.txt': CLEAN });
    const r = await cli(['--check', '--report', dir]);
    expect(r.code).toBe(1);
    expect(r.out).toBe(`${join(dir, 'a.txt')}\n`);
    expect(r.err).toMatch(/b\.txt: unchanged/);
    expect(r.err).toMatch(/2 files: 1 would change, 1 unchanged, 0 errors; 2 lines removed \(ad-marker 1, loading-indicator 1\)\n$/);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(DIRTY);
  });

  it('--quiet silences everything but errors', async () => {
    const dir = folder({ 'a.txt': DIRTY, 'b.txt': CLEAN });
    const ok = await cli(['--write', '--quiet', dir]);
    expect(ok).toEqual({ code: 0, out: '', err: '' });
    const bad = await cli(['--write', '--quiet', dir, join(dir, 'missing.txt')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe(`dedupe-article: ${join(dir, 'missing.txt')}: no such file or directory\n`);
  });
});

describe('--format json', () => {
  it('one document on stdout with a versioned schema and a stable field order', async () => {
    const dir = folder({ 'a.txt': DIRTY, 'b.txt': CLEAN });
    const r = await cli(['--format', 'json', join(dir, 'a.txt'), join(dir, 'b.txt'), join(dir, 'nope.txt')]);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc)).toEqual(['schema', 'version', 'tool', 'mode', 'interrupted', 'files', 'summary']);
    expect(doc.schema).toBe('dedupe-article/report');
    expect(doc.version).toBe(1);
    expect(doc.mode).toBe('stdout');
    // The argument that gave no file is an error entry first; then the files read.
    expect(doc.files).toHaveLength(3);
    const [missing, a, b] = doc.files;
    expect(missing).toEqual({ file: join(dir, 'nope.txt'), status: 'error', encoding: null, written: false, error: 'no such file or directory', removed: [], stats: null });
    expect(Object.keys(a)).toEqual(['file', 'status', 'encoding', 'written', 'error', 'removed', 'stats']);
    expect(a).toEqual({
      file: join(dir, 'a.txt'),
      status: 'changed',
      encoding: 'utf-8',
      written: false,
      error: null,
      removed: [
        { line: 2, action: 'drop', reason: { kind: 'rule', rule: 'loading-indicator' }, text: 'loading...' },
        { line: 4, action: 'drop', reason: { kind: 'rule', rule: 'ad-marker' }, text: 'ADVERTISEMENT' },
      ],
      stats: { linesIn: 4, linesOut: 2, linesRemoved: 2, linesCut: 0, byReason: { 'ad-marker': 1, 'loading-indicator': 1 } },
    });
    expect(b.status).toBe('unchanged');
    expect(b.removed).toEqual([]);
    expect(doc.summary).toEqual({ files: 2, changed: 1, unchanged: 1, errors: 1, skipped: 0, linesRemoved: 2, linesCut: 0, byReason: { 'ad-marker': 1, 'loading-indicator': 1 } });
    // The clean text is not mixed into the JSON; the error still goes to stderr.
    expect(r.err).toMatch(/nope\.txt: no such file or directory/);
  });

  it('--quiet does not silence the JSON document (it is the output, not a message)', async () => {
    const r = await cli(['--check', '--quiet', '--format', 'json'], { stdin: DIRTY });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).files[0].status).toBe('changed');
    expect(r.err).toBe('');
  });

  it('repeat reasons carry the line repeated and the similarity', async () => {
    const r = await cli(['--format', 'json'], { stdin: REPEAT });
    const [file] = JSON.parse(r.out).files;
    expect(file.file).toBe('<stdin>');
    expect(file.removed.map((v: { line: number; reason: unknown }) => [v.line, v.reason])).toEqual([
      [4, { kind: 'repeat', of: 2, similarity: 1 }],
      [5, { kind: 'repeat', of: 3, similarity: 1 }],
    ]);
  });

  it('works with --check over a folder (exit 1) and with --write (written: true)', async () => {
    const dir = folder({ 'in/a.txt': DIRTY, 'in/b.txt': CLEAN });
    const check = await cli(['--check', '--format', 'json', join(dir, 'in')]);
    expect(check.code).toBe(1);
    const doc = JSON.parse(check.out);
    expect(doc.mode).toBe('check');
    expect(doc.files.map((f: { status: string }) => f.status)).toEqual(['changed', 'unchanged']);
    const write = await cli(['--write', '--format', 'json', join(dir, 'in')]);
    expect(JSON.parse(write.out).files.map((f: { written: boolean }) => f.written)).toEqual([true, false]);
    expect(readFileSync(join(dir, 'in/a.txt'), 'utf8')).toBe('A dirty headline\nA paragraph that stays where it is, once, after the cleaning.\n');
  });

  it('a file that failed has status error, its message, and null stats', async () => {
    const dir = folder({});
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0x41, 0xe9, 0x0a]));
    const r = await cli(['--format', 'json', join(dir, 'bad.txt')]);
    expect(r.code).toBe(2);
    const [file] = JSON.parse(r.out).files;
    expect(file).toMatchObject({ status: 'error', encoding: null, written: false, removed: [], stats: null });
    expect(file.error).toMatch(/^is not valid UTF-8/);
  });
});

describe('cut lines', () => {
  const GLUED = 'Judul berita hari ini\nPresiden berbicara kepada wartawan di istana (Baca juga: Menteri mundur) pada hari Senin pagi.\n';

  it('the text report marks a cut and shows the part cut out; JSON gives its span', async () => {
    const text = await cli(['--report', '-'], { stdin: GLUED });
    expect(text.err).toMatch(/^<stdin>: 0 lines removed, 1 cut \(2 -> 2 lines\)\n {6}2 {2}cut: related-link {2}\(Baca juga: Menteri mundur\)\n$/);
    const json = await cli(['--format', 'json', '-'], { stdin: GLUED });
    const [cut] = JSON.parse(json.out).files[0].removed;
    expect(Object.keys(cut)).toEqual(['line', 'action', 'reason', 'text', 'start', 'end', 'removedText']);
    expect(cut).toMatchObject({ line: 2, action: 'cut', reason: { kind: 'rule', rule: 'related-link' } });
    expect(cut.removedText).toBe(cut.text.slice(cut.start, cut.end));
    expect(cut.removedText).toContain('(Baca juga: Menteri mundur)');
    expect(JSON.parse(json.out).summary).toMatchObject({ linesRemoved: 0, linesCut: 1, byReason: {} });
  });
});

describe('--diff', () => {
  it('a unified diff per changed file on stdout, nothing for unchanged ones', async () => {
    const dir = folder({ 'a.txt': DIRTY, 'b.txt': CLEAN });
    const r = await cli(['--diff', join(dir, 'a.txt'), join(dir, 'b.txt')]);
    expect(r.code).toBe(0);
    const a = join(dir, 'a.txt');
    expect(r.out).toBe(
      `--- a/${a}\n+++ b/${a}\n@@ -1,4 +1,2 @@\n A dirty headline\n-loading...\n A paragraph that stays where it is, once, after the cleaning.\n-ADVERTISEMENT\n`,
    );
  });

  it('with --check it exits 1 and writes nothing; on stdin it names <stdin>', async () => {
    const r = await cli(['--diff', '--check'], { stdin: DIRTY });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^--- a\/<stdin>\n\+\+\+ b\/<stdin>\n@@/);
  });

  it('with --write the files are written too', async () => {
    const dir = folder({ 'a.txt': DIRTY });
    const r = await cli(['--diff', '--write', join(dir, 'a.txt')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^--- a\/.*a\.txt\n/);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('A dirty headline\nA paragraph that stays where it is, once, after the cleaning.\n');
  });

  it('is coloured when stdout is a terminal, plain when it is a pipe', async () => {
    const onTTY = await cli(['--diff'], { stdin: DIRTY, terminal: { env: {}, stdoutIsTTY: true, stderrIsTTY: false } });
    expect(onTTY.out).toContain(`${ESC}31m-loading...`);
    const piped = await cli(['--diff'], { stdin: DIRTY, terminal: { env: {}, stdoutIsTTY: false, stderrIsTTY: true } });
    expect(piped.out).not.toContain(ESC);
  });

  it('is coloured when colour is on', async () => {
    const r = await cli(['--diff', '--color'], { stdin: DIRTY });
    expect(r.out).toContain(`${ESC}31m-loading...`);
    expect(r.out).toContain(`${ESC}36m@@`);
  });
});

describe('colour', () => {
  const tty: Terminal = { env: {}, stdoutIsTTY: true, stderrIsTTY: true };
  const withEnv = (env: Record<string, string>): Terminal => ({ ...tty, env });

  it.each([
    ['a TTY', tty, [], true],
    ['a pipe', { ...tty, stderrIsTTY: false }, [], false],
    ['NO_COLOR on a TTY', withEnv({ NO_COLOR: '1' }), [], false],
    ['NO_COLOR empty on a TTY (ignored)', withEnv({ NO_COLOR: '' }), [], true],
    ['--color beats NO_COLOR', withEnv({ NO_COLOR: '1' }), ['--color'], true],
    ['--no-color on a TTY', tty, ['--no-color'], false],
    ['FORCE_COLOR=1 into a pipe', { env: { FORCE_COLOR: '1' }, stdoutIsTTY: false, stderrIsTTY: false }, [], true],
    ['FORCE_COLOR=0 on a TTY', withEnv({ FORCE_COLOR: '0' }), [], false],
    ['--no-color beats FORCE_COLOR', withEnv({ FORCE_COLOR: '3' }), ['--no-color'], false],
    ['TERM=dumb', withEnv({ TERM: 'dumb' }), [], false],
  ] as const)('the report on %s: coloured = %s', async (_name, terminal, flags, coloured) => {
    const r = await cli(['--report', ...flags, '-'], { stdin: DIRTY, terminal });
    expect(r.err.includes(ESC)).toBe(coloured);
    // The clean text on stdout is never coloured.
    expect(r.out.includes(ESC)).toBe(false);
  });

  it('FORCE_COLOR picks the depth', () => {
    expect(colorLevel({ flag: undefined, env: { FORCE_COLOR: '3' }, isTTY: false, detected: 0 })).toBe(3);
    expect(colorLevel({ flag: undefined, env: { FORCE_COLOR: '2' }, isTTY: false, detected: 0 })).toBe(2);
    expect(colorLevel({ flag: true, env: {}, isTTY: false, detected: 0 })).toBe(1);
  });
});

describe('the closing summary', () => {
  it('counts files, changed, unchanged, errors, and lines removed by reason', async () => {
    const dir = folder({ 'in/a.txt': DIRTY, 'in/b.txt': CLEAN, 'in/c.txt': REPEAT });
    const r = await cli(['--out-dir', join(dir, 'out'), join(dir, 'in'), join(dir, 'missing')]);
    expect(r.code).toBe(2);
    expect(r.err.trimEnd().split('\n').pop()).toBe('3 files: 2 changed, 1 unchanged, 1 error; 4 lines removed (ad-marker 1, loading-indicator 1, repeat 2)');
  });

  it('is not printed for one file to stdout', async () => {
    const r = await cli(['-'], { stdin: DIRTY });
    expect(r.err).toBe('');
  });
});
