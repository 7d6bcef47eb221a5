import { caseless, withoutUnicodeFolding as fold } from '../core/fast-regex.js';
import { adMarker } from './ad-marker.js';
import { followPrompt } from './follow-prompt.js';
import { legalFooter } from './legal-footer.js';
import { linkLabelKind } from './link-list.js';
import { newsletterBox } from './newsletter-box.js';
import { paywallPromo } from './paywall-promo.js';
import { pageChrome, REACTION, WIDGET_HEADING } from './page-chrome.js';
import { BARE_MARKER } from './related-link.js';
import { shareRow } from './share-row.js';
import { tameSpaces } from './tame-spaces.js';
import type { LineContext, Rule } from './types.js';

/**
 * What a widget lists under its heading (page-chrome takes the heading alone): the topics under
 * "Explore more on these topics" or "Tags / Keywords:", the ranked headlines of "Most Read" with their
 * numbers on lines of their own, the headlines under such a heading when they run to the end of the text,
 * the buttons of a reaction box. Under a heading whose links were never captured the article goes on
 * with a subheading and a paragraph, so topics count only where no sentence follows them, and
 * unnumbered headlines only where nothing but they follow.
 */
const TOPICS_HEADING = caseless(String.raw`^(?:(?:explore more on (?:these|this) topics?|suggested topics|related topics|trending topics|more on (?:these|this) topics?|topik terkait|topik berkaitan|topik terpopuler|topik popular|tags? terkait|tag berkaitan)\s*:?|(?:tags?|keywords?|kata kunci)(?:\s*\/\s*(?:tags?|keywords?|kata kunci))?\s*:)$`);
/** A sentence ends so; a topic, a headline and a label do not. */
const SENTENCE_END = /[.!?…"”'’)]$/u;
/** The article going on under a heading: a sentence of some length (a widget's "Thank you!" is none). */
const MIN_PROSE_WORDS = 8;
const MAX_TOPIC_WORDS = 4;
const MAX_HEADLINE_WORDS = 20;
const MIN_HEADLINE_WORDS = 4;
/** Headlines under one heading of the page's tail: a few, never the article's numbered list or a lower-case line. */
const MAX_TAIL_HEADLINES = 8;
/** Lines under one heading of the page's tail, with the dates, sections and labels beside its headlines. */
const MAX_TAIL_LINES = 30;
const HEADLINE_START = /^[\p{Lu}\p{N}"“‘']/u;
const NUMBERED = /^\d+[.)]\s/u;
/** Reuters' "Read Next" over its links; a related-link label alone ("Baca Juga") is often a widget whose links were never captured, before the article's own last lines, so it is not one. */
const READ_NEXT = /^read next:?$/i;
/** A heading that names a list of other articles ("Related stories", "Artikel terkait"); a singular "Related" may head one link. */
const LIST_HEADING = caseless(String.raw`^(?:(?:related|more|recommended|suggested|other|latest|popular|top) (?:stories|articles|news|coverage|reads|links|posts|videos)|(?:berita|artikel|bacaan) (?:terkait|lainnya|pilihan|rekomendasi|menarik)(?: lainnya)?)\s*:?$`);
/** Under a widget's heading mid-text, this many headlines in a row are its list. */
const MIN_LISTED = 2;
/** No heading is longer: a longer line is not tried against the headings' patterns. */
const MAX_HEADING_CHARS = 80;
/** The reaction box's question, and its buttons ("Senang" / "Sedih", "Yes" / "No"), maybe with their counts. */
const REACTION_HEADING = caseless(`^${REACTION}$`);
const REACTION_BUTTON =
  /^(?:senang|sedih|marah|terkejut|kaget|takut|terinspirasi|terhibur|bangga|kecewa|lucu|bahagia|suka|tidak suka|happy|sad|angry|surprised|inspired|amused|love|wow|haha|yes|no|ya|tidak|👍|👎)(?:\s*\(?\d{1,6}%?\)?)?$/iu;
const MAX_REACTIONS = 10;

// The page's tail: widgets to the end of the text. Besides widget headings and related-link labels, a
// blog's sidebar headings ("Recent Posts", "Archives", "Categories"): alone on a line anywhere else they
// may be an article's subheading or a table's cell, so only the tail takes them.
const SIDEBAR_HEADING = caseless(String.raw`^(?:recent (?:posts|stories|articles|comments)|latest posts|archives|arsip|categories|kategori|berita terbaru|artikel terbaru|tulisan terbaru|pos-pos terbaru|komentar terbaru)\s*:?$`);
// What a widget's item shows beside its headline: a date ("February 10, 2026", "5 Maret 2026 | 14:20
// WIB", "2 jam lalu", "March 2026"), the blog's section (`In "Local News"`), the rank ("1").
const MONTH = String.raw`(?:jan(?:uary|uari)?|feb(?:ruary|ruari)?|mar(?:ch|et)?|apr(?:il)?|may|mei|jun(?:e|i)?|jul(?:y|i)?|aug(?:ust)?|agu(?:stus)?|agt|ogos|sep(?:t|tember)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|des(?:ember)?|dis(?:ember)?)\.?`;
const DAY = String.raw`(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu|isnin|khamis|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)`;
const CLOCK = String.raw`(?:\s*(?:[,|•·-]\s*)?(?:pukul\s*)?\d{1,2}[:.]\d{2}(?:\s*(?:wib|wita|wit|am|pm|a\.m\.|p\.m\.))?)?`;
const ITEM_DATE = caseless(String.raw`^(?:${DAY},?\s*)?(?:\d{1,2}\s+${MONTH},?\s+\d{4}|${MONTH}\s+\d{1,2},?\s+\d{4}|${MONTH}\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})${CLOCK}$|^\d{1,2}\s+(?:menit|jam|hari|minggu|bulan|minutes?|hours?|hrs?|days?|weeks?|months?)\s+(?:lalu|yang lalu|ago)$`);
const ITEM_SECTION = /^in\s+["“][^"”]{1,40}["”]$/iu;
const RANK = /^\d{1,2}$/u;
const LABEL_VALUE = /^[^:]{1,30}:\s*\S/u;
// Labelled tags ("Tags: bus lanes, transit"), which tag-list takes when it closes the text.
const TAG_LINE = caseless(String.raw`^(?:tags?|topik|topics?|kata kunci|keywords?|label)\s*:\s*[^.!?]{0,200}$`);
// The tail's other chrome: share buttons, comment widgets, follow and newsletter prompts, promos, ads,
// footers. Passed over, never taken here (the rules that know them take them). Their patterns in the
// folded form the cleaner asks them in, made on first use (a page without a tail never pays for them),
// asked of the line as the rules read it (long runs of spaces folded).
let chrome: RegExp[] | null = null;
const chromePatterns = () => (chrome ??= [pageChrome, legalFooter, shareRow, followPrompt, newsletterBox, paywallPromo, adMarker].map((r) => fold(r.line!)));
/** No chrome line is longer (a cookie notice is among the longest): a longer line ends the tail unread. */
const MAX_CHROME_CHARS = 800;
const isChrome = (text: string) => {
  if (text.length > MAX_CHROME_CHARS) return false;
  const tamed = tameSpaces(text);
  return TAG_LINE.test(tamed) || chromePatterns().some((re) => re.test(tamed));
};
/** No page's tail is longer: the walk from the end reads at most this many lines (a bound on its work). */
const MAX_TAIL_WALK = 300;

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
  const tailItems: number[] = [];
  const tail = pageTail(lines, tailItems);
  for (let k = 0; k < tail; k++) {
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
    if (!topics && !widget && !LIST_HEADING.test(heading)) continue;
    const end = topics ? topicsEnd(lines, k) : Math.max(widget ? rankedEnd(lines, k) : k, headlinesEnd(lines, k));
    if (end <= k + 1) continue;
    for (let j = k; j < end; j++) found.push(j);
    k = end - 1;
  }
  for (const j of tailItems) found.push(j);
  return found;
}

const isListHeading = (text: string) => WIDGET_HEADING.test(text) || TOPICS_HEADING.test(text) || LIST_HEADING.test(text);

/**
 * The topics after the heading, if what follows them is no sentence. Another heading ends them (and so
 * each line is read once, however many headings a text of short lines holds).
 */
function topicsEnd(lines: readonly LineContext[], k: number): number {
  let end = k + 1;
  while (end < lines.length && isTopic(lines[end]!.text) && !isListHeading(lines[end]!.text)) end++;
  const after = lines[end]?.text;
  return after !== undefined && SENTENCE_END.test(after) && wordCount(after) >= MIN_PROSE_WORDS ? k : end;
}

/**
 * Two to eight headlines under a widget's heading ("Artikel Pilihan", "Related stories"), and then the
 * article going on (a sentence of some length), another widget, or the end. One headline under it may
 * be the article's subheading, where the widget's links were never captured; two in a row are a list.
 */
function headlinesEnd(lines: readonly LineContext[], k: number): number {
  let end = k + 1;
  while (end < lines.length && end - k - 1 <= MAX_TAIL_HEADLINES && isListedHeadline(lines[end]!.text)) end++;
  const run = end - k - 1;
  if (run < MIN_LISTED || run > MAX_TAIL_HEADLINES) return k;
  const after = lines[end]?.text;
  return after === undefined || isTailHeading(after) || (SENTENCE_END.test(after) && wordCount(after) >= MIN_PROSE_WORDS) ? end : k;
}

/** A headline of a list mid-text: one sentence, not ended by a colon, not a heading or chrome ("SCROLL TO CONTINUE"). */
const INNER_SENTENCE_END = /[.!?…]["”’)]?\s/u;
const isListedHeadline = (text: string) =>
  isHeadline(text) && !/[:;,]$/u.test(text) && !INNER_SENTENCE_END.test(text) && !isTailHeading(text) && !isChrome(text);

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

/** A related-link label of one verb ("Simak", "Lihat") may be the article's own word: never a tail's heading. */
const LONE_VERB = /^(?:baca|lihat|simak|cek)\s*[:|»>!]*$/iu;
const isLinkHeading = (text: string) => READ_NEXT.test(text) || (BARE_MARKER.test(text) && !LONE_VERB.test(text));
/** A tag list's label without its colon ("Tag", "Topik"): a heading in the page's tail only, like a sidebar's. */
const BARE_TOPICS = /^(?:tags?|topik|topics?|kata kunci|keywords?|label)$/iu;
const listsLabels = (text: string) => TOPICS_HEADING.test(text) || SIDEBAR_HEADING.test(text) || BARE_TOPICS.test(text);
const isTailHeading = (text: string) =>
  text.length <= MAX_HEADING_CHARS && (WIDGET_HEADING.test(text) || listsLabels(text) || isLinkHeading(text));
/** No date, section or rank is longer. */
const MAX_DETAIL_CHARS = 80;
const isItemDetail = (text: string) => text.length <= MAX_DETAIL_CHARS && (ITEM_DATE.test(text) || ITEM_SECTION.test(text) || RANK.test(text));

/**
 * Where the page's tail starts: the first of the widget headings from which the text runs to its end in
 * widgets only (headings, their headlines and the dates, sections, ranks and short labels beside them,
 * and chrome that other rules take). The text's end vouches for the lists, as the article cannot be
 * going on under them; the headings and items from there are put in `items`. A sentence ends the tail
 * (read from the end), and so does a list longer than a widget's, or a related-link label over no
 * headline.
 */
function pageTail(lines: readonly LineContext[], items: number[]): number {
  // The walk stops where a first list runs longer than a widget's: without a heading within that
  // reach there is no tail, and the chrome patterns (large, compiled on first use) are never asked.
  let near = false;
  for (let j = lines.length - 1; j >= 0 && j >= lines.length - 1 - MAX_TAIL_LINES && !near; j--) near = isTailHeading(lines[j]!.text);
  if (!near) return lines.length;
  const segments: { heading: number; lines: number[]; sidebar: boolean }[] = [];
  // A site's link labels passed over ("Komentar", "Kirim"): no rule takes them alone; in the tail, this one does.
  const linkLabels: number[] = [];
  let headlines = 0;
  let labels = 0;
  let count = 0;
  let pending: number[] = [];
  for (let j = lines.length - 1; j >= 0 && j >= lines.length - MAX_TAIL_WALK; j--) {
    const text = lines[j]!.text;
    if (isTailHeading(text)) {
      // A heading over nothing is passed over (its links were never captured). Short labels are a
      // topic list's or a sidebar's; under a widget's or a related-link heading they are the
      // article's own ("Most popular" / "Olivia" / "Liam"), and a related-link label heads headlines.
      if (pending.length === 0) continue;
      if (labels > 0 && !listsLabels(text)) break;
      if (headlines === 0 && isLinkHeading(text)) break;
      segments.push({ heading: j, lines: pending, sidebar: SIDEBAR_HEADING.test(text) || BARE_TOPICS.test(text) });
      pending = [];
      headlines = 0;
      labels = 0;
      count = 0;
      continue;
    }
    if (++count > MAX_TAIL_LINES) break;
    const kind = tailLineKind(text);
    if (kind === 'other') break;
    if (kind === 'chrome') {
      if (linkLabelKind(text) !== null && !isChrome(text)) linkLabels.push(j);
      continue;
    }
    if (kind === 'headline' && ++headlines > MAX_TAIL_HEADLINES) break;
    if (kind === 'label') labels++;
    pending.push(j);
  }
  // A sidebar's heading ("Categories", "Arsip") over labels is some article's list too, unless the
  // tail holds a widget's headlines as well.
  const kept = segments.some((g) => !g.sidebar) ? segments : [];
  for (const g of kept) items.push(g.heading, ...g.lines);
  if (kept.length > 0) items.push(...linkLabels.filter((j) => j > kept[kept.length - 1]!.heading));
  items.sort((a, b) => a - b);
  return kept.length > 0 ? kept[kept.length - 1]!.heading : lines.length;
}

/**
 * A line of the tail: a headline, a detail beside one (a date, a section, a rank), a short label (a
 * topic, a sidebar's link), chrome (a site's link label, or a line another rule takes), or other. A
 * "Label: value" line is an article's box ("Tiket: Rp 20.000") unless it is chrome.
 */
function tailLineKind(text: string): 'headline' | 'detail' | 'label' | 'chrome' | 'other' {
  if (linkLabelKind(text) !== null) return 'chrome';
  if (LABEL_VALUE.test(text)) return isChrome(text) ? 'chrome' : 'other';
  if (isHeadline(text)) return isChrome(text) ? 'chrome' : 'headline';
  if (isItemDetail(text)) return 'detail';
  if (isChrome(text)) return 'chrome';
  return isTopic(text) ? 'label' : 'other';
}

export const widgetList: Rule = {
  id: 'widget-list',
  description:
    'What a widget lists under its heading: the topics under "Explore more on these topics", "Suggested Topics:", "Trending Topics" or "Tags / Keywords:" when no sentence follows them, the ranked headlines of "Most Read" / "Berita Terpopuler" with their numbers on lines of their own; the page\'s tail of widgets running to the end of the text (up to eight headlines under each of "Related", "Berita Terkait", "Read next", "Recent Posts", "Archives", with their dates and sections, past share buttons and footers); the buttons under a reaction box\'s question ("Senang" / "Sedih", "Yes" / "No").',
  languages: ['en', 'id'],
  category: 'boilerplate',
  scan: scanWidgetLists,
  examples: {
    junk: ['Senang', 'Yes', 'Explore more on these topics', 'Rail transport', 'Harga Cabai Turun di Pasar Induk', 'Markets rally as inflation cools', 'Related', 'In "Local News"', 'February 10, 2026', 'Recent Posts', 'Archives', 'March 2026'],
    content: ['Senang', 'Yes', 'Rail transport', 'Most viewed', 'Harga Cabai Turun di Pasar Induk'],
    documents: [
      // The page's tail: widget lists to the end of the text, past a comment form (page-chrome's).
      [
        ['Judul Berita', 'Paragraf pertama artikel.', 'Related', 'Council delays vote on bus lanes', 'February 10, 2026', 'In "Local News"', 'You must be logged in to post a comment.', 'Recent Posts', 'School board names new superintendent', 'Archives', 'March 2026'],
        ['Judul Berita', 'Paragraf pertama artikel.', 'You must be logged in to post a comment.'],
      ],
      // The article going on after a related headline; a lone verb, and a related label over no headline.
      [
        ['Judul Berita', 'Paragraf pertama artikel.', 'Berita Terkait', 'Banjir Rendam Tiga Desa di Kecamatan Teladan', 'Paragraf kedua artikel ini, yang masih panjang dan berlanjut.'],
        ['Judul Berita', 'Paragraf pertama artikel.', 'Berita Terkait', 'Banjir Rendam Tiga Desa di Kecamatan Teladan', 'Paragraf kedua artikel ini, yang masih panjang dan berlanjut.'],
      ],
      [
        ['Judul Berita', 'Paragraf pertama artikel.', 'Simak', 'Tarif per orang'],
        ['Judul Berita', 'Paragraf pertama artikel.', 'Simak', 'Tarif per orang'],
      ],
      [
        ['Judul Berita', 'Paragraf pertama artikel.', 'Baca juga:', 'Alamat'],
        ['Judul Berita', 'Paragraf pertama artikel.', 'Baca juga:', 'Alamat'],
      ],
      // Two headlines or more under a widget's heading mid-text, the article going on after them; not when
      // what follows is no sentence.
      [
        ['Judul Berita', 'Paragraf pertama artikel.', 'Artikel Pilihan', 'Deretan Artis yang Gelar Konser Akhir Tahun', 'Harga Tiket Konser Naik di Tiga Kota', 'Paragraf kedua artikel ini yang masih panjang dan terus berlanjut.'],
        ['Judul Berita', 'Paragraf pertama artikel.', 'Paragraf kedua artikel ini yang masih panjang dan terus berlanjut.'],
      ],
      [
        ['Judul Berita', 'Paragraf pertama artikel.', 'Related stories', 'Council delays vote on bus lanes again', 'Mayor backs plan for new ferry route', 'Tarif per orang'],
        ['Judul Berita', 'Paragraf pertama artikel.', 'Related stories', 'Council delays vote on bus lanes again', 'Mayor backs plan for new ferry route', 'Tarif per orang'],
      ],
      // A tag list's bare label in the tail, beside a widget's headlines; a comment box's link labels after them.
      [
        ['Judul Berita', 'Paragraf pertama artikel.', 'Tag', 'konser', 'musik', 'Berita Terkait', 'Rina Lestari Rilis Single Baru Jelang Tur', 'Komentar', 'Kirim'],
        ['Judul Berita', 'Paragraf pertama artikel.'],
      ],
      [
        ['Judul Berita', 'Paragraf pertama artikel.', 'Tag', 'konser', 'musik'],
        ['Judul Berita', 'Paragraf pertama artikel.', 'Tag', 'konser', 'musik'],
      ],
      // Names under a widget's heading, and labels under a sidebar's heading with no widget beside it.
      [
        ['Judul Berita', 'Paragraf pertama artikel.', 'Most popular', 'Olivia', 'Liam', 'Emma'],
        ['Judul Berita', 'Paragraf pertama artikel.', 'Most popular', 'Olivia', 'Liam', 'Emma'],
      ],
      [
        ['Judul Berita', 'Paragraf pertama artikel.', 'Kategori', 'Tunggal putra', 'Ganda putri'],
        ['Judul Berita', 'Paragraf pertama artikel.', 'Kategori', 'Tunggal putra', 'Ganda putri'],
      ],
      // A related headline, then the article's own box of facts to the end.
      [
        ['Judul Berita', 'Paragraf pertama artikel.', 'Baca Juga', 'Pantai Indah di Selatan Kota Contoh', 'Alamat: Jl. Merdeka No. 5', 'Tiket: Rp 20.000'],
        ['Judul Berita', 'Paragraf pertama artikel.', 'Baca Juga', 'Pantai Indah di Selatan Kota Contoh', 'Alamat: Jl. Merdeka No. 5', 'Tiket: Rp 20.000'],
      ],
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
        // "Report it to us" is page-chrome's: passed over here, and taken by it in a whole clean.
        ['Judul Berita', 'Paragraf pertama artikel.', 'Tags / Keywords:', 'Bank Negara', 'interest rate', 'Report it to us'],
        ['Judul Berita', 'Paragraf pertama artikel.', 'Report it to us'],
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
