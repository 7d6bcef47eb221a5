import type { Painter } from '../cli/color.js';
import { describeReason } from '../cli/explain.js';
import { displayPath } from '../cli/messages.js';
import type { FileReport } from './file-report.js';
import { sortedReasons } from './summary.js';

const TEXT_WIDTH = 72;

/**
 * The report for people, one block per file:
 *
 *   a.txt: 2 lines removed (12 -> 10 lines)
 *        3  ad-marker                          ADVERTISEMENT
 *       12  repeat of line 4, similarity 0.93  Lorem ipsum dolor sit amet...
 *     by reason: ad-marker 1, repeat 1
 */
export function renderTextReport(r: FileReport, paint: Painter): string {
  if (r.status === 'error' || r.status === 'skipped') return '';
  const stats = r.stats!;
  if (r.verdicts.length === 0) return `${paint.bold(displayPath(r.file))}: unchanged (${stats.linesIn} lines)\n`;
  const counts = [`${stats.linesRemoved} line${stats.linesRemoved === 1 ? '' : 's'} removed`];
  if (stats.linesCut > 0) counts.push(`${stats.linesCut} cut`);
  const out = [`${paint.bold(displayPath(r.file))}: ${counts.join(', ')} (${stats.linesIn} -> ${stats.linesOut} lines)`];
  const numberWidth = Math.max(5, String(r.verdicts[r.verdicts.length - 1]!.line).length);
  const reasons = r.verdicts.map((v) => (v.action === 'cut' ? `cut: ${describeReason(v.reason)}` : describeReason(v.reason)));
  const reasonWidth = Math.max(...reasons.map((s) => s.length));
  r.verdicts.forEach((v, i) => {
    const text = v.action === 'cut' ? v.text.slice(v.start, v.end) : v.text;
    out.push(`  ${String(v.line).padStart(numberWidth)}  ${paint.yellow(reasons[i]!.padEnd(reasonWidth))}  ${paint.red(visible(text))}`);
  });
  const byReason = sortedReasons(stats.byReason);
  if (byReason.length > 0) out.push(`  ${paint.dim('by reason:')} ${byReason.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  return out.join('\n') + '\n';
}

/** A line made safe for a terminal: control characters shown as escapes, long lines shortened. */
export function visible(text: string): string {
  // Look at the start only: a removed line may be megabytes long.
  const chars = Array.from(text.trim().slice(0, TEXT_WIDTH * 2 + 2));
  const shown = chars.length > TEXT_WIDTH ? chars.slice(0, TEXT_WIDTH - 1).join('') + '…' : chars.join('');
  // eslint-disable-next-line no-control-regex
  return shown.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
