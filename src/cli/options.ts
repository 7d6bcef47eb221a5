import type { Encoding } from '../io/encoding.js';
import type { ScaleOptions } from '../batch/scale-options.js';
import type { FileIdentity } from '../io/output-file.js';

/** Everything the command line decided, validated, as one object: the run reads nothing else. */
export interface CliOptions {
  paths: string[];
  /** Read standard input: no paths and stdin is not a terminal, or `-` given. */
  stdin: boolean;
  mode: 'stdout' | 'write' | 'out-dir' | 'check';
  outDir?: string;
  extensions: string[];
  stripCredits: boolean;
  noRepeats: boolean;
  disabledRules: string[];
  configPath?: string;
  explain: boolean;
  quiet: boolean;
  color: boolean | undefined;
  listRules: boolean;
  /** --report: per-file removals on stderr (or in the JSON document with --format json). */
  report: boolean;
  format: 'text' | 'json';
  /** --diff: a unified diff per file on stdout instead of the text. */
  diff: boolean;
  /** --encoding: read and write files in this encoding; undefined = UTF-8, or UTF-16 when a BOM says so. */
  encoding?: Encoding;
  /** Batches, streams, JSONL, learned boilerplate (src/batch/scale-options.ts); absent = defaults. */
  scale?: ScaleOptions;
  /** Standard output's file when it is a regular file: set by run() from its environment, never by a flag; an input that is this file is refused. */
  outputFile?: FileIdentity | null;
}

export class UsageError extends Error {}
