/** A user's junk pattern: the regex must match the whole trimmed line. */
export interface PatternConfig {
  id: string;
  pattern: string;
  flags?: string;
  description?: string;
}

/** What `dedupe-article.config.json` may hold; every key is optional. */
export interface DedupeConfig {
  /** Switch rules on or off by id (built-in or one of `patterns`). */
  rules?: Record<string, boolean>;
  patterns?: PatternConfig[];
  stripCredits?: boolean;
  minRepeatWords?: number;
  nearThreshold?: number;
}

export const CONFIG_FILE = 'dedupe-article.config.json';
