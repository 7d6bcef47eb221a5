/** What a rule sees of a line: the line and its nearest non-blank neighbours. */
export interface LineContext {
  /** The line, trimmed and NFKC-normalised; the raw line is `raw`. */
  text: string;
  raw: string;
  /** 0-based index of the line in the document. */
  index: number;
  /** Trimmed text of the nearest non-blank lines before and after ('' at the edges). */
  prev: string;
  next: string;
  /** Index of the first non-blank line: the headline, usually. */
  isFirstLine: boolean;
}

export interface RuleExamples {
  /** Lines the rule must catch (for cut rules: whole lines containing glued junk). */
  junk: string[];
  /** Lines the rule must leave alone. */
  content: string[];
  /** For cut rules: [raw line, the line once the junk is cut]. */
  cuts?: [string, string][];
  /** For scan and context rules: [document, the document once cleaned], each a list of lines. */
  documents?: [string[], string[]][];
}

export interface Rule {
  /** kebab-case, stable: it names the rule in configs and reports. */
  id: string;
  description: string;
  /** ISO 639-1 codes of the languages the rule's vocabulary covers. */
  languages: string[];
  /** 'boilerplate' rules run by default; 'credit' rules run with stripCredits. */
  category: 'boilerplate' | 'credit';
  /** A whole line, trimmed, matches: the line is junk. */
  line?: RegExp;
  /** A context test, for junk that is only junk beside other junk. */
  test?: (ctx: LineContext) => boolean;
  /**
   * Junk glued onto content: a regex whose match is cut from the line; the rest stays byte-identical.
   * It must match at the end of the line or between sentences, never the whole line.
   */
  cut?: RegExp;
  /**
   * Junk known only from the whole document (a table of contents whose entries come back as headings,
   * a run of code lines): given every non-blank line in order, return the positions that are junk.
   */
  scan?: (lines: readonly LineContext[]) => Iterable<number>;
  /**
   * The junk is a call that opens with its verb or marker and that scrapers split at its links
   * (`Gabung` / `kanal Telegram` / `kami untuk kabar …`): the rule is also tried on such lines joined.
   */
  joinable?: boolean;
  /**
   * What every line the rule can take (by `line`, `test` or `cut`) contains, so that the rule is asked
   * only of such lines: `words` (see src/core/gate.ts for their syntax) or, for junk known by its shape
   * rather than its words, `shape` (given the trimmed NFKC text, it must be cheap). Without a gate the
   * rule is asked of every line.
   */
  gate?: RuleGate;
  examples: RuleExamples;
}

export interface RuleGate {
  words: string[];
  shape?: (text: string) => boolean;
  /**
   * Also ask the rule of every line that opens or ends in another script (Cyrillic, Arabic, Devanagari,
   * Thai, Chinese, Japanese, Korean: src/rules/other-scripts.ts), whose words would widen the gates'
   * table by a column a character. Found once a line, by the gates' scan.
   */
  otherScripts?: boolean;
}
