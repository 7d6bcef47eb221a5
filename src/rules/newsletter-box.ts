import { caseless } from '../core/fast-regex.js';
import { NOT_REPORTED_SPEECH } from './speech.js';
import { scanNewsletterForm } from './newsletter-form.js';
import type { Rule } from './types.js';

// A newsletter's sign-up box set in the middle of the article, left as lines of text: its name
// ("Sign up to Morning Briefing"), its kind ("Free daily newsletter"), a blurb, the privacy notice, the
// button ("Sign up here.") and the marker the page leaves where the box ends ("after newsletter promotion").
const CADENCE = String.raw`(?:daily|weekly|monthly|morning|evening|weekday|weekend|twice-weekly|fortnightly|friday|sunday|saturday|monday)`;
// "Free daily newsletter", "Weekly newsletter"; a cadence alone before "briefing" or "email" may be a
// section's heading ("Morning briefing"), so those need "free".
const KIND_SRC = String.raw`(?:(?:(?:a|our) )?free (?:${CADENCE} )?(?:newsletter|email|e-mail|briefing|bulletin)|${CADENCE} newsletter|newsletter (?:gratis|harian|mingguan))[.!]?`;
const KIND = caseless(`^${KIND_SRC}$`);
const PROMO_MARKER = String.raw`(?:after|skip past|skip|end of) newsletter promotion`;
// The notice under the box, about what newsletters may contain and which policies apply.
const PRIVACY_NOTICE = String.raw`privacy notice\s*:(?=.{0,600}$)(?=.*\b(?:newsletters?|privacy policy|terms of service|recaptcha)\b).*`;
// The box's button, alone on its line.
// The call to receive the site's mail: "Sign up to receive our weekly roundup".
const RECEIVE = String.raw`(?:sign up|subscribe|register)(?: (?:now|today|here|free))? (?:to|for) (?:receive|get) (?:our|the)(?: [\w-]+){0,3} (?:newsletters?|roundup|round-up|digest|briefing|emails?|updates|alerts)\b.{0,60}`;
// "Sign up for breaking news emails": the site's own mail (news, daily …), not a county's emergency alerts.
const SIGN_UP_FOR = String.raw`(?:sign up|subscribe|register) (?:for|to) (?:our |the )?(?=[\w -]{0,40}\b(?:news|breaking|daily|weekly|morning|evening)\b)(?:[\w-]+ ){0,3}(?:newsletters?|emails?|alerts|digest|roundup|briefing)[.!]?|get (?:news |breaking news |our )?alerts[.!]?|sign up for (?:our )?(?:text|sms|mobile|breaking news) alerts[.!]?|(?:text|sms) \S{2,12} to \d{3,6}\b(?=.*\b(?:alerts?|news|updates|berita)\b).{0,80}`;
// The same call in other languages: "Suscríbete a nuestro boletín", "Abonnez-vous à notre newsletter".
const FOREIGN_SIGN_UP = String.raw`(?:suscríbete|suscribete|suscríbase|suscribase|abonnez-vous|inscrivez-vous|abonnieren sie|abonniere|melden sie sich für|inscreva-se|assine|iscriviti|abbonati|schrijf je in|meld je aan)\b.{0,60}?\b(?:newsletters?|boletín|boletin|boletines|lettre d'information|nieuwsbrief)\b.{0,60}|(?:jetzt )?(?:(?:den|unseren) )?(?:newsletter|nieuwsbrief) (?:abonnieren|bestellen|aanvragen)[.!]?|(?:abonneer|meld je aan) (?:je )?(?:op|voor) (?:de |onze )?nieuwsbrief[.!]?`;
// In Malay and Indonesian: "Langgan surat berita kami", "Berlangganan buletin harian kami".
const LOCAL_SIGN_UP = String.raw`(?:langgan|melanggan|berlangganan|daftar)(?: (?:ke|kepada|untuk|pada))? (?:surat berita|buletin|newsletter|nawala)(?: (?:kami|harian|mingguan|percuma|gratis|contoh))*(?: untuk (?:mendapatkan|menerima) (?:berita|maklumat|info(?:rmasi)?)\b.{0,40})?[.!]?`;
const BUTTON = String.raw`(?:sign up|subscribe|register|join)(?: (?:here|now|today|for free|free))[.!]?|newsletter sign-?up|(?:sign up for|subscribe to) (?:our |the )?newsletter|(?:daftar|berlangganan|langganan)(?: (?:di sini|sekarang|gratis))[.!]?`;
// The newsletter's name after the call: capitalised, short, no sentence.
const SIGN_UP_TO = /^(?:[Ss]ign [Uu]p|[Ss]ubscribe|SIGN UP|SUBSCRIBE) (?:to|for|TO|FOR) (?:the |The |THE )?[\p{Lu}\p{N}][^.!?]{0,50}$/u;
const NEWSLETTER_WORD = /\b(?:newsletters?|inbox|briefing)\b/i;
const ABOUT_NEWSLETTER = /\b(?:newsletters?|email|e-mail|inbox|briefing)\b/i;
const BOX_PART = caseless(String.raw`^(?:${PROMO_MARKER}|${PRIVACY_NOTICE}|${BUTTON})$`);
// A blurb: one or two sentences about what the newsletter brings, between its kind and the notice.
const BLURB = /^(?=.{20,300}$)[\p{Lu}"“][^]*$/u;

export const newsletterBox: Rule = {
  id: 'newsletter-box',
  description:
    'A newsletter\'s sign-up box left as text in the article: "Sign up to <name>" beside "Free daily newsletter", the blurb between that and the privacy notice, "Privacy Notice: Newsletters may contain …", a lone "Sign up here.", "after newsletter promotion".',
  languages: ['en', 'id', 'ms', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'tr', 'vi', 'tl', 'sw'],
  category: 'boilerplate',
  line: caseless(String.raw`^${NOT_REPORTED_SPEECH}(?:${KIND_SRC}|${PROMO_MARKER}|${PRIVACY_NOTICE}|${BUTTON}|${RECEIVE}|${SIGN_UP_FOR}|${FOREIGN_SIGN_UP}|${LOCAL_SIGN_UP})$`),
  // The form itself, known by its e-mail field (src/rules/newsletter-form.ts).
  scan: scanNewsletterForm,
  test: ({ text, prev, next }) =>
    (SIGN_UP_TO.test(text) && (KIND.test(next) || KIND.test(prev) || NEWSLETTER_WORD.test(next))) ||
    (KIND.test(prev) && BLURB.test(text) && ABOUT_NEWSLETTER.test(text) && (BOX_PART.test(next) || SIGN_UP_TO.test(next))),
  // Each line form holds one of the words; the test's name holds "sign up" or "subscribe", and its blurb one
  // of ABOUT_NEWSLETTER's.
  gate: {
    words: ['surat berita', 'buletin', 'nawala', 'alerts', 'emails', 'newsletter*', 'email', 'e-mail', 'briefing', 'bulletin', 'promotion', 'privacy notice', 'sign up', 'subscribe', 'register', 'join', 'daftar', 'berlangganan', 'langganan', 'inbox', 'roundup', 'round-up', 'digest', 'updates', 'text', 'sms', 'bolet*', 'nieuwsbrief', "lettre d'information"],
  },
  examples: {
    junk: [
      'Newsletter abonnieren', 'Jetzt den Newsletter abonnieren!', 'Abonneer je op onze nieuwsbrief',
      'Langgan surat berita kami', 'Langgan surat berita kami untuk mendapatkan berita terkini', 'Berlangganan buletin harian kami.',
      'Sign up for breaking news emails',
      'Get alerts',
      'Sign up to receive our weekly roundup',
      'Free daily newsletter',
      'Free weekly newsletter',
      'after newsletter promotion',
      'Skip past newsletter promotion',
      'Privacy Notice: Newsletters may contain information about charities, online ads, and content funded by outside parties. See our Privacy Policy.',
      'Sign up here.',
      'Subscribe now',
      'Daftar sekarang',
      'Newsletter Signup',
      'Sign up for text alerts',
      'Text NEWS to 12345 to get alerts on your phone.',
      'Suscríbete a nuestro boletín',
      'Abonnez-vous à notre newsletter',
      'Abonnieren Sie unseren Newsletter',
    ],
    content: [
      'Wer den Newsletter abonnieren will, muss seine Adresse bestätigen.',
      'Sign up for emergency alerts',
      'Sign up to receive the vaccine at any clinic, officials said.',
      'Sign up to vote before Friday, officials urged.',
      'Sign up for Medicare',
      'The free daily newsletter reached a million readers last year.',
      'Morning briefing',
      'Newsletter',
      'Privacy notice: the council said it had sent letters to every household.',
      'Sign up here, the poster said, and get a free meal.',
      'Daftar sekarang juga, kata petugas kepada warga yang antre.',
    ],
    documents: [
      [
        [
          'The plan would cut support for regional lines first.',
          'Sign up to Morning Briefing',
          'Free daily newsletter',
          'Our morning email takes you through the stories of the day and why they matter',
          'Privacy Notice: Newsletters may contain information about charities and online ads. See our Privacy Policy.',
          'after newsletter promotion',
          'A spokesperson said no decision had been taken.',
        ],
        ['The plan would cut support for regional lines first.', 'A spokesperson said no decision had been taken.'],
      ],
      [
        ['El puerto reabrió el jueves.', 'Boletín de deportes', 'Recibe cada lunes las noticias de la jornada en tu correo.', 'Introduce tu correo electrónico', 'Suscribirme', 'Al suscribirte aceptas nuestra política de privacidad.', 'Los barcos volvieron a salir.'],
        ['El puerto reabrió el jueves.', 'Los barcos volvieron a salir.'],
      ],
      [
        ['Der Hafen ist wieder offen.', 'Newsletter', 'E-Mail-Adresse eingeben', 'Jetzt anmelden', 'Die Schiffe fahren wieder.'],
        ['Der Hafen ist wieder offen.', 'Die Schiffe fahren wieder.'],
      ],
      // Beside the form, a paragraph that mentions e-mail but neither news nor the sign-up stays.
      [
        ['Readers can send tips by email to the newsroom.', 'Enter your email', 'Sign up', 'The port reopened on Thursday.'],
        ['Readers can send tips by email to the newsroom.', 'The port reopened on Thursday.'],
      ],
      [
        ['The breach exposed three kinds of data:', 'Names', 'Your email address', 'Phone numbers', 'The company said passwords were safe.'],
        ['The breach exposed three kinds of data:', 'Names', 'Your email address', 'Phone numbers', 'The company said passwords were safe.'],
      ],
      // A subheading that calls to sign up, and the paragraph under it, stay.
      [
        ['Sign up for Medicare', 'Most people become eligible at 65 and can apply by email or in person.', 'The deadline is in March.'],
        ['Sign up for Medicare', 'Most people become eligible at 65 and can apply by email or in person.', 'The deadline is in March.'],
      ],
    ],
  },
};
