import { caseless } from '../core/fast-regex.js';
import type { Rule } from './types.js';
import { AD_SCRIPTS } from './other-scripts.js';

// The line's first marker opens a word. Only "ad"/"ads" can fail to be a whole word, when the next marker is
// glued on ("adsponsored"); such a line starts with "ad"/"ads" and the next marker's first word.
const GLUED_AD = /^[-–—\s·•|:()[\]*]*ads?(?:ad|sponsored|iklan|promoted|story|article|continue|scroll|gulir)/i;

/** Online shops a shopping box links to, by name or by domain. */
const SHOP = String.raw`shopee|tokopedia|lazada|blibli|bukalapak|tiktok shop|amazon|zalora|[\w-]+\.(?:com|co\.id|id|my)(?:\/\S*)?`;

/**
 * "The article continues after the ad" in Portuguese, Spanish, French, German, Italian, Dutch, Polish
 * and Turkish ("Haberin devamı", the rest of the story, stands where the ad did). Turkish capitals are
 * spelled out: "İ" and "I" are not the upper case of "i" and "ı" to a caseless regex.
 */
const CONTINUES_ABROAD = String.raw`continua (?:após a|depois da) publicidade|(?:a )?(?:matéria|reportagem|notícia) continua (?:após a|depois da) publicidade|(?:la )?(?:noticia|nota|información) contin[uú]a (?:después de|tras) (?:la )?publicidad|contin[uú]a (?:después de|tras) (?:la )?publicidad|l'article continue (?:après|sous) (?:la |cette )?publicité|la suite (?:après|sous) (?:la |cette )?publicité|(?:der )?artikel (?:geht )?(?:weiter )?(?:nach|unter) (?:der|dieser) (?:anzeige|werbung)(?: weiter)?|l'articolo continua (?:dopo|sotto) (?:la |questa )?pubblicità|(?:het )?artikel (?:gaat )?(?:verder )?(?:onder|na) (?:de|deze) advertentie(?: verder)?|dalsza część (?:artykułu|tekstu|materiału) (?:pod|poniżej) (?:reklamą|materiałem wideo|wideo|filmem|materiałem)|haber[iİ]n devam[ıI]|reklamdan sonra devam ediyor`;

/** The markers, as a regex source. */
const AD_MARKERS = String.raw`advertisement|advertisements|advertising|sponsored(?: content)?|iklan|ads?|promoted(?: content)?|(?:the )?story continues(?: (?:below|after)(?: (?:this |the )?(?:ad|advert|advertisement))?)?|content continues below(?: (?:this |the )?(?:ad|advertisement))?|article continues (?:below|after)(?: (?:this|the) (?:ad|advertisement))?|continue reading the main story|skip advertisement|ad ?choices|(?:video )?ad feedback|promoted links|sponsored links|report (?:this )?ad|supported by|continue reading below|scroll (?:down )?to (?:continue|resume)(?: with content| reading| content)?|(?:gulir|scroll|geser|tatal) (?:ke bawah )?untuk (?:melanjutkan|membaca|lanjut membaca|teruskan membaca)(?: membaca)?(?: (?:artikel|berita)(?: ini)?)?|lanjutkan membaca (?:artikel )?di bawah(?: ini)?|teruskan membaca (?:artikel )?di bawah(?: ini)?|(?:artikel|berita|cerita|konten)(?: ini)? (?:berlanjut|bersambung|dilanjutkan) (?:di bawah(?: iklan)?|setelah iklan)(?: (?:ini|berikut))?|(?:konten|artikel|berita|video)(?: ini)? (?:akan )?(?:tampil|muncul|dimulai|diputar|berlanjut) setelah iklan(?: (?:ini|berikut))?|laporkan iklan|konten (?:sponsor|bersponsor|berbayar)|advertorial|advertisement feature|advertising feature|promotional feature|paid post|partner content|advertiser content|branded content|sponsor content|paid partnership|sponsored post|scroll (?:down )?(?:to|for) (?:read )?more|swipe(?: (?:up|down|left))? (?:to|for) (?:read )?more|tap (?:here )?to read more|tutup iklan|iklan tutup|iklan ditutup|laporkan iklan ini|close (?:this )?ad(?:vertisement)?|skip ad|lewati iklan|(?:this )?ad (?:will )?closes? in \d{1,2}(?: seconds?| s)?|iklan (?:akan )?(?:tertutup|ditutup|berakhir) dalam \d{1,2}(?: detik)?|why (?:am i|are you) seeing this ad\??|paid promotion|(?:weiter ?lesen|lesen sie weiter) nach der anzeige|nach der anzeige weiter ?lesen|buy now|shop now|add to (?:cart|basket|bag)|(?:(?:cek|lihat|semak|bandingkan) harga(?: terbaik| terbaru)?|beli(?: sekarang)?) di (?:${SHOP})|lihat (?:produk|penawaran)(?: lainnya)?|shop the (?:story|look)|beli sekarang|tambah(?:kan)? ke keranjang|check (?:the )?price (?:on|at) [\w.-]+(?: [\w.-]+){0,2}|see it (?:on|at) [\w.-]+(?: [\w.-]+){0,2}|(?:available|download|get it) on (?:the )?(?:app store|google play|play store)|tersedia di (?:google play|app store|play store)(?: (?:dan|&) (?:google play|app store|play store))?|anzeige|werbung|publicidad|publicité|publicidade|pubblicità|reklama|reklam|advertentie|patalastas|quảng cáo|${CONTINUES_ABROAD}|${AD_SCRIPTS}`;

// What stands between and around markers: dashes, dots, bars, brackets ("(Advertisement)", "Advertisement · Scroll to continue").
const SEPARATORS = String.raw`[-–—\s·•|:.()[\]*]`;

const SPONSOR_LABEL = String.raw`(?:recommended by(?: [\w.-]+)?|(?:artikel|konten|tulisan|berita) ini (?:merupakan|adalah) konten (?:sponsor|bersponsor|berbayar)|this (?:article|content|story|post) is (?:a )?(?:sponsored|paid)(?: content| post)?|(?:sponsored|promoted|advertorial|iklan|paid post)\s*:\s*[^.!?]{1,120}[.!?]?|(?:(?:sponsored|presented|brought to you|powered|paid for|promoted) by|(?:disponsori|dipersembahkan) oleh|in (?:partnership|association|collaboration) with|(?:konten|artikel|tulisan) ini (?:merupakan|adalah) (?:hasil )?kerja ?sama(?: antara)?(?: dengan)?|(?:konten|artikel|tulisan) ini (?:merupakan|adalah) bagian dari (?:program )?kemitraan)\s+[^\s.,!?:;]+(?:\s+[^\s.,!?:;]+){0,5}|(?:this )?(?:content|article|story) (?:was|is) (?:produced|created|paid for|written) by [^.!?]{1,60}?(?:(?:marketing|advertising|brand|commercial|partner) (?:team|department|studio)|advertiser|sponsor)\b[^.!?]{0,80})[.!]?`;

const CAPS_MARKER = String.raw`ADVERTISEMENT|ADVERTISING|SPONSORED|IKLAN|SCROLL TO CONTINUE WITH CONTENT|SCROLL TO RESUME CONTENT|STORY CONTINUES BELOW(?: ADVERTISEMENT)?|ARTICLE CONTINUES BELOW(?: THIS AD)?|CONTINUE READING BELOW|GULIR UNTUK MELANJUTKAN(?: MEMBACA)?`;

export const adMarker: Rule = {
  id: 'ad-marker',
  description: 'Advertisement markers and scroll prompts: "ADVERTISEMENT", "Advertisement", "Iklan", "SCROLL TO CONTINUE WITH CONTENT", the marker in other languages ("Anzeige", "Publicidad", "Publicité", "Pubblicità", "Reklama"), sponsored-content labels ("Konten Sponsor", "Advertorial", "Sponsored by …", "In partnership with …").',
  languages: ['en', 'id', 'de', 'es', 'fr', 'pt', 'it', 'pl', 'tr', 'nl', 'tl', 'vi'],
  category: 'boilerplate',
  // One or more markers, each after its own run of separators (`(?:\s*M\s*)+` could split each run of
  // spaces between two quantifiers, and a long line of markers that failed at its end took exponential
  // time to refuse: 2 s for 22 markers).
  // Or a sponsor's label: "Sponsored by <name>", "In partnership with <name>" (a name of a few words,
  // no punctuation: a sentence that begins so goes on past a comma).
  line: caseless(`^(?:(?:${SEPARATORS}*(?:${AD_MARKERS}))+${SEPARATORS}*|${SPONSOR_LABEL})$`),
  // A marker in capitals where a sentence starts or ends, before another sentence: "ADVERTISEMENT The
  // council …", "… on Tuesday. ADVERTISEMENT Members …". Capitals only, and the sentence after in
  // ordinary case: a headline in capitals ("IKLAN ROKOK DILARANG") is no marker and stays.
  cut: new RegExp(String.raw`(?:^|(?<=[.!?"”)]))\s*(?:${CAPS_MARKER})(?:\s+(?:${CAPS_MARKER}))*\s*(?=\p{Lu}\p{Ll})`, 'u'),
  // One entry per marker, matching how the line's first marker starts a word; GLUED_AD for "ad" glued to the next.
  gate: {
    words: [
      'advertis*', 'sponsored*', 'iklan*', 'promoted*', 'ad', 'ads', 'story continues*', 'article continues', 'content continues below',
      'continue reading below*', 'scroll to continue*', 'scroll to resume*', 'gulir*', 'scroll untuk*', 'scroll ke bawah*', 'close ad*', 'close this ad*', 'paid promotion', 'disponsori oleh', 'dipersembahkan oleh',
      'geser*', 'tatal*', 'lanjutkan membaca', 'teruskan membaca', 'berlanjut di bawah', 'bersambung di bawah', 'dilanjutkan di bawah', 'konten sponsor', 'konten bersponsor', 'konten berbayar', 'advertorial', 'paid post', 'kerja sama', 'kerjasama', 'partner content', 'paid partnership', 'scroll down', 'scroll for more', 'scroll to read', 'swipe*', 'tap to read more', 'tap here to read more',
      'branded content', 'sponsor content', 'kemitraan', 'marketing team', 'marketing department', 'brand team', 'brand studio', 'commercial team', 'partner team', 'partner studio', 'by the sponsor', 'by a sponsor',
      'recommended by', 'presented by', 'brought to you by', 'powered by', 'paid for by', 'in partnership with', 'in association with', 'in collaboration with',
      'main story', 'adchoices', 'supported by',
      'cek harga', 'lihat harga', 'semak harga', 'bandingkan harga', 'beli di', 'lihat produk', 'lihat penawaran', 'shop the story', 'shop the look', 'buy now', 'shop now', 'add to cart', 'add to basket', 'add to bag', 'beli sekarang', 'ke keranjang', 'check price', 'check the price', 'see it on', 'see it at', 'available on the', 'download on the', 'get it on', 'available on google', 'download on google', 'available on app', 'download on app', 'available on play', 'download on play', 'tersedia di google', 'tersedia di app', 'tersedia di play',
      'anzeige*', 'werbung*', 'publicidad*', 'publicit*', 'pubblicit*', 'reklam*', 'advertentie*', 'patalastas*', 'quảng cáo',
      'devam*', 'dalsza część',
    ],
    shape: (text) => GLUED_AD.test(text),
    // And lines in other scripts, whose markers ("Реклама", "广告") are no gate words (src/rules/other-scripts.ts).
    otherScripts: true,
  },
  examples: {
    cuts: [
      ['ADVERTISEMENT The council approved the budget on Tuesday.', 'The council approved the budget on Tuesday.'],
      ['SCROLL TO CONTINUE WITH CONTENT Warga diminta tetap waspada.', 'Warga diminta tetap waspada.'],
      ['The council approved the budget. ADVERTISEMENT Members vote in June.', 'The council approved the budget. Members vote in June.'],
      ['Harga naik tajam.IKLANWarga mengeluh.', 'Harga naik tajam.Warga mengeluh.'],
    ],
    junk: [
      'Advertiser content',
      'Advertisement.', 'IKLAN.', 'Recommended by', 'Recommended by Outbrain', 'Scroll untuk membaca artikel', 'Lewati iklan', 'Iklan akan tertutup dalam 5 detik', 'Ad will close in 10 seconds', 'Why am I seeing this ad?', 'Disponsori oleh Bank Contoh', 'Paid promotion',
      'Branded content', 'Реклама', 'विज्ञापन', 'โฆษณา', '广告', '広告', '광고', 'Continua após a publicidade', 'La noticia continúa tras la publicidad', "L'article continue après la publicité", 'Artikel geht nach der Anzeige weiter', 'HABERİN DEVAMI', 'Haberin devamı', 'Dalsza część artykułu pod materiałem wideo', 'Het artikel gaat verder onder de advertentie',
      'Konten ini merupakan kerja sama dengan Contoh.',
      'Tulisan ini merupakan konten bersponsor.', 'This story is sponsored content.',
      'Artikel ini merupakan bagian dari program kemitraan Contoh dan Teladan.',
      "This content was produced by Acme's marketing team and not by the newsroom.",
      'Iklan ditutup',
      'Laporkan iklan ini',
      'Sponsored links',
      'Promoted by Example Bank',
      'Sponsored: The best savings accounts this month',
      'ADVERTISEMENT',
      'Advertisement',
      '- Advertisement -',
      'SCROLL TO CONTINUE WITH CONTENT',
      'ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT',
      'Iklan',
      'Story continues below advertisement',
      'Article continues after this advertisement',
      'Anzeige',
      'Weiterlesen nach der Anzeige',
      'PUBLICIDAD',
      'Publicité',
      '- Pubblicità -',
      'Reklama',
      'Cek harga di Tokopedia', 'Beli di Shopee', 'Semak harga di Lazada', 'Lihat Produk', 'Lihat penawaran', 'Shop the story',
      'Artikel ini bersambung di bawah iklan', 'Video akan diputar setelah iklan berikut', 'Advertisement feature',
      'QUẢNG CÁO', '- Quảng cáo -',
      'Scroll untuk membaca',
      'ARTIKEL BERLANJUT DI BAWAH INI', 'Buy now', 'Shop now', 'Add to cart', 'Beli sekarang', 'Check price on Amazon', 'See it at Example Store', 'Available on the App Store', 'Get it on Google Play', 'Tersedia di Google Play dan App Store',
      'SCROLL TO RESUME CONTENT',
      'Teruskan membaca di bawah',
      'Scroll ke bawah untuk melanjutkan',
      'Tutup Iklan',
      'Iklan Tutup',
      'Close Ad',
      'Continue reading the main story',
      'Skip Advertisement',
      'Article continues below this ad',
      'Story continues below this ad',
      'Story continues',
      'Video Ad Feedback',
      'Promoted Links',
      'Geser ke bawah untuk melanjutkan',
      'Tatal ke bawah untuk teruskan membaca',
      'Iklan - Lanjutkan membaca di bawah ini',
      'Konten Sponsor',
      'Advertorial',
      'Konten ini merupakan kerja sama dengan Contoh Bank',
      'Sponsored by Contoh Bank',
      'Presented by Example Motors',
      'In partnership with the Example Foundation',
      'AdChoices',
      'Supported by',
      '(Advertisement)',
      '[Advertisement]',
      'Advertisement · Scroll to continue',
      '*** ADVERTISEMENT ***',
      'Partner Content',
      'Content continues below',
      'Scroll down to read more',
      'Swipe up for more',
      'Tap to read more',
    ],
    content: ['Haberin devamında bakan açıklama yaptı.', 'Dalsza część artykułu ukaże się jutro.', 'Continua após a publicidade do governo a polêmica sobre o orçamento.', 'Beli di pasar tradisional saja, kata pedagang itu.', 'Harga mulai naik sejak pekan lalu.', 'Lihat produk lokal di pameran ini, ajak panitia kepada pengunjung.', 'Recommended by doctors, the vaccine is free for children.', 'IKLAN ROKOK DILARANG DI TELEVISI', 'ADVERTISING STANDARDS Authority rules against airline', 'Disponsori oleh pemerintah daerah, festival itu kembali digelar tahun ini.', 'Paid promotion of the drug was banned in 2020.', 'Why am I seeing this ad? asked the senator, holding up his phone.', 'Buy now, pay later schemes are growing fast, the regulator said.', 'Available on the App Store since 2019, the game has 10 million players.', 'Advertisement revenue fell by a third last year.', 'Iklan rokok dilarang di televisi.', 'Scroll through the gallery to see more.', 'Anzeige gegen Unbekannt erstattet', 'Publicidad engañosa, dijo el juez.', 'Scroll untuk membaca komentar warga di bawah foto itu.', 'Supported by the city, the festival returns in May.', 'Report this ad to the regulator, the campaigners urged.', 'Presented by the finance minister, the budget cuts spending.', 'Story continues to grip the town.', 'Advertorial rules for newspapers were tightened in 2019.', 'Artikel ini merupakan kerja sama dua peneliti dari Bandung dan Leiden yang dimulai pada 2015.', 'In partnership with local schools, the museum opened a lab.', 'Powered by two small engines the boat crossed the strait in a day.', 'Swipe left for more photos of the flood, the caption said.', 'Partner content deals earned the paper $2m.', '(Advertisement revenue is down.)'],
  },
};
