import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configToOptions, findConfig, loadConfig } from '../src/config/index.js';
import { clean } from '../src/index.js';

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
    ['a pattern id that is taken', { patterns: [{ id: 'ad-marker', pattern: 'x' }] }, /: patterns\[0\]\.id: "ad-marker" is already a rule id/],
    ['an unknown pattern key', { patterns: [{ id: 'x', pattern: 'x', regex: 'y' }] }, /: patterns\[0\]\.regex: unknown key/],
    ['a threshold above 1', { nearThreshold: 1.5 }, /: nearThreshold: expected a number above 0 and at most 1/],
    ['a threshold of 0', { nearThreshold: 0 }, /: nearThreshold:/],
    ['a fractional word count', { minRepeatWords: 2.5 }, /: minRepeatWords: expected a whole number/],
    ['stripCredits as a string', { stripCredits: 'yes' }, /: stripCredits: expected true or false/],
  ])('rejects %s with one line naming the file and the key', (_name, content, message) => {
    const path = write(content);
    expect(() => loadConfig(path)).toThrow(message);
    try {
      loadConfig(path);
    } catch (error) {
      const text = (error as Error).message;
      expect(text.startsWith(path)).toBe(true);
      expect(text).not.toContain('\n');
    }
  });

  it('names a missing file', () => {
    expect(() => loadConfig(join(folder(), 'absent.json'))).toThrow(/absent\.json: cannot read the config file/);
  });
});
