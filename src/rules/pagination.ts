import type { Rule } from './types.js';

// Page-turn prompts of articles split over several pages, Indonesian and English.
const NEXT = String.raw`(?:halaman|hal\.?)\s+(?:selanjutnya|berikutnya|sebelumnya|\d+)|next page|previous page|continue (?:reading )?on (?:the )?next page|lanjut(?:kan)? (?:ke|membaca(?: ke)?) halaman (?:selanjutnya|berikutnya)|page \d+ of \d+|halaman \d+ dari \d+`;
const PROMPT = String.raw`(?:(?:simak|baca|lihat|cek)\s+(?:berita|artikel|informasi|ulasan)?\s*(?:selengkapnya|lengkapnya|berikutnya|lanjutannya)\s+(?:di|pada|ke)\s+halaman\s+(?:selanjutnya|berikutnya|\d+)|(?:story|article) continues (?:on|below)(?: the next page)?)`;
const NUMBERS = String.raw`(?:halaman|page|hal\.?)\s*:?\s*(?:\d{1,2}\s+){1,9}\d{1,2}(?:\s*(?:next|selanjutnya|berikutnya|»|›))?|(?:\d{1,2}\s+){1,9}\d{1,2}\s*(?:next|selanjutnya|berikutnya|»|›)`;

// How a line opening with "hal" or with a one- or two-digit page number starts (the gate's shape).
const PAGER_START = /^[\s»›>«‹<]*(?:hal(?![a-z])|\d{1,2}\s)/i;

export const pagination: Rule = {
  id: 'pagination',
  description: 'Pagination prompts: "Halaman selanjutnya", "Baca berita lengkapnya di halaman berikutnya.", "Next page", "Page 2 of 3", "Halaman 1 2 3".',
  languages: ['id', 'en'],
  category: 'boilerplate',
  line: new RegExp(String.raw`^[\s»›>«‹<]*(?:${NEXT}|${PROMPT}|${NUMBERS})[\s.:»›>]*$`, 'iu'),
  // Every branch holds "halaman", "page" (also in next/previous page; digits may follow it unspaced) or
  // "continues"; the "hal 3" forms and the bare "1 2 3 »" counter open the line, so the shape checks the opening.
  gate: { words: ['halaman*', 'page*', 'continues'], shape: (text) => PAGER_START.test(text) },
  examples: {
    junk: ['Halaman selanjutnya', 'Cek ulasan lengkapnya di halaman 3.', 'Next page', 'Page 2 of 3', 'Halaman 1 2 3 Selanjutnya', 'Baca selengkapnya di halaman berikutnya'],
    content: ['Halaman rumahnya dipenuhi bunga.', 'The next page of the report lists the victims.', '2 3', '1998 2004'],
  },
};
