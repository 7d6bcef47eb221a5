import type { ParsedDocument } from './types.js';

const LINE_BREAK = /\r\n|\n|\r/g;
const BLANK = /^\s*$/u;

/** Only whitespace (or nothing). A line opening with a printable ASCII character is answered at once. */
export const isBlank = (line: string): boolean => {
  if (line.length === 0) return true;
  const c = line.charCodeAt(0);
  return c > 0x20 && c < 0x7f ? false : BLANK.test(line);
};

/** Split a text into lines, remembering every terminator, the BOM and the layout. */
export function parseDocument(input: string): ParsedDocument {
  const bom = input.charCodeAt(0) === 0xfeff;
  const text = bom ? input.slice(1) : input;
  const lines: string[] = [];
  const endings: string[] = [];
  let last = 0;
  const counts = { '\n': 0, '\r\n': 0, '\r': 0 };
  // Line feeds only, the common case: found with indexOf, no match object a line.
  if (!text.includes('\r')) {
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', last)) {
      lines.push(text.slice(last, nl));
      endings.push('\n');
      counts['\n']++;
      last = nl + 1;
    }
  } else {
    for (const match of text.matchAll(LINE_BREAK)) {
      lines.push(text.slice(last, match.index));
      const ending = match[0] as '\n' | '\r\n' | '\r';
      endings.push(ending);
      counts[ending]++;
      last = match.index + ending.length;
    }
  }
  const finalNewline = text.length > 0 && last === text.length;
  if (!finalNewline && text.length > 0) {
    lines.push(text.slice(last));
    endings.push('');
  }
  const eol = counts['\r\n'] > counts['\n'] && counts['\r\n'] >= counts['\r'] ? '\r\n' : counts['\r'] > counts['\n'] ? '\r' : '\n';
  return { lines, endings, bom, finalNewline, eol, layout: detectLayout(lines) };
}

/** How many lines parseDocument would find in the text, without splitting it. */
export function countLines(input: string): number {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let lines = 0;
  if (text.indexOf('\r') < 0) {
    // Line feeds only (most texts): found by the engine's own search, not a character at a time.
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) lines++;
    return text.length > 0 && text.charCodeAt(text.length - 1) !== 0x0a ? lines + 1 : lines;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) lines++;
    else if (c === 0x0d) {
      lines++;
      if (text.charCodeAt(i + 1) === 0x0a) i++;
    }
  }
  const last = text.charCodeAt(text.length - 1);
  return text.length > 0 && last !== 0x0a && last !== 0x0d ? lines + 1 : lines;
}

/** Blank-line separated when most gaps between text lines are blank lines. */
function detectLayout(lines: string[]): 'lines' | 'paragraphs' {
  let textLines = 0;
  let separated = 0;
  for (let i = 0; i < lines.length; i++) {
    if (isBlank(lines[i]!)) continue;
    textLines++;
    if (i > 0 && isBlank(lines[i - 1]!)) separated++;
  }
  return textLines > 1 && separated * 2 >= textLines - 1 ? 'paragraphs' : 'lines';
}

/**
 * Write the kept lines back. Blank lines are layout: a run of them survives only between two kept
 * text lines (the run nearest the later one), at the very start, or at the very end, so removing a
 * paragraph never leaves a double gap behind.
 */
export function renderDocument(doc: ParsedDocument, keep: boolean[], replaced: Map<number, string>): string {
  const { lines, endings } = doc;
  const out: string[] = [];
  const emit = (i: number) => {
    out.push(replaced.get(i) ?? lines[i]!);
    out.push(endings[i] || doc.eol);
  };
  let firstText = lines.findIndex((l) => !isBlank(l));
  if (firstText < 0) firstText = lines.length;
  let lastText = lines.length - 1;
  while (lastText >= 0 && isBlank(lines[lastText]!)) lastText--;

  for (let i = 0; i < firstText; i++) emit(i);
  if (firstText === lines.length) return (doc.bom ? '\uFEFF' : '') + finish(out, doc.finalNewline);
  let previousKept = -1;
  let gap: number[] = [];
  let gapBetween: number[] = [];
  for (let i = firstText; i <= lastText; i++) {
    const line = lines[i]!;
    if (isBlank(line)) {
      gap.push(i);
      continue;
    }
    if (gap.length > 0) gapBetween = gap;
    gap = [];
    if (!keep[i]) continue;
    if (previousKept >= 0) for (const g of gapBetween) emit(g);
    gapBetween = [];
    previousKept = i;
    emit(i);
  }
  // A text whose every line went becomes empty, not a husk of blank lines.
  if (previousKept < 0 && firstText <= lastText) return '';
  for (let i = lastText + 1; i < lines.length; i++) emit(i);
  return (doc.bom ? '\uFEFF' : '') + finish(out, doc.finalNewline);
}

/** Without a final line break in the input, the last line written gets none either. */
function finish(out: string[], finalNewline: boolean): string {
  if (!finalNewline && out.length > 0) out.pop();
  return out.join('');
}
