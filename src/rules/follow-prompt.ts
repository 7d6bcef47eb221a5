import { caseless } from '../core/fast-regex.js';
import { NOT_REPORTED_SPEECH } from './speech.js';
import type { LineContext, Rule } from './types.js';
import { FOLLOW_SCRIPTS } from './other-scripts.js';

// A call to follow the site somewhere: a verb of joining, a channel, and (for long lines) news or
// updates as the promise. Each part alone is ordinary prose; together they are a prompt.
// A call may open with a bullet, with its purpose ("Untuk berita terkini, ikuti kami …"), by naming the reader ("Sobat Contoh, yuk …") or ask for a like first ("Like dan follow …").
const INVITE = String.raw`(?:[*•▪]\s*)?(?:\(\s*)?(?:(?:untuk|for) (?:berita|info|informasi|updates?|kabar|the latest|more)\b[^,.!?]{0,40},\s*)?(?:(?:sobat|teman|kawan|sahabat|pembaca)(?:\s+[\w.-]+){0,2},\s*)?(?:(?:ayo|yuk|mari|jangan lupa|don'?t forget to|be sure to|make sure to)[,!]?\s+)?(?:like (?:dan|and|&) )?`;
const VERB = String.raw`(?:ikuti(?:\s+(?:terus|juga))?|langgan|sertai|follow|gabung(?:lah)?|bergabung(?:lah)?|join|subscribe|berlangganan|langganan|dapatkan|get|sign up|daftar(?:kan)?|simak|cek|baca)`;
const FOLLOW = String.raw`(?:ikuti|langgan|sertai|follow|gabung(?:lah)?|bergabung(?:lah)?|join|subscribe|berlangganan|langganan|sign up|daftar)`;
// A Telegram link, not the "t.me" of two sentences glued without a space ("…saat.Menurut…").
const TME = String.raw`(?<![\w.\u00C0-\uFFFF])t\.me\b`;
const CHANNEL = String.raw`(?:whats\s?app|wa channel|telegram|${TME}|google news|saluran|channel|newsletters?|buletin|notifikasi|notifications?|push alerts?|aplikasi|app\b|apps\b|app store|google play|play store|sosial media|media sosial|social media|youtube|instagram|tiktok|facebook|twitter|inbox|email|live streaming|siaran langsung)`;
const NEWS = String.raw`(?:berita|kabar|info(?:rmasi)?\b[^.!?]{0,30}?\b(?:terbaru|terkini|menarik)|update-?nya|updates? (?:berita|terbaru|terkini)|latest(?: updates?| news)?|artikel|news|stories|headlines|breaking|reporting|ulasan|ketinggalan)`;
const QUESTION = String.raw`(?:[^.?!]{1,60}\?\s*)?`;

// The site speaks of itself: "kami", "us", its domain or handle, or it coaxes ("ayo", "don't forget").
const SELF = String.raw`(?:\b(?:kami|kita|our|us|we|ayo|yuk|mari|jangan lupa|don'?t forget)\b|@\w+|\b[\w-]+\.(?:com|co\.id|id|net|org|tv|news)\b)`;
// Channels that only a publisher invites you to: no "kami" needed beside them.
// A newsletter is always the site's own: "Berlangganan newsletter <site> dan dapatkan info … terbaru".
const OWN_CHANNEL = String.raw`(?:google news|whats\s?app channel|(?:saluran|kanal) whats\s?app|grup telegram|telegram channel|newsletters?|${TME})`;
const PROMPT = caseless(String.raw`^${QUESTION}${INVITE}${VERB}\b(?=.{0,400}$)(?=.*${CHANNEL})(?=.*${NEWS})(?=.*(?:${SELF}|${OWN_CHANNEL})).*$`);
// The site's news promised daily or on the reader's phone, with no channel named (or nothing but the
// promise, "Dapatkan update berita pilihan setiap hari.", a sentence that opens the channel invitation): "Dapatkan update
// berita pilihan setiap hari dari contoh.com", "Simak berita terkini kami langsung di ponselmu".
const DAILY = String.raw`(?:setiap hari|tiap hari|every day|(?:langsung )?di (?:ponsel|hp|gadget|smartphone)\w*|on your phone)`;
// The news is the site's own: its domain, or "our" news ("berita terkini kami", "our top stories"),
// not any "kami" in the line ("guru kami").
const OWN_NEWS = String.raw`(?:\b[\w-]+\.(?:com|co\.id|id|net|org|tv|news)\b|\b${NEWS}(?:\s+\w+){0,2}\s+(?:kami|our)\b|\bour\s+(?:\w+\s+){0,2}${NEWS})`;
const NEWS_PROMO = String.raw`^${INVITE}(?:dapatkan|simak|ikuti|get)\b(?=.{0,300}$)(?=.*\b${DAILY}\b)(?=.*${OWN_NEWS}).*$|^(?:dapatkan|get) (?:(?:the )?(?:latest )?(?:update|updates|berita|kabar|news))(?: (?:berita|news|terbaru|terkini|pilihan|menarik|harian|top|breaking))*\s+${DAILY}\s*[.!]?$`;
// A live show's schedule pitch: a verb of watching, a live-broadcast word and a schedule (days, a clock
// time, a platform): "Tonton Kabar Malam tiap Selasa dan Kamis jam 21.00 lewat siaran langsung di …".
const LIVE_SHOW = String.raw`(?:saksikan|nikmati|ikuti|tonton|simak|watch|catch|stream)\b(?=.{0,700}$)(?=.*\b(?:live streaming|siaran langsung|secara langsung|disiarkan langsung|streaming live|live on)\b)(?=.*\b(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu|pukul|wib|weekdays?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|youtube|tiktok)\b).*`;
const LIVE_PROMPT = caseless(`^${LIVE_SHOW}$`);
// A channel's call to ring its bell after the one to subscribe: "… dan aktifkan lonceng notifikasinya", "… and hit the bell".
const BELL = String.raw`\s+(?:dan|and|&|lalu|serta)\s+(?:aktifkan|nyalakan|tekan|klik|turn on|hit|click|enable|ring)\s+(?:(?:tombol|ikon|the)\s+)?(?:lonceng|notifikasi|bell|notifications?)\w*(?:\s+(?:icon|button|notifications?|notifikasi\w*))?`;
// Short lines need no promise of news: "Gabung saluran Telegram Kabar Contoh", "Download our app".
const SHORT = caseless(String.raw`^${INVITE}(?:${FOLLOW}\b(?=.*(?:whats\s?app|telegram|google news|saluran|channel|kanal|newsletter))|(?:download|get|unduh) (?:our|the (?:\S+ ){0,2}\S+|aplikasi \S+)(?: free)? app\b|(?:never|don'?t) miss (?:a|another|the latest|any) (?:story|stories|thing|beat|headline|update)s?\b.{0,100}|follow (?:\S+ ){1,4}on (?:twitter|x|facebook|instagram|tiktok|youtube|linkedin|threads|google news|whats\s?app|telegram)|(?:download|unduh|muat turun|get|install)\b(?=.{0,120}$)(?=.*\b(?:play store|app store|google play)\b)(?=.*\b(?:kami|our|us)\b).*|(?:follow|ikuti|like) (?:akun|account|halaman|page|kanal|channel) (?:\S+ ){0,2}?(?:twitter|x|facebook|instagram|tiktok|youtube|linkedin|threads)\b(?=.*\b(?:kami|us|our)\b)|(?:get|sign up for|subscribe to) (?:the|our) (?:\S+ ){0,3}newsletters?\b|add (?:\S+ ){1,4}as (?:a |your )?preferred sources?(?: on google(?: search)?)?|jadikan (?:\S+ ){1,4}sebagai sumber (?:pilihan|favorit|utama|terpercaya)(?: (?:anda|kamu))?(?: di google)?|(?:follow|like|find|ikuti|temukan|sundan) (?:us|kami) (?:on|di|sa) (?:twitter|x|facebook|instagram|tiktok|youtube|linkedin|threads|google news|whats\s?app|telegram)\b)(?:[\s,&/]+[^\s,&/]+){0,6}(?:${BELL})?\s*[.!)]?$`);
// The site's news on a messenger, and nothing after it but the reader or the site ("Dapatkan berita terkini di
// WhatsApp Anda"): a disaster post's number after it ("… lewat WhatsApp Posko BPBD di nomor …") is the article's.
const NEWS_ON_CHANNEL = String.raw`^${INVITE}(?:dapatkan|get|terima|receive) (?:berita|kabar|updates?|the latest|breaking news|news)\b[^.!?]{0,40}\b(?:di|on|via|lewat|melalui) (?:whats\s?app|telegram|google news)(?: (?:anda|kamu|mu|kami|us|our|channel|saluran))?\s*[.!)]?$`;
// The same in other languages: "Receba as principais notícias do dia no seu WhatsApp", "Recibe las noticias en tu Telegram".
const NEWS_ON_CHANNEL_ABROAD = String.raw`^(?:receba|recebe|reciba|recibe|recevez|erhalten sie|ricevi|ontvang)\b[^.!?]{0,60}\b(?:notícias|noticias|novidades|actualités|infos|nachrichten|notizie|nieuws)\b[^.!?]{0,40}\b(?:no|na|en|pelo|por|via|sur|auf|su|op|in|direto no|directo en|direttamente su) (?:(?:seu|sua|tu|votre|ihr|ihrem|tuo|je) )?(?:whats\s?app|telegram|google news|celular|móvil|movil|handy|smartphone|cellulare|telefoon)\s*[.!]?$`;
// "Síguenos en Twitter", "Suivez-nous sur Facebook et Instagram", "Folgen Sie uns in den sozialen Medien".
const NETWORK_ABROAD = String.raw`(?:facebook|twitter|x|instagram|tiktok|youtube|linkedin|telegram|whats\s?app|threads|bluesky|mastodon|google news|google haberler|(?:las |nuestras )?redes sociales|(?:les |nos )?réseaux sociaux|(?:den )?sozialen (?:medien|netzwerken)|(?:i )?(?:nostri )?social(?: network)?|(?:as |nossas )?redes sociais|sociale media)`;
// A purpose may close it: "… para sa pinakabagong balita", "… para más noticias", "… for the latest".
// No comma in it: "…, pidió la protectora" makes the line somebody's words.
const FOLLOW_PURPOSE = String.raw`(?:\s+(?:para sa|para|pour|für|per|voor|for|kwa|untuk|để) [^.!?,]{1,60})?`;
const FOLLOW_ABROAD = String.raw`^(?:s[ií]guenos|suivez-nous|folgen sie uns|folge uns|seguici|siga-nos|segue-nos|volg ons|obserwuj nas|bizi takip edin|theo dõi chúng tôi|i-?follow kami|sundan kami|tufuate|jiunge nasi|jiunge na (?:chaneli|kituo|kundi|ukurasa) (?:yetu|letu|wetu) (?:ya|la|wa))(?: (?:en|sur|auf|in|su|no|nas|na|em|op|w|on|trên|tại|sa|kwenye|katika))? ${NETWORK_ABROAD}(?:\s*(?:,|y|et|und|e|en|i|and|/|và|at|na)\s*${NETWORK_ABROAD}){0,6}${FOLLOW_PURPOSE}\s*[.!:]?$|^(?:bizi )?${NETWORK_ABROAD}(?:'?[dt][ae]n| üzerinden)? (?:bizi )?takip edin(?:iz)?\s*[.!:]?$`;
// The instruction under a channel invitation: "Pastikan kamu sudah install aplikasi WhatsApp ya."
const INSTALL_NOTE = String.raw`(?:pastikan|make sure)\b.{0,40}?\b(?:install|instal|installed|download|downloaded|unduh)(?:\s+(?:the|aplikasi|app))*\s+(?:whats\s?app|telegram)(?:\s+(?:app|ya|first|dulu|terlebih dahulu|di (?:ponsel|hp)\w*|on your (?:phone|device)))*[.!]?`;
// A channel's link, alone or after its label ("… WhatsApp Channel : https://whatsapp.com/channel/…").
const CHANNEL_LINK = /^(?:(?=.{0,300}$)[^:]{0,200}\b(?:channel|saluran|kanal|grup|group|whats\s?app|telegram|google news)\b[^:]{0,40}:?\s*)?(?:https?:\/\/)?(?:www\.)?(?:whatsapp\.com\/channel|chat\.whatsapp\.com|t\.me|telegram\.me|news\.google\.com\/publications)\/\S+$/iu;
// An app of news: "Download The Contoh News App to get daily market updates" (a health or bank app's
// instructions are an article's advice: no news in them).
// "Download our app" in Swahili, Spanish, Portuguese, French, German, Italian, Dutch, Polish, Turkish and Vietnamese.
const OUR_APP_ABROAD = String.raw`pakua (?:programu|app|apu) (?:yetu|ya \S+)|descarga nuestra (?:app|aplicación)|baixe (?:o )?nosso (?:app|aplicativo)|baixe a nossa app|téléchargez notre (?:application|appli|app)|laden sie (?:sich )?unsere app(?: herunter)?|scarica la nostra app|download onze app|pobierz naszą aplikację|uygulamamızı indirin|tải ứng dụng (?:của chúng tôi|\S+ \S+)`;
// The site's own app, and nothing more: "Muat turun aplikasi kami sekarang.", "Download our app today!"
const OUR_APP = String.raw`^(?:(?:muat turun|unduh|download|install|pasang) (?:aplikasi (?:kami|\S+ kami)|our(?: free)? app)|${OUR_APP_ABROAD})(?: (?:sekarang|secara percuma|percuma|gratis|now|today|for free|ya simu|ahora|agora|maintenant|jetzt|ora|nu|teraz|şimdi|ngay))?[.!]?$`;
const APP_NEWS = String.raw`^(?:download|get|install|unduh|muat turun|dapatkan)\b(?=.{0,200}$)(?=.{0,60}\b(?:app|aplikasi)\b)(?=.*\b(?:news|berita|headlines)\b).*$|^tải ứng dụng\b(?=.{0,120}$)(?=.*(?:đọc (?:tin|báo)|tin tức)).*$|^stay (?:updated|informed|up to date)\b[^.!?]{0,100},? (?:download|get|install) (?:the|our) [^.!?]{1,40} app[.!]?$`;
// The notification opt-in box: an imperative verb, a notification word and news as the promise, in
// either language ("Enable desktop alerts for top stories", "Aktifkan notifikasi untuk kabar terkini").
const NOTIFY_VERB = String.raw`(?:get|turn on|enable|allow|receive|sign up for|dapatkan|aktifkan|izinkan|nyalakan|terima)`;
const NOTIFY_WORD = String.raw`(?:notifications?|alerts?|notifikasi|pemberitahuan)`;
// News as the site's product, not a storm warning or a bank's alert: those are advice, and stay.
const NOTIFY_NEWS = String.raw`(?:breaking|news|headlines|top stories|big stories|berita|kabar (?:terkini|terbaru|penting))`;
const NOTIFY = caseless(String.raw`^${NOTIFY_VERB}\b(?=.{0,200}$)(?=.{0,60}\b${NOTIFY_WORD}\b)(?=.*\b${NOTIFY_NEWS}\b).*$`);
// The box's two buttons, and its heading: a short line with no full stop right above the prompt.
const BUTTON = caseless(String.raw`^(?:not now|turn on|allow|block|no thanks|maybe later|nanti saja|tidak sekarang|izinkan|aktifkan)$`);
const BOX_HEADING = /^(?=.{1,40}$)[\p{Lu}][^.!?:;]*[!]?$/u;
const SLOGAN = /^["“][^"”]{1,60}["”]$/u;
// A newsletter pitch addressed to the reader, early in the line: the newsletter with its cadence or
// a signup word ("Our Friday newsletter rounds up the week's best recipes. Sign up").
// A pitch speaks to the reader; a line that tells what someone did with a newsletter is the article's.
const NEWSLETTER = caseless(String.raw`^(?=.{0,600}$)(?!.*\b(?:asked|urged|told|joked|wrote|announced|launched|recalled|added)\b)(?=.*\b(?:our|my|us|we|you|your)\b)(?=.{0,200}\bnewsletters?\b)(?=.{0,160}\b(?:sign up|subscribe|delivered|in your inbox|to your inbox|(?:daily|weekly|monthly|morning|evening|weekday|weekend|free|monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:email )?newsletters?)\b).*$`);

// The newsletter box: its promise addressed to the reader's inbox, and its button, each a line of its own.
const WHEN = String.raw`(?: (?:every|each) (?:day|morning|evening|week|weekday)| setiap (?:hari|pagi|sore|malam|minggu)| daily| weekly)?`;
const INBOX_PITCH = String.raw`(?:dapatkan|get|receive|terima)\b[^.!?]{0,100}\b(?:di|in|to|ke) (?:email|e-mail|inbox|surel|kotak masuk) ?(?:kamu|anda|mu|your)?${WHEN}[.!]?|(?:dapatkan|get|receive|terima)\b[^.!?]{0,100}\b(?:in|to) your (?:email|inbox)${WHEN}[.!]?|daftarkan email(?: (?:kamu|anda))?[.!]?`;
const GLUED_NEWSLETTER = String.raw`(?:[Dd]apatkan|[Gg]et|[Rr]eceive|[Tt]erima)\b[^.!?]{0,100}\b(?:email|e-mail|inbox|surel)\b[^.!?]{0,40}[.!]\s*(?:[Dd]aftarkan email|[Dd]aftar sekarang|[Ss]ign up(?: now)?|[Ss]ubscribe(?: now)?)\s*[.!]?\s*$`;
// The invitation starts a sentence with its verb and holds a channel, news and the site.
const GLUED_INVITATION = String.raw`(?:\(\s*)?(?:(?:Ayo|Yuk|Mari)[,!]?\s+)?(?:Dapatkan|Ikuti|Simak|Gabung|Bergabung|Follow|Join|Subscribe|Get)\b(?=.{0,500}$)(?=.*(?:${CHANNEL}))(?=.*(?:${NEWS}))(?=.*(?:${SELF}|${OWN_CHANNEL})).*$`;

// A follow prompt's heading split from its links ("Ikuti kami di" / "Google News" / "Instagram"): the
// networks' names under it go with it (a list of them elsewhere may be a table's cells: it stays).
const FOLLOW_HEADING = caseless(String.raw`^(?:ikuti(?: juga)?|follow|sertai|gabung(?:lah)?|join|find|connect with|temukan) (?:kami|us)(?: (?:di|on|at|melalui|via|lewat))?\s*:?$`);
const NETWORK_LABEL = /^(?:google news|whats ?app(?: channel)?|wa channel|instagram|tiktok|facebook|twitter|youtube|linkedin|telegram(?: channel)?|threads|pinterest|snapchat)$/i;
const MAX_NETWORKS = 12;
function scanFollowLinks(lines: readonly LineContext[]): number[] {
  const found: number[] = [];
  for (let k = 0; k + 1 < lines.length; k++) {
    if (lines[k]!.text.length > 40 || !FOLLOW_HEADING.test(lines[k]!.text)) continue;
    let end = k + 1;
    while (end < lines.length && end - k <= MAX_NETWORKS && NETWORK_LABEL.test(lines[end]!.text)) found.push(end++);
    k = end - 1;
  }
  return found;
}

export const followPrompt: Rule = {
  id: 'follow-prompt',
  description:
    'Follow, subscribe, newsletter, notification and app prompts: WhatsApp/Telegram channel invitations, a notification opt-in ("Enable alerts for top stories", "Aktifkan notifikasi …") with its heading and buttons, newsletter pitches, live-show schedule pitches, channel links, in Indonesian and English; a newsletter signup glued after the last sentence is cut.',
  languages: ['id', 'en', 'ms', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'tr', 'tl', 'sw', 'vi'],
  category: 'boilerplate',
  joinable: true,
  // Not a line that gives the prompt's words to someone (", the militants urged"): the article quotes them.
  line: caseless(`^${NOT_REPORTED_SPEECH}(?:${PROMPT.source}|${SHORT.source}|^${LIVE_SHOW}$|${CHANNEL_LINK.source}|${NOTIFY.source}|${NEWSLETTER.source}|^(?:${INBOX_PITCH})$|${NEWS_PROMO}|${APP_NEWS}|${OUR_APP}|^${INSTALL_NOTE}$|${NEWS_ON_CHANNEL}|${NEWS_ON_CHANNEL_ABROAD}|${FOLLOW_ABROAD}|^${FOLLOW_SCRIPTS}$|${FOLLOW_HEADING.source})`),
  // The opt-in box's heading and buttons, and a quoted slogan right under a prompt, go with it.
  test: ({ text, prev, next, isFirstLine }) =>
    (BUTTON.test(text) && [prev, next].some((n) => NOTIFY.test(n) || BUTTON.test(n))) ||
    (!isFirstLine && BOX_HEADING.test(text) && NOTIFY.test(next)) ||
    (SLOGAN.test(text) && (PROMPT.test(prev) || LIVE_PROMPT.test(prev))),
  scan: scanFollowLinks,
  // Glued on the end of the last sentence: "….Get news in your inbox.Sign up", or a whole channel
  // invitation ("….Dapatkan kabar terbaru … kanal Telegram kami …") running to the end of the line.
  cut: caseless(String.raw`(?<=[.!?"”)])\s*(?:${GLUED_NEWSLETTER}|${GLUED_INVITATION})`),
  // PROMPT, GLUED_INVITATION and SHORT's first form need a CHANNEL word (no \b before it: "*word*"),
  // SHORT's other forms "app" or a network; LIVE_SHOW a live-broadcast phrase, NOTIFY a notification word,
  // NEWSLETTER "newsletter", GLUED_NEWSLETTER an email word; the test's buttons, heading and slogan are
  // short lines the shape checks.
  gate: {
    words: ['never miss', "don't miss", 'dont miss', 'siguenos', 'guenos', 'suivez-nous', 'folgen sie uns', 'folge uns', 'seguici', 'siga-nos', 'segue-nos', 'volg ons', 'obserwuj nas', 'takip edin*',
      '*whats*', '*telegram*', 'kanal', '*t.me*', '*google news*', '*saluran*', '*channel*', '*newsletter*', '*buletin*', '*notifikasi*',
      '*notification*', '*push alert*', '*aplikasi*', '*app', '*apps', '*google play*', '*play store*', '*sosial media*', '*media sosial*',
      '*social media*', '*youtube*', '*instagram*', '*tiktok*', '*facebook*', '*twitter*', '*inbox*', '*email*', '*live streaming*',
      '*siaran langsung*', '*news.google.com*',
      'linkedin', 'threads', 'on x', 'di x', 'follow us', 'ikuti kami', 'ikuti juga kami', 'sertai kami', 'gabung kami', 'gabunglah kami', 'join us', 'find us', 'connect with us', 'temukan kami',
      'secara langsung', 'disiarkan langsung', 'streaming live', 'live on',
      'alert', 'alerts', 'pemberitahuan', 'preferred source', 'preferred sources', 'sumber pilihan', 'sumber favorit', 'sumber utama', 'sumber terpercaya',
      'e-mail', 'surel',
      // The app and the reader's phone in other languages (each form also holds one of the words above, or "app").
      'pakua', 'aplicación', 'aplicativo', 'notre appli*', 'naszą aplikację', 'uygulamam*', 'tải ứng dụng', 'celular', 'móvil', 'movil', 'handy', 'cellulare', 'telefoon',

      'setiap hari', 'tiap hari', 'every day', 'ponsel*', 'hp*', 'gadget*', 'smartphone*', 'on your phone',
    ],
    shape: (text) => text.length <= 62 && (BUTTON.test(text) || BOX_HEADING.test(text) || SLOGAN.test(text)),
    otherScripts: true,
  },
  examples: {
    junk: [
      'Receba as principais notícias do dia no seu WhatsApp', 'Recibe las noticias más importantes en tu móvil', "Bizi Google Haberler'den takip edin", 'Theo dõi chúng tôi trên Google News', 'I-follow kami sa Facebook para sa pinakabagong balita', 'Jiunge na chaneli yetu ya WhatsApp', 'Tufuate kwenye Instagram na TikTok', 'Síguenos en Instagram para más noticias',
      'Подписывайтесь на наш канал в Telegram', 'تابعونا على فيسبوك', 'Google News पर हमें फॉलो करें', 'लेटेस्ट खबरों के लिए हमारे WhatsApp चैनल से जुड़ें', 'ติดตามเราได้ที่ Facebook', '扫一扫，关注我们', 'Pakua programu yetu ya simu', 'Descarga nuestra aplicación', 'Baixe o nosso aplicativo agora', 'Téléchargez notre application', 'Laden Sie unsere App herunter', 'Scarica la nostra app', 'Pobierz naszą aplikację', 'Uygulamamızı indirin', 'Tải ứng dụng để đọc tin nhanh hơn', 'Dapatkan update berita pilihan setiap hari.', 'Get the latest news every day.',
            'Find us on:', 'Connect with us', 'Sertai kami di', 'Síguenos en Twitter', 'Suivez-nous sur Facebook et Instagram', 'Folgen Sie uns auf Instagram', 'Folgen Sie uns in den sozialen Medien', 'Seguici su Facebook', 'Siga-nos no Instagram', "Bizi Instagram'dan takip edin", 'Bizi YouTube üzerinden takip edin.',
      'Never miss a story: sign up for alerts',
      'Jangan lupa follow Instagram dan TikTok @contohmedia untuk info menarik setiap hari.', 'Ikuti juga kanal WhatsApp Contoh untuk update berita terkini.', 'Berlangganan newsletter Contoh dan dapatkan informasi kesehatan terbaru setiap pekan', 'Stay updated with the latest news from the region, download the Example Times app.',
      'Muat turun aplikasi kami sekarang.', 'Download our free app today!', 'Muat turun aplikasi kami di App Store dan Google Play', 'Jangan lupa subscribe channel YouTube kami dan nyalakan notifikasinya!', 'Subscribe kanal YouTube kami dan aktifkan lonceng notifikasinya', 'Subscribe to our channel and hit the bell icon',
      '* Follow Official WhatsApp Channel Contoh.com untuk mendapatkan berita-berita terkini dengan mengklik tautan ini.',
      'Untuk berita terkini, ikuti kami di Facebook dan Instagram',
      'Dapatkan berita terkini di WhatsApp Anda',
      'Add Example News as a preferred source on Google',
      'Jadikan Contoh sebagai sumber pilihan di Google',
      'Get the latest news from Example in your inbox every morning.',
      'Pilih saluran andalanmu akses berita Contoh WhatsApp Channel : https://www.whatsapp.com/channel/0029AbCd',
      'Follow Example News on Instagram',
      'Unduh aplikasi kami di Play Store',
      'Download our free app',
      'Ikuti kami di Facebook, Twitter dan Instagram',
      'Jangan lupa follow akun Instagram kami',
      'Dapatkan berita terbaru di aplikasi Contoh',
      'Gabung Saluran Telegram Kabar Contoh',
      '(Yuk gabung grup Telegram Contoh.id supaya kamu selalu dapat kabar terkini soal kuliner. Tautannya di bawah!)',
      'Dapatkan kabar terbaru setiap pagi dari Contoh.com lewat kanal Telegram kami.',
      'Dapatkan update berita pilihan setiap hari dari Contoh.co.id.',
      'Simak berita terkini kami langsung di ponselmu.',
      'Follow us on Instagram and subscribe to our Telegram channel for the latest updates.',
      'Download The Contoh News App to get Daily Market Updates.',
      'Ikuti Kami',
      'Langgan saluran Telegram kami untuk berita terkini',
      'Sertai saluran WhatsApp kami',
      'Muat turun aplikasi Contoh News sekarang',
      'Sundan kami sa Facebook',
      'Get the Daily Newsletter',
      'Follow us on:',
      'Get our top stories every day, straight from ExampleNews.com.',
      'Mau tahu kelanjutannya? Simak terus kabar berikutnya lewat Instagram @contoh.',
      'https://whatsapp.com/channel/ExampleOnly123',
      'Enable desktop alerts for top stories as they happen.',
      'Aktifkan notifikasi untuk kabar terkini dari redaksi.',
      'Our Friday newsletter rounds up the week in gardening. Sign up and we will send it to you.',
      'Download our app',
      'Follow us on Instagram and TikTok',
      'Ikuti kami di Twitter @contohberita',
      'Sign up for our newsletter',
      'Simak berita terbaru lainnya di Google News.',
      'Cek Berita dan Artikel yang lain di Google News',
      'Dapatkan informasi, inspirasi dan insight di email kamu.',
      'Get the best of our reporting in your inbox.',
      'Daftarkan email',
      'Like dan follow akun Instagram kami untuk update terbaru',
      'Sobat Contoh, yuk ikuti terus kabar terbaru di aplikasi kami!',
      'Pastikan kamu sudah install aplikasi WhatsApp ya.',
      'Make sure you have downloaded the Telegram app first.',
      'Tonton Kabar Malam tiap Selasa dan Kamis jam 21.00 lewat siaran langsung di YouTube Contoh TV.',
    ],
    content: [ 'Unduh aplikasi kami, kata petugas bank itu kepada nasabah yang mengeluh.', 'Subscribe channel itu dan aktifkan notifikasinya adalah saran yang sering ia dengar dari anak-anaknya yang tinggal di kota.', 'Download the tax office app before March, the minister told small firms.', 'The singer asked fans to sign up for our daily newsletter, a joke that drew laughs at the concert.',
      'Recibe las noticias con calma, aconsejó el psicólogo a sus pacientes.', 'Síguenos en Instagram para ver a los perros, pidió la protectora.', 'Подписывайтесь на наш канал, — призывал он своих сторонников.', 'इन टिप्स को फॉलो करें', 'Baixe o aplicativo do banco para consultar o saldo.', 'Tải ứng dụng ngân hàng để chuyển tiền.', 'Pakua programu ya serikali ili kulipa kodi, alisema waziri.', 'Dapatkan update berita pilihan setiap hari dari kelurahan, kata lurah itu kepada warga.', 'Theo dõi chúng tôi, người lính hét lên.',
            'Folge uns, rief der Trainer seinen Spielern zu, und sie liefen los.', 'Síguenos, gritaban los manifestantes en la plaza.', 'Bakan, gelişmeleri resmi hesaplardan takip edin diyerek vatandaşları uyardı.',
      'Dapatkan kabar banjir terkini lewat WhatsApp Posko BPBD di nomor 0811 0000 000.',
      'Untuk berita terkini, warga bisa membaca papan pengumuman di balai desa.',
      'For more, follow the river north for two miles.',
      'Get the latest news in your inbox, the ad promised, but nothing came.',
      'Never miss a dose, the doctor told her.',
      'Unduh aplikasi kami di Play Store, kata direktur bank itu.',
      'Ikuti akun Instagram resmi BMKG untuk peringatan cuaca.',
      'Dapatkan informasi bansos di aplikasi Cek Bansos.',
      'Follow our Telegram channel for the latest news, the militants urged supporters in a post now deleted.',
      'Simak berita setiap hari, begitu pesan guru kami kepada murid-muridnya.',
      'Download the health app to check your vaccination status before travelling.',
      'Ikuti kami ke pasar, ajak ibu itu.',
      'Sertai kami di majlis itu, kata pengerusi kepada penduduk kampung.',
      'Get the newsletter printed before Friday, the editor told the interns.',
      'Get the app news from the ministry, the minister said, on its official website.',
      'Ikuti perkembangan berita ini setiap hari, kata juru bicara kepada kami.',
      'Dapatkan obatnya di apotek setiap hari kerja, kata petugas puskesmas.',
      'Get the vaccine every day of the week at our clinic, the health office said in a news release.',
      'Cek fakta: berita yang beredar di WhatsApp soal vaksin itu tidak benar.',
      'Baca berita di aplikasi itu kini berbayar bagi pengguna baru.',
      'Get the vaccine, doctors say, and check your email for the appointment.',
      'Ikuti kanal WhatsApp kami untuk berita terbaru, kata juru bicara kelompok itu dalam pesan yang beredar.',
      'Ikuti petunjuk di layar untuk menonaktifkan iklan di aplikasi WhatsApp.',
      // Sentences glued without a space: "saat.Menurut" holds no Telegram link.
      'Simak penjelasan warga yang ditemui saat.Menurut mereka, berita soal banjir itu benar.',
      'Warga diminta mengikuti informasi resmi dari pemerintah.',
      'Commuters can check the transit map online and set up text alerts for delays.',
      'Turn on',
      'Make sure you install WhatsApp updates to patch the flaw, the agency warned.',
      'Make sure you install WhatsApp updates to patch the flaw.',
      'Sign up for emergency alerts from the county to get updates during the storm.',
      'Aktifkan notifikasi di aplikasi cuaca agar tahu kapan hujan deras turun.',
      'Follow us on this journey, the coach told his players before the final.',
      'The newsletter was founded in 1998 by two reporters.',
      'Readers who sign up for the newsletter get a discount, the company said.',
    ],
    documents: [
      [
        ['Judul Berita', 'Paragraf pertama artikel.', 'Ikuti kami di', 'Google News', 'Whatsapp Channel', 'Instagram', 'Paragraf kedua artikel.', 'Platform', 'Facebook', 'Instagram'],
        ['Judul Berita', 'Paragraf pertama artikel.', 'Paragraf kedua artikel.', 'Platform', 'Facebook', 'Instagram'],
      ],
      [
        ['Judul Berita', 'Paragraf pertama artikel.', 'Kabar Kilat', 'Aktifkan notifikasi agar tak ketinggalan berita penting.', 'Nanti saja', 'Izinkan', 'Paragraf kedua artikel.'],
        ['Judul Berita', 'Paragraf pertama artikel.', 'Paragraf kedua artikel.'],
      ],
    ],
    cuts: [
      ['Warga diminta tetap waspada. Gabung Telegram Channel Contoh untuk kabar terkini dari kami.', 'Warga diminta tetap waspada.'],
      [
        'Sidang dilanjutkan pekan depan.Ikuti kabar terbaru dari Contoh.com di kanal Telegram, klik https://t.me/contohkabar lalu bergabung.',
        'Sidang dilanjutkan pekan depan.',
      ],
      ['Rapat ditunda ke pekan depan.Terima rangkuman berita tiap Senin lewat email.Daftar sekarang', 'Rapat ditunda ke pekan depan.'],
    ],
  },
};
