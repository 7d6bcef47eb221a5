import { createCleaner, type Cleaner } from '../core/clean.js';
import type { CleanOptions } from '../core/options.js';
import type { InputFile } from '../io/expand-inputs.js';
import { displayPath } from '../cli/messages.js';
import type { CliOptions } from '../cli/options.js';
import type { FileOutcome } from '../cli/process-file.js';
import { planFor, runJob, type JobResult } from './file-job.js';
import { mapInOrder } from './pool.js';
import { toPortable } from './transfer.js';
import { writeFailure, writeOutput } from './write-output.js';
import { streamLargeFile } from './large-file.js';

export interface BatchRequest {
  files: readonly InputFile[];
  options: CliOptions;
  cleanOptions: CleanOptions;
  clean: Cleaner;
  /** Worker threads; 1 cleans on this thread. */
  jobs: number;
  /** The jobs were not asked for: start the workers only when the batch proves long enough to repay them. */
  jobsByDefault?: boolean;
  skipDuplicates: boolean;
  /** Every file's outcome, in input order; `skippable` marks a file that may be skipped with a warning. */
  report: (outcome: FileOutcome, skippable: boolean) => void;
  /** A note about the run on stderr (duplicate articles); not called with --quiet. */
  note: (text: string) => void;
  /** Draw a progress bar with this writer (a terminal's stderr), or not at all. */
  progress: ((s: string) => void) | null;
  shouldStop: () => boolean;
  /** Standard output for a large file streamed in its turn (its bytes, not a string of them). */
  writeOut: (bytes: Uint8Array) => void;
}

/**
 * Clean many files in one process: a pool of worker threads does the reading, cleaning and writing;
 * this thread reports the outcomes in input order, finds articles saved twice, and draws the progress.
 * Output is byte-identical whatever the number of threads.
 */
export async function cleanBatch(b: BatchRequest): Promise<{ duplicates: number }> {
  const plan = planFor(b.options, b.skipDuplicates, b.files.length);
  // Files cleaned on this thread: with their signatures made from the words the cleaner hashed anyway
  // (as the worker threads make them), not by hashing the clean text again.
  let localClean: Cleaner | null = null;
  const portable = toPortable(b.cleanOptions);
  // Loaded only for a batch: one file has no copy to find and no progress to show.
  const copies = plan.signature ? new (await import('./duplicates.js')).DuplicateIndex() : null;
  const bar = b.progress && b.files.length > 1 ? new (await import('./progress.js')).ProgressBar(b.files.length, b.progress, process.stderr.columns || 80) : null;
  let duplicates = 0;
  let done = 0;

  const onResult = (result: JobResult, index: number): void | Promise<void> => {
    const { outcome } = result;
    if (!outcome.ok && outcome.large) return streamLargeFile(outcome.file, b.options, b.cleanOptions, b.writeOut).then((streamed) => settle({ outcome: streamed, signature: null }, index, true));
    settle(result, index);
  };
  // `streamed`: the large file's output is written already.
  const settle = ({ outcome, signature }: JobResult, index: number, streamed = false) => {
    const file = b.files[index]!;
    let final: FileOutcome = outcome;
    const copy = signature && copies ? copies.check(signature) : (copies?.skip(), null);
    if (copy && outcome.ok) {
      duplicates++;
      const what = `the same article as ${displayPath(b.files[copy.of]!.path)} (${copy.kind === 'exact' ? 'an exact copy' : 'a near copy'} after cleaning)`;
      bar?.clear();
      if (b.skipDuplicates) final = { file, ok: false, error: `${what}; skipped`, binary: true };
      else b.note(`${displayPath(file.path)}: ${what}`);
    } else if (plan.deferWrite && outcome.ok && !streamed) {
      try {
        const wrote = writeOutput(file, outcome.result.text, outcome.result.changed, outcome.encoding, b.options, outcome.version);
        final = { ...outcome, wrote, result: { ...outcome.result, text: '' } };
      } catch (error) {
        final = { file, ok: false, error: writeFailure(file, b.options, error) };
      }
    }
    if (!final.ok || b.options.report) bar?.clear();
    b.report(final, copy !== null || file.explicit !== true);
    bar?.update(++done);
  };

  await mapInOrder<JobResult>({
    files: b.files,
    jobs: b.jobs,
    startWhenWorthIt: b.jobsByDefault === true,
    setup: portable && { clean: portable, job: plan, learn: null },
    local: (file) => runJob(file, (localClean ??= plan.signature ? createCleaner({ ...b.cleanOptions, signature: true }) : b.clean), plan),
    onResult,
    shouldStop: b.shouldStop,
  });
  bar?.clear();
  return { duplicates };
}
