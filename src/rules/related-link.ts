import { caseless } from '../core/fast-regex.js';
import { NOT_REPORTED_SPEECH } from './speech.js';
import type { LineContext, Rule } from './types.js';
import { RELATED_SCRIPTS } from './other-scripts.js';

// A prefix that introduces a link to another article, in Indonesian and English.
// "Jangan lewatkan" (don't miss) counts only with words of reading after it: never "Jangan lewatkan gerhana".
const MARKER_ID_EN = String.raw`klik\s+(?:dan|untuk)\s+baca(?:\s+juga)?|baca(?:\s+(?:juga|pula|lagi|selengkapnya|berikutnya))?|lihat(?:\s+juga)?|simak(?:\s+juga)?|cek(?:\s+juga)?|artikel\s+terkait|berita\s+terkait|baca(?:\s+juga)?\s+(?:artikel|berita)\s+(?:menarik\s+)?(?:lainnya|terkait)|jangan\s+(?:lewatkan|ketinggalan)(?:\s+(?:baca|membaca|artikel|berita|kisah|cerita|ulasan|tulisan|lainnya|menarik|terkait|yang|ini|itu|juga|pula)){0,4}|also\s+(?:read|see)|read\s+(?:more|also|next)|see\s+also|related(?:\s+(?:articles?|stories|story|news|coverage|reading|content))?|more\s+(?:from|on)\s+[^:|]{1,40}|recommended(?:\s+(?:reading|stories|articles))?|suggested\s+reading|pilihan\s+editor|editors?'?s?\s+picks?|more\s+on\s+this\s+(?:topic|story)|berita\s+lainnya|artikel\s+(?:menarik\s+)?lainnya|you\s+(?:may|might)\s+also\s+like|trending|don'?t\s+miss|in\s+case\s+you\s+missed\s+it|icymi|further\s+reading`;
// The same prefix in other languages news sites write in: French, Spanish, Portuguese, German, Italian,
// Dutch, Polish, Turkish, Tagalog, Vietnamese. Each is how those sites label a related link, never a
// sentence's opening words alone (a colon, bar or dash and a headline follow, or nothing does).
const MARKER_OTHER = String.raw`(?:artikel|berita)\s+berkaitan|(?:à|a)\s+lire\s+aussi|lire\s+aussi|lisez\s+aussi|voir\s+aussi|sur\s+le\s+même\s+sujet|le[ae]\s+también|leer\s+también|ver\s+también|(?:también\s+)?te\s+puede\s+interesar|noticias\s+relacionadas|relacionad[oa]s?|leia\s+(?:também|mais)|veja\s+também|notícias\s+relacionadas|lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|auch\s+interessant|das\s+könnte\s+sie\s+auch\s+interessieren|leggi\s+anche|potrebbe\s+interessarti|articoli\s+correlati|lees\s+ook|zie\s+ook|czytaj\s+(?:też|także|również|więcej)|zobacz\s+(?:też|także|również)|ayrıca\s+(?:okuyun|bakınız)|[iİ]lgili\s+haber(?:ler)?|soma\s+(?:pia|zaidi)|habari\s+(?:zinazohusiana|nyingine)|basahin(?:\s+(?:din|rin|pa))?|xem\s+thêm|đọc\s+thêm|tin\s+liên\s+quan|[iİ]lginizi\s+çekebilir`;
const MARKER = String.raw`(?:${MARKER_ID_EN}|${MARKER_OTHER})`;

// Spaces, then maybe marks and spaces: `\s*[:|»>!]*\s*` tried every split of a long run of spaces (quadratic).
export const BARE_MARKER = caseless(String.raw`^[\[(]?\s*${MARKER}\s*(?:[:|»>!]+\s*)?[\])]?$`);
// Only a marker that announces what follows ("Baca juga:") vouches for the next line being its link;
// a bare label ("Baca Juga") is often a widget whose links were never captured.
const ANNOUNCING_MARKER = caseless(String.raw`^[\[(]?\s*${MARKER}\s*(?::|»|>>|\|)\s*$`);
// A lone "more" link, and the capitalised labels of US sites ("MORE: …", "RELATED: …").
const MORE_LINK = caseless(String.raw`^(?:selengkapnya|baca selengkapnya|baca selanjutnya|lihat selengkapnya|(?:berita|artikel) selengkapnya|klik untuk (?:baca|membaca)(?: (?:selengkapnya|lengkapnya|lagi))?|(?:cek|baca|lihat|simak) (?:berita|artikel) (?:menarik )?lainnya|teruskan membaca|lanjut(?:kan)? baca(?: artikel ini)?|keep reading|basahin ang buong (?:artikulo|balita|istorya)|klik untuk (?:melanjutkan|lanjut) membaca|lanjutkan membaca|lanjut(?:kan)? baca|lanjut membaca|read more|continue reading|baca lebih lanjut|baca (?:artikel|berita) (?:penuh|sepenuhnya)|teruskan bacaan|read (?:the )?full (?:story|article)|(?:show|view|see|expand|open) (?:the )?full (?:story|article)|(?:tampilkan|lihat|buka|baca) (?:artikel|berita) (?:lengkap(?:nya)?|selengkapnya)|lire la suite|leer más|seguir leyendo|leia mais|continue lendo|weiterlesen|mehr lesen|continua a leggere|leggi tutto|lees verder|czytaj dalej|haberin devamı|devamını oku|đọc tiếp|xem tiếp)\s*(?:\.{3}|…|»|>>|→|↓|▼)?$|^(?:read more|continue reading|read (?:the )?full (?:story|article)|selengkapnya|baca selengkapnya) (?:at|on|di) [^\s.!?,]+(?:\.[a-z]{2,6})*(?: [^\s.!?,]+){0,3}\s*(?:\.{3}|…|»|>>|→)?$`);
// The text a site appends to a copied passage: "Baca artikel <site>, "<headline>" selengkapnya <url>".
const COPIED_FROM = caseless(String.raw`^baca artikel \S+(?: \S+){0,2},? ["“].{1,200}["”],? selengkapnya\s+https?:\/\/\S+$`);
// The site's "more" widget named after it, alone ("Berita Contohsite Lainnya"); with a sentence after it,
// "Berita baik lainnya: …" is prose.
const SITE_MORE = /^(?:berita|artikel|video|foto)\s+[\w.-]+(?:\s+[\w.-]+)?\s+lainnya$/i;
const CAPS_LABEL = /^(?:MORE|ALSO|RELATED|READ MORE|FURTHER READING)\s*:\s*\S.*$/u;
// A one-sentence pointer to the site's own story, standing as a line of its own: "Read more about the
// council's vote.", "Find out more about …", "Learn more about …". Only a short line that is nothing else,
// and not someone's words ("Learn more about the virus, the WHO urged, …").
const MORE_ABOUT = caseless(String.raw`^${NOT_REPORTED_SPEECH}(?:(?:read|find out|learn|discover|see)\s+more\s+(?:about|on)\s+[^.!?]{3,160}|(?:read|see|follow|get)\s+(?:all\s+(?:of\s+)?)?our\s+(?:full\s+|complete\s+|latest\s+|live\s+)?coverage(?:\s+(?:of|on)\s+[^.!?]{3,120})?|follow\s+[\w'’.&-]{2,30}\s+coverage\s+of\s+[^!?]{3,120}?\s+at\s+(?:https?:\/\/)?\S+?)[.!]?$`);

const HEADLINE_WORD = /^[\p{Lu}\p{N}"'“‘(]/u;
const FUNCTION_WORDS = new Set(
  'yang di ke dari dan atau untuk dengan pada dalam hingga sampai saat jadi ini itu akan bisa tak tidak jelang usai soal vs of the a an in on to for and or at by with from as is are after over into'.split(' '),
);

/** Linked headlines in a widget's list are full titles, not short list items or labels. */
const MIN_LIST_HEADLINE_WORDS = 5;
/**
 * A widget lists a few links. Fewer than three title-case lines may be one link and the article's own
 * subheading under it; more than five are the article's own list.
 */
const MIN_LIST_HEADLINES = 3;
const MAX_LIST_HEADLINES = 5;

/**
 * A bare label ("Baca Juga", no colon) heading a widget whose links were captured: three or more full
 * linked headlines, one a line, right under it. A numbered line is the article's own list and ends the
 * run. An announcing marker ("Baca juga:") vouches for one line only (the line test above): the
 * title-case line after that link is the article's subheading.
 */
function scanHeadlineLists(lines: readonly LineContext[]): number[] {
  const found: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    const marker = lines[k]!.text;
    if (!BARE_MARKER.test(marker) || /[:|»>!]\s*[\])]?$/u.test(marker)) continue;
    let end = k + 1;
    while (end < lines.length && end - k - 1 < MAX_LIST_HEADLINES + 1 && isListedHeadline(lines[end]!.text)) end++;
    const run = end - k - 1;
    if (run < MIN_LIST_HEADLINES || run > MAX_LIST_HEADLINES) continue;
    for (let j = k; j < end; j++) found.push(j);
    k = end - 1;
  }
  return found;
}

function isListedHeadline(text: string): boolean {
  return looksLikeHeadline(text) && text.split(/\s+/u).length >= MIN_LIST_HEADLINE_WORDS;
}

/** A linked headline on the line after a bare marker: short, mostly capitalised, no closing full stop. */
export function looksLikeHeadline(text: string): boolean {
  // A numbered line after a marker is the article's own list or subheading, not a link.
  if (/[.:;,]$/u.test(text) || !HEADLINE_WORD.test(text) || /^\d+[.)]\s/u.test(text)) return false;
  const words = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > 20) return false;
  // Title case: the words that carry meaning are capitalised; only small function words are not.
  const meaningful = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  const capitalised = meaningful.filter((w) => HEADLINE_WORD.test(w)).length;
  return meaningful.length > 0 && capitalised / meaningful.length >= 0.75;
}

// The parts of the rule with no gate word: the capitalised "ALSO: …" label and the headline under an announcing marker.
const ALSO_LABEL = /^ALSO\s*:/u;
const relatedLinkShape = (text: string): boolean => {
  const last = text.charCodeAt(text.length - 1);
  if (last === 0x2e || last === 0x3a || last === 0x3b || last === 0x2c) return ALSO_LABEL.test(text);
  return ALSO_LABEL.test(text) || looksLikeHeadline(text);
};

export const relatedLink: Rule = {
  id: 'related-link',
  description:
    'Links to other articles: "Baca juga: …" (and "Lire aussi", "Leer también", "Leia também", "Lesen Sie auch", "Leggi anche", "Lees ook" and others), a bare "Baca Juga" marker and the headline on the line after it (or the list of three or more full headlines under a bare label), "Lihat juga", "Also Read | …", "Read more:", "RELATED:", "MORE:", a lone "Selengkapnya", a line that is only "Read/Learn/Find out more about …"; cut from inside a line when bracketed or trailing.',
  languages: ['id', 'en', 'fr', 'es', 'pt', 'de', 'it', 'nl', 'pl', 'tr', 'tl', 'vi', 'sw'],
  category: 'boilerplate',
  joinable: true,
  // The marker with its headline after a colon, bar or dash, or bare: one copy of the marker list (it is
  // long, and each copy costs its compilation).
  // A bracket, or an arrow a site sets before it (">> Read more: …", "» Baca juga: …").
  // In other scripts too: "Читайте также: …", "【関連記事】" (asked of such lines by their shape).
  line: caseless(String.raw`^(?:[\[(]|>>?|»)?\s*${MARKER}\s*(?:(?::|\||-|–|—|»|>>|!)\s*\S.*|[:|»>!]*\s*[\])]?)$|^(?:【\s*${RELATED_SCRIPTS}\s*】\s*\S.*|[\[(【]?\s*${RELATED_SCRIPTS}\s*[】\])]?\s*(?::\s*\S.*|[:|»>!]*))$`),
  test: ({ text, prev }) =>
    MORE_LINK.test(text) || CAPS_LABEL.test(text) || SITE_MORE.test(text) || COPIED_FROM.test(text) || MORE_ABOUT.test(text) || (ANNOUNCING_MARKER.test(prev) && looksLikeHeadline(text)),
  scan: scanHeadlineLists,
  // A word each marker needs, whole (markers start the line or follow a bracket and end before a colon, bar or the
  // line's end); "more" covers "more from/on", MORE_ABOUT and "MORE:"; "(see"/"(simak" also where NFKC changed the raw line.
  gate: {
    words: [
      'teruskan membaca',
      'baca', 'lihat', 'simak', 'cek', 'terkait', 'jangan', 'read', 'see', 'related', 'more', 'recommended', 'editor*',
      'lainnya', 'selanjutnya', 'like', 'trending', 'miss', 'selengkapnya', 'keep reading', 'lanjutkan membaca', 'melanjutkan membaca', 'lanjut membaca', 'continue reading', 'further reading',
      '(see*', '(simak*', 'suggested reading',
      // Other languages: a word each marker and "read more" link needs (letters with case beyond ASCII cannot be gate words).
      'lire', 'lisez', 'voir', 'sujet', 'lea tambi*', 'lee tambi*', 'leer tambi*', 'ver tambi*', 'interesar', 'relacionad*', 'leia', 'veja', 'lesen',
      'thema', 'interessant', 'interessieren', 'leggi', 'interessarti', 'correlati', 'lees', 'zie', 'czytaj', 'zobacz', 'ayr*', 'haber*', 'basahin', 'xem', 'đọc thêm', 'đọc tiếp', 'devam*', 'tin liên quan', '*lginizi çekebilir', 'berkaitan', 'soma', 'habari',
      'leer m*', 'full story', 'full article', 'artikel lengkap*', 'berita lengkap*', 'lebih lanjut', 'artikel penuh', 'berita penuh', 'artikel sepenuhnya', 'berita sepenuhnya', 'teruskan bacaan', 'in case you missed it', 'icymi', 'http*', 'our coverage', 'our full coverage', 'our complete coverage', 'our latest coverage', 'our live coverage',
      'seguir leyendo', 'continue lendo', 'weiterlesen', 'leggere', 'verder',
    ],
    shape: relatedLinkShape,
    // And lines in other scripts ("Читайте также: …"): src/rules/other-scripts.ts.
    otherScripts: true,
  },
  // "(Baca juga: …)" anywhere; "Baca juga: …" closing a line after its last sentence.
  cut: /\((?:baca|lihat|simak|read|see)\b[^()]{1,200}\)|(?<=[.!?"”])\s*(?:baca|lihat) juga\b(?:[^.!?]|[.!?](?=\S)){1,160}[.!?]?\s*$/iu,
  examples: {
    junk: [
      'Baca lebih lanjut', 'Baca artikel penuh', 'Teruskan bacaan', 'In Case You Missed It', 'ICYMI: Council votes to expand bus service', 'Further reading: Inside the council budget fight', 'Read our full coverage of the election', 'Show full article', 'View the full story', 'Tampilkan artikel lengkap', 'Lihat berita selengkapnya',
      'Berita Selengkapnya',
      'Klik untuk baca',
      'Cek berita lainnya',
      'Teruskan membaca',
      'Lanjut baca artikel ini',
      'Baca juga artikel terkait',
      'Baca juga: Harga cabai naik lagi jelang Lebaran',
      'Baca Juga',
      'Read more at example.com',
      'Klik untuk melanjutkan membaca',
      'Artikel berkaitan',
      'Berita berkaitan: Harga minyak naik lagi minggu ini',
      'Basahin ang buong artikulo',
      'Continue reading on Contoh News',
      'BACA JUGA:',
      'Lihat juga: Tips memilih sepeda lipat',
      'Simak juga: Banjir rendam tiga desa',
      'Also Read | Markets slide on rate fears',
      'Read more: How the vote was counted',
      'RELATED: Council approves new budget',
      'MORE: Storm knocks out power to thousands',
      '[Baca juga: Tim nasional lolos ke final]',
      'Selengkapnya',
      'Baca berita terkait: Lima resep sambal rumahan',
      'Jangan lewatkan artikel ini: Cara hemat listrik di musim kemarau',
      'Pilihan Editor: Tarif Ojek Daring Naik Mulai Pekan Depan',
      'Read more about the council vote on the new bus lanes.',
      'Find out more about the bakery that won the county fair',
      'Learn more about our guide to winter cycling.',
      'Lire aussi : La réforme des retraites adoptée',
      'À lire aussi',
      'Leer también: El Gobierno anuncia nuevas medidas',
      'Te puede interesar',
      'Leia também: Governo anuncia novas medidas',
      'Lesen Sie auch: Neue Regeln für Mieter',
      'Leggi anche | Il governo approva la manovra',
      'Lees ook: Kabinet presenteert nieuwe plannen',
      'Czytaj też: Rząd przyjął projekt ustawy',
      'BASAHIN: Presyo ng bigas, tumaas ngayong linggo', '>> Đọc thêm: Giá vàng tăng mạnh', 'Tin liên quan: Mưa lớn gây ngập nhiều tuyến phố', 'İlginizi çekebilir: Borsa güne yükselişle başladı', '» Baca juga: Harga cabai naik jelang Lebaran', 'Haberin Devamı', 'Devamını oku »', 'Klik dan baca juga: Deretan rumah artis di pinggir kota', "Follow Example's coverage of the election at https://example.com/hub/election", 'Đọc tiếp', 'Czytaj dalej…',
      'Basahin din: Presyo ng bigas tumaas',
      'Xem thêm: Giá xăng tăng mạnh', 'Читайте также: В городе открыли новый парк', 'اقرأ أيضا: افتتاح جسر جديد في المدينة', 'ये भी पढ़ें: शहर में नया पुल खुला', '相关阅读', '【関連記事】新しい橋が開通', '관련기사', 'อ่านเพิ่มเติม: สะพานใหม่เปิดแล้ว', 'Soma pia: Serikali yatangaza bajeti mpya', 'İlgili Haberler', 'Habari zinazohusiana',
      'Lire la suite',
      'Leer más »',
      'Related story: Council approves new budget',
      'You might also like',
      "Editors' Picks",
      'Read Full Story',
      'Artikel Menarik Lainnya',
      'Berita Contohsite Lainnya',
      'Video contohTV Lainnya',
      'Lanjut Baca',
      'Lanjutkan Membaca ↓',
      'Baca Selanjutnya',
      'Baca artikel contohnews, "Harga Beras Naik Lagi" selengkapnya https://news.contoh.com/berita/123',
    ],
    content: [
      'Show full support for the nurses, the union urged its members.', 'Soma pia kitabu hiki, alisema mwalimu.', 'Habari nyingine njema ni kwamba mvua imenyesha.', 'Lihat berita lengkapnya soal banjir itu di televisi, kata dia kepada warga.',
      'Learn more about the virus, the WHO urged, by visiting its official website.',
      'Baca buku itu, katanya, sebelum menonton filmnya.',
      'Read more at home, the teacher told her pupils before the holiday.',
      'Continue reading on the train.',
      'Artikel berkaitan dengan kes itu telah dipadam oleh pihak polis.',
      'Related parties must disclose their interests, the regulator said.',
      'Read more carefully, the teacher told her class.',
      'Lihat saja hasilnya nanti.',
      'Berita baik lainnya: harga beras turun pekan ini.',
      'Jangan Lewatkan Gerhana Bulan Malam Ini',
      'Jangan ketinggalan kereta terakhir!',
      'More than half of the voters stayed home.',
      'Learn more about the risks, the agency urged. Residents should check their cellars before the storm.',
      'Readers wanted to learn more about the mayor’s plans.',
      'Lire aussi les romans de Zola était obligatoire à l’école.',
      'Ver también cómo cambió el barrio fue emocionante, dijo.',
      'Relacionado con el caso, el juez citó a tres testigos.',
      'Zie ook de kaart hieronder voor de route.',
      'Veja também como votar no domingo.',
      'Basahin ang mga tagubilin bago inumin ang gamot, paalala ng ahensya.',
    ],
    documents: [
      [
        ['Judul Berita', 'Hujan turun sejak pagi di kota itu.', 'Baca Juga', 'Harga Cabai Rawit Naik Dua Kali Lipat di Pasar Induk', 'Petani Garam Menunggu Musim Kemarau Tiba', 'Tiga Jembatan Gantung Rusak Diterjang Arus Sungai', 'Warga mengungsi ke balai desa.'],
        ['Judul Berita', 'Hujan turun sejak pagi di kota itu.', 'Warga mengungsi ke balai desa.'],
      ],
      [
        ['Judul Berita', 'Hujan turun sejak pagi di kota itu.', 'Baca Juga', 'Cara Mendaftar Bantuan Banjir di Kelurahan', 'Warga cukup membawa kartu keluarga.'],
        ['Judul Berita', 'Hujan turun sejak pagi di kota itu.', 'Cara Mendaftar Bantuan Banjir di Kelurahan', 'Warga cukup membawa kartu keluarga.'],
      ],
      [
        ['Judul Berita', 'Hujan turun sejak pagi di kota itu.', 'Baca juga:', 'Harga Cabai Rawit Naik di Pasar Induk', 'Cara Mendaftar Bantuan Banjir di Kelurahan', 'Pendaftaran Dibuka Sampai Akhir Bulan Depan', 'Warga cukup membawa kartu keluarga.'],
        ['Judul Berita', 'Hujan turun sejak pagi di kota itu.', 'Cara Mendaftar Bantuan Banjir di Kelurahan', 'Pendaftaran Dibuka Sampai Akhir Bulan Depan', 'Warga cukup membawa kartu keluarga.'],
      ],
      [
        ['Judul Berita', 'Posko dibuka di tiga tempat:', 'Baca Juga', 'Balai Desa', 'Masjid Raya', 'Gedung Serba Guna', 'Semua posko buka 24 jam.'],
        ['Judul Berita', 'Posko dibuka di tiga tempat:', 'Balai Desa', 'Masjid Raya', 'Gedung Serba Guna', 'Semua posko buka 24 jam.'],
      ],
    ],
    cuts: [
      ['Harga beras naik lagi. (Baca juga: Petani Menunggu Hujan)Pedagang mengeluh.', 'Harga beras naik lagi.Pedagang mengeluh.'],
      ['Stok aman hingga Lebaran.Baca juga: Pemerintah Tambah Impor Gula ', 'Stok aman hingga Lebaran.'],
      ['Pasar dibuka pukul enam. Baca juga kabar seputar harga pangan di Contoh.com.', 'Pasar dibuka pukul enam.'],
    ],
  },
};
