import { wordsOf } from '../core/normalize.js';
import type { LineContext, Rule } from './types.js';

// The heading in Spanish, Portuguese, French, German, Italian, Dutch, Polish, Turkish, Vietnamese and Malay too.
const HEADING = /^(?:daftar isi|isi artikel|table of contents|contents|in this (?:article|story)|on this page|jump to|índice(?: de contenidos)?|tabla de contenidos|contenido|sumário|índice|sommaire|table des matières|inhaltsverzeichnis|inhalt|indice(?: dei contenuti)?|sommario|inhoudsopgave|inhoud|spis treści|içindekiler|mục lục|kandungan)\s*:?$/iu;
/** An entry is short and has no closing full stop (a question may be one: "Wer hat Anspruch?"); a sentence ends the list. */
const MAX_ENTRY_WORDS = 14;

/**
 * A table of contents: the heading and the entries after it, as long as each entry comes back later
 * as a heading of the article. The later headings are the article's; the list is page chrome.
 */
function scanTableOfContents(lines: readonly LineContext[]): number[] {
  const junk: number[] = [];
  let keys: string[] | undefined;
  for (let k = 0; k + 1 < lines.length; k++) {
    if (!HEADING.test(lines[k]!.text) || !isEntry(lines[k + 1]!.text)) continue;
    keys ??= lines.map((l) => wordsOf(l.text).join(' '));
    // The article starts where the first entry comes back; the list is what stands before that.
    const restart = keys.indexOf(keys[k + 1]!, k + 2);
    if (restart < 0) continue;
    const after = new Set(keys.slice(restart));
    const entries: number[] = [];
    for (let e = k + 1; e < restart && isEntry(lines[e]!.text) && keys[e] !== '' && after.has(keys[e]!); e++) entries.push(e);
    junk.push(k, ...entries);
    k = entries[entries.length - 1]!;
  }
  return junk;
}

function isEntry(text: string): boolean {
  return !/[.!]["'”’)]*$/u.test(text) && text.split(/\s+/u).length <= MAX_ENTRY_WORDS;
}

export const tableOfContents: Rule = {
  id: 'table-of-contents',
  description: 'A table of contents ("Daftar Isi", "Contents", "In this article") and its entries, when the entries come back later as the article\'s headings.',
  languages: ['id', 'en'],
  category: 'boilerplate',
  scan: scanTableOfContents,
  examples: {
    junk: ['Daftar Isi', '2. Cara Merawat'],
    content: ['Isi bagian dua.', 'A heading that never returns', 'Contents'],
    documents: [
      [
        ['Daftar Isi', '1. Cara Menanam', '2. Cara Merawat', 'Judul Artikel', 'Paragraf pembuka yang panjang.', '1. Cara Menanam', 'Isi bagian satu.', '2. Cara Merawat', 'Isi bagian dua.'],
        ['Judul Artikel', 'Paragraf pembuka yang panjang.', '1. Cara Menanam', 'Isi bagian satu.', '2. Cara Merawat', 'Isi bagian dua.'],
      ],
      [
        ['Inhaltsverzeichnis', 'Wer hat Anspruch?', 'Wie hoch ist der Betrag?', 'Titel des Artikels', 'Ein einleitender Absatz.', 'Wer hat Anspruch?', 'Antwort eins.', 'Wie hoch ist der Betrag?', 'Antwort zwei.'],
        ['Titel des Artikels', 'Ein einleitender Absatz.', 'Wer hat Anspruch?', 'Antwort eins.', 'Wie hoch ist der Betrag?', 'Antwort zwei.'],
      ],
      [
        ['Contents', 'A heading that never returns', 'Body text that is a sentence.'],
        ['Contents', 'A heading that never returns', 'Body text that is a sentence.'],
      ],
    ],
  },
};
