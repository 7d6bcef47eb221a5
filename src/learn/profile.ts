import { jsonError, readSettingsFile, shortQuote } from '../config/read-settings.js';

/**
 * What a batch learned about its sites: for each line long enough to judge, in how many files it stood.
 * Counts from separate partitions add up, so profiles are built map-reduce style and merged.
 */
export interface Profile {
  format: 'dedupe-article-profile';
  version: 1;
  /** Articles counted (duplicate articles count once). */
  files: number;
  minWords: number;
  /** Lines seen in at least two files, most frequent first. */
  lines: { text: string; files: number }[];
}

export const LEARN_DEFAULTS = Object.freeze({
  minWords: 4,
  /** A line is boilerplate when it stands in at least this many files... */
  minFiles: 3,
  /** ...and in at least this share of the files counted. */
  minShare: 0.01,
  /** Distinct lines kept while counting; past it the rarest are forgotten (see LineCounter). */
  capacity: 500_000,
});

/**
 * Counts, per normalised line, the files it stands in. Memory is bounded: when the table passes its
 * capacity, lines seen in the fewest files are dropped (raising the floor until half the table is free).
 * A line that is boilerplate recurs from the start and survives; what is forgotten is the long tail of
 * lines seen once or twice.
 */
export class LineCounter {
  private readonly counts = new Map<string, number>();
  private floor = 1;
  files = 0;

  constructor(private readonly capacity: number = LEARN_DEFAULTS.capacity) {}

  addFile(keys: readonly string[]): void {
    this.files++;
    for (const k of keys) this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
    if (this.counts.size > this.capacity) this.prune();
  }

  private prune(): void {
    while (this.counts.size > this.capacity / 2) {
      for (const [k, n] of this.counts) if (n <= this.floor) this.counts.delete(k);
      this.floor++;
    }
  }

  toProfile(minWords: number): Profile {
    return { format: 'dedupe-article-profile', version: 1, files: this.files, minWords, lines: sortedLines(this.counts, 2) };
  }
}

function sortedLines(counts: Map<string, number>, atLeast: number): Profile['lines'] {
  return [...counts]
    .filter(([, n]) => n >= atLeast)
    .sort(([a, n], [b, m]) => m - n || (a < b ? -1 : a > b ? 1 : 0))
    .map(([text, files]) => ({ text, files }));
}

/**
 * Add profiles learned on separate partitions: files and per-line counts sum. A sum past
 * Number.MAX_SAFE_INTEGER is refused: it would be rounded, and past 1e308 written as null.
 */
export function mergeProfiles(profiles: readonly Profile[]): Profile {
  const counts = new Map<string, number>();
  let files = 0;
  for (const p of profiles) {
    files = countSum(files, p.files, 'their "files" counts');
    for (const l of p.lines) counts.set(l.text, countSum(counts.get(l.text) ?? 0, l.files, `the counts of the line ${shortQuote(l.text)}`));
  }
  if (profiles.length === 0) throw new Error('cannot merge the profiles: none given');
  const minWords = Math.max(...profiles.map((p) => p.minWords));
  return { format: 'dedupe-article-profile', version: 1, files, minWords, lines: sortedLines(counts, 1) };
}

/** Files a line must stand in to be removed: at least 3, and at least 1% of the files counted. */
export function minFilesFor(profile: Profile, override?: number): number {
  return override ?? Math.max(LEARN_DEFAULTS.minFiles, Math.ceil(profile.files * LEARN_DEFAULTS.minShare));
}

/** The lines of a profile that count as boilerplate, as CleanOptions.boilerplate wants them. */
export function boilerplateOf(profile: Profile, minFiles = minFilesFor(profile)): Map<string, number> {
  return new Map(profile.lines.filter((l) => l.files >= minFiles).map((l) => [l.text, l.files]));
}

/**
 * The largest profile read. One learn pass keeps at most 500,000 lines (LEARN_DEFAULTS.capacity), some
 * 50 MiB at the 99 bytes a row of the fixture articles; merged partitions add more. A 130 MB profile
 * took 1.3 GB of memory to load, so this one takes some 2.5 GB: past it, a profile is refused, not
 * left to exhaust the memory.
 */
export const MAX_PROFILE_BYTES = 256 << 20;

export function readProfile(path: string): Profile {
  const text = readSettingsFile(path, 'profile', MAX_PROFILE_BYTES);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: cannot read the profile: invalid JSON: ${jsonError(error)}`);
  }
  const p = data as Profile;
  if (!p || p.format !== 'dedupe-article-profile' || p.version !== 1 || !Array.isArray(p.lines) || typeof p.files !== 'number') {
    throw new Error(`${path}: not a dedupe-article profile (made by 'dedupe-article learn')`);
  }
  checkCount(p.files, `${path}: files`);
  // The fewest words a line learned had: a merge keeps the largest (a profile without it merged into null).
  if (!Number.isSafeInteger(p.minWords) || p.minWords < 1) throw new Error(`${path}: minWords: expected a whole number of 1 or more, got ${JSON.stringify(p.minWords)}`);
  p.lines.forEach((l, i) => {
    if (typeof l?.text !== 'string' || typeof l.files !== 'number') throw new Error(`${path}: a profile line needs "text" and "files"`);
    checkCount(l.files, `${path}: lines[${i}].files`);
  });
  return p;
}

const MAX_COUNT = Number.MAX_SAFE_INTEGER.toLocaleString('en-US');

/** A count of files: a whole number, not negative, small enough to add up exactly. */
function checkCount(n: number, at: string): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${at}: expected a whole number from 0 to ${MAX_COUNT}, got ${String(n)}`);
}

function countSum(a: number, b: number, what: string): number {
  const sum = a + b;
  if (sum > Number.MAX_SAFE_INTEGER) throw new Error(`cannot merge the profiles: ${what} add up past ${MAX_COUNT}, the largest count a profile holds`);
  return sum;
}

export function serializeProfile(profile: Profile): string {
  const head = JSON.stringify({ format: profile.format, version: profile.version, files: profile.files, minWords: profile.minWords });
  // One line per learned line: a profile stays readable, diffable and editable by hand.
  const body = profile.lines.map((l) => `    ${JSON.stringify(l)}`).join(',\n');
  return `${head.slice(0, -1)},\n  "lines": [\n${body}${body ? '\n' : ''}  ]\n}\n`;
}
