import { builtinRules } from '../rules/registry.js';
import { withoutUnicodeFolding } from '../core/fast-regex.js';
import { shortQuote } from './read-settings.js';
import type { DedupeConfig, PatternConfig } from './types.js';

const TOP_KEYS = ['rules', 'patterns', 'stripCredits', 'minRepeatWords', 'nearThreshold'] as const;
const PATTERN_KEYS = ['id', 'pattern', 'flags', 'description'] as const;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// `g` and `y` make RegExp.test stateful, which would make a rule match every other line; `m` lets `^` and
// `$` match at a line separator (U+2028) inside the line, so a pattern anchored to the whole line would
// take a line that only ends in junk, article text and all.
const FLAGS = /^[isuv]*$/;
/**
 * The longest pattern taken: room for a long list of a site's junk phrases (a longer one is split into
 * several patterns), and a bound on the time one takes to compile (\p{L} repeated to this length under
 * /iu, the slowest found, took 1.9 s). V8 compiles plain text up to 32,700 characters under /i or /u;
 * under /iu with \p{…} or \u{…} it runs out of stack past 6,100 on text beyond Latin-1, a failure
 * checkPattern catches at load.
 */
export const MAX_PATTERN_CHARS = 10_000;

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
    if (e.flags !== undefined && (typeof e.flags !== 'string' || !FLAGS.test(e.flags))) fail(`${at}.flags`, 'expected flags from "isuv" (no g or y, which make a rule skip lines; no m, which lets ^ and $ match inside a line)');
    if (e.description !== undefined && typeof e.description !== 'string') fail(`${at}.description`, 'expected a string');
    checkPattern(e.pattern as string, e.flags as string | undefined, (message) => fail(`${at}.pattern`, message));
    const pattern: PatternConfig = { id, pattern: e.pattern as string };
    if (e.flags !== undefined) pattern.flags = e.flags as string;
    if (e.description !== undefined) pattern.description = e.description as string;
    return pattern;
  });
}

/** The regex a pattern becomes: anchored, so that it names a whole line as the built-in line rules do. */
export function wholeLineRegExp(pattern: string, flags = 'u'): RegExp {
  return new RegExp(`^(?:${pattern})$`, flags);
}

/**
 * A pattern must be valid on its own (else `a)|(b` would unanchor the whole-line form) and compile as
 * the cleaner runs it. V8 compiles a regex when it first runs, so a pattern too large to compile passed
 * `new RegExp` and then failed every input file: it is run here, once, in each form the cleaner uses.
 */
function checkPattern(pattern: string, flags: string | undefined, fail: (message: string) => never): void {
  const length = pattern.length.toLocaleString('en-US');
  if (pattern.length > MAX_PATTERN_CHARS) fail(`${shortQuote(pattern)} has ${length} characters; a pattern may have at most ${MAX_PATTERN_CHARS.toLocaleString('en-US')} (split a long list of phrases into several patterns)`);
  try {
    new RegExp(pattern, flags ?? 'u');
  } catch (error) {
    fail(`bad regular expression: ${regExpCause(error)}`);
  }
  try {
    const line = wholeLineRegExp(pattern, flags);
    for (const form of new Set([line, withoutUnicodeFolding(line)])) compileNow(form);
  } catch (error) {
    fail(`cannot be compiled as a whole-line rule: ${regExpCause(error)} (${shortQuote(pattern)}, ${length} characters)`);
  }
}

/**
 * Make V8 compile `re` as the cleaner will need it: for text of Latin-1 characters and for wider text
 * (each has its own code), each run twice (the first compiles to bytecode, the second to machine code:
 * V8's regexp tier-up). Runs of the same pattern later reuse that code.
 */
function compileNow(re: RegExp): void {
  for (const subject of ['', '\u0100']) {
    re.test(subject);
    re.test(subject);
  }
}

/** V8's reason without the source it quotes ("Invalid regular expression: /SOURCE/FLAGS: reason"). */
function regExpCause(error: unknown): string {
  const message = (error as Error).message;
  const cause = message.startsWith('Invalid regular expression: /') ? message.slice(message.lastIndexOf(': ') + 2) : message;
  return cause.length > 200 ? `${cause.slice(0, 200)}…` : cause;
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
