import { caseless } from '../core/fast-regex.js';
import type { Rule } from './types.js';

// Bylines, editor and reporter credits, editor codes, photo captions and credits, syndication lines.
const LABEL = String.raw`(?:penulis|editor|reporter|pewarta|redaktur|kontributor|fotografer|foto|sumber|ilustrasi|grafis|video|laporan wartawan|written by|reported by|edited by|published by|posted by|photo|photograph|image|credit|source)`;
// A screen reader's label before a picture's credit or caption ("Image source, Getty Images").
const LABELLED = String.raw`${LABEL}\s*:\s*.{1,120}|(?:image|photo|media|video) (?:source|caption)\s*[,:]\s*.{1,300}`;
// Case matters in a byline: "By Jane Example", never "By the end of the year".
// After the name, an outlet or a role ("…, Reuters", "… | Staff Writer") opens with a capital or a
// digit: "Oleh Polisi, warga diminta tenang" is a sentence, not a byline.
const BYLINE = new RegExp(String.raw`^(?:[Bb]y|BY|[Oo]leh|OLEH)\s+[\p{Lu}][\p{L}.'’-]*(?:\s+(?:[\p{Lu}][\p{L}.'’-]*|and|dan|&|,))*\s*(?:[,|]\s*[\p{Lu}\d].{0,59})?$`, 'u');
const EDITOR_CODE = String.raw`\(\s*[\p{L}]{2,6}(?:\s*/\s*[\p{L}]{2,6}){1,3}\s*\)`;
const PHOTO = String.raw`(?:\(\s*(?:image|foto|photo|dok)\b[^)]{0,80}\)|(?:\(c\)|©)\s*(?:dok|foto|istimewa)\b.{0,80})`;
// A caption: any text ending in its credit, "(Name / Outlet)", "(credit: …)", "© …", "Courtesy of …".
const CAPTION = String.raw`.{1,300}?(?:\((?:credit|image|foto|photo|dok|sumber|source)\b[^)]{0,120}\)|©\s*\S.{0,80}|\bcourtesy of\b.{1,80}|\bimage credit:.{1,120})`;
// A caption ending in "(Name / Outlet)": a capitalised name of letters only, then the outlet, so a price
// or unit in brackets ("(Rp 12.000/kg)") is not a credit. Case-sensitive, so kept out of the
// case-insensitive pattern.
const SLASH_CREDIT = new RegExp(String.raw`^.{1,300}?\((?=[^()]*\s)\s*\p{Lu}[\p{L} .'’-]{1,59}\/\s*\p{L}[\p{L}\d .'’-]{1,59}\)$`, 'u');
const SYNDICATION = String.raw`(?:(?:artikel|berita|tulisan) ini (?:\p{L}+ ){0,2}(?:tayang|dimuat|terbit|diterbitkan|ditayangkan|dipublikasikan|disiarkan)(?: \p{L}+)? (?:di|pada|dalam|oleh)\b.{0,200}|this (?:article|story|piece) (?:was|has been|is) (?:originally |first )?(?:published|posted|appeared) (?:on|in|by|at)\b.{0,200}|\(with inputs? from [^)]{1,60}\)|sumber\s*:\s*\S.{0,80})`;

// A lone publication date or time: "Updated: 3:45 PM EDT June 2, 2024", "Published 9:12 a.m. ET Jan. 4,
// 2024", "Diperbarui 3 Juni 2024, 12:40 WIB". After the word, only what a date or a time is made of:
// "Published in 2019, the book sold …" is a sentence.
const MONTH = String.raw`jan(?:uary|uari)?|feb(?:ruary|ruari)?|mar(?:ch|et)?|apr(?:il)?|may|mei|jun[ei]?|jul[iy]?|aug(?:ust)?|agu(?:stus)?|sep(?:t(?:ember)?)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|des(?:ember)?`;
const DAY = String.raw`mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|senin|selasa|rabu|kamis|jumat|sabtu|minggu`;
const DATE_PART = String.raw`(?:\d{1,4}(?:st|nd|rd|th)?|${MONTH}|${DAY}|[ap]\.?m\.?|e[sd]?t|c[sd]?t|p[sd]?t|ist|gmt|utc|bst|wib|wita|wit|at|on|pukul|pkl|uhr|am|le|el|em|il)`;
// The label in Spanish, Portuguese, French, German, Italian, Dutch, Polish, Turkish and Vietnamese too.
const DATE_LABEL = String.raw`(?:published|posted|updated|first published|last updated|last modified|diperbarui|diterbitkan|dipublikasikan|terbit|update|actualizado|atualizado|publicado|mis à jour|publié|aktualisiert|veröffentlicht|aggiornato|pubblicato|bijgewerkt|gepubliceerd|zaktualizowano|opublikowano|güncelleme|güncellendi|yayınlanma|cập nhật)`;
// A time ago: "Updated 3 hours ago", "Actualizado hace 2 horas", "Cập nhật 2 giờ trước".
const AGO = String.raw`(?:hace|há|il y a|vor|fa|temu)?\s*\d{1,3}\s*(?:minutes?|mins?|hours?|hrs?|days?|jam|menit|hari|horas?|minutos?|días|dias|heures?|jours?|stunden|minuten|tagen|ore|minuti|giorni|uur|dagen|godzin[ay]?|minut|dni|saat|dakika|gün|giờ|phút|ngày)(?: ago| lalu| yang lalu| atrás| fa| geleden| temu| önce| trước)?`;
const DATE_LINE = String.raw`${DATE_LABEL}(?: on| at| pada| am| le| el| em| il| op)?\s*:?\s*(?:(?:${DATE_PART}\b[\s,.:/|-]*){2,14}|${AGO}\.?)|(?:${DAY})\s*,\s*(?:${DATE_PART}\b[\s,.:/|-]*){3,14}`;

// How a labelled credit ("Foto: …", "Sumber : …") and a byline open (the gate's shape).
const LABEL_START = new RegExp(String.raw`^${LABEL}\s*:`, 'i');
const BYLINE_START = /^(?:by|oleh)\s/i;
// A date that opens with its day's name: "Kamis, 14 Mar 2026 09:15 WIB". (A comma in a gate word would
// make the stream's prefilter admit every line with a quote before a comma: its symbols share one class.)
const DAY_DATE_START = new RegExp(String.raw`^(?:${DAY})\s*,\s*(?:\d|(?:${MONTH})\b)`, 'i');

export const creditLine: Rule = {
  id: 'credit-line',
  description: 'Credits and captions (removed only with stripCredits): bylines, "Penulis: …", "Editor: …", editor codes like "(abc/xyz)", "Foto: …", "(Image: …)", "Artikel ini telah tayang di …".',
  languages: ['id', 'en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'tr', 'vi'],
  category: 'credit',
  line: caseless(String.raw`^(?:${LABELLED}|${DATE_LINE}|${EDITOR_CODE}|${PHOTO}|${CAPTION}|${SYNDICATION})$`),
  test: ({ text }) => BYLINE.test(text) || SLASH_CREDIT.test(text),
  // EDITOR_CODE, the bracketed PHOTO, the bracketed CAPTION endings, SLASH_CREDIT and "(with inputs from …)" end the
  // line with ")"; LABELLED and "sumber:" open it with a label, a byline with By/Oleh (the shape checks
  // those, and a date opening with its day's name); the rest need ©, (c), "courtesy of", "image credit:" or "tayang di"/"dimuat di".
  gate: {
    words: ['©', '(c)', 'courtesy of', 'image credit:', 'tayang', 'dimuat', 'terbit', 'diterbitkan', 'ditayangkan', 'dipublikasikan', 'disiarkan', 'published', 'posted', 'updated', 'diperbarui', 'update', 'last modified', 'actualizado', 'atualizado', 'publicado', 'mis à jour', 'publié', 'aktualisiert', 'veröffentlicht', 'aggiornato', 'pubblicato', 'bijgewerkt', 'gepubliceerd', 'zaktualizowano', 'opublikowano', 'güncelleme', 'güncellendi', 'cập nhật', 'originally appeared', 'first appeared', 'image source', 'image caption', 'photo source', 'photo caption', 'media source', 'media caption', 'video source', 'video caption'],
    shape: (text) => text.charCodeAt(text.length - 1) === 0x29 || LABEL_START.test(text) || BYLINE_START.test(text) || DAY_DATE_START.test(text),
  },
  examples: {
    junk: ['Penulis: Contoh Nama', 'Editor: Nama Editor', '(abc/xyz)', 'By Jane Example', 'Foto: Dok. Contoh', '(Image: Example Agency)', 'Artikel ini telah tayang di Contoh.com dengan judul "Sesuatu"', 'Berita ini sudah tayang sebelumnya di Contoh.com', 'Artikel ini pertama kali diterbitkan di Contoh', 'Berita ini disiarkan oleh Contoh', 'This article was originally published on Example Review.', 'Updated: 3:45 PM EDT June 2, 2024', 'Published 9:12 a.m. ET Jan. 4, 2024', 'Last Updated: June 3, 2024, 12:40 IST', 'Diperbarui 3 Juni 2024, 12:40 WIB', 'Updated 3 hours ago', 'Kamis, 14 Mar 2026 09:15 WIB', 'Actualizado hace 2 horas', 'Aktualisiert am 14.03.2026, 09:12 Uhr', 'Güncelleme: 14.03.2026 10:45', 'Cập nhật 2 giờ trước', 'Monday, June 3, 2024 at 4:05 PM', 'Published By: Jane Roe', 'Pedagang menata dagangan di pasar. (Nama Fotografer / Contoh)', 'Warung di pinggir jalan (Nama Fotografer/contohJabar)', 'Poster film itu (credit: Contoh)', 'Image source, Example Agency', 'Image caption, Crowds gathered at the harbour', 'Media caption, Watch: the moment the bridge opened'],
    content: [
      'Harga naik tajam sejak Senin.(abc/def)',
      'By the end of the year prices had doubled.',
      'Published in 2019, the book sold a million copies.',
      'Updated figures on Monday showed 40 more cases.', 'Kamis, 14 Mar 2026 pukul 09.15 WIB, polisi menangkap dua orang.', 'Actualizado hace 2 horas, el informe cambió.', 'Monday, June 3',
      'Oleh karena itu, warga diminta waspada.',
      'Editors disagreed about the headline.',
      'Oleh Polisi, warga diminta tenang',
      'Harga beras naik menjadi Rp 12.000 per kilo (Rp 12.000/kg)',
    ],
  },
};
