import { caseless } from '../core/fast-regex.js';
import type { LineContext } from './types.js';

/**
 * A newsletter's sign-up form left as text: its e-mail field's placeholder ("Enter your email",
 * "Introduce tu correo electrónico", "E-Mail-Adresse eingeben") is the anchor, a line no article
 * prints; the form's other parts right around it go with it: its heading, its pitch about the inbox,
 * its button and its privacy note. In English, Indonesian, Malay, Spanish, Portuguese, French,
 * German, Italian, Dutch, Polish, Turkish, Vietnamese, Tagalog and Swahili.
 */

/** The field's placeholder: a verb of typing or a possessive, and the e-mail address. */
const EMAIL_FIELD = caseless(
  String.raw`^(?:` +
    String.raw`(?:enter|type|add|insert)(?: in)? (?:your |an )?(?:e-?mail|work email)(?: address)?|your (?:e-?mail|work email)(?: address)?|` +
    String.raw`masukkan (?:alamat )?(?:e-?mail|e-?mel)(?: (?:anda|kamu))?|alamat (?:e-?mail|e-?mel) (?:anda|kamu)|` +
    String.raw`(?:introduce|escribe|ingresa|ingrese|introduzca) (?:tu|su) (?:correo(?: electrónico)?|e-?mail|dirección de correo(?: electrónico)?)|(?:tu|su) (?:correo electrónico|dirección de correo(?: electrónico)?)|` +
    String.raw`(?:digite|insira|informe|coloque) (?:o )?(?:seu )?(?:melhor )?e-?mail|(?:o )?seu (?:melhor )?e-?mail|` +
    String.raw`(?:saisissez|entrez|indiquez) (?:votre )?(?:adresse )?e-?mail|votre (?:adresse )?e-?mail|` +
    String.raw`(?:ihre|deine) e-?mail(?:-adresse)?(?: eingeben)?|e-?mail(?:-adresse)? eingeben|` +
    String.raw`(?:inserisci|scrivi) (?:la tua |il tuo )?(?:indirizzo )?e-?mail|(?:la tua|il tuo indirizzo) e-?mail|` +
    String.raw`(?:vul )?(?:je|uw) e-?mailadres(?: in)?|` +
    String.raw`(?:wpisz|podaj) (?:swój |twój )?adres e-?mail|(?:twój|swój) adres e-?mail|` +
    String.raw`e-?posta adresiniz(?:i girin)?|` +
    String.raw`nhập (?:địa chỉ )?email(?: của bạn)?|email của bạn|` +
    String.raw`ilagay ang (?:iyong )?email|` +
    String.raw`(?:weka|andika) barua pepe yako|barua pepe yako` +
    String.raw`)\s*(?:\.{3}|…|:|\*)?$`,
);
const MAX_FIELD_CHARS = 60;

/** The form's button alone: a verb of signing up or sending, maybe "now". */
const BUTTON = caseless(
  String.raw`^(?:jetzt |now |ahora |agora |ora )?(?:subscribe|sign up|sign me up|join|register|send|submit|suscribirme|suscribirse|suscríbete|inscribirme|enviar|inscrever-se|inscreva-se|assinar|cadastrar|je m'inscris|s'inscrire|m'abonner|envoyer|valider|anmelden|abonnieren|registrieren|senden|iscriviti|iscrivimi|invia|aanmelden|inschrijven|verzenden|zapisz się|zapisuję się|subskrybuj|wyślij|abone ol|kaydol|gönder|đăng ký|gửi|mag-subscribe|mag-sign up|jisajili|jiandikishe|tuma|langgan|daftar|berlangganan|kirim)(?: (?:now|today|here|for free|free|ahora|agora|maintenant|jetzt|ora|nu|teraz|şimdi|ngay|sekarang|sasa))?[.!]?$`,
);
const MAX_BUTTON_CHARS = 30;

/** The note under the form: about privacy, or leaving the list. */
const PRIVACY = caseless(String.raw`(?:privacy|privacidad|privacidade|confidentialité|données personnelles|datenschutz|privacybeleid|prywatności|gizlilik|bảo mật|faragha|privasi|unsubscribe|darse de baja|descadastrar|désabonner|abmeld|disiscriver|afmelden|wypisać)`);
/** The pitch: the inbox the news goes to. */
const INBOX = caseless(String.raw`(?:inbox|e-?mail|correo|postfach|posteingang|casella|mailbox|skrzynk|e-?posta|hộp thư|e-?mel|barua pepe|kotak masuk)`);
/** The heading: the newsletter named, or a call to sign up, short and not a sentence. */
const HEADING = caseless(String.raw`(?:newsletter|boletín|boletim|lettre d'information|nieuwsbrief|biuletyn|bülten|bản tin|surat berita|buletin|jarida)`);
const MAX_HEADING_CHARS = 60;
const MAX_NOTE_CHARS = 200;
/** The form's parts stand right around its field: at most this many on each side. */
const MAX_PARTS_EACH_SIDE = 4;

/** What the pitch promises: the news, the day's stories. */
const NEWS = caseless(String.raw`\b(?:news|stories|headlines|noticias|notícias|novidades|actualités|infos|nachrichten|notizie|nieuws|wiadomości|haberler|tin tức|habari|berita)\b`);
/** The note names what it is about: the e-mail, the sign-up, the newsletter. */
const ABOUT_SIGN_UP = caseless(String.raw`\b(?:e-?mail|e-?mel|correo|newsletter|boletín|nieuwsbrief|e-?posta|barua pepe|subscri|suscri|inscri|anmeld|iscri|aanmeld|subskryb|abone|đăng ký|langgan|daftar)`);
const MAX_PITCH_CHARS = 160;

const isButton = (text: string): boolean => text.length <= MAX_BUTTON_CHARS && BUTTON.test(text);

function isFormPart(text: string): boolean {
  if (isButton(text)) return true;
  if (text.length <= MAX_HEADING_CHARS && !/[.!?]$/u.test(text) && HEADING.test(text)) return true;
  if (text.length <= MAX_NOTE_CHARS && PRIVACY.test(text) && ABOUT_SIGN_UP.test(text)) return true;
  return text.length <= MAX_PITCH_CHARS && INBOX.test(text) && NEWS.test(text);
}

export function scanNewsletterForm(lines: readonly LineContext[]): number[] {
  const found: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    const text = lines[k]!.text;
    if (text.length > MAX_FIELD_CHARS || !EMAIL_FIELD.test(text)) continue;
    let start = k;
    while (start > 0 && k - start < MAX_PARTS_EACH_SIDE && isFormPart(lines[start - 1]!.text)) start--;
    let end = k + 1;
    while (end < lines.length && end - k <= MAX_PARTS_EACH_SIDE && isFormPart(lines[end]!.text)) end++;
    // A form has its button: a field without one right beside it may be a list's item ("Your email
    // address" among the data a breach exposed), and the paragraph beside it the article's.
    if (!((k > 0 && isButton(lines[k - 1]!.text)) || (k + 1 < lines.length && isButton(lines[k + 1]!.text)))) continue;
    for (let j = Math.max(start, found.length > 0 ? found[found.length - 1]! + 1 : 0); j < end; j++) found.push(j);
    k = end - 1;
  }
  return found;
}
