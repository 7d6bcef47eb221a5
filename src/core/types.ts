import type { ArticleSignature } from './signature.js';

/** Facts needed to write a text back exactly as it came in. */
export interface ParsedDocument {
  /** Lines without their terminators. */
  lines: string[];
  /** Each line's own terminator ('' for a last line without one): mixed endings survive a round trip. */
  endings: string[];
  bom: boolean;
  finalNewline: boolean;
  /** The dominant line ending, used where a terminator must be invented. */
  eol: '\n' | '\r\n' | '\r';
  /** 'lines': one paragraph per line; 'paragraphs': paragraphs separated by blank lines. */
  layout: 'lines' | 'paragraphs';
}

/** Why a line went, or was cut. Verdicts are data: every report is made from them. */
export type Reason =
  | { kind: 'rule'; rule: string }
  | { kind: 'repeat'; of: number; similarity: number }
  | { kind: 'profile'; count: number };

export interface DropVerdict {
  /** 1-based line number in the input. */
  line: number;
  action: 'drop';
  text: string;
  reason: Reason;
}

export interface CutVerdict {
  line: number;
  action: 'cut';
  text: string;
  /** UTF-16 offsets of the removed span within the line. */
  start: number;
  end: number;
  reason: Reason;
}

export type Verdict = DropVerdict | CutVerdict;

export interface CleanStats {
  linesIn: number;
  linesOut: number;
  linesRemoved: number;
  linesCut: number;
  /** Removed lines by reason: a rule id, 'repeat' or 'profile'. Keys sorted. */
  byReason: Record<string, number>;
}

export interface CleanResult {
  text: string;
  changed: boolean;
  verdicts: Verdict[];
  stats: CleanStats;
  /** With the `signature` option: the clean article's fingerprint (what signatureOf(text) gives). */
  signature?: ArticleSignature;
}
