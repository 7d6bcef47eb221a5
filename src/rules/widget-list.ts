import { withoutUnicodeFolding as fold } from '../core/fast-regex.js';
import { REACTION, WIDGET_HEADING } from './page-chrome.js';
import type { LineContext, Rule } from './types.js';

/**
 * What a widget lists under its heading (page-chrome takes the heading alone): the topics under
 * "Explore more on these topics" or "Tags / Keywords:", the ranked headlines of "Most Read" with their
 * numbers on lines of their own, the headlines under such a heading when they run to the end of the text,
 * the buttons of a reaction box. Under a heading whose links were never captured the article goes on
 * with a subheading and a paragraph, so topics count only where no sentence follows them, and
 * unnumbered headlines only where nothing but they follow.
 */
const TOPICS_HEADING = fold(
  /^(?:(?:explore more on (?:these|this) topics?|suggested topics|related topics|trending topics|more on (?:these|this) topics?|topik terkait|topik terpopuler|tags? terkait)\s*:?|(?:tags?|keywords?|kata kunci)(?:\s*\/\s*(?:tags?|keywords?|kata kunci))?\s*:)$/iu,
);
/** A sentence ends so; a topic, a headline and a label do not. */
const SENTENCE_END = /[.!?…"”'’)]$/u;
/** The article going on under a heading: a sentence of some length (a widget's "Thank you!" is none). */
const MIN_PROSE_WORDS = 8;
const MAX_TOPIC_WORDS = 4;
const MAX_HEADLINE_WORDS = 20;
const MIN_HEADLINE_WORDS = 4;
/** Headlines to the end of the text: a few, never the article's numbered list or a lower-case line. */
const MAX_HEADLINES_TO_END = 8;
const HEADLINE_START = /^[\p{Lu}\p{N}"“‘']/u;
const NUMBERED = /^\d+[.)]\s/u;
/** Reuters' "Read Next" over its links; a related-link label alone ("Baca Juga") is often a widget whose links were never captured, before the article's own last lines, so it is not one. */
const READ_NEXT = /^read next:?$/i;
/** No heading is longer: a longer line is not tried against the headings' patterns. */
const MAX_HEADING_CHARS = 80;
/** The reaction box's question, and its buttons ("Senang" / "Sedih", "Yes" / "No"), maybe with their counts. */
const REACTION_HEADING = fold(new RegExp(`^${REACTION}$`, 'iu'));
const REACTION_BUTTON =
  /^(?:senang|sedih|marah|terkejut|kaget|takut|terinspirasi|terhibur|bangga|kecewa|lucu|bahagia|suka|tidak suka|happy|sad|angry|surprised|inspired|amused|love|wow|haha|yes|no|ya|tidak|👍|👎)(?:\s*\(?\d{1,6}%?\)?)?$/iu;
const MAX_REACTIONS = 10;

/** A ranked list is the heading and at least this many number-headline pairs. */
const MIN_RANKED = 2;

const wordCount = (text: string) => text.split(/\s+/u).length;
const isTopic = (text: string) => !SENTENCE_END.test(text) && wordCount(text) <= MAX_TOPIC_WORDS;
function isHeadline(text: string): boolean {
  if (!HEADLINE_START.test(text) || NUMBERED.test(text) || SENTENCE_END.test(text)) return false;
  const words = wordCount(text);
  return words >= MIN_HEADLINE_WORDS && words <= MAX_HEADLINE_WORDS;
}

function scanWidgetLists(lines: readonly LineContext[]): number[] {
  const found: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    const heading = lines[k]!.text;
    if (heading.length > MAX_HEADING_CHARS) continue;
    if (REACTION_HEADING.test(heading)) {
      let end = k + 1;
      while (end < lines.length && end - k <= MAX_REACTIONS && REACTION_BUTTON.test(lines[end]!.text)) end++;
      for (let j = k; j < end; j++) found.push(j);
      k = end - 1;
      continue;
    }
    const topics = TOPICS_HEADING.test(heading);
    const widget = !topics && WIDGET_HEADING.test(heading);
    if (!topics && !widget && !READ_NEXT.test(heading)) continue;
    const end = topics ? topicsEnd(lines, k) : widget ? Math.max(rankedEnd(lines, k), headlinesToEnd(lines, k)) : headlinesToEnd(lines, k);
    if (end <= k + 1) continue;
    for (let j = k; j < end; j++) found.push(j);
    k = end - 1;
  }
  return found;
}

/**
 * The topics after the heading, if what follows them is no sentence. Another heading ends them (and so
 * each line is read once, however many headings a text of short lines holds).
 */
function topicsEnd(lines: readonly LineContext[], k: number): number {
  let end = k + 1;
  while (end < lines.length && isTopic(lines[end]!.text) && !WIDGET_HEADING.test(lines[end]!.text) && !TOPICS_HEADING.test(lines[end]!.text)) end++;
  const after = lines[end]?.text;
  return after !== undefined && SENTENCE_END.test(after) && wordCount(after) >= MIN_PROSE_WORDS ? k : end;
}

/** "1" / headline / "2" / headline …, numbered from 1. */
function rankedEnd(lines: readonly LineContext[], k: number): number {
  let rank = 1;
  let end = k + 1;
  while (end + 1 < lines.length && lines[end]!.text === String(rank) && isHeadline(lines[end + 1]!.text)) {
    end += 2;
    rank++;
  }
  return rank - 1 >= MIN_RANKED ? end : k;
}

/** Headlines from the heading to the end of the text. */
function headlinesToEnd(lines: readonly LineContext[], k: number): number {
  if (lines.length - k - 1 > MAX_HEADLINES_TO_END) return k;
  for (let j = k + 1; j < lines.length; j++) if (!isHeadline(lines[j]!.text)) return k;
  return lines.length;
}

export const widgetList: Rule = {
  id: 'widget-list',
  description:
    'What a widget lists under its heading: the topics under "Explore more on these topics", "Suggested Topics:", "Trending Topics" or "Tags / Keywords:" when no sentence follows them, the ranked headlines of "Most Read" / "Berita Terpopuler" with their numbers on lines of their own, up to eight headlines under such a heading (or under "Read next") running to the end of the text; the buttons under a reaction box\'s question ("Senang" / "Sedih", "Yes" / "No").',
  languages: ['en', 'id'],
  category: 'boilerplate',
  scan: scanWidgetLists,
  examples: {
    junk: ['Senang', 'Yes', 'Explore more on these topics', 'Rail transport', 'Harga Cabai Turun di Pasar Induk', 'Markets rally as inflation cools'],
    content: ['Senang', 'Yes', 'Rail transport', 'Most viewed', 'Harga Cabai Turun di Pasar Induk'],
    documents: [
      [
        ['Judul Berita', 'Paragraf pertama artikel.', 'Explore more on these topics', 'Rail transport', 'Treasury', 'Most viewed', 'Storm warning issued for the north-west', 'Prices rise at the fastest rate in a year'],
        ['Judul Berita', 'Paragraf pertama artikel.'],
      ],
      [
        ['Judul Berita', 'Paragraf pertama artikel.', 'Read next', 'Markets rally as inflation cools'],
        ['Judul Berita', 'Paragraf pertama artikel.'],
      ],
      [
        ['Judul Berita', 'Paragraf pertama artikel.', 'Berita Terpopuler', '1', 'Harga Cabai Turun di Pasar Induk', '2', 'Jalan Tol Baru Dibuka Pekan Depan', 'Paragraf terakhir artikel.'],
        ['Judul Berita', 'Paragraf pertama artikel.', 'Paragraf terakhir artikel.'],
      ],
      // A heading the article goes on under: its subheading and paragraphs stay (page-chrome takes the heading).
      [
        ['Judul Berita', 'Paragraf pertama artikel.', 'Related Topics', 'Rail transport', 'The council said the line would open in May.'],
        ['Judul Berita', 'Paragraf pertama artikel.', 'Related Topics', 'Rail transport', 'The council said the line would open in May.'],
      ],
      [
        ['Judul Berita', 'Paragraf pertama artikel.', 'Tags / Keywords:', 'Bank Negara', 'interest rate', 'Report it to us'],
        ['Judul Berita', 'Paragraf pertama artikel.'],
      ],
      [
        ['Judul Berita', 'Paragraf pertama artikel.', 'Bagaimana perasaan Anda setelah membaca berita ini?', 'Senang', 'Sedih', 'Marah (3)', 'Was this article helpful?', 'Yes', 'No'],
        ['Judul Berita', 'Paragraf pertama artikel.'],
      ],
      // Feelings the article lists, with no reaction box above them, stay.
      [
        ['Judul Berita', 'Warga ditanya perasaan mereka:', 'Senang', 'Sedih'],
        ['Judul Berita', 'Warga ditanya perasaan mereka:', 'Senang', 'Sedih'],
      ],
      // The article's own numbered list, or a table's cells, after a label whose links were not captured.
      [
        ['Judul Berita', 'Paragraf pertama artikel.', 'Most Read', '9. Taman Kota di Tepi Sungai', 'Tarif per orang', 'Rp 20.000'],
        ['Judul Berita', 'Paragraf pertama artikel.', 'Most Read', '9. Taman Kota di Tepi Sungai', 'Tarif per orang', 'Rp 20.000'],
      ],
      [
        ['Judul Berita', 'Most viewed', 'Storm warning issued for the north-west', 'Prices rose again in May, the office said.'],
        ['Judul Berita', 'Most viewed', 'Storm warning issued for the north-west', 'Prices rose again in May, the office said.'],
      ],
    ],
  },
};
