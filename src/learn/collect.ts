import { normalizeText } from '../core/normalize.js';
import type { InputFile } from '../io/expand-inputs.js';
import { readText } from '../io/read-text.js';
import { AUTO_STREAM_BYTES } from '../io/read-chunks.js';

const NOT_AN_ARTICLE = 'is too large for an article (past 8 MiB or 100,000 lines): not learned from';
import { signatureOf, type ArticleSignature } from '../core/signature.js';

export interface LearnPlan {
  /** Words a line needs to be learned: shorter recurring lines are names, datelines, link fragments. */
  minWords: number;
}

export type CollectResult = { ok: true; keys: string[]; signature: ArticleSignature } | { ok: false; error: string };

const WORD = /[\p{L}\p{N}]+/gu;

/** The first pass over one file: its distinct lines long enough to be learned, as the profile keys them. */
export function collectLines(file: InputFile, plan: LearnPlan): CollectResult {
  // A dump is no article of a site, and read whole it would cost gigabytes: it is left out.
  const read = readText(file.path, { streamPast: AUTO_STREAM_BYTES });
  if (!read.ok) return { ok: false, error: read.large ? NOT_AN_ARTICLE : read.error };
  return { ok: true, keys: learnableKeys(read.text, plan), signature: signatureOf(read.text) };
}

export function learnableKeys(text: string, plan: LearnPlan): string[] {
  const keys = new Set<string>();
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (line.trim() === '') continue;
    // The key clean() looks a line up by: normalizeText of the trimmed NFKC line.
    const key = normalizeText(line.normalize('NFKC').trim());
    if (keys.has(key)) continue;
    let words = 0;
    for (const _ of key.matchAll(WORD)) if (++words >= plan.minWords) break;
    if (words >= plan.minWords) keys.add(key);
  }
  return [...keys];
}
