import { availableParallelism } from 'node:os';
import { Option, type Command } from 'commander';
import { UsageError } from '../cli/options.js';

/** The options of batch runs, streams, JSONL and learned boilerplate (docs/scale.md). */
export interface ScaleOptions {
  /** Worker threads; undefined = one a CPU from AUTO_POOL_FILES files on, started once the batch proves long enough (pool.ts). */
  jobs?: number;
  /** The --jobs asked for, when it was more than maxJobs() and `jobs` is that limit instead. */
  jobsAsked?: number;
  stream: boolean;
  jsonl: boolean;
  field: string;
  stats: boolean;
  learn: boolean;
  profile?: string;
  learnMinFiles?: number;
  skipDuplicates: boolean;
  progress: boolean;
}

/** A batch this large is worth starting worker threads for without being asked. */
export const AUTO_POOL_FILES = 32;

export function addScaleOptions(program: Command): Command {
  return program
    .option('-j, --jobs <n>', 'threads for a batch of files, JSONL records or a stream (default: one per CPU; at most twice the CPUs, or 8)')
    .option('--stream', 'stream the input through in bounded memory (automatic past 8 MiB); exact repeats only, see docs/scale.md')
    .option('--jsonl', 'read one JSON record per line and clean its text field; every other field is left as it is')
    .option('--field <name>', 'with --jsonl: the field holding the text (default: "text")')
    .option('--stats', 'with --jsonl: add a "dedupe_stats" object to each record')
    .option('--learn', 'two passes: learn the lines that recur across the files (site boilerplate), then remove them')
    .option('--profile <file>', "remove the boilerplate learned in a profile ('dedupe-article learn')")
    .option('--learn-min-files <n>', 'files a learned line must stand in (default: 3, and 1% of the files)')
    .option('--skip-duplicate-articles', 'do not write or print an article that copies an earlier one in the batch')
    .addOption(new Option('--no-progress', 'no progress bar on a terminal'));
}

export function readScaleOptions(o: Record<string, unknown>, conflicts: { stdin: boolean; mode: string; explain: boolean; diff: boolean; json: boolean }): ScaleOptions {
  const given = o.jobs === undefined ? undefined : readJobs(o.jobs);
  const asked = given?.asked;
  const jobs = given?.jobs;
  const learnMinFiles = o.learnMinFiles === undefined ? undefined : positiveInt('--learn-min-files', o.learnMinFiles);
  const s: ScaleOptions = {
    ...(jobs !== undefined ? { jobs } : {}),
    ...(asked !== undefined && asked !== jobs ? { jobsAsked: asked } : {}),
    stream: Boolean(o.stream),
    jsonl: Boolean(o.jsonl),
    field: String(o.field ?? 'text'),
    stats: Boolean(o.stats),
    learn: Boolean(o.learn),
    ...(o.profile !== undefined ? { profile: String(o.profile) } : {}),
    ...(learnMinFiles !== undefined ? { learnMinFiles } : {}),
    skipDuplicates: Boolean(o.skipDuplicateArticles),
    progress: o.progress !== false,
  };
  const printsElse = [conflicts.explain && '--explain', conflicts.diff && '--diff', conflicts.json && '--format json'].filter(Boolean);
  for (const [flag, on] of [['--jsonl', s.jsonl], ['--stream', s.stream]] as const) {
    if (!on) continue;
    if (conflicts.mode !== 'stdout') throw new UsageError(`${flag} writes to standard output and cannot be used with --${conflicts.mode}`);
    if (printsElse.length > 0) throw new UsageError(`${flag} cannot be used with ${printsElse[0]}`);
  }
  if (s.jsonl && s.stream) throw new UsageError('--jsonl already streams: leave out --stream');
  if (s.stats && !s.jsonl) throw new UsageError('--stats goes with --jsonl');
  if (o.field !== undefined && !s.jsonl) throw new UsageError('--field goes with --jsonl');
  if (s.stats && s.field === 'dedupe_stats') throw new UsageError('--stats writes "dedupe_stats": it cannot be the --field too');
  if (s.learn && conflicts.stdin) throw new UsageError('--learn needs a batch of files: give files or folders');
  if (s.learn && s.stream) throw new UsageError("--learn learns across files, a stream is one: learn first ('dedupe-article learn'), then --stream --profile");
  return s;
}

export function jobsFor(s: ScaleOptions | undefined, files: number): number {
  if (s?.jobs !== undefined) return s.jobs;
  return files >= AUTO_POOL_FILES ? availableParallelism() : 1;
}

/**
 * The most worker threads a run starts: threads past the CPUs only share them, and each costs its own
 * memory (a thread's heap, a stream's blocks): -j 200 on 2,000 files took 3.3 GB and 13x the time of -j 2.
 * Twice the CPUs, and at least 8, so that -j 8 means 8 threads on any machine.
 */
export function maxJobs(): number {
  return Math.max(8, 2 * availableParallelism());
}

/** The note for a --jobs that was lowered to maxJobs(). */
export function jobsNote(asked: number, jobs: number): string {
  return `-j ${asked}: using ${jobs} threads (twice the ${availableParallelism()} CPUs here, at least 8): more would only share the CPUs and cost memory`;
}

/** --jobs as given: a whole number of 1 or more, held to maxJobs(). */
export function readJobs(value: unknown): { jobs: number; asked: number } {
  const asked = positiveInt('--jobs', value);
  return { jobs: Math.min(asked, maxJobs()), asked };
}

function positiveInt(flag: string, value: unknown): number {
  // Digits only: Number() also reads "1e3", "0x10" and " 8 ", which no one means as a count.
  const n = /^\d{1,9}$/.test(String(value)) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} needs a whole number of 1 or more, not "${String(value)}"`);
  return n;
}
