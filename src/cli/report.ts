import { cleanedReport, failedReport, type FileReport } from '../report/file-report.js';
import { renderDiff } from '../report/diff.js';
import { renderJsonReport } from '../report/json.js';
import { addToTotals, emptyTotals, summaryLine, type RunTotals } from '../report/summary.js';
import { renderTextReport } from '../report/text.js';
import type { Painter } from './color.js';
import { renderExplanation } from './explain.js';
import { displayPath, fileError, PROGRAM, type Console } from './messages.js';
import type { CliOptions } from './options.js';
import type { FileOutcome } from './process-file.js';

export interface Terminal {
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

/**
 * Where every word of a run goes, decided once from the options:
 * - stdout: the clean text (stdout mode), or the file list (--check), or the diffs (--diff, instead of
 *   the text), or one JSON document (--format json, instead of all of those);
 * - stderr: errors, warnings, the --report blocks and the closing summary.
 * --quiet leaves only errors.
 */
export class RunReporter {
  readonly totals: RunTotals = emptyTotals();
  private readonly reports: FileReport[] = [];
  private readonly err: Painter;
  private readonly out: Painter;

  constructor(
    private readonly options: CliOptions,
    private readonly console: Console,
    paint: { out: Painter; err: Painter },
  ) {
    this.err = paint.err;
    this.out = paint.out;
  }

  /**
   * An argument that gave no file at all (a missing path, a pattern matching nothing), or a file the
   * walk found and could not take (a name not in UTF-8): an error entry of the JSON report too, so that
   * every error counted is one a reader can find there.
   */
  inputError(path: string, message: string): void {
    this.console.err(fileError(path, message) + '\n');
    // Counted as an error, not as a file read.
    this.totals.errors++;
    if (this.options.format === 'json') this.reports.push(failedReport(path, message, false));
  }

  /** One file done: print what the mode and options ask for, and count it. */
  file(outcome: FileOutcome, skipBinary = false): void {
    const o = this.options;
    if (!outcome.ok) {
      const skipped = skipBinary && outcome.binary === true;
      const report = failedReport(outcome.file.path, outcome.error, skipped);
      this.record(report);
      if (!skipped) this.console.err(this.err.red(fileError(outcome.file.path, outcome.error)) + '\n');
      else if (!o.quiet) this.console.err(this.err.yellow(`${PROGRAM}: warning: ${displayPath(outcome.file.path)}: ${outcome.error}`) + '\n');
      return;
    }
    const { result, input } = outcome;
    const report = cleanedReport(outcome.file.path, outcome.encoding, result, outcome.wrote);
    this.record(report);
    if (o.report && o.format === 'text') this.console.err(renderTextReport(report, this.err));
    if (o.format === 'json') return;
    if (o.diff) {
      const diff = renderDiff(outcome.file.path, input, result.text, this.out);
      if (diff) this.console.out(diff.endsWith('\n') ? diff : diff + '\n');
      return;
    }
    if (o.mode === 'stdout') this.console.out(o.explain ? renderExplanation(input, result, { removed: this.out.red, reason: this.out.yellow }) : result.text);
    // `--check --quiet` on standard input answers by its exit code alone.
    else if (o.mode === 'check' && result.changed && !(o.stdin && o.quiet)) this.console.out(`${displayPath(outcome.file.path)}\n`);
  }

  /** The end of the run: the JSON document, then the one-line summary (multi-file runs and file modes). */
  finish(interrupted: string | null = null): void {
    const o = this.options;
    if (o.format === 'json') this.console.out(renderJsonReport(this.reports, this.totals, o.mode, interrupted));
    if (interrupted) {
      this.console.err(`${PROGRAM}: interrupted by ${interrupted}: stopped after ${this.totals.files} file${this.totals.files === 1 ? '' : 's'}; ${summaryLine(this.totals, this.changedWord())}\n`);
      return;
    }
    if (o.quiet || (this.totals.files <= 1 && (o.mode === 'stdout' || o.stdin))) return;
    this.console.err(this.err.dim(summaryLine(this.totals, this.changedWord())) + '\n');
  }

  private changedWord(): string {
    return this.options.mode === 'check' ? 'would change' : this.options.mode === 'write' ? 'rewritten' : 'changed';
  }

  private record(report: FileReport): void {
    addToTotals(this.totals, report);
    if (this.options.format === 'json') this.reports.push(report);
  }
}
