import type { FileReport } from './file-report.js';
import { reasonKey } from './file-report.js';

/** Totals over a run, added to one file at a time. */
export interface RunTotals {
  files: number;
  changed: number;
  unchanged: number;
  errors: number;
  skipped: number;
  linesRemoved: number;
  linesCut: number;
  /** Removed lines (not cut ones) by reason key, as in CleanStats.byReason. */
  byReason: Record<string, number>;
}

export function emptyTotals(): RunTotals {
  return { files: 0, changed: 0, unchanged: 0, errors: 0, skipped: 0, linesRemoved: 0, linesCut: 0, byReason: {} };
}

export function addToTotals(totals: RunTotals, report: FileReport): void {
  totals.files++;
  if (report.status === 'error') totals.errors++;
  else if (report.status === 'skipped') totals.skipped++;
  else if (report.status === 'changed') totals.changed++;
  else totals.unchanged++;
  // The stats say the same as the verdicts (a batch sends verdicts between threads only when printed).
  if (report.stats) {
    totals.linesRemoved += report.stats.linesRemoved;
    totals.linesCut += report.stats.linesCut;
    for (const [key, n] of Object.entries(report.stats.byReason)) totals.byReason[key] = (totals.byReason[key] ?? 0) + n;
    return;
  }
  for (const v of report.verdicts) {
    if (v.action === 'cut') {
      totals.linesCut++;
      continue;
    }
    totals.linesRemoved++;
    const key = reasonKey(v);
    totals.byReason[key] = (totals.byReason[key] ?? 0) + 1;
  }
}

export function sortedReasons(byReason: Record<string, number>): [string, number][] {
  return Object.entries(byReason).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The one line that ends a run, e.g.
 * `3 files: 2 changed, 1 unchanged, 0 errors; 7 lines removed (ad-marker 2, repeat 5)`.
 * `changedWord` says what "changed" meant in this mode (rewritten, would change, ...).
 */
export function summaryLine(t: RunTotals, changedWord = 'changed'): string {
  const parts = [`${t.changed} ${changedWord}`, `${t.unchanged} unchanged`, plural(t.errors, 'error')];
  if (t.skipped > 0) parts.push(`${t.skipped} skipped`);
  let line = `${plural(t.files, 'file')}: ${parts.join(', ')}`;
  const reasons = sortedReasons(t.byReason);
  line += `; ${plural(t.linesRemoved, 'line')} removed`;
  if (reasons.length > 0) line += ` (${reasons.map(([k, n]) => `${k} ${n}`).join(', ')})`;
  if (t.linesCut > 0) line += `, ${plural(t.linesCut, 'line')} cut`;
  return line;
}
