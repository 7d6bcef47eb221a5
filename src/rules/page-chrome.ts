import { caseless } from '../core/fast-regex.js';
import type { Rule } from './types.js';

// Navigation and media-player chrome: breadcrumbs, gallery counters, caption toggles, app banners.
const CRUMB_START = String.raw`(?:home|beranda|index|news|berita|homepage)`;
const BREADCRUMB = String.raw`${CRUMB_START}\s*(?:[>›»|/]\s*[^>›»|/]{1,40}?\s*){1,6}`;
const MEDIA = String.raw`(?:enlarge this image|toggle caption|hide caption|show caption|expand image|(?:view|open|see|launch|lihat|buka) (?:the )?(?:full )?(?:photo )?(?:gallery|galeri)(?: foto)?(?:\s*\(\d{1,3}(?: (?:images|photos|pictures|foto|gambar))?\))?|swipe (?:left |right )?(?:for|to see|to view) more (?:photos|images|pictures)|geser untuk (?:melihat )?foto (?:lainnya|berikutnya)|this (?:content|video|article|page|media) is (?:not|no longer|currently not|currently unavailable|unavailable) (?:available )?in your (?:region|country|location|area)|(?:konten|video|artikel) ini tidak tersedia di (?:wilayah|negara|lokasi) (?:anda|kamu)|(?:press|tap|click|hit) play to (?:listen|watch|hear)(?: to)?(?: (?:this|the) (?:article|story|video|podcast|episode|report))?|play video|putar video|now playing|sedang diputar|image \d{1,3} of \d{1,3}|photo \d{1,3} of \d{1,3}|foto \d{1,3} dari \d{1,3}|gambar \d{1,3} dari \d{1,3}|lihat foto|click to (?:expand|enlarge)(?: (?:image|photo))?|(?:klik|ketuk|tap) untuk (?:memperbesar|memperjelas)(?: (?:foto|gambar))?|enlarge(?: (?:image|photo))?)`;
const APP = String.raw`(?:read (?:this|the) (?:article|story) in (?:our|the) app|open the app to (?:continue|keep) reading|continue reading in (?:the|our) app|open in app|get the app|download the app|baca di aplikasi|buka di aplikasi|lanjutkan di aplikasi|unduh aplikasinya|continue in app|read in (?:the )?app|(?:download|unduh) (?:aplikasi(?:nya)?|the app|our app)|baca (?:berita|artikel)(?: ini)?(?: selengkapnya)? di aplikasi(?: [\w.-]+){0,3})`;
const COMMENTS = String.raw`(?:(?:read|view|show|see|load|open|display) (?:all )?(?:the )?(?:\d+ )?comments?(?: \(\d+\))?|(?:lihat|tampilkan|buka|muat|baca) (?:semua )?(?:\d+ )?komentar(?: \(\d+\))?|leave a comment|post a comment|(?:tell us|let us know|share) (?:what you think|your (?:thoughts|views|opinions?))(?: (?:about|on) (?:this|it|the (?:article|story)))? (?:in|using) the comments?(?: (?:section|box))?(?: below)?|(?:(?:ayo|yuk|mari)[,!]?\s)?(?:tulis(?:kan)?|berikan|sampaikan|bagikan|beri|berbagi) (?:pendapat|komentar|tanggapan|opini)(?:mu| (?:anda|kamu))? (?:di|pada|melalui) kolom komentar(?: (?:di bawah|berikut)(?: ini)?)?|tulis komentar (?:dengan|sambil) menyertakan\b.{0,120}|(?:redaksi|kami|[\w-]+\.(?:com|co\.id|id)) tidak bertanggung ?jawab atas (?:isi )?komentar\b.{0,100}|isi komentar (?:sepenuhnya )?(?:menjadi )?tanggung ?jawab\b.{0,100}|(?:what do you think|bagaimana pendapat (?:anda|kamu))\?\s*(?:leave|share|tell us|post|tinggalkan|tulis|berikan|sampaikan)\b.{0,60}|(?:read|view|see) our (?:comment(?:ing)?|community) (?:policy|guidelines|rules|standards)|commenting (?:is|has been) (?:disabled|closed|turned off)|(?:show|load|view|see) (?:\d+ )?more (?:comments|replies)|report (?:abuse|comment)|(?:please )?(?:log ?in|sign ?in) or (?:register|sign up) to (?:comment|reply|post)|leave a reply(?: cancel reply)?|cancel reply|tinggalkan (?:balasan|komentar)(?: batalkan balasan)?|batalkan balasan|your email address will not be published\.?(?: required fields are marked \*)?|required fields are marked \*|alamat email (?:anda|kamu) tidak akan (?:dipublikasikan|ditampilkan)\.?(?: (?:ruas|kolom|bidang) yang wajib ditandai \*)?|save my name, email,? and website in this browser for the next time i comment|simpan nama(?: saya)?, email,? dan situs web saya (?:pada|di) (?:peramban|browser) ini untuk komentar saya berikutnya|\d+ comments?|comments? \(\d+\)|tulis komentar(?: (?:anda|kamu))?|(?:berikan|tinggalkan|kirim) komentar(?: (?:anda|kamu))?|komentar \(\d+\)|\d+ komentar|be the first to comment|jadilah yang pertama berkomentar|(?:belum ada komentar|no comments yet|tiada komen)\.?(?:\s*(?:jadilah yang pertama(?: berkomentar)?|be the first(?: to comment)?)!?)?|(?:sign|log) ?in to (?:comment|reply)|comments? (?:are|is) (?:now )?closed|comments closed|comments? (?:have been|has been|are|is) (?:disabled|turned off)(?: (?:for|on) this (?:article|story|post))?|you must be (?:logged|signed) in to (?:comment|post a comment|reply)|join the (?:conversation|discussion)|add a comment|hide comments|loading comments(?:\.{3}|…)?|(?:please )?enable javascript to view the comments(?: powered by disqus)?|masuk untuk (?:berkomentar|memberi komentar)|komentar (?:ditutup|dinonaktifkan))`;
// How long the article takes to read or to hear, as the page's header shows it.
const READ_TIME = String.raw`(?:\d{1,2}(?:\s*[-–])?\s*(?:min|mins|minutes?)\.?\s+read|(?:listen to (?:this )?(?:article|story)|dengarkan (?:artikel|berita)(?: ini)?)(?:(?:\s*[·•|-])?\s*\d{1,2}\s*(?:min|mins|minutes?|menit)\.?)?|(?:waktu baca|lama baca)(?:\s*:)?\s*\d{1,2}\s*menit|(?:estimated )?reading time(?:\s*:)?\s*\d{1,2}\s*(?:min|mins|minutes?)\.?|(?:baca dalam|dibaca dalam)\s*\d{1,2}\s*menit|\d{1,2}\s*menit (?:membaca|baca|bacaan))`;
// A player's clock before it plays ("00:00 / 02:35"); a time from another, "12:00 / 13:00", may be a table's cell.
// How often the article was read, as its header counts it ("Dibaca 1.234 kali", "1.2K views").
// No two quantifiers over spaces in a row (a run of spaces would be tried at every split).
const VIEW_COUNT = String.raw`(?:(?:dibaca|dilihat|ditonton)\s*(?::\s*)?[\d.,]+\s*(?:kali|x)|[\d.,]+\s*(?:[kmrb]\s*)?(?:views|kali dibaca|kali dilihat)|views\s*(?::\s*)?[\d.,]+(?:\s*[km])?)`;
const PLAYER_CLOCK = String.raw`0?0:00(?::00)?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?`;
// What a sign-up form says back, left in the page's text.
const FORM_REPLY = String.raw`forgot (?:your )?password\??|lupa (?:kata sandi|password)\??|remember me|ingat saya|(?:or )?(?:continue|sign in|log in|sign up) with (?:google|facebook|apple|email|twitter|x)|(?:atau )?(?:lanjutkan|masuk|daftar) dengan (?:google|facebook|apple|email)|(?:masukkan|enter|type) (?:alamat )?(?:e-?mail|your e-?mail)(?: (?:anda|kamu|address))?(?: (?:here|di sini))?|(?:thank you|thanks) for (?:subscribing|signing up|registering)|you(?: have|'ve| are|'re) (?:now |been )?(?:successfully )?(?:subscribed|unsubscribed|signed up)|something went wrong[.,!]? please try again(?: later)?|oops!?,?\s?something went wrong[.!]?|(?:gagal|tidak dapat|tidak bisa) memuat(?: (?:konten|video|komentar|data|halaman|gambar)(?: ini)?)?[.!]?|(?:failed to|unable to|could not) load(?: (?:the )?(?:content|video|comments|data|page|image))?[.!]?|(?:pilih|select|choose) (?:jawaban|an answer|your answer)(?: (?:anda|kamu))?[.!:]?|(?:please enter a valid|enter a valid|invalid) email(?: address)?|terima kasih (?:telah|sudah) (?:berlangganan|mendaftar)|(?:maaf, )?terjadi kesalahan[.,!]? (?:silakan|mohon) coba lagi(?: nanti)?`;
// The reaction box under an article: its question ("Was this article helpful?", "Bagaimana perasaan Anda
// setelah membaca berita ini?"); widget-list takes its buttons.
export const REACTION = String.raw`(?:(?:apa reaksi|bagaimana (?:reaksi|perasaan)) (?:anda|kamu|mu)(?: (?:setelah|sesudah|usai) membaca (?:artikel|berita) ini)?|was this (?:article|story|page|information) (?:helpful|useful)|did you (?:find|like) this (?:article|story)(?: (?:helpful|useful))?|how (?:do|did) you feel about this (?:article|story)|rate this (?:article|story)|bagaimana tanggapan (?:anda|kamu)(?: (?:tentang|terhadap|soal) (?:artikel|berita) ini)?|tanggapi (?:berita|artikel) ini|(?:berikan|beri) (?:rating|penilaian)(?: (?:anda|kamu))?)\??`;

// The link to the same story in another language ("Leer en español", "Read in English").
const LANGUAGE = String.raw`(?:english|spanish|español|french|français|german|deutsch|portuguese|português|italian|italiano|arabic|chinese|indonesian|bahasa indonesia|bahasa inggris|malay|bahasa melayu)`;
const READ_IN = String.raw`(?:(?:read|view) (?:this )?(?:(?:article|story|page) )?in|leer en|lea en|lire en|ler em|leggi in|baca dalam|versi(?:on)? (?:en|in|dalam)|versión en|also (?:available )?in) ${LANGUAGE}|en español|en français|auf deutsch`;

// Page navigation, and the headings of the site's widgets (most read, partner content), alone on a line.
const NAV = String.raw`(?:(?:tampilkan|lihat) semua(?: (?:berita|artikel|foto|video|topik)(?: (?:terkini|terbaru|lainnya|populer|terpopuler|terkait))?)?|show key events only|(?:follow (?:our |the )?)?live (?:updates|blog|coverage)(?: here| below)?|live updates?:? follow (?:the latest|along)(?: here| below)?|pembaruan (?:langsung|terkini)|ikuti (?:terus )?perkembangan (?:terbaru|terkini|selanjutnya)(?: (?:di sini|berikut))?|refresh (?:the page )?for (?:the )?latest(?: updates)?|get the (?:print|digital) edition|(?:digital|print) edition|edisi (?:cetak|digital)|today'?s paper|e-?paper|(?:please )?(?:turn on|enable|activate|aktifkan) javascript\b.{0,100}|javascript (?:is )?(?:required|disabled|dinonaktifkan)\b.{0,100}|muat (?:lebih banyak|lainnya)|load more(?: (?:articles|stories|news|comments|posts|videos))?|(?:tap|click)(?: here)? to load more(?: (?:articles|stories|news))?|(?:klik|ketuk)(?: di sini)? untuk (?:memuat|muat) (?:lebih banyak|lainnya)(?: (?:berita|artikel))?|(?:view|read|see) (?:the )?original (?:article|story|post)|(?:lihat|baca) (?:artikel|berita) asli(?:nya)?|source link|tautan sumber|translate this (?:page|article)|terjemahkan (?:halaman|artikel) ini|lihat (?:klasemen|jadwal|hasil pertandingan)(?: lengkap(?:nya)?)?|show more|view all|see all|see more|laporkan (?:konten|artikel|komentar)(?: ini)?|report (?:this )?(?:content|article|comment)|report it to us|thank you for your (?:report|feedback)|article content|${REACTION}|(?:ketik|masukkan) kata kunci(?:(?: (?:lalu|dan|kemudian))?(?: tekan)? enter)?(?:\.{3}|…)?|type (?:a |your )?(?:keywords?|search)(?: (?:and|then))? (?:press|hit) enter|(?:back|go) to (?:the )?(?:top|home ?page|home)|return to (?:the )?(?:top|home ?page)|skip (?:the )?navigation|search (?:the|this) (?:site|website)|(?:main|site|post|posts) navigation|navigasi (?:pos|tulisan|artikel)|(?:filed under|posted in|diposting (?:di|dalam))\s*:\s*[^.!?]{1,100}|posted in [^.!?|]{1,60}\|\s*tagged\b[^.!?]{0,120}|tagged\s*:\s*[^.!?]{1,120}|lihat (?:lainnya|lebih banyak)|tampilkan (?:lainnya|lebih banyak)|jump to (?:comments|content|navigation|the comments)|scroll to top|kembali ke atas|(?:scroll|gulir) ke atas|(?:cari|search)(?: (?:berita|artikel|news|articles|di sini|here))?(?:\.{3}|…)|ketik (?:dan|lalu|kemudian) tekan enter|skip to (?:the )?(?:main )?(?:content|navigation|search|footer)|(?:lewati|langsung|loncat) ke (?:konten|isi)(?: utama)?|toggle navigation|(?:open|close) (?:the )?(?:main )?menu|(?:buka|tutup) menu|opens? in (?:a )?new (?:window|tab)|(?:[«‹<←]+\s?)?(?:next|previous|prev|older|newer) (?:articles?|stor(?:y|ies)|posts?|entr(?:y|ies))(?:\s?[»›>→]+)?|(?:[«‹<←]+\s?)?(?:pos|tulisan|entri) (?:selanjutnya|sebelumnya|berikutnya)(?:\s?[»›>→]+)?|${READ_IN}|(?:artikel|berita) (?:selanjutnya|sebelumnya|berikutnya))`;
const WIDGET = String.raw`(?:most (?:read|popular|viewed|shared|commented)(?: (?:stories|articles|news|now|today))?|trending now|trending (?:stories|articles|news|topics)|top stories|what to read next|more (?:stories|videos)|recommended videos|up next|you might like|paling popular|pilihan redaksi|editor'?s'? choice|hot issues?|tautan terkait|link terkait|hot topics?|topik hangat|trending topik|#trending|about the author|tentang penulis|(?:video|foto|galeri) terkait|latest (?:news|stories|articles|headlines)|related topics|(?:berita |artikel )?terpopuler(?: hari ini)?|recommended for you|(?:top |our )?picks for you|read more (?:stories|articles|news)|more (?:news|articles)|rekomendasi untuk anda|promoted stories|sponsored stories|paid content|content from our partners|from our partners|around the web|pilihan untuk(?:mu| anda)|video (?:pilihan|terkini|terpopuler|populer)|topik (?:menarik|pilihan|terkait|populer)|tags? terkait|berita (?:terkini|populer|popular|pilihan)|in other news|next up(?: in \d{1,2}(?: seconds?)?)?|paling banyak dibaca|related internet links|explore more on (?:these|this) topics?|suggested topics|you (?:may|might) also be interested in|popular on [\w.-]+(?: [\w.-]+){0,2}|also on (?:our|this) (?:site|website)|must[- ]reads?|breaking news|(?:kanal|artikel|konten|video) pilihan|indeks berita|berita rekomendasi|rekomendasi (?:berita|artikel|video)|(?:trending|recommended|popular|latest) videos|you may like|(?:sponsored|promoted) links(?: by \w+)?)`;

// A link's label with the note a screen reader hears ("Purchase Licensing Rights, opens new tab"): a short
// label in title case, not a sentence whose last words were a link ("…, the firm said in a statement, opens new tab").
const LINK_TAB = /^(.{1,80}?)\.?,? opens? (?:in )?(?:a )?new (?:tab|window)\.?$/i;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'for', 'to', 'in', 'on', 'at', 'by', 'with', '&']);
function isLinkLabel(text: string): boolean {
  const label = LINK_TAB.exec(text)?.[1];
  if (label === undefined) return false;
  const words = label.split(/\s+/u).filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  return words.length > 0 && words.length <= 10 && words.every((w) => /^["“(]?[\p{Lu}\p{N}]/u.test(w));
}

const PLAYER_ZERO = /^0?0:00(?::00)?$/u;
// A player's speed button ("1x", "1.5×") under its clock or its "Listen to this article".
const PLAYER_SPEED = /^(?:0?\.5|0?\.75|1|1\.25|1\.5|1\.75|2)\s?[x×]$/u;
const PLAYER_CLOCK_LINE = new RegExp(`^${PLAYER_CLOCK}$`, 'u');
const LISTEN = caseless(String.raw`^(?:${READ_TIME}|listen|dengarkan)[.!:]?$`);

// A tag list's label left alone on its line, its colon kept ("Tags:"); without the colon it could be a
// link fragment or a subheading.
const LIST_LABEL = String.raw`(?:tags?|topik|topics?|kata kunci|keywords?)\s*:`;

// How a breadcrumb, a gallery counter, a view count or a search box's placeholder opens (the gate's shape:
// every line they take starts so).
const CHROME_START = /^(?:home|beranda|index|news|berita|\d(?:\.\d{1,2})?\s?[x×]$|(?:image|photo|foto|gambar) \d|\d{1,2}(?:\s*[-–])?\s*(?:min|menit)|0?0:00|(?:dibaca|dilihat|ditonton|views)\b|\d[\d.,]*\s*(?:[kmrb]\s*)?(?:views|kali)\b|(?:cari|search)\b.{0,30}(?:\.{3}|…)[.!:]?$)/i;

export const pageChrome: Rule = {
  id: 'page-chrome',
  description: 'Navigation and player chrome: breadcrumbs ("Home > News > Politics"), reading times ("5 min read"), a player\'s clock ("00:00 / 02:35"), menu and skip links, comment widgets ("Comments are closed"), a sign-up form\'s replies ("Thank you for subscribing!"), gallery counters ("Foto 1 dari 5"), caption toggles, "Open in app" banners, comment links, "Back to top", "Next article", widget headings ("Most Read", "Top Stories", "Pilihan Redaksi"), load-more and report buttons ("Tampilkan Semua", "Laporkan konten ini"), the search box placeholder, the lone label of a tag list ("Tags:"), a region block ("This video is not available in your country").',
  languages: ['en', 'id'],
  category: 'boilerplate',
  line: caseless(String.raw`^(?:${BREADCRUMB}|${MEDIA}|${APP}|${COMMENTS}|${NAV}|${WIDGET}|${LIST_LABEL}|${READ_TIME}|${VIEW_COUNT}|${PLAYER_CLOCK}|${FORM_REPLY})[.!:]?$`),
  // A link's label; a player's clock alone ("00:00"), under the player's "Listen to this article".
  test: ({ text, prev }) => isLinkLabel(text) || (PLAYER_ZERO.test(text) && LISTEN.test(prev)) || (PLAYER_SPEED.test(text) && (PLAYER_CLOCK_LINE.test(prev) || PLAYER_ZERO.test(prev) || LISTEN.test(prev))),
  // Every MEDIA, APP and COMMENTS phrase holds one of the words; the breadcrumbs and the gallery counters
  // ("Foto 2 dari 8") are anchored at the line's start, so the shape checks how the line opens.
  gate: {
    words: ['live update', 'pembaruan langsung', 'pembaruan terkini', 'ikuti perkembangan', 'ikuti terus perkembangan', 'to load more', 'untuk memuat', 'untuk muat', 'original article', 'original story', 'original post', 'artikel asli*', 'berita asli*', 'source link', 'tautan sumber', 'translate this', 'terjemahkan halaman', 'terjemahkan artikel', 'lihat klasemen', 'lihat jadwal', 'lihat hasil pertandingan', 'edisi cetak', 'edisi digital', 'gagal memuat', 'tidak dapat memuat', 'tidak bisa memuat', 'failed to load', 'unable to load', 'could not load', 'pilih jawaban', 'select an answer', 'select your answer', 'choose an answer', 'choose your answer', 'hot topic', 'hot topics', 'tautan terkait', 'link terkait', 'topik hangat', 'trending topik', '#trending', 'about the author', 'tentang penulis', 'video terkait', 'foto terkait', 'galeri terkait',
      'reading time', 'berita popular', 'in other news', 'next up', 'live updates', 'live blog', 'live coverage', 'for latest', 'for the latest', 'print edition', 'digital edition', "today's paper", 'todays paper', 'e-paper', 'epaper', 'masukkan email', 'masukkan alamat', 'masukkan e-mail', 'enter email', 'enter e-mail', 'enter your', 'type your', 'picks for you', 'more stories', 'more articles', 'more news', 'see more', 'go to home', 'go to the home', 'go to homepage', 'go to the homepage', 'go to the top', 'go to top', 
      'english', 'spanish', 'espa*', 'fran*', 'german', 'deutsch', 'portuguese', 'portugu*', 'italian', 'italiano', 'arabic', 'chinese', 'indonesian', 'bahasa indonesia', 'bahasa inggris', 'malay', 'bahasa melayu',
      'enlarge', 'caption', 'password', 'kata sandi', 'remember me', 'ingat saya', 'continue with', 'sign in with', 'log in with', 'sign up with', 'lanjutkan dengan', 'masuk dengan', 'daftar dengan', 'what do you think', 'bagaimana pendapat', 'comment policy', 'commenting', 'community guidelines', 'community policy', 'community rules', 'community standards', 'more replies', 'report abuse', 'untuk memperbesar', 'untuk memperjelas', 'kanal pilihan', 'artikel pilihan', 'konten pilihan', 'video pilihan', 'indeks berita', 'berita rekomendasi', 'rekomendasi berita', 'rekomendasi artikel', 'rekomendasi video', 'trending videos', 'recommended videos', 'popular videos', 'latest videos', 'you may like', 'sponsored links', 'promoted links', 'scroll ke atas', 'gulir ke atas', 'tekan enter', 'bagaimana tanggapan', 'tanggapi berita', 'tanggapi artikel', 'berikan rating', 'beri rating', 'berikan penilaian', 'beri penilaian', 'leave a reply', 'cancel reply', 'tinggalkan balasan', 'tinggalkan komentar', 'batalkan balasan', 'not be published', 'required fields', 'tidak akan dipublikasikan', 'tidak akan ditampilkan', 'wajib ditandai', 'post navigation', 'posts navigation', 'navigasi pos', 'navigasi tulisan', 'navigasi artikel', 'filed under', 'posted in', 'tagged', 'diposting', 'lihat lainnya', 'lihat lebih banyak', 'tampilkan lainnya', 'tampilkan lebih banyak', 'swipe', 'geser untuk', 'in your region', 'in your country', 'in your location', 'in your area', 'wilayah anda', 'wilayah kamu', 'negara anda', 'negara kamu', 'lokasi anda', 'lokasi kamu', 'play to', 'expand image', 'gallery', 'galeri', 'play video', 'putar video', 'now playing', 'sedang diputar', 'app', 'aplikasi*', 'comment*', 'komentar', 'berkomentar',
      'to top', 'kembali ke atas', 'skip to', 'new window', 'new tab', 'click to expand', 'click to enlarge', 'next article*', 'next stor*', 'next post*', 'next entr*', 'previous article*', 'previous stor*', 'previous post*', 'previous entr*', 'prev article*', 'prev stor*', 'prev post*', 'prev entr*', 'older article*', 'older stor*', 'older post*', 'older entr*', 'newer article*', 'newer stor*', 'newer post*', 'newer entr*',
      'prev story', 'prev post', 'selanjutnya', 'sebelumnya', 'berikutnya', 'most read', 'most popular', 'most viewed', 'most shared', 'most commented',
      'trending now', 'terpopuler',
      'recommended for you', 'rekomendasi untuk anda', 'promoted stories', 'sponsored stories', 'paid content', 'our partners', 'around the web',
      'lihat foto', 'pilihan untuk*', 'video pilihan', 'video terkini', 'video terpopuler', 'video populer', 'topik menarik', 'topik pilihan', 'topik terkait',
      'topik populer', 'berita terkini', 'berita populer', 'berita pilihan', 'paling banyak dibaca',
      'tampilkan semua', 'lihat semua', 'muat lebih banyak', 'muat lainnya', 'load more', 'show more', 'view all', 'see all', 'laporkan', 'report this', 'report content', 'report article', 'report comment', 'report it to us', 'article content', 'also be interested', 'popular on', 'back to home', 'back to the home', 'back to homepage', 'back to the homepage', 'return to', 'skip navigation', 'skip the navigation', 'search the site', 'search this site', 'search the website', 'search this website', 'main navigation', 'site navigation', 'key events', 'javascript', 'tag terkait', 'tags terkait', 'join the conversation', 'join the discussion', 'for your report', 'for your feedback', 'apa reaksi', 'bagaimana reaksi', 'bagaimana perasaan', 'helpful', 'useful', 'did you find', 'did you like', 'feel about this', 'rate this', 'kata kunci', 'press enter', 'hit enter',
      'what to read next', 'more stories', 'more videos', 'recommended videos', 'up next', 'you might like',
      'paling popular', 'pilihan redaksi', "editor's choice", "editors' choice", 'editors choice', 'hot issue', 'hot issues',
      'back to the top', 'jump to', 'trending stories', 'trending articles', 'trending news', 'trending topics', 'top stories', 'latest news', 'latest stories', 'latest articles', 'latest headlines', 'related topics',
      'tag', 'tags', 'topik', 'topic', 'topics', 'kata kunci', 'keyword', 'keywords',
      'internet links', 'explore more', 'suggested topics', 'also be interested', 'also on our', 'also on this', 'must read', 'must reads', 'must-read', 'must-reads', 'breaking news',
      'ke konten', 'ke isi', 'toggle navigation', 'open menu', 'close menu', 'open the menu', 'close the menu', 'open main menu', 'close main menu', 'open the main menu', 'close the main menu', 'buka menu', 'tutup menu',
      'listen to article', 'listen to this article', 'listen to story', 'listen to this story', 'dengarkan artikel', 'dengarkan berita', 'waktu baca', 'lama baca', 'baca dalam', 'dibaca dalam',
      'subscribing', 'signing up', 'registering', 'subscribed', 'unsubscribed', 'signed up', 'went wrong', 'valid email', 'invalid email', 'telah berlangganan', 'sudah berlangganan', 'telah mendaftar', 'sudah mendaftar', 'terjadi kesalahan',
    ],
    shape: (text) => CHROME_START.test(text),
  },
  examples: {
    junk: [
      'Reading time: 3 minutes',
      'Estimated reading time 5 min',
      'Berita Popular', 'In Other News', 'Next up in 5',
      'LIVE UPDATES',
      'Refresh for the latest',
      'Get the print edition',
      'Digital edition',
      "Today's paper",
      'Masukkan email Anda',
      'Enter your email',
      'Top picks for you',
      'Read more stories',
      'More news',
      'Load more articles',
      'See more',
      'Go to homepage',
      'You might also be interested in',
      'Popular on Example News',
      'Back to homepage',
      'Return to top',
      'Skip navigation',
      'Search the site',
      'Main navigation',
      'Read this article in our app',
      'Open the app to continue reading',
      'Continue reading in the app',
      'Home > News > Politics', 'Beranda › Berita › Nasional', 'toggle caption', 'Enlarge this image', 'Foto 2 dari 8', 'Open in app', '12 Comments', 'Tulis komentar',
      'Back to top', 'Next article', 'Artikel Selanjutnya', 'Most Read', 'Trending Now', 'Berita Terpopuler', 'Recommended for you', 'Content from our partners',
      'Skip to main content', 'Opens in a new window', 'Click to expand', 'Enlarge', 'Read in app', 'Top Stories', 'Latest News', 'Tampilkan Semua', 'Muat Lebih Banyak', 'Load more', 'Laporkan konten ini', 'Report it to us', 'Thank you for your report!', 'Lihat Semua Berita', 'Show key events only', 'Please turn on JavaScript in your browser to get the best experience.', 'Enable JavaScript to view this content', 'Tag Terkait', 'Join the conversation', 'Comments have been disabled for this article', 'You must be logged in to comment', 'Article content', 'Ketik kata kunci', 'Was this article helpful?', 'Bagaimana perasaan Anda setelah membaca berita ini?', 'Apa reaksi Anda?', 'Rate this article', 'Ketik kata kunci lalu Enter', 'Pilihan Redaksi', 'Hot Issue', 'Paling Popular', 'Read 142 comments', 'What to Read Next', 'More Stories', 'Up Next', 'You Might Like', 'Related Topics', 'Trending Stories', 'Jump to comments', 'Back to the top', 'Tags:', 'Topik:', 'Kata kunci:',
      'Lihat Foto', 'Pilihan Untukmu', 'Video Pilihan', 'Topik Menarik', 'Berita Terkini', 'Paling Banyak Dibaca',
      'Related Internet Links', 'Explore more on these topics', 'Suggested Topics:', 'Purchase Licensing Rights, opens new tab', 'Our Standards: The Example Trust Principles., opens new tab', 'You may also be interested in', 'Also on our site', 'Must Read', 'Breaking News',
      'View comments (12)', 'Sign in to comment', 'Comments are closed.', 'Add a comment', 'Loading comments...', 'Hide comments', 'Please enable JavaScript to view the comments powered by Disqus.', 'Komentar ditutup', 'View 12 comments', 'Show comments (48)', 'Lihat 3 Komentar', 'Tampilkan komentar',
      'Open gallery (8 images)', 'Swipe for more photos', 'Lihat Galeri Foto', 'This video is not available in your country.', 'Konten ini tidak tersedia di wilayah Anda', 'Press play to listen to this story', 'Tap play to watch',
      'Lihat semua berita terkini', 'Follow live updates here.', 'Belum ada komentar. Jadilah yang pertama!', 'No comments yet', 'Forgot password?', 'Remember me', 'Or continue with Google', 'Lupa kata sandi?', 'What do you think? Leave a comment below.', 'Read our comment policy', 'Commenting is disabled', 'Show 25 more comments', 'Report abuse', 'Please log in or register to comment', 'Klik untuk memperbesar', 'Download Aplikasi', 'Baca berita selengkapnya di aplikasi Contoh', 'Kanal Pilihan', 'Indeks Berita', 'Trending Videos', 'You May Like', 'Sponsored Links by Taboola', 'Scroll ke atas', 'Cari berita...', 'Search...', 'Ketik dan tekan enter', 'Bagaimana tanggapan Anda?', 'Tanggapi Berita Ini', 'Berikan Rating', 'Dibaca 1.234 kali', 'Dilihat 500 kali', '1.2K views', 'Views: 1,234', 'Leave a Reply Cancel reply', 'Your email address will not be published. Required fields are marked *', 'Save my name, email, and website in this browser for the next time I comment.', 'Tinggalkan Balasan', 'Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *', 'Post navigation', 'Filed under: Politics, Elections', 'Posted in News | Tagged election, parliament', 'Lihat lainnya',
      '5 min read', '4-minute read', 'Listen to article 5 min', 'Listen to this article', 'Waktu baca 3 menit', '2 menit membaca',
      '00:00 / 02:35', 'Dengarkan berita ini', 'Berikan komentar', 'Toggle navigation', 'Open menu', 'Lewati ke konten', 'Langsung ke konten utama', 'Leer en español', 'Read in English', 'Baca dalam bahasa Inggris', 'En español',
      'Tell us what you think in the comments below.', 'Let us know your thoughts in the comments.', 'Tuliskan pendapatmu di kolom komentar.', 'Berikan tanggapan Anda di kolom komentar di bawah ini.',
      'Now Playing', 'Sedang diputar', 'Tulis komentar dengan menyertakan tagar #BijakBerkomentar di kolom komentar artikel ini.', 'Redaksi tidak bertanggung jawab atas isi komentar pembaca.', 'Isi komentar sepenuhnya menjadi tanggung jawab pengguna.', 'Ayo berbagi pendapat di kolom komentar.', 'Tautan Terkait',
      'Lihat Klasemen Lengkap', 'Pilih jawaban Anda', 'Tentang Penulis', 'About the author', 'Topik Hangat', 'Hot Topics', 'Video Terkait', 'Foto Terkait', '#Trending', 'Oops! Something went wrong.', 'Gagal memuat konten', 'Failed to load the video.', 'Translate this page', 'Edisi Cetak', 'Pembaruan langsung', 'Live updates: follow the latest', 'Ikuti perkembangan terbaru di sini', 'Tap to load more', 'Ketuk untuk memuat lebih banyak', 'Lihat artikel asli', 'View original article', 'Source link',
      '« Previous Post', 'Next Post »', 'Older posts', 'Newer Entries', 'Pos Sebelumnya', 'Tulisan Berikutnya »',
      'Thank you for subscribing!', "You've been successfully unsubscribed.", 'Something went wrong. Please try again.', 'Invalid email address', 'Please enter a valid email address', 'Terima kasih telah berlangganan!', 'Terjadi kesalahan. Silakan coba lagi.',
    ],
    documents: [
      [
        ['Judul Berita', 'Paragraf pertama artikel.', 'Listen to this article', '0:00 / 4:12', '1x', 'Paragraf kedua artikel.', 'Skor akhir', '2x', 'Paragraf ketiga.'],
        ['Judul Berita', 'Paragraf pertama artikel.', 'Paragraf kedua artikel.', 'Skor akhir', '2x', 'Paragraf ketiga.'],
      ],
      [
        ['Judul Berita', 'Paragraf pertama artikel.', 'Dengarkan berita ini', '00:00', 'Paragraf kedua artikel.'],
        ['Judul Berita', 'Paragraf pertama artikel.', 'Paragraf kedua artikel.'],
      ],
    ],
    content: [
      "Today's paper mill closed after 80 years.",
      'The author of the report, a former judge, said the findings were clear.', 'Isi komentar warga di media sosial beragam, dari dukungan sampai kritik.', 'Topik hangat di parlemen pekan ini adalah anggaran pendidikan.', 'Edisi cetak koran itu berhenti terbit pada 2019.', 'Source links to the documents were shared with lawmakers.', 'Failed to load the truck in time, the crew missed the ferry.', 'Something went wrong.', 'Lihat jadwal kereta sebelum berangkat, kata petugas.',
      'More news is expected on Monday.',
      'See more of the city by bike, the guide says.',
      'Return to the top of the hill took two hours.',
      'Popular on campus, the professor retired in May.',
      'Home prices rose for the third month.', 'Berita itu menyebar cepat / kata warga.', 'Tags', 'Topik', 'Topics: what the summit will discuss', 'Latest news from the front was grim.', 'Lihat semua anak itu, kata guru.', 'Show more patience, the judge told the lawyers.', 'Pilihan redaksi majalah itu jatuh pada foto banjir.', 'Up next for the council is the budget.', 'More stories like hers emerged after the trial.', 'Top stories of the year, ranked by readers, follow below.', 'The gallery will open in May.', 'Comments from readers poured in.',
      'The next article of the treaty deals with fishing rights.', 'Most read the report as a warning.', 'Berita selanjutnya datang dari Surabaya.',
      'Unduh aplikasi Contoh di Google Play dan App Store, kata petugas kepada warga.',
      'Lihat foto-foto banjir di halaman berikut.', 'Show comments made by the mayor to the committee.', 'Press play to listen, the app tells users.', 'This content is not available in your region, the message read, and viewers complained.', 'The gallery has 8 images of the flood.', 'Filed under pressure from the union, the complaint names three managers.', 'Dibaca 1.234 kali oleh siswa, buku itu jadi laris.', 'What do you think? Most readers said the tax was fair.', 'Remember me as a teacher, she said.', 'Search', 'Cari', 'Artikel pilihan juri dimuat di majalah.', 'The video had 1.2K views in an hour, the police said.', 'Post navigation was difficult after the storm took out the lights.', 'Leave a reply on the form by Friday, the council told residents.', 'Posted in Jakarta for two years, the diplomat learned the language.', 'Unduh aplikasi Contoh versi terbaru dari Play Store.', 'Video pilihan juri diumumkan Jumat.', 'Berita terkini menyebut dua orang hilang.',
      'Enlarge the photo to see the damage.', 'Skip to the end: the council voted no.',
      'Breaking news of the strike spread fast.', 'The company said in a statement, opens new tab', 'It opens a new window onto the past.', 'A must-read for every voter, the review said.',
      'Comments are closed until the inquiry ends, the court ruled.', 'A 5 min read of the report shows why.', 'The final was 10:30 / 11:45 on the club clock, officials said.', 'Menu makan siang sekolah diganti.', 'Read in English, the poem loses its rhyme.', '12:00 / 13:00', '00:00',
      'Thank you for subscribing to the idea, the minister told critics.', 'Terima kasih telah berlangganan koran kami selama 40 tahun, kata pemimpin redaksi.', 'Something went wrong in the engine, the pilot said.',
    ],
  },
};

/** A widget's heading alone on its line ("Most Read", "Berita Terpopuler"), for the rule that takes its list. */
export const WIDGET_HEADING = caseless(String.raw`^${WIDGET}[.!:]?$`);
