import { builtinRules } from '../rules/registry.js';
import type { DedupeConfig, PatternConfig } from './types.js';

const TOP_KEYS = ['rules', 'patterns', 'stripCredits', 'minRepeatWords', 'nearThreshold'] as const;
const PATTERN_KEYS = ['id', 'pattern', 'flags', 'description'] as const;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// `g` and `y` make RegExp.test stateful, which would make a rule match every other line.
const FLAGS = /^[imsuv]*$/;

type Fail = (key: string, message: string) => never;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Check a parsed config strictly; `file` names it in every error, with the key at fault. */
export function validateConfig(raw: unknown, file: string): DedupeConfig {
  const fail: Fail = (key, message) => {
    throw new Error(`${file}: ${key}: ${message}`);
  };
  if (!isObject(raw)) fail('(top level)', 'expected a JSON object');
  const input = raw as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!(TOP_KEYS as readonly string[]).includes(key)) fail(key, `unknown key (allowed: ${TOP_KEYS.join(', ')})`);
  }
  const config: DedupeConfig = {};
  if (input.patterns !== undefined) config.patterns = validatePatterns(input.patterns, fail);
  if (input.rules !== undefined) config.rules = validateSwitches(input.rules, config.patterns ?? [], fail);
  if (input.stripCredits !== undefined) {
    if (typeof input.stripCredits !== 'boolean') fail('stripCredits', 'expected true or false');
    config.stripCredits = input.stripCredits as boolean;
  }
  if (input.minRepeatWords !== undefined) {
    const n = input.minRepeatWords;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 1000) fail('minRepeatWords', `expected a whole number from 1 to 1000, got ${JSON.stringify(n)}`);
    config.minRepeatWords = n as number;
  }
  if (input.nearThreshold !== undefined) {
    const x = input.nearThreshold;
    if (typeof x !== 'number' || !(x > 0 && x <= 1)) fail('nearThreshold', `expected a number above 0 and at most 1, got ${JSON.stringify(x)}`);
    config.nearThreshold = x as number;
  }
  return config;
}

function validatePatterns(value: unknown, fail: Fail): PatternConfig[] {
  if (!Array.isArray(value)) fail('patterns', 'expected an array of {id, pattern, flags?, description?}');
  const seen = new Set(builtinRules.map((r) => r.id));
  return (value as unknown[]).map((entry, i) => {
    const at = `patterns[${i}]`;
    if (!isObject(entry)) fail(at, 'expected an object {id, pattern, flags?, description?}');
    const e = entry as Record<string, unknown>;
    for (const key of Object.keys(e)) {
      if (!(PATTERN_KEYS as readonly string[]).includes(key)) fail(`${at}.${key}`, `unknown key (allowed: ${PATTERN_KEYS.join(', ')})`);
    }
    if (typeof e.id !== 'string' || !KEBAB.test(e.id)) fail(`${at}.id`, 'expected a kebab-case id such as "site-footer"');
    const id = e.id as string;
    if (seen.has(id)) fail(`${at}.id`, `"${id}" is already a rule id`);
    seen.add(id);
    if (typeof e.pattern !== 'string' || e.pattern === '') fail(`${at}.pattern`, 'expected a regular expression source string');
    if (e.flags !== undefined && (typeof e.flags !== 'string' || !FLAGS.test(e.flags))) fail(`${at}.flags`, 'expected flags from "imsuv" (no g or y)');
    if (e.description !== undefined && typeof e.description !== 'string') fail(`${at}.description`, 'expected a string');
    try {
      new RegExp(e.pattern as string, (e.flags as string | undefined) ?? 'u');
    } catch (error) {
      fail(`${at}.pattern`, `bad regular expression: ${(error as Error).message}`);
    }
    const pattern: PatternConfig = { id, pattern: e.pattern as string };
    if (e.flags !== undefined) pattern.flags = e.flags as string;
    if (e.description !== undefined) pattern.description = e.description as string;
    return pattern;
  });
}

function validateSwitches(value: unknown, patterns: PatternConfig[], fail: Fail): Record<string, boolean> {
  if (!isObject(value)) fail('rules', 'expected an object of rule id → true/false');
  const known = new Set([...builtinRules.map((r) => r.id), ...patterns.map((p) => p.id)]);
  const switches: Record<string, boolean> = {};
  for (const [id, on] of Object.entries(value as Record<string, unknown>)) {
    if (!known.has(id)) fail(`rules.${id}`, 'unknown rule id');
    if (typeof on !== 'boolean') fail(`rules.${id}`, 'expected true or false');
    switches[id] = on as boolean;
  }
  return switches;
}
