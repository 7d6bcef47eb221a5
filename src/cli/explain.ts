import type { CleanResult, Reason } from '../core/types.js';

// Control characters but the tab, shown as \xNN (each piece of a cut line escaped on its own: the cut's
// offsets are the raw line's).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
export const escapeControls = (line: string): string => line.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);

/** A removal reason in words: a rule id, or which line it repeats and how closely. */
export function describeReason(reason: Reason): string {
  switch (reason.kind) {
    case 'rule':
      return reason.rule;
    case 'repeat':
      return `repeat of line ${reason.of}, similarity ${reason.similarity.toFixed(2)}`;
    case 'profile':
      return `site boilerplate (seen in ${reason.count} files)`;
  }
}

export interface Paint {
  removed: (s: string) => string;
  reason: (s: string) => string;
}

const plain: Paint = { removed: (s) => s, reason: (s) => s };

/**
 * The input line by line: kept lines behind two spaces, removed lines behind "- " with their reason,
 * lines with junk cut out behind "~ " with the cut part in ⟦ ⟧.
 */
export function renderExplanation(input: string, result: CleanResult, paint: Paint = plain): string {
  const lines = input.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const byLine = new Map(result.verdicts.map((v) => [v.line, v]));
  const out: string[] = [];
  lines.forEach((line, i) => {
    const v = byLine.get(i + 1);
    // Shown, not obeyed: an escape sequence a scraped page left in its text would act on the terminal.
    const e = escapeControls;
    if (!v) out.push(`  ${e(line)}`);
    else if (v.action === 'drop') out.push(paint.removed(`- ${e(line)}`) + paint.reason(`  [${describeReason(v.reason)}]`));
    else out.push(`~ ${e(line.slice(0, v.start))}${paint.removed(`⟦${e(line.slice(v.start, v.end))}⟧`)}${e(line.slice(v.end))}` + paint.reason(`  [${describeReason(v.reason)}]`));
  });
  return out.length ? out.join('\n') + '\n' : '';
}
