import type { Rule } from './types.js';

export const loadingIndicator: Rule = {
  id: 'loading-indicator',
  description: 'A lone loading indicator left by a lazy-loaded widget: "loading...", "Loading…", "Memuat...".',
  languages: ['en', 'id'],
  category: 'boilerplate',
  line: /^(?:loading|memuat|sedang memuat|please wait|mohon tunggu)\s*(?:\.{2,}|…)?$/iu,
  examples: {
    junk: ['loading...', 'Loading…', 'LOADING', 'Memuat...', 'Sedang memuat…'],
    content: ['Loading dock workers went on strike.', 'Memuat barang ke kapal butuh dua hari.', 'loading... the trucks took all day'],
  },
};
