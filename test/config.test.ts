import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configToOptions, findConfig, loadConfig, MAX_CONFIG_BYTES } from '../src/config/index.js';
import { MAX_PATTERN_CHARS } from '../src/config/validate.js';
import { clean } from '../src/index.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'dedupe-article.js');
// A time limit: before the fix, a pipe or a device as --config kept the run waiting or reading for ever.
const bin = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 20_000 });

const made: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'dedupe-config-'));
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function write(content: unknown): string {
  const path = join(folder(), 'dedupe-article.config.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('config', () => {
  it('loads a good config and turns it into clean options', () => {
    const path = write({
      rules: { 'ad-marker': false, 'site-footer': true },
      patterns: [{ id: 'site-footer', pattern: 'Contoh Media Group.*', flags: 'i', description: 'Our footer' }],
      stripCredits: true,
      minRepeatWords: 12,
      nearThreshold: 0.9,
    });
    const options = configToOptions(loadConfig(path));
    expect(options).toMatchObject({ rules: { 'ad-marker': false, 'site-footer': true }, stripCredits: true, minRepeatWords: 12, nearThreshold: 0.9 });
    expect(options.customRules?.map((r) => r.id)).toEqual(['site-footer']);
    const text = 'Judul\nADVERTISEMENT\nCONTOH MEDIA GROUP 2024\nKalimat tentang Contoh Media Group yang tetap ada.\nEditor: Nama';
    expect(clean(text, options).text).toBe('Judul\nADVERTISEMENT\nKalimat tentang Contoh Media Group yang tetap ada.');
  });

  it('accepts an empty config', () => {
    expect(configToOptions(loadConfig(write({})))).toEqual({});
  });

  it('finds the nearest config walking up from a folder', () => {
    const root = folder();
    const deep = join(root, 'a', 'b');
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(root, 'dedupe-article.config.json'), '{}');
    expect(findConfig(deep)).toBe(join(root, 'dedupe-article.config.json'));
    writeFileSync(join(root, 'a', 'dedupe-article.config.json'), '{}');
    expect(findConfig(deep)).toBe(join(root, 'a', 'dedupe-article.config.json'));
  });

  it.each([
    ['not JSON', '{ rules: ', /invalid JSON/],
    ['not an object', '[1, 2]', /\(top level\): expected a JSON object/],
    ['an unknown key', { rulez: {} }, /: rulez: unknown key/],
    ['an unknown rule id', { rules: { 'no-such-rule': false } }, /: rules\.no-such-rule: unknown rule id/],
    ['a switch that is not a boolean', { rules: { 'ad-marker': 'off' } }, /: rules\.ad-marker: expected true or false/],
    ['a bad regex', { patterns: [{ id: 'broken', pattern: '(unclosed' }] }, /: patterns\[0\]\.pattern: bad regular expression/],
    ['a global flag', { patterns: [{ id: 'stateful', pattern: 'x', flags: 'g' }] }, /: patterns\[0\]\.flags:/],
    // With m, ^ and $ match at a line separator inside the line: a whole-line pattern took article text.
    ['the multiline flag', { patterns: [{ id: 'multiline', pattern: '^Footer$', flags: 'im' }] }, /: patterns\[0\]\.flags: expected flags from "isuv".*no m/],
    ['a pattern id that is taken', { patterns: [{ id: 'ad-marker', pattern: 'x' }] }, /: patterns\[0\]\.id: "ad-marker" is already a rule id/],
    ['an unknown pattern key', { patterns: [{ id: 'x', pattern: 'x', regex: 'y' }] }, /: patterns\[0\]\.regex: unknown key/],
    ['a threshold above 1', { nearThreshold: 1.5 }, /: nearThreshold: expected a number above 0 and at most 1/],
    ['a threshold of 0', { nearThreshold: 0 }, /: nearThreshold:/],
    ['a fractional word count', { minRepeatWords: 2.5 }, /: minRepeatWords: expected a whole number/],
    ['stripCredits as a string', { stripCredits: 'yes' }, /: stripCredits: expected true or false/],
    ['JSON broken across lines', '{\n "rules":\n x\n}', /invalid JSON: .*"\{\\n "rules":\\n x\\n\}"/],
    ['a pattern past the length cap', { patterns: [{ id: 'long', pattern: 'a'.repeat(MAX_PATTERN_CHARS + 1) }] }, /: patterns\[0\]\.pattern: "a{40}…" has 10,001 characters; a pattern may have at most 10,000 \(split a long list of phrases into several patterns\)$/],
    ['a long bad regex, quoted short', { patterns: [{ id: 'long', pattern: `(unclosed${'b'.repeat(5000)}` }] }, /: patterns\[0\]\.pattern: bad regular expression: Unterminated group$/],
    ['a pattern that unanchors the whole-line form', { patterns: [{ id: 'open', pattern: 'a)|(b' }] }, /: patterns\[0\]\.pattern: bad regular expression/],
  ])('rejects %s with one line naming the file and the key', (_name, content, message) => {
    const path = write(content);
    expect(() => loadConfig(path)).toThrow(message);
    try {
      loadConfig(path);
    } catch (error) {
      const text = (error as Error).message;
      expect(text.startsWith(path)).toBe(true);
      expect(text).not.toContain('\n');
      expect(text.length).toBeLessThan(path.length + 200);
    }
  });

  it('names a missing file', () => {
    expect(() => loadConfig(join(folder(), 'absent.json'))).toThrow(/absent\.json: cannot read the config file/);
  });

  it('names an empty file name (an unset shell variable) as such', () => {
    expect(() => loadConfig('')).toThrow(/^: cannot read the config file: the file name is empty \(an unset shell variable\?\)$/);
  });

  it('refuses a config past 1 MiB before reading it', () => {
    const path = write('{}');
    truncateSync(path, MAX_CONFIG_BYTES + 1); // '{}' and then NUL bytes, sparse: nothing is written
    expect(() => loadConfig(path)).toThrow(/dedupe-article\.config\.json: cannot read the config file: is larger than 1 MiB, the most a config file may be$/);
  });
});

describe.skipIf(process.platform === 'win32')('a --config that is not a regular file', () => {
  it.each([
    ['a named pipe (it waited for a writer for ever)', 'pipe.json', /pipe\.json: cannot read the config file: is a named pipe, not a regular file$/],
    ['a link to a named pipe', 'link.json', /link\.json: cannot read the config file: is a named pipe, not a regular file$/],
    ['a device (/dev/zero grew to gigabytes)', '/dev/zero', /\/dev\/zero: cannot read the config file: is a device, not a regular file$/],
    ['a folder', '.', /\.: cannot read the config file: is a directory$/],
  ])('is refused at once with one line: %s', (_name, config, message) => {
    const dir = folder();
    writeFileSync(join(dir, 'a.txt'), 'Headline\nThe body.\n');
    expect(spawnSync('mkfifo', [join(dir, 'pipe.json')]).status).toBe(0);
    expect(spawnSync('ln', ['-s', 'pipe.json', join(dir, 'link.json')]).status).toBe(0);
    const r = bin(['--config', config, 'a.txt'], dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(message);
  });
});

describe('a pattern V8 cannot compile as the cleaner runs it', () => {
  // Valid, under the length cap, and compiled by V8 for Latin-1 text; but for wider text its /iu case
  // folding runs V8's compiler out of stack. V8 compiles a regex when it first runs: the config loaded,
  // then every input file with a character past Latin-1 failed, each with an error line of the whole pattern.
  const pattern = `\\p{L}${'a'.repeat(8_000)}`;
  const WIDE = 'Headline \u2014 with a dash\nThe body.\n';

  it('is one line naming the config and the pattern at start-up, not an error for each file', () => {
    expect(() => new RegExp(`^(?:${pattern})$`, 'iu').test('\u2014'), 'V8 compiles this pattern now: make it longer').toThrow();
    const dir = folder();
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ patterns: [{ id: 'fine', pattern: 'x' }, { id: 'huge', pattern, flags: 'iu' }] }));
    writeFileSync(join(dir, 'a.txt'), WIDE);
    writeFileSync(join(dir, 'b.txt'), WIDE);
    const r = bin(['--config', 'c.json', 'a.txt', 'b.txt'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^dedupe-article: c\.json: patterns\[1\]\.pattern: cannot be compiled as a whole-line rule: .+ \("\\\\p\{L\}a{35}…", 8,005 characters\)\n$/);
  });
});
