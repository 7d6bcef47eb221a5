import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../src/index.js';

// The README's rule table is documentation that must not rot: every rule has a row, every row a rule.
const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
const table = readme.slice(readme.indexOf('### The rules'), readme.indexOf('### Repeats'));
const documented = [...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);

describe('README', () => {
  it('has one row per built-in rule, in registry order', () => {
    expect(documented).toEqual(builtinRules.map((r) => r.id));
  });

  it('gives the two set-up commands, and CI runs exactly its test command', () => {
    expect(readme).toMatch(/npm install && npx dedupe-article fixtures\/seed\/seed\.input\.txt/);
    const ci = readFileSync(join(import.meta.dirname, '..', '.ci', 'run'), 'utf8');
    expect(ci).toMatch(/^npm ci$/m);
    expect(ci).toMatch(/^npm test$/m);
    expect(readme).toMatch(/^npm test\b/m);
  });
});
