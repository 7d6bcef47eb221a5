import { caseless } from '../core/fast-regex.js';
import { NOT_REPORTED_SPEECH } from './speech.js';
import type { Rule } from './types.js';

// Paywall prompts and the site's promotions of itself: plans, issues, free downloads, "click here".
const PAYWALL = String.raw`(?:send any friend a story|subscribe today|(?:already registered|already have an account)\??\s*(?:sign|log) ?in|continue reading (?:(?:your|this) (?:article|story) )?with an? (?:\S+ )?subscription|(?:this (?:story|article) is (?:available )?(?:exclusively|only) (?:to|for) (?:subscribers|members)|read this (?:story|article) for free when you (?:register|sign up|subscribe)|get unlimited (?:digital )?access\b.{0,40}|already have an account\?|log ?in or create (?:a )?(?:free )?account to (?:continue|keep) reading|create (?:a |your )?(?:free )?account|start (?:your|a) (?:free )?trial(?: (?:today|now))?|cancel (?:at )?any ?time|limited[- ]time offer|\$\s?\d+(?:\.\d{2})? for (?:\d+|the first|your first) (?:months?|weeks?|years?)|subscribe (?:now |today )?(?:for|from) (?:just |only )?(?:[$£€]\s?\d+(?:[.,]\d{2})?|rp\s?[\d.]+)(?: (?:a|per|/) ?(?:week|month|year|minggu|bulan|tahun))?|subscribe to (?:read|continue|unlock)(?: (?:this|the) (?:article|story))?|subscribers?[- ](?:exclusive|only)|(?:members|subscribers) only|exclusive (?:to|for) (?:subscribers|members)|(?:sila )?log ?masuk untuk (?:membaca|meneruskan(?: (?:bacaan|pembacaan|membaca))?)(?: (?:artikel|berita)(?: ini)?)?(?: sepenuhnya)?|(?:anda|kamu) (?:telah|sudah) (?:mencapai|menggunakan) (?:had|batas|kuota|jatah) (?:artikel|berita|bacaan) (?:percuma|gratis)\b.{0,80}|(?:langgan|berlangganan) (?:sekarang|kini)|klik untuk (?:langgan|berlangganan)|dapatkan (?:naskhah|edisi) digital)[.!]?|(?:masuk|login|log in|sign in)\s*[/|]\s*(?:daftar|register|sign up)|to (?:read|continue reading) (?:this|the) (?:article|story)(?: in full)?,? (?:please )?(?:subscribe|sign in|log in|register)\b.{0,60}|(?:sign up|register) for free|(?:log ?in|sign ?in) to (?:our (?:website|site|app) to )?(?:save|bookmark) (?:your |this )?(?:bookmarks|articles?|stories|story)\b.{0,80}|gift (?:this )?(?:article|story)|(?:as a subscriber, )?you have \d+ gift articles? (?:to give|to share|left|remaining)\b[^?]{0,160}|subscribe (?:now )?to (?:continue|keep) reading|(?:already a subscriber|sudah berlangganan)\??\s*(?:sign ?in|log ?in|masuk|login)(?: (?:here|di ?sini))?[.!]?|(?:berlangganan|langganan|subscribe)(?: (?:sekarang|now))? (?:untuk|to) (?:membaca|baca|read) (?:artikel|berita|the (?:full )?(?:article|story))(?: (?:ini|lengkap(?:nya)?|selengkapnya|in full))?[.!]?|baca (?:artikel|berita) (?:ini )?(?:lengkap(?:nya)?|selengkapnya) dengan (?:berlangganan|menjadi pelanggan)[.!]?|(?:belum punya akun|don'?t have an account)\??\s*(?:daftar|register|sign ?up|create one)(?: (?:sekarang|di ?sini|now|here))?[.!]?|this (?:article|content|story) is (?:only )?(?:for|available (?:to|for)|exclusive to|reserved for) (?:paying |digital )?(?:subscribers|members)(?: only)?[.!]?|you(?:'ve| have) (?:reached|used up) (?:your|the|all (?:of )?your) (?:limit of )?(?:free|monthly|\d+ free) (?:articles?|stories|reads)(?: (?:limit|for (?:this|the) month))?\b.*|you have (?:\d+|one|two|three) free (?:articles?|stories) (?:left|remaining)\b.*|(?:log|sign) ?in to (?:continue|keep) reading\b.*|(?:register|sign up|subscribe)(?: for free| now| today)? to (?:continue|keep) reading\b.*|(?:(?:silakan|silahkan|yuk) )?(?:masuk|login|log in|daftar)(?: gratis)? untuk (?:membaca|melanjutkan membaca|baca)(?: (?:artikel|berita)(?: ini)?)?(?: selengkapnya)?[.!]?|(?:register|sign up|subscribe|log ?in|sign ?in)(?: for free| free| now| today)? to read (?:the )?(?:full|whole|entire|rest of the) (?:article|story)\b.{0,60}|become a (?:subscriber|paying member)(?: (?:today|now))?[.!]?|subscribe (?:now |today )?(?:for|to get) (?:unlimited|full|digital|premium) access\b.{0,80}|(?:log ?in|sign ?in) or (?:create an account|register|sign up|subscribe)[.!]?|create (?:a )?(?:free )?account to (?:keep|continue) reading\b.*|you(?:'ve| have) read \d+ (?:of|out of) (?:your )?\d+ free (?:articles?|stories)\b.*|(?:kamu|anda) (?:telah|sudah) membaca \d+ (?:dari|daripada) \d+ (?:artikel|berita)(?: (?:gratis|percuma))?\b.*|to (?:continue|keep) reading,? (?:please )?(?:subscribe|log ?in|sign ?in|register)\b.*|(?:sign|log) ?in (?:or|and) subscribe\b.*|(?:subscribe|sign up|join|register|daftar|gabung|langganan|berlangganan) (?:now|sekarang)[.!]?|(?:sudah punya akun|already have an account)\??\s*(?:masuk|login|log ?in|sign ?in)(?: (?:di ?sini|here))?[.!]?|(?:masuk|login|log ?in|sign ?in) untuk (?:melanjutkan|membaca)(?: (?:membaca|baca))?(?: (?:artikel|berita) ini)?[.!]?|(?:get|unlock|enjoy) (?:the full|full|unlimited) (?:experience|access)\b.*|(?:choose|pick|select) (?:your|a) (?:plan|subscription)\b.*|unlock (?:this|all) (?:article|stories)\b.*|artikel ini khusus (?:untuk )?(?:pelanggan|member)\b.*|berlangganan untuk membaca\b.*)`;
// The paywall in French, German, Spanish, Portuguese, Italian, Polish, Dutch and Turkish: the article is
// for subscribers, subscribe to read on, already a subscriber.
const PAYWALL_ABROAD = String.raw`(?:(?:cet|l')\s?article est |(?:ce )?contenu est |article |contenu )réservé aux abonnés|(?:pour )?lire la suite,? abonnez-vous|abonnez-vous pour lire la suite|déjà abonné\s*\??\s*(?:se connecter|connectez-vous)|jetzt (?:weiter ?lesen|weiterlesen) mit (?:abo|\S+ ?plus|dem abo|einem abo)|mit (?:abo|\S+ ?plus) weiterlesen|(?:dieser|der) artikel ist (?:nur )?für abonnenten(?: verfügbar| reserviert)?|schon abonnent\s*\??\s*(?:hier )?(?:anmelden|einloggen)|(?:este |el )?(?:artículo|contenido) (?:es )?exclusivo para (?:suscriptores|abonados)|suscríbete para (?:seguir leyendo|leer más|continuar leyendo)|¿?ya eres (?:suscriptor|abonado)\s*\??\s*(?:inicia sesión|entra)|(?:esta |este )?(?:matéria|conteúdo|reportagem) (?:é )?exclusiv[oa] para assinantes|assine para (?:continuar lendo|ler|continuar a ler)|já é assinante\s*\??\s*(?:faça login|entre)|(?:questo )?articolo (?:è )?riservato agli abbonati|abbonati per (?:continuare a leggere|leggere)|sei già abbonato\s*\??\s*accedi|(?:artykuł|treść|materiał) (?:jest )?(?:dostępn[yaey] )?(?:tylko |wyłącznie )?dla (?:subskrybentów|prenumeratorów)|(?:dit )?artikel is (?:alleen )?(?:voor|beschikbaar voor) abonnees|lees verder met (?:een )?abonnement|bu içerik (?:sadece |yalnızca )?abonelere özeldir`;

// The site's own call: a click-here and a "now" in one line ("… daftar sekarang dengan klik disini …").
const CLICK_NOW = String.raw`(?=.{0,300}$)(?=.*\b(?:klik|click|tap|ketuk|tekan) (?:di ?sini|here)\b)(?=.*\b(?:daftar sekarang|download sekarang|unduh sekarang|sign up now|register now|subscribe now|berlangganan sekarang|langganan sekarang|gabung sekarang|join now)\b).*`;
const PROMO = String.raw`(?:${CLICK_NOW}|gunakan kode (?:promo|voucher|kupon|diskon)\b.{0,100}|use (?:the )?(?:promo |discount |coupon |voucher )?code [a-z0-9]{3,20}\b.{0,100}|dapatkan (?:promo|diskon|voucher|cashback)\b.{0,60}\b(?:hanya )?di (?:aplikasi|app)\b.{0,40}|this (?:story|article) is part of\b.{1,200}|(?:get|read|watch|catch|follow|stay)\b[^.!?]{0,100}\b(?:only|exclusively) (?:on|at) [\w.&'’-]+(?: [\w.&'’-]+){0,3}|(?:read|get|catch) all (?:the )?(?:latest|breaking|top) news\b.{0,120}|read (?:more|the full (?:story|article|report)) (?:at|on) [\w-]+(?:\.[\w-]+)*\.(?:com|net|id|tv)\b\S{0,80}|keep up (?:to date )?with (?:all )?(?:the )?latest (?:news|updates|headlines)\b.{0,40}\b(?:on|at|from|by following) \S.{0,40}|stay updated with (?:all )?(?:the )?latest (?:news|updates|headlines)\b.{0,40}\b(?:on|at|with|from) \S.{0,40}|baca (?:berita|artikel) tanpa iklan\b.{0,80}|read (?:ad-free|without ads)\b.{0,80}|for (?:the )?(?:latest|more) (?:news|updates|coverage|headlines)\b(?=.{0,200}$).{0,100}\b(?:head to|go to|visit|check out|download)\b.{1,80}|catch (?:all the|the latest|all (?:the )?latest)\b(?=.{0,300}$)(?=.*\bnews\b).{0,250}\b(?:on|at)\s+[^.!?]{1,60}[.!]?|.{1,200}\((?:click|tap) here\b[^)]{0,60}\)\.?|.{1,200}\b(?:download|get) (?:a|your) free (?:copy|ebook|e-book|guide|report)\.?)`;
// A site inviting the reader to more of its own pages: "Cek resep … lainnya di contoh.com".
// The invitation says what is waiting there: more ("lainnya"), or the latest or most interesting
// ("terbaru", "menarik"). A government site (".go.id") is a source the article points to, not a promo.
const MORE_WORD = String.raw`(?:lainnya|terbaru|terkini|menarik|selengkapnya)`;
const SITE = String.raw`di\s+(?![\w-]+\.go\.id\b)[\w-]+\.(?:com|co\.id|id|net|tv)\b`;
const MORE_ON_SITE = String.raw`(?:(?:yuk|ayo)[,!]?\s+)?(?:baca|temukan|simak|cek|lihat|dapatkan)\b.{0,120}\b${MORE_WORD}\b.{0,60}\b${SITE}.{0,120}|(?:(?:yuk|ayo)[,!]?\s+)?(?:baca|temukan|simak|cek|lihat|dapatkan|ikuti|pantau)\b.{0,80}\b(?:berita|artikel|info(?:rmasi)?|kabar|update|perkembangan)(?:nya)?\b.{0,60}\bhanya (?:ada )?di\s+\S.{0,60}|update (?:berita|info(?:rmasi)?|kabar)\b.{0,80}\bhanya (?:ada )?di\s+\S.{0,60}|kunjungi (?:halaman|kanal|laman) khusus\b.{0,80}`;
// An arrow icon's name, left as a word where the icon was.
const ARROW = String.raw`(?:ArrowRight|ChevronRight|ArrowForward)`;
// A widget's "read it here" link: "Lihat daftar … di sini".
export const READ_HERE = caseless(String.raw`^${NOT_REPORTED_SPEECH}(?:(?:(?:berita|artikel|informasi|info|ulasan|daftar) (?:selengkapnya|lengkapnya|lainnya)[,:]?\s+)?(?:baca|lihat|simak|cek|klik|selengkapnya)\b.{0,100}\bdi ?sini|klik (?:dan|untuk) (?:dapatkan|baca|simak|temukan)\b.{0,80}\b(?:lainnya|terbaru|terkini)|klik (?:dan|lalu) (?:dapatkan|temukan)\b[^,.!?;:]{0,80}|(?:click|tap) here(?: (?:to|for)\b.{0,100}|[.!:]?$)|(?:klik|tekan|ketuk) di ?sini(?: (?:untuk|buat|agar|dan)\b.{0,100}|[.!:]?$)|klik (?:tautan|link) (?:ini|berikut|di bawah(?: ini)?)\b.{0,100}|read (?:more|the full (?:story|article|report)|the latest(?: updates| news| coverage)?) here)[.!]?$`);

// The sign-off a site prints under every article: "Thank you for reading", maybe with its name (capitalised:
// "Thank you for reading the statement" is someone speaking).
const THANKS = /^(?:[Tt]hanks?(?: [Yy]ou)? [Ff]or [Rr]eading|THANKS?(?: YOU)? FOR READING|[Tt]erima [Kk]asih (?:[Ss]udah|[Tt]elah) [Mm]embaca(?: (?:[Aa]rtikel|[Bb]erita) [Ii]ni)?)(?: [A-Z0-9][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,3})?[.!]?$/u;

// The test's heading, for the gate's shape: a short title of at most five words.
const HEADING = /^[\p{Lu}\p{N}][^.!?:]{0,40}$/u;

export const paywallPromo: Rule = {
  id: 'paywall-promo',
  description: 'Paywall prompts and site promos: "Subscribe to continue reading", "Unlock full access. Pick a plan", "This story is part of …", "(click here …)", "Get your free guide", "Cek … lainnya di <domain>", "Lihat … di sini"; the plan pitch glued inside a line is cut.',
  languages: ['en', 'id', 'ms', 'fr', 'de', 'es', 'pt', 'it', 'pl', 'nl', 'tr'],
  category: 'boilerplate',
  line: caseless(String.raw`^${NOT_REPORTED_SPEECH}(?:${PAYWALL}|${PAYWALL_ABROAD}|${PROMO}|${MORE_ON_SITE})$|${READ_HERE.source}`),
  // A short title right above a "read it here" link is the widget's heading.
  test: ({ text, next, isFirstLine }) =>
    THANKS.test(text) || (!isFirstLine && READ_HERE.test(next) && /^[\p{Lu}\p{N}][^.!?:]{0,40}$/u.test(text) && text.split(/\s+/u).length <= 5),
  // PAYWALL: one phrase per branch; PROMO: "… is part of", "click/tap here", "free <copy|guide|…>";
  // MORE_ON_SITE and the first cut need the site's domain ending; READ_HERE: "di sini"/"disini",
  // "click/tap here", "read more here", "full … here"; the other cuts end with an arrow's name. The
  // test's line is a short heading with no words to find, so the shape checks its form.
  gate: {
    words: ['artikel percuma', 'artikel gratis', 'berita percuma', 'berita gratis', 'bacaan percuma', 'bacaan gratis', 'become a subscriber', 'become a paying', 'unlimited access', 'or create an account', 'klik tautan', 'klik link', 'tanpa iklan', 'ad-free', 'without ads', 'free account', 'for reading', 'latest news', 'latest updates', 'latest coverage', 'latest headlines', 'more news', 'more updates', 'more coverage', 'more headlines',
      'abonnés', 'abonnez-vous', 'déjà abonné', 'abo', 'weiterlesen', 'weiter lesen', 'abonnenten', 'abonnent', 'suscriptores', 'abonados', 'suscríbete', 'suscriptor', 'abonado', 'assinantes', 'assine', 'assinante', 'abbonati', 'abbonato', 'subskrybentów', 'prenumeratorów', 'abonnees', 'abonnement', 'abonelere',
      'subscribe', 'already a subscriber*', 'sudah berlangganan*', 'unlock', 'full experience', 'full access', 'unlimited experience',
      'choose your plan', 'choose a plan', 'pick your plan', 'pick a plan', 'select your plan', 'select a plan',
      'artikel ini khusus', 'berlangganan', 'langganan', 'this article is', 'this content is', 'this story is', 'free article*', 'free stories', 'free reads',
      'read this*', 'reading this', 'read the article', 'read the story', 'reading the article', 'reading the story', 'free trial', 'a trial', 'exclusively to', 'only to', 'exclusively for', 'only for', 'for free when', 'unlimited digital', 'have an account', 'create a',  'create your', 'create free', 'klik dan', 'klik lalu', 'cancel any*', 'cancel at any', 'time offer', 'subscribers only', 'subscriber only', 'members only', 'subscriber exclusive', 'subscribers exclusive', 'exclusive to', 'exclusive for', 'subscriber-only', 'subscribers-only', 'subscriber-exclusive', 'log masuk', 'logmasuk', 'langgan sekarang', 'langgan kini', 'untuk langgan', 'naskhah digital', 'edisi digital', 'masuk untuk', 'login untuk', 'log in untuk', 'sudah membaca', 'telah membaca', 'read the full', 'read the whole', 'read the entire', 'read the rest', 'to save', 'to bookmark',
      'catch all', 'catch the latest', 'only on', 'only at', 'exclusively on', 'exclusively at', 'all the breaking news', 'all breaking news', 'all the top news', 'all top news', 'stay updated', 'daftar', 'register', 'sign up', 'already registered', 'subscription',
      'send any friend*', 'gift this', 'gift article*', 'gift stor*', 'klik untuk',
      'monthly article*', 'monthly stories', 'monthly reads', 'hanya di', 'hanya ada di', 'gunakan kode', 'promo code', 'discount code', 'coupon code', 'voucher code', 'use code', 'use the code', 'dapatkan promo', 'dapatkan diskon', 'dapatkan voucher', 'dapatkan cashback', 'halaman khusus', 'kanal khusus', 'laman khusus', 'continue reading', 'keep reading', 'punya akun', 'untuk melanjutkan', 'untuk membaca',
      'join now', 'gabung sekarang',
      'click here', 'tap here', 'tekan di', 'ketuk di',
      'free copy', 'free ebook', 'free e-book', 'free guide', 'free report',
      '.com', '.id', '.net', '.tv',
      'di sini', 'disini', 'read more here', 'full story here', 'full article here', 'full report here',
      'arrowright', 'chevronright', 'arrowforward',
    ],
    // An offer's price opens the line ("$1 for 6 months").
    shape: (text) => text.charCodeAt(0) === 0x24 || (text.length <= 41 && HEADING.test(text) && text.split(/\s+/u).length <= 5),
  },
  // An arrow icon's name leaks as a word ("ArrowRight", "ChevronRight"): the plan or newsletter pitch
  // before it is cut out of the line.
  cut: new RegExp(String.raw`(?<=[.!?"”])\s*(?:(?:Yuk|Ayo)[,!]?\s+)?(?:Baca|Temukan|Simak|Cek|Lihat)\b[^.!?]{0,120}\b${MORE_WORD}\b[^.!?]{0,60}\b${SITE}.{0,2000}$|\b(?:[A-Z][a-z] )?(?:Get|Unlock|Enjoy) (?:the full|full|unlimited) (?:experience|access)\. (?:Choose|Pick|Select|See) (?:your|a) (?:plan|subscription|offer)s? ${ARROW}\b|(?<=[.!?] )(?:[A-Z][^.!?]{0,40}[.!?] ){0,2}Sign up for (?:the |our )?[^.!?]{1,60} newsletters?\. ${ARROW}\b`, 'u'),
  examples: {
    junk: [ 'Cet article est réservé aux abonnés', 'Article réservé aux abonnés', 'Jetzt weiterlesen mit Abo', 'Dieser Artikel ist nur für Abonnenten verfügbar', 'Este artículo es exclusivo para suscriptores', 'Esta matéria é exclusiva para assinantes', 'Articolo riservato agli abbonati', 'Artykuł dostępny tylko dla subskrybentów', 'Dit artikel is alleen voor abonnees', 'Bu içerik sadece abonelere özeldir', 'Déjà abonné ? Se connecter',
      'Log masuk untuk meneruskan membaca artikel ini', 'Anda telah mencapai had artikel percuma untuk bulan ini.', 'Kamu sudah mencapai batas artikel gratis minggu ini', 'Silakan login untuk membaca berita selengkapnya.', 'Berita lainnya, simak di sini', 'Update kabar terbaru seputar sepak bola hanya di contoh.com', 'Update berita viral lainnya hanya di Contoh', 'Get real-time updates on elections, only on Example TV.', 'Read all the Latest News, Breaking News and Election Updates here.', 'Stay updated with the latest news on Example.com', 'Read more at example.com.', 'Keep up with the latest news on Example News', 'Subscribe now for just $1 a week', 'Subscribe today from £5 per month',
      'Register for free to continue reading',
      'Sign up for free to read the full article',
      'Create a free account',
      'This story is available exclusively to subscribers.',
      'Read this story for free when you register.',
      'Get unlimited digital access',
      'Already have an account?',
      'Log in or create a free account to continue reading.',
      'Dapatkan berita terbaru dari Contoh hanya dengan satu akun di aplikasi, daftar sekarang dengan klik disini',
      'Klik dan dapatkan info kos di dekatmu',
      'Masuk untuk membaca selengkapnya',
      'Start your free trial', 'Cancel anytime.', 'Limited time offer', '$1 for 6 months', 'Continue reading with a subscription', 'Subscribe to read', 'Subscriber exclusive', 'Members only', 'Exclusive to subscribers', 'Sila log masuk untuk membaca', 'Langgan sekarang', 'Klik untuk langgan', 'Dapatkan naskhah digital',
      'Terima kasih sudah membaca!',
      'Terima kasih telah membaca artikel ini.',
      'Become a subscriber today',
      'Subscribe for unlimited access',
      'Log in or create an account',
      'Klik tautan ini untuk membaca berita lainnya',
      'Baca berita tanpa iklan. Gabung Contoh.com+',
      'Read the latest updates here.',
      'For the latest news, weather, sports, and streaming video, head to Example News.',
      'Create a free account to keep reading',
      'You have read 3 of 5 free articles this month.',
      'Kamu telah membaca 3 dari 5 artikel gratis bulan ini.',
      'Simak berita artis lainnya hanya di Kompak Media.', 'Pantau terus perkembangan terbaru liga hanya di Contoh.com', 'Gunakan kode promo CONTOH50 untuk diskon 50 persen.', 'Use code SAVE20 at checkout for 20% off.', 'Dapatkan promo menarik hanya di aplikasi Contoh', 'Pantau terus perkembangan beritanya hanya di Contoh.com', 'Kunjungi halaman khusus Pemilu 2029',
      'Ikuti terus update berita terbaru hanya di Contoh TV!',
      'Anda telah membaca 2 daripada 4 artikel percuma bulan ini.',
      'Thank you for reading Example News.',
      'Berlangganan sekarang untuk membaca artikel lengkap',
      'Sudah berlangganan? Masuk',
      'Baca artikel lengkapnya dengan berlangganan',
      'Sudah punya akun? Masuk di sini',
      'Belum punya akun? Daftar sekarang',
      'Artikel ini khusus untuk pelanggan',
      'Subscribe to continue reading',
      'Unlock full access. Pick a plan',
      'This article is part of our Future of Food series (tap here for the whole series).',
      'Our gardening handbook collects ten years of advice. Get your free guide',
      'Ayo, cek tips merawat tanaman hias lainnya di Contoh.co.id.',
      'Temukan beragam ulasan menarik dan kabar terbaru dunia kuliner di contoh.com.',
      'Lihat daftar pemenang lomba foto di sini',
      'Selengkapnya klik disini.',
      'This article is for subscribers only.',
      'This story is available to paying subscribers.',
      "You've reached your limit of free articles for this month.",
      'You have 2 free articles left this month.',
      'Log in to continue reading',
      'Klik di sini untuk berlangganan',
      'Gabung sekarang',
      'Subscribe now',
      'Sudah punya akun? Masuk',
      'Masuk untuk melanjutkan membaca',
      'To continue reading, please subscribe.',
      'Send any friend a story',
      'Catch all the Sports News, Breaking News and Latest News Updates on Contoh Daily.',
      'To read this article in full, please subscribe.',
      'Sign up for free',
      'Subscribe today',
      'Already registered? Log in',
      'Continue reading your article with a subscription',
      'Masuk / Daftar',
      'Sign in | Register',
      'Log in to our website to save your bookmarks. It will just take a moment.',
      'Gift this article',
      'As a subscriber, you have 10 gift articles to give each month. Anyone can read what you share.',
      'Klik dan dapatkan info otomotif lainnya',
      'Klik untuk baca berita terkini',
    ],
    content: [ 'Réservé aux abonnés', '¿Ya eres abonado?', 'Sei già abbonato?', 'Le musée est réservé aux abonnés du théâtre, a précisé la mairie.', 'Der Zugang ist nur für Abonnenten der Oper.', 'Assine para ler, disse o editor em 1998, e muitos assinaram.',
      'Read more at example.com before you sign, the regulator warned buyers.', 'Keep up with the latest news on the storm, officials urged residents on Monday.', 'The film is available only on Netflix, the studio said.', 'Follow the path only on weekdays, rangers told hikers.', 'Readers can subscribe for just $1 a week until June, the company said.', 'Update terakhir dari BMKG menyebut gempa susulan hanya di wilayah selatan.', 'Berita lainnya soal banjir belum bisa dipastikan, kata petugas di sini.',
      'Anda sudah membaca 3 dari 5 berita hoaks yang beredar pekan ini, kata petugas itu.', 'Gunakan kode promo palsu itu, begitu pesan penipu kepada korban, kata polisi.',
      'Berita itu hanya di koran lokal yang terbit, bukan di televisi.', 'Kunjungi halaman khusus itu untuk melihat daftar pemilih, kata petugas KPU.',
      'She became a subscriber in 1998.',
      'Thank you for reading the statement.',
      'For the latest news on the strike, visit the union office, the leaflet said.',
      'Thank you for reading the statement, the judge told the clerk.',
      'This story is part of a pattern of abuse, prosecutors argued.',
      'You have 3 gift articles? Not bad, she laughed.',
      'Catch the latest news on the bus, she said, and you will never be bored.',
      'To read the story in full, please sign in first, the old instructions said.',
      'Register for free health checks at the village hall until Friday.',
      'Klik dan dapatkan hadiah lainnya, bunyi pesan penipuan itu.',
      'The gift this article describes was a painting worth millions.',
      // Reported speech: the article quotes a scam message.
      'Click here, the email said, urging readers to reset their passwords.',
      'Click here, the instructions say, and the machine starts.',
      'Members only clubs are booming in the capital.',
      'Klik dan dapatkan hadiahnya, begitu modus penipu yang ditemukan polisi.',
      'Cancel anytime, the ad promised, but customers said it took weeks.',
      '$1 for every visitor went to the fund, the museum said.',
      'Click here and there on the map and nothing happens, users complained.',
      'Klik di sini lalu tunggu, petunjuk itu menyebutkan langkahnya.',
      'The full experience of the festival is hard to describe.',
      'Click the link to confirm, the scam message said, and many did.',
      'Klik di sini untuk mendaftar, bunyi pesan penipuan yang diterima korban.',
      'Masuk untuk melanjutkan studi, ia pindah ke Bandung.',
      'Baca dengan teliti sebelum menandatangani kontrak.',
      'Cek informasi cuaca terbaru di bmkg.go.id sebelum berangkat.',
      'The club said its new stand is available to members only from next season.',
      'Readers who reached the end of the free articles said they would pay.',
    ],
    cuts: [
      ['Kebunnya buka tiap akhir pekan.Simak cerita wisata alam lainnya di contoh.id ya!Baca juga:Judul Satu Judul Dua', 'Kebunnya buka tiap akhir pekan.'],
      ['Konsernya digelar bulan depan.Temukan ulasan menarik dan kabar terbaru musik di contoh.com. Jangan sampai ketinggalan!Baca artikel lainnya:Judul Satu', 'Konsernya digelar bulan depan.'],
      ['Gates open at noon on Sunday. Qz Unlock unlimited access. Pick a plan ChevronRight The parade starts at two.', 'Gates open at noon on Sunday. The parade starts at two.'],
      ['Police confirmed the arrest. Love old maps? Sign up for our Atlas Notes newsletter. ArrowRight The suspect', 'Police confirmed the arrest. The suspect'],
    ],
  },
};
