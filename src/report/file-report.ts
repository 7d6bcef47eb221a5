import type { CleanResult, CleanStats, Verdict } from '../core/types.js';
import type { Encoding } from '../io/encoding.js';

/** What happened to one input: the record every report format (text, JSON, summary) is made from. */
export interface FileReport {
  /** The path as given or found; `<stdin>` for standard input. */
  file: string;
  status: 'changed' | 'unchanged' | 'error' | 'skipped';
  encoding: Encoding | null;
  /** The file (or its copy under --out-dir) was written. */
  written: boolean;
  /** Why the file failed or was skipped. */
  error: string | null;
  verdicts: Verdict[];
  stats: CleanStats | null;
}

export function cleanedReport(file: string, encoding: Encoding, result: CleanResult, written: boolean): FileReport {
  return { file, status: result.changed ? 'changed' : 'unchanged', encoding, written, error: null, verdicts: result.verdicts, stats: result.stats };
}

export function failedReport(file: string, error: string, skipped = false): FileReport {
  return { file, status: skipped ? 'skipped' : 'error', encoding: null, written: false, error, verdicts: [], stats: null };
}

/** The key a removal is counted under: the rule id, `repeat` or `profile`. */
export function reasonKey(v: Verdict): string {
  return v.reason.kind === 'rule' ? v.reason.rule : v.reason.kind;
}
