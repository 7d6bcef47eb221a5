import type { Cleaner } from '../core/clean.js';
import type { InputFile } from '../io/expand-inputs.js';
import type { CliOptions } from '../cli/options.js';
import { processFile, type FileOutcome } from '../cli/process-file.js';
import { signatureOf, type ArticleSignature } from '../core/signature.js';

/** What a batch needs back from one file: only the parts the mode prints or writes travel between threads. */
export interface JobPlan {
  options: CliOptions;
  /** Keep the input text (for --explain and --diff). */
  keepInput: boolean;
  /** Keep the clean text (stdout, --diff, or the batch writes it itself). */
  keepText: boolean;
  /** The batch writes the output itself (to skip duplicate articles), so the job must not. */
  deferWrite: boolean;
  /** Keep each line's verdict (--report, --explain, --format json); the stats are always kept. */
  keepVerdicts: boolean;
  /** Compute an article signature to find duplicate articles. */
  signature: boolean;
}

export interface JobResult {
  outcome: FileOutcome;
  signature: ArticleSignature | null;
}

export function planFor(options: CliOptions, skipDuplicates: boolean, files: number): JobPlan {
  const writes = options.mode === 'write' || options.mode === 'out-dir';
  const deferWrite = skipDuplicates && writes;
  return {
    options: deferWrite ? { ...options, mode: 'stdout' } : options,
    keepInput: options.explain || options.diff,
    keepText: options.mode === 'stdout' || options.diff || deferWrite,
    keepVerdicts: options.report || options.explain || options.format === 'json',
    deferWrite,
    signature: files > 1, // one file has no earlier copy
  };
}

export function runJob(file: InputFile, clean: Cleaner, plan: JobPlan): JobResult {
  const outcome = processFile(file, clean, plan.options);
  if (!outcome.ok) return { outcome, signature: null };
  const { signature: made, ...result } = outcome.result;
  const signature = plan.signature ? (made ?? signatureOf(result.text)) : null;
  const slim: FileOutcome = {
    ...outcome,
    input: plan.keepInput ? outcome.input : '',
    result: { ...result, text: plan.keepText ? result.text : '', verdicts: plan.keepVerdicts ? result.verdicts : [] },
  };
  return { outcome: slim, signature };
}
