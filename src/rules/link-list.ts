import type { LineContext, Rule } from './types.js';

/**
 * A site's links flattened one to a line: the menu above the headline (`Home` / `News` / `Sport` /
 * `Search` / `Sign in`), share buttons (`Share` / `Facebook` / `Twitter` / `Email` / `Print`), the
 * social links after `Follow us`, the footer's links (`About us` / `Contact us` / `Cookies`). One such
 * label alone may be a link fragment or a table cell, and a section's name or a network's alone may be a
 * list item of the article, so only a run of them goes, and only when the site's own labels are in it.
 */

/** The share button's label in other languages: alone, above the networks' buttons, it opens a share row. */
const SHARE_ABROAD = ['compartir', 'compartilhar', 'compartilhe', 'partager', 'teilen', 'condividi', 'delen', 'deel', 'udostępnij', 'paylaş', 'chia sẻ', 'ibahagi', 'shiriki',
  'поделиться', 'شارك', 'शेयर करें', 'แชร์', '分享', '分享到:', 'シェア', '공유하기'];

/** Labels of the site's own pages and controls: no article lists them. */
const SITE = [
  // menu and account
  'home', 'homepage', 'beranda', 'menu', 'main menu', 'search', 'cari', 'pencarian', 'sign in', 'sign up', 'sign out', 'log in', 'login', 'log out', 'logout',
  'register', 'daftar', 'masuk', 'keluar', 'subscribe', 'langganan', 'berlangganan', 'my account', 'account', 'akun', 'akun saya', 'close', 'tutup',
  'skip to content', 'back to top', 'kembali ke atas', 'all sections', 'semua kanal', 'kanal', 'indeks berita', 'e-paper', 'epaper',
  // footer
  'about', 'about us', 'tentang', 'tentang kami', 'contact', 'contact us', 'kontak', 'kontak kami', 'hubungi kami', 'privacy', 'privacy policy',
  'privacy notice', 'privacy settings', 'kebijakan privasi', 'terms', 'terms of use', 'terms of service', 'terms and conditions', 'terms & conditions',
  'syarat dan ketentuan', 'syarat & ketentuan', 'ketentuan layanan', 'cookies', 'cookie policy', 'cookie settings', 'manage cookies', 'accessibility',
  'accessibility help', 'advertise', 'advertise with us', 'advertising', 'iklan', 'pasang iklan', 'info iklan', 'careers', 'karir', 'karier',
  'redaksi', 'susunan redaksi', 'pedoman media siber', 'pedoman siber', 'kode etik', 'sitemap', 'site map', 'help', 'help center', 'bantuan', 'faq',
  'rss', 'rss feed', 'newsletter', 'newsletters', 'disclaimer', 'corrections', 'feedback', 'mentions légales', 'impressum', 'datenschutz', 'kontakt',
  // a comment form's fields and buttons
  'nama', 'name', 'your name', 'nama anda', 'your email', 'email anda', 'website', 'situs web', 'tulis komentar anda', 'write a comment', 'leave a reply', 'kirim komentar',
  // a broadcaster's live links
  'watch live', 'live tv', 'listen live', 'live stream', 'livestream',
  // a comment list's sort buttons
  'sort by', 'urutkan', 'newest', 'oldest', 'terlama', 'top comments',
  // a player's controls
  'play', 'pause', 'mute', 'unmute', 'fullscreen', 'full screen', 'exit fullscreen', 'expand', 'volume', 'captions', 'subtitles', 'replay',
  // share and follow
  'share', 'share this', 'share article', 'share this article', 'share this story', 'bagikan', 'bagikan artikel ini', 'bagikan berita ini', 'kongsi artikel ini', 'print', 'cetak', 'email', 'e-mail', 'copy link', 'salin link', 'salin tautan', 'comments',
  'komentar', 'berikan komentar', 'tulis komentar', 'kirim', 'submit', 'send', 'post comment', 'reply', 'balas', 'follow us', 'follow us on', 'ikuti kami', 'ikuti kami di', 'find us on', 'connect with us', 'kongsi',
  // the same in other languages: share, copy link, e-mail, print; comments and the comment form; the
  // footer's pages; the cookie banner's buttons (Spanish, Portuguese, French, German, Italian, Dutch,
  // Polish, Turkish, Vietnamese, Tagalog, Swahili)
  ...SHARE_ABROAD,
  'комментарии', 'التعليقات', 'टिप्पणियां', 'ความคิดเห็น', '评论', 'コメント', '댓글', '링크복사', '링크 복사',
  'copiar enlace', 'copiar link', 'copier le lien', 'link kopieren', 'copia link', 'copia il link', 'link kopiëren', 'kopiuj link', 'skopiuj link', 'bağlantıyı kopyala', 'linki kopyala', 'sao chép liên kết', 'kopyahin ang link', 'nakili kiungo',
  'correo', 'correo electrónico', 'courriel', 'e-posta', 'imprimir', 'imprimer', 'drucken', 'stampa', 'afdrukken', 'drukuj', 'yazdır',
  'comentarios', 'comentários', 'commentaires', 'kommentare', 'commenti', 'reacties', 'komentarze', 'yorumlar', 'bình luận', 'mga komento', 'maoni',
  'deja tu comentario', 'deixe seu comentário', 'deixe o seu comentário', 'laisser un commentaire', 'kommentar schreiben', 'lascia un commento', 'plaats een reactie', 'dodaj komentarz', 'yorum yap', 'viết bình luận', 'mag-iwan ng komento', 'acha maoni yako',
  'aviso legal', 'política de privacidad', 'política de privacidade', 'política de cookies', 'contacto', 'contato', 'quiénes somos', 'quem somos', 'politique de confidentialité', 'gestion des cookies', 'nous contacter', 'datenschutzerklärung', 'cookie-einstellungen', 'contatti', 'chi siamo', 'privacy policy e cookie', 'gizlilik politikası', 'iletişim', 'künye', 'hakkımızda', 'polityka prywatności', 'regulamin', 'liên hệ', 'chính sách bảo mật', 'giới thiệu', 'wasiliana nasi', 'sera ya faragha', 'makipag-ugnayan', 'privacybeleid', 'over ons',
  'aceptar', 'aceptar todas', 'aceptar todo', 'rechazar', 'rechazar todas', 'configurar cookies', 'aceitar', 'aceitar todos', 'rejeitar', 'accepter', 'tout accepter', 'refuser', 'tout refuser', 'paramétrer', 'akzeptieren', 'alle akzeptieren', 'ablehnen', 'einstellungen', 'accetta', 'accetta tutto', 'rifiuta', 'rifiuta tutto', 'personalizza', 'accepteren', 'alles accepteren', 'weigeren', 'instellingen aanpassen', 'akceptuję', 'akceptuj wszystkie', 'odrzuć', 'kabul et', 'reddet', 'chấp nhận', 'từ chối',
];

/** Names that are links in chrome and also words an article may list: they join a run, never start one. */
const LISTABLE = [
  // social networks
  'facebook', 'twitter', 'x', 'instagram', 'youtube', 'tiktok', 'linkedin', 'whatsapp', 'telegram', 'pinterest', 'reddit', 'line', 'threads',
  'google news', 'flipboard', 'snapchat', 'messenger', 'mastodon', 'bluesky', 'zalo', 'vk', 'viber', 'kakaotalk',
  // and as other scripts write them
  'вконтакте', 'одноклассники', 'телеграм', 'фейсбук', 'فيسبوك', 'تويتر', 'واتساب', 'انستغرام', 'تيليجرام', 'फेसबुक', 'ट्विटर', 'व्हाट्सएप', 'เฟซบุ๊ก', 'ไลน์', '微信', '微博', 'qq空间', 'ツイート', 'lineで送る', 'はてなブックマーク', '페이스북', '트위터', '카카오톡', '카카오스토리',
  // sections
  'news', 'berita', 'sport', 'sports', 'olahraga', 'business', 'bisnis', 'ekonomi', 'economy', 'politics', 'politik', 'world', 'dunia', 'culture',
  'entertainment', 'hiburan', 'tech', 'technology', 'teknologi', 'tekno', 'lifestyle', 'gaya hidup', 'health', 'kesehatan', 'travel', 'opinion',
  'opini', 'video', 'videos', 'foto', 'photos', 'nasional', 'internasional', 'regional', 'otomotif', 'science', 'sains', 'weather', 'cuaca',
  'money', 'finance', 'keuangan', 'markets', 'education', 'pendidikan', 'food', 'kuliner', 'latest', 'terbaru', 'terpopuler', 'popular', 'live',
  'more', 'lainnya', 'indeks', 'index', 'podcast', 'podcasts', 'games', 'arts', 'books', 'style', 'local', 'metro', 'megapolitan', 'hukum',
  'global', 'sepakbola', 'bola', 'properti', 'wisata', 'edukasi', 'infografis', 'cek fakta', 'fact check',
];

type Kind = 'site' | 'listable';

const KINDS = new Map<string, Kind>([...LISTABLE.map((l) => [l, 'listable'] as const), ...SITE.map((l) => [l, 'site'] as const)]);
const LONGEST = Math.max(...[...KINDS.keys()].map((l) => l.length));
/** A bullet or icon before the label, an arrow or a count after it ("Comments (12)"). */
const DECORATION = /^[•·|»›>▸►▶■●◆*+-]\s*|\s*(?:[•·|»›>▾▼→↗+-]|\(\d{1,6}\))$/gu;
/** What a decorated or spaced-out label shows, which a plain one does not. */
const MAYBE_DECORATED = /^[^\p{L}\p{N}]|[^\p{L}\p{N}]$|\s\s/u;
/** Each label is capitalised or in capitals as a menu shows it; a lower-case one is a sentence's fragment. */
const LOWER_START = /^\p{Ll}/u;
/** A run needs this many lines, two of them the site's own labels. */
const MIN_RUN = 3;
const MIN_SITE_LABELS = 2;

/** A site's link label, or a name chrome lists, or null. Most lines are long, or start in lower case: both are known from two numbers. */
export function linkLabelKind(text: string): Kind | null {
  if (text.length > LONGEST + 12) return null;
  const first = text.charCodeAt(0);
  if ((first >= 0x61 && first <= 0x7a) || (first >= 0x80 && LOWER_START.test(text))) return null;
  const plain = KINDS.get(lower(text));
  if (plain !== undefined || !MAYBE_DECORATED.test(text)) return plain ?? null;
  return KINDS.get(lower(text.replace(DECORATION, '').replace(/\s+/gu, ' '))) ?? null;
}

/** Lower case, with Turkish's capital "İ" as "i" (lower-cased it is an "i" and a combining dot). */
const lower = (text: string): string => {
  const l = text.toLowerCase();
  return l.includes('\u0307') ? l.replace(/i\u0307/gu, 'i') : l;
};

/** Social icons' names at the foot of the page, in lower case as their alt text has them. */
const NETWORK_ALT = /^(?:facebook|twitter|x|instagram|youtube|tiktok|linkedin|whatsapp|telegram|pinterest|reddit|threads|flipboard|snapchat|rss|email)$/u;

/** The share buttons' label, before the networks' buttons. */
const SHARE = new Set(['share', 'share this', 'share article', 'share this article', 'share this story', 'bagikan', 'bagikan artikel ini', 'bagikan berita ini', 'kongsi', 'kongsi artikel ini', ...SHARE_ABROAD]);

/** A sentence of four words at least that ends in a colon: it introduces the lines after it. */
const introduces = (text: string): boolean => text.endsWith(':') && text.split(/\s+/u).length >= 4;

/** How a breadcrumb opens (its first link is the home page). */
const HOME = new Set(['home', 'homepage', 'beranda', 'index', 'halaman utama', 'laman utama']);

function scanLinkLists(lines: readonly LineContext[]): number[] {
  const found: number[] = [];
  // Labels opening the text, above the headline, where no article lists anything: a breadcrumb split
  // one link a line (the home page and the sections after it, "Beranda" / "Regional"; a place after
  // them, "Jawa Tengah", may be the headline's first words, and stays), or the site's sections as its
  // menu shows them ("World" / "Business" / "Tech").
  let top = 0;
  while (top < lines.length && linkLabelKind(lines[top]!.text) !== null) top++;
  const breadcrumb = top >= 2 && HOME.has(lines[0]!.text.toLowerCase());
  if (breadcrumb || top >= MIN_RUN) for (let j = 0; j < top; j++) found.push(j);
  let foot = lines.length;
  while (foot > 0 && NETWORK_ALT.test(lines[foot - 1]!.text)) foot--;
  if (lines.length - foot >= MIN_RUN) for (let j = foot; j < lines.length; j++) found.push(j);
  let k = 0;
  while (k < lines.length) {
    let site = 0;
    let end = k;
    for (; end < lines.length; end++) {
      const kind = linkLabelKind(lines[end]!.text);
      if (kind === null) break;
      if (kind === 'site') site++;
    }
    // Share buttons: the share label and the networks after it ("Kongsi" / "Facebook" / "WhatsApp").
    const shareRow = site === 1 && SHARE.has(lines[k]!.text.toLowerCase());
    // A list the article introduces ("The banner offers three buttons:") is the article's own.
    if (end - k >= MIN_RUN && (site >= MIN_SITE_LABELS || shareRow) && !(k > 0 && introduces(lines[k - 1]!.text))) for (let j = k; j < end; j++) found.push(j);
    k = Math.max(end, k + 1);
  }
  return found;
}

export const linkList: Rule = {
  id: 'link-list',
  description:
    'A site\'s links one to a line: a menu ("Home" / "News" / "Search" / "Sign in"), share buttons ("Share" / "Facebook" / "Email" / "Print"), social links after "Follow us", a footer\'s links ("About us" / "Contact us" / "Cookies"): three or more such labels in a row, two of them the site\'s own pages or controls; three or more networks\' names in lower case (icons\' alt text) closing the text.',
  languages: ['en', 'id', 'ms', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'tr', 'vi', 'tl', 'sw'],
  category: 'boilerplate',
  scan: scanLinkLists,
  examples: {
    junk: ['Sign in', 'Facebook', 'Contact us', 'Share', 'instagram'],
    content: ['Facebook', 'Sign in', 'Home', 'Search', 'Email'],
    documents: [
      [
        ['World', 'Business', 'Tech', 'Central Bank Signals Pause', 'The central bank held rates on Thursday.', 'Sort by', 'Newest', 'Oldest'],
        ['Central Bank Signals Pause', 'The central bank held rates on Thursday.'],
      ],
      [
        ['Eksport meningkat 8 peratus.', 'Kongsi', 'Facebook', 'Twitter', 'WhatsApp', 'Penganalisis menjangka harga kekal tinggi.'],
        ['Eksport meningkat 8 peratus.', 'Penganalisis menjangka harga kekal tinggi.'],
      ],
      [
        ['Beranda', 'Regional', 'Jawa Tengah', 'Petani Keluhkan Harga Bawang Anjlok', 'Harga bawang merah anjlok saat panen raya.'],
        ['Jawa Tengah', 'Petani Keluhkan Harga Bawang Anjlok', 'Harga bawang merah anjlok saat panen raya.'],
      ],
      [
        ['Home', 'Council Approves Tram Line', 'The council voted on Tuesday.'],
        ['Home', 'Council Approves Tram Line', 'The council voted on Tuesday.'],
      ],
      [
        ['Tulis komentar Anda', 'Nama', 'Email', 'Kirim Komentar'],
        [],
      ],
      [
        ['El puerto reabrió el jueves.', 'Compartir', 'Facebook', 'WhatsApp', 'Copiar enlace', 'Comentarios', 'Deja tu comentario', 'Los barcos volvieron a salir.'],
        ['El puerto reabrió el jueves.', 'Los barcos volvieron a salir.'],
      ],
      [
        ['Il porto ha riaperto giovedì.', 'Accetta', 'Rifiuta', 'Personalizza'],
        ['Il porto ha riaperto giovedì.'],
      ],
      // A list the article introduces is its own, whatever its labels.
      [
        ['Il banner dei cookie offre tre pulsanti:', 'Accetta', 'Rifiuta', 'Personalizza', 'La maggior parte degli utenti sceglie il primo.'],
        ['Il banner dei cookie offre tre pulsanti:', 'Accetta', 'Rifiuta', 'Personalizza', 'La maggior parte degli utenti sceglie il primo.'],
      ],
      [
        ['Haber metni burada bitiyor.', 'Künye', 'İletişim', 'Gizlilik Politikası'],
        ['Haber metni burada bitiyor.'],
      ],
      [
        ['Home', 'News', 'Sport', 'Search', 'Sign in', 'Council approves tram line', 'The council voted on Tuesday to build the line.', 'Share', 'Facebook', 'Twitter', 'Email', 'Print', 'Work starts next year.'],
        ['Council approves tram line', 'The council voted on Tuesday to build the line.', 'Work starts next year.'],
      ],
      [
        ['Work starts next year.', 'Follow us', 'Facebook', 'Instagram', 'About us', 'Contact us', 'Privacy Policy', '• Cookies ›'],
        ['Work starts next year.'],
      ],
      // Networks or sections alone are the article's list; so is a run with one label of the site's.
      [
        ['Meta owns three of the apps:', 'Facebook', 'Instagram', 'WhatsApp', 'The insurer sells three kinds of cover:', 'Home', 'Travel', 'Health', 'It was posted on', 'Facebook', 'and', 'Twitter', 'on Monday.'],
        ['Meta owns three of the apps:', 'Facebook', 'Instagram', 'WhatsApp', 'The insurer sells three kinds of cover:', 'Home', 'Travel', 'Health', 'It was posted on', 'Facebook', 'and', 'Twitter', 'on Monday.'],
      ],
      [
        ['Work starts next year.', 'twitter', 'instagram', 'facebook'],
        ['Work starts next year.'],
      ],
      [
        ['Click the buttons:', 'search', 'home', 'sign in', 'in that order.'],
        ['Click the buttons:', 'search', 'home', 'sign in', 'in that order.'],
      ],
    ],
  },
};
