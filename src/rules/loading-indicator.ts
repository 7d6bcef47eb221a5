import { caseless } from '../core/fast-regex.js';
import type { Rule } from './types.js';
import { LOADING_SCRIPTS } from './other-scripts.js';

// Case-sensitive on purpose: the widget's text starts with a capital right after the dots.
const GLUED = String.raw`(?:[Ll]oading|LOADING|[Mm]emuat|MEMUAT)(?:\.{2,}|…)(?=\p{Lu}).{1,80}$`;
const GLUED_LINE = new RegExp(`^${GLUED}`, 'u');
// The indicator in other languages, with its dots only: alone, "Chargement" or "Laden" may be a heading.
const ABROAD = String.raw`(?:chargement(?: en cours)?|cargando|carregando|caricamento(?: in corso)?|(?:wird )?geladen|lädt|laden|bezig met laden|ładowanie|yükleniyor|đang tải|memuatkan|${LOADING_SCRIPTS})\s*(?:\.{2,}|…)`;
/** A short line that ends in dots: how every form ABROAD takes ends (its words' prefixes are common in English prose). */
const DOTTED_SHORT = (text: string): boolean => text.length <= 28 && (text.endsWith('..') || text.endsWith('…'));

export const loadingIndicator: Rule = {
  id: 'loading-indicator',
  description: 'A lone loading indicator left by a lazy-loaded widget: "loading...", "Loading…", "Memuat...", "Chargement...", "Cargando…", or one glued to the widget\'s prompt ("Loading...Gabung …"), cut when glued after a sentence.',
  languages: ['en', 'id', 'fr', 'es', 'pt', 'it', 'de', 'nl', 'pl', 'tr', 'vi', 'ms'],
  category: 'boilerplate',
  // A loading indicator glued to the widget that never loaded: "Loading...Follow our channel".
  // What is loading may be named: "Ad loading...", "Comments loading…", "Memuat iklan...".
  line: caseless(String.raw`^(?:(?:(?:ad|ads|advertisement|comments?|video|content|iklan|komentar|konten)\s+)?(?:loading|memuat|sedang memuat)|(?:loading|memuat|sedang memuat)\s+(?:ad|ads|advertisement|comments?|video|content|iklan|komentar|konten)|please wait|mohon tunggu)\s*(?:\.{2,}|…)?$|^${ABROAD}$`),
  test: ({ text }) => GLUED_LINE.test(text),
  // Every branch (line, glued line, glued cut) opens its own word with one of these; "sedang memuat" holds "memuat";
  // the other languages' forms are short and end in dots.
  gate: { words: ['loading', 'memuat', 'please wait', 'mohon tunggu'], shape: DOTTED_SHORT },
  // Or one left before a sentence of the article ("Loading... The council met …").
  cut: new RegExp(`(?<=[.!?"”])${GLUED}|^(?:[Ll]oading|LOADING|[Mm]emuat|MEMUAT)(?:\\.{2,}|…)\\s+(?=\\p{Lu}\\p{Ll}.{40})`, 'u'),
  examples: {
    junk: ['Chargement...', 'Cargando…', 'Wird geladen...', 'Đang tải...', 'Yükleniyor...', 'Ad loading...', 'Memuat komentar…', 'Loading comments...', 'Loading...Gabung Saluran Contoh', 'loading...', 'Loading…', 'LOADING', 'Memuat...', 'Sedang memuat…'],
    cuts: [['Harga naik tajam.Loading...Gabung Saluran Contoh', 'Harga naik tajam.'], ['Loading... The council approved the budget on Tuesday after a long debate.', 'The council approved the budget on Tuesday after a long debate.']],
    content: ['Ad loading times fell after the update.', 'Loading video files took hours, he said.', 'Loading dock workers went on strike.', 'Memuat barang ke kapal butuh dua hari.', 'loading... the trucks took all day', 'Chargement', 'Laden', 'Cargando camiones en el puerto...'],
  },
};
