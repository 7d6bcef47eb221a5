import { caseless } from '../core/fast-regex.js';
import { READ_HERE } from './paywall-promo.js';
import type { LineContext, Rule } from './types.js';
import { TAGS_SCRIPTS } from './other-scripts.js';

// Topic tags at the foot of an article: short lower-case lines, one tag each, to the end of the text,
// right after the article's sign-off (an editor code, a credit, a source) or a "Tags" label. Without
// that sign-off a run of lower-case lines may be the article's own list, and stays.
const TAG = /^\p{Ll}(?:[\p{Ll}\p{N}'’&.\- ]{0,40}[\p{Ll}\p{N}])?$/u;
const MAX_TAG_WORDS = 4;
const MIN_TAGS = 2;
const LABEL = /^(?:tags?|topik|topics?|kata kunci|label|keywords?)\s*:?$/iu;
const SIGN_OFF = /^(?:\(\s*[\p{L}]{2,6}(?:\s*\/\s*[\p{L}]{2,6}){0,3}\s*\)|\(?(?:editor|penulis|reporter|pewarta|sumber|source|editing by|reporting by)\b.{0,80})$/iu;

// A site promo the page prints after the tags: a short heading over a "… di sini" link.
const PROMO_HEADING = /^[\p{Lu}\p{N}][^.!?:]{0,40}$/u;
const MAX_PROMO_HEADING_WORDS = 5;
/** The page's copyright line, which may close the text after the tags. */
const COPYRIGHT_LINE = /^(?:©|\(c\)|copyright\b|hak cipta\b)|\ball rights reserved\b|\bhak cipta (?:dilindungi|terpelihara)\b/i;
/** A footer line after the tags is short; a longer line is not tried. */
const MAX_FOOTER_CHARS = 300;

function scanTagList(lines: readonly LineContext[]): number[] {
  const end = endBeforePromo(lines);
  let start = end;
  while (start > 0 && isTag(lines[start - 1]!.text)) start--;
  if (end - start < MIN_TAGS || start === 0) return [];
  const before = lines[start - 1]!.text;
  if (LABEL.test(before)) start--;
  else if (!SIGN_OFF.test(before)) return [];
  return Array.from({ length: end - start }, (_, i) => start + i);
}

/** Where the tags would end: the end of the text, or the start of a promo block closing it. */
function endBeforePromo(lines: readonly LineContext[]): number {
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.text.length <= MAX_FOOTER_CHARS && COPYRIGHT_LINE.test(lines[end - 1]!.text)) end--;
  if (end === 0 || !READ_HERE.test(lines[end - 1]!.text)) return end;
  end--;
  const heading = lines[end - 1]?.text ?? '';
  if (PROMO_HEADING.test(heading) && heading.split(/\s+/u).length <= MAX_PROMO_HEADING_WORDS) end--;
  return end;
}

function isTag(text: string): boolean {
  return TAG.test(text) && text.split(/\s+/u).length <= MAX_TAG_WORDS;
}

/** An editor code with a character glued after it: "(abc/def)x" (what the cut needs, and more). */
const GLUED_AFTER_CODE = /\([^\s()/]{2,6}(?:\/[^\s()/]{2,6}){1,3}\)\S/;

export const tagList: Rule = {
  id: 'tag-list',
  description: 'A tag list closing the article: two or more short lower-case lines, one topic each, after the sign-off (editor code, credit) or a "Tags" label, up to the end of the text or a site promo closing it ("… di sini").',
  languages: ['*'],
  category: 'boilerplate',
  scan: scanTagList,
  // Or the whole list on one labelled line: "Tags: banjir, jawa tengah".
  // ("Topik:" or "Label:" with a value is often a fact box of the article's own, so not those.)
  // The label in Spanish, Portuguese, French, German, Italian, Dutch, Turkish, Polish and Vietnamese too.
  // In other languages, only a list of tags of one to three words: "Etiquetas: tres" or "Étiquettes : rouges pour
  // les urgences, vertes pour le reste" may be the article's line.
  line: caseless(String.raw`^(?:tags?|kata kunci|keywords?)\s*:\s*[^.!?]{1,200}$|^(?:etiquetas|étiquettes|mots-clés|schlagwörter|schlagworte|etichette|parole chiave|trefwoorden|etiketler|tagi|từ khóa)\s*:\s*(?:[^,.!?;:\s]+(?: [^,.!?;:\s]+){0,2},\s*){1,15}[^,.!?;:\s]+(?: [^,.!?;:\s]+){0,2}$|^${TAGS_SCRIPTS}$`),
  // Tags glued straight after the editor code, with no line breaks left: "…(abc/def)banjir jawa tengah".
  cut: /(?<=\(\p{L}{2,6}(?:\/\p{L}{2,6}){1,3}\))\p{Ll}[\p{Ll}\p{N}'’ .&-]{0,300}$/u,
  // `line` opens with one of its labels; `cut` follows an editor code with something glued after it,
  // which the shape finds without the cut's Unicode classes (costly to compile, and "/" is in most
  // articles). (`scan` is whole-document and not gated.)
  gate: { words: ['tag', 'tags', 'kata kunci', 'keyword', 'keywords', 'etiquetas', 'étiquettes', 'mots-clés', 'schlagwörter', 'schlagworte', 'etichette', 'parole chiave', 'trefwoorden', 'etiketler', 'tagi', 'từ khóa'], shape: (text) => text.includes('/') && GLUED_AFTER_CODE.test(text), otherScripts: true },
  examples: {
    junk: ['banjir', 'jawa tengah', 'Tags', 'Tags: banjir, jawa tengah, cuaca', 'Etiquetas: economía, inflación, Banco Central', 'Schlagwörter: Bundestag, Haushalt', 'Từ khóa: giá vàng, lãi suất', 'Теги: футбол, Первая лига', 'كلمات مفتاحية: الدوري، النصر', '标签：地铁，杭州', 'แท็ก: พายุ, กรมอุตุ'],
    cuts: [['Harga cabai naik dua kali lipat.(abc/def)cabai rawithargapasar induk', 'Harga cabai naik dua kali lipat.(abc/def)']],
    content: ['Étiquettes : rouges pour les urgences vitales, vertes pour le reste', '标签：须注明产地、生产日期和保质期', 'Hujan turun sejak pagi.', 'vs', 'garam secukupnya', 'Label: Contoh Musik Indonesia'],
    documents: [
      [
        ['Judul Berita', 'Hujan turun sejak pagi.', 'Topik', 'minyak sawit', 'ekonomi', 'Hak Cipta Terpelihara 2026 Contoh Media'],
        ['Judul Berita', 'Hujan turun sejak pagi.', 'Hak Cipta Terpelihara 2026 Contoh Media'],
      ],
      [
        ['Judul Berita', 'Hujan turun sejak pagi.', '(abc/def)', 'banjir', 'jawa tengah', 'cuaca'],
        ['Judul Berita', 'Hujan turun sejak pagi.', '(abc/def)'],
      ],
      [
        ['Judul Berita', 'Hujan turun sejak pagi.', 'Tags', 'banjir', 'jawa tengah'],
        ['Judul Berita', 'Hujan turun sejak pagi.'],
      ],
      // The tags before a site promo that closes the page: the promo is another rule's business.
      [
        ['Judul Berita', 'Hujan turun sejak pagi.', '(abc/def)', 'banjir', 'jawa tengah', 'Lomba Foto 2030', 'Lihat karya para pemenang di sini'],
        ['Judul Berita', 'Hujan turun sejak pagi.', '(abc/def)', 'Lomba Foto 2030', 'Lihat karya para pemenang di sini'],
      ],
      [
        ['Judul Berita', 'Laga', 'Tim A', 'vs', 'Tim B', 'berakhir imbang.'],
        ['Judul Berita', 'Laga', 'Tim A', 'vs', 'Tim B', 'berakhir imbang.'],
      ],
      [
        ['Resep Sambal', 'Bahan yang disiapkan:', 'cabai rawit', 'bawang merah', 'garam secukupnya'],
        ['Resep Sambal', 'Bahan yang disiapkan:', 'cabai rawit', 'bawang merah', 'garam secukupnya'],
      ],
    ],
  },
};
