import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { CleanOptions } from '../core/options.js';
import type { Rule } from '../rules/types.js';
import { CONFIG_FILE, type DedupeConfig, type PatternConfig } from './types.js';
import { jsonError, readSettingsFile } from './read-settings.js';
import { validateConfig, wholeLineRegExp } from './validate.js';

export { CONFIG_FILE, type DedupeConfig, type PatternConfig } from './types.js';

/** A config is a few switches and patterns: a thousand long patterns fit in well under this. */
export const MAX_CONFIG_BYTES = 1 << 20;

/** Read and validate a config file; every problem is one thrown Error naming the file and the key. */
export function loadConfig(path: string): DedupeConfig {
  const text = readSettingsFile(path, 'config file', MAX_CONFIG_BYTES);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: invalid JSON: ${jsonError(error)}`);
  }
  return validateConfig(raw, path);
}

/** The nearest `dedupe-article.config.json` in `startDir` or a folder above it, if any. */
export function findConfig(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (isFile(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The clean options a validated config stands for; its patterns become whole-line custom rules. */
export function configToOptions(config: DedupeConfig): CleanOptions {
  const options: CleanOptions = {};
  if (config.rules) options.rules = { ...config.rules };
  if (config.patterns?.length) options.customRules = config.patterns.map(patternRule);
  if (config.stripCredits !== undefined) options.stripCredits = config.stripCredits;
  if (config.minRepeatWords !== undefined) options.minRepeatWords = config.minRepeatWords;
  if (config.nearThreshold !== undefined) options.nearThreshold = config.nearThreshold;
  return options;
}

function patternRule(p: PatternConfig): Rule {
  return {
    id: p.id,
    description: p.description ?? `User pattern /${p.pattern}/${p.flags ?? ''}`,
    languages: ['*'],
    category: 'boilerplate',
    line: wholeLineRegExp(p.pattern, p.flags),
    examples: { junk: [], content: [] },
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
