import { caseless } from '../core/fast-regex.js';
import type { LineContext, Rule } from './types.js';

// Page-turn prompts of articles split over several pages, Indonesian and English.
const NEXT = String.raw`(?:halaman|hal\.?)\s+(?:selanjutnya|berikutnya|sebelumnya|\d+|all|semua)|(?:selanjutnya|berikutnya|sebelumnya) halaman|next page|previous page|continue (?:reading )?on (?:the )?next page|lanjut(?:kan)?(?: baca| membaca)? (?:ke|di) halaman (?:selanjutnya|berikutnya|\d{1,2})|lanjut(?:kan)? membaca ke halaman (?:selanjutnya|berikutnya)|continue (?:reading )?on page \d{1,2}|page \d+ of \d+|halaman \d+ dari \d+`;
const PROMPT = String.raw`(?:(?:simak|baca|lihat|cek)\s+(?:berita|artikel|informasi|ulasan)?\s*(?:selengkapnya|lengkapnya|berikutnya|lanjutannya)\s+(?:di|pada|ke)\s+halaman\s+(?:selanjutnya|berikutnya|\d+)|(?:story|article) continues (?:on|below)(?: the next page)?)`;
const NUMBERS = String.raw`(?:halaman|page|hal\.?)\s*:?\s*(?:\d{1,2}\s+){1,9}\d{1,2}(?:\s*(?:next|selanjutnya|berikutnya|»|›))?|(?:\d{1,2}\s+){1,9}\d{1,2}\s*(?:next|selanjutnya|berikutnya|»|›)`;

const PAGER_LINE = caseless(String.raw`^[\s»›>«‹<]*(?:${NEXT}|${PROMPT}|${NUMBERS})[\s.:»›>]*$`);
// The pager's last button, after its numbers.
const PAGER_END = /^(?:semua|all|show all|view all|lihat semua|tampilkan semua|next|selanjutnya|berikutnya|next page|»|›|>>|→)$/i;
const MIN_PAGES = 2;

/**
 * A pager whose numbers stand one to a line ("1" / "2" / "3" / "Semua"): pages counted from 1, under a
 * pagination prompt or ending with the pager's last button. Numbers alone may be a table's cells, so
 * neither numbers without the prompt or the button, nor numbers out of order, go.
 */
function scanPagers(lines: readonly LineContext[]): number[] {
  const found: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    if (lines[k]!.text !== '1') continue;
    let end = k;
    while (end < lines.length && lines[end]!.text === String(end - k + 1)) end++;
    if (end - k < MIN_PAGES) continue;
    const button = end < lines.length && PAGER_END.test(lines[end]!.text);
    const prompt = k > 0 && PAGER_LINE.test(lines[k - 1]!.text);
    if (!button && !prompt) continue;
    for (let j = k; j < end; j++) found.push(j);
    if (button) found.push(end);
    k = end;
  }
  return found;
}

// How a line opening with "hal" or with a one- or two-digit page number starts (the gate's shape).
const PAGER_START = /^[\s»›>«‹<]*(?:hal(?![a-z])|\d{1,2}\s)/i;

export const pagination: Rule = {
  id: 'pagination',
  description: 'Pagination prompts: "Halaman selanjutnya", "Baca berita lengkapnya di halaman berikutnya.", "Next page", "Page 2 of 3", "Halaman 1 2 3", and a pager\'s numbers one to a line ("1" / "2" / "3" / "Semua") under such a prompt or ending with its last button.',
  languages: ['id', 'en'],
  category: 'boilerplate',
  line: PAGER_LINE,
  scan: scanPagers,
  // Every branch holds "halaman", "page" (also in next/previous page; digits may follow it unspaced) or
  // "continues"; the "hal 3" forms and the bare "1 2 3 »" counter open the line, so the shape checks the opening.
  gate: { words: ['halaman*', 'page*', 'continues'], shape: (text) => PAGER_START.test(text) },
  examples: {
    junk: ['1', 'Semua', 'Halaman selanjutnya', 'Halaman All', 'Selanjutnya Halaman', 'Cek ulasan lengkapnya di halaman 3.', 'Next page', 'Page 2 of 3', 'Halaman 1 2 3 Selanjutnya', 'Baca selengkapnya di halaman berikutnya', 'Lanjut baca di halaman 2', 'Continue reading on page 3'],
    documents: [
      [
        ['Judul Berita', 'Paragraf pertama artikel.', 'Halaman selanjutnya', '1', '2', '3', 'Semua', 'Paragraf kedua artikel.'],
        ['Judul Berita', 'Paragraf pertama artikel.', 'Paragraf kedua artikel.'],
      ],
      [
        ['Judul Berita', 'Paragraf pertama artikel.', '1', '2', 'Next', 'Paragraf kedua artikel.'],
        ['Judul Berita', 'Paragraf pertama artikel.', 'Paragraf kedua artikel.'],
      ],
      // A table's column of ranks stays.
      [
        ['Peringkat', '1', '2', '3', 'Tim', 'Persija', 'Persib', 'Arema'],
        ['Peringkat', '1', '2', '3', 'Tim', 'Persija', 'Persib', 'Arema'],
      ],
    ],
    content: ['Halaman rumahnya dipenuhi bunga.', 'The next page of the report lists the victims.', '2 3', '1998 2004'],
  },
};
