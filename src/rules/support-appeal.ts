import { caseless } from '../core/fast-regex.js';
import type { Rule } from './types.js';

// Donation and membership appeals: the site asks the reader for money or a reply, not the article.
const ASK = String.raw`(?:donate (?:now|today|here)|make a (?:gift|donation|contribution) (?:now|today)|chip in|become a (?:member|supporter|sustaining member) (?:now|today)|support (?:our|local|independent|nonprofit) (?:journalism|newsroom|reporting)|we need your (?:help|support)|your (?:gift|support|donation) (?:today|helps|keeps|makes)|dukung (?:kami|jurnalisme)|donasi sekarang|traktir kami)`;
// The site speaks to the reader: "you" and "we" (kamu, kami, Anda) beside the ask.
const ADDRESS = String.raw`(?:you|your|we|our|us|kami|kamu|anda)`;
const APPEAL = caseless(String.raw`^(?=.{0,800}$)(?=.*\b${ASK}\b)(?=.*\b${ADDRESS}\b).*$`);
// Short pleas for money or for the reader's voice.
const SHORT_PLEA = /^(?:(?:send|submit|e-?mail) us (?:a |your )?(?:news )?tips?[.!]?|(?:submit|send) a (?:news )?tip[.!]?|(?:take|complete|fill (?:in|out)) our (?:short |quick |reader |annual )?(?:survey|poll|quiz)\b.{0,80}|ikuti (?:survei|kuis|polling|jajak pendapat) kami\b.{0,80}|ikuti kuis(?: \S+){0,3} dan menangkan\b.{0,60}|(?:do you have|have you got|got) an? (?:story|tip|news tip|story idea)\b[^?]{0,60}\?\s*(?:get in touch|contact us|e-?mail us|let us know|tell us|send it to us)\b.{0,80}|(?:have you been|were you) (?:affected|impacted|hit) by\b[^?]{0,80}\?\s*(?:share your (?:story|stories|experience|photos?|videos?)|tell us|get in touch|contact us|e-?mail us|let us know)\b.{0,80}|(?:have|got|any) (?:feedback|a question|questions|thoughts|a correction)(?: (?:about|on) [^?]{1,60})?\?\s*(?:let us know|e-?mail us|tell us|ask us|contact us|write to us|get in touch)\b.{0,60}|did we (?:miss|get) (?:something|anything)(?: wrong)?\?\s*(?:let us know|e-?mail us|tell us|contact us)\b.{0,60}|our (?:journalism|reporting|newsroom|work) needs your support|please consider supporting (?:us|our (?:work|journalism|reporting))|every contribution,? (?:(?:big or small|however big or small),? )?(?:makes a difference|matters|counts|helps)|help us keep (?:this |our )?(?:reporting|journalism|site|coverage|news) free\b.{0,40}|terima kasih atas dukungan (?:anda|kamu)|redaksi menerima (?:tulisan|artikel|opini|kiriman)\b.{0,120}|kunjungi (?:situs|laman|website|portal) (?:resmi )?kami\b.{0,80}|visit our website\b.{0,60}|send us your (?:feedback|tips?|stories|story|photos|news)|submit (?:a )?(?:news )?tip|contact (?:the|our) newsroom|write to the editor|letters? to the editor|we(?: need| want| would love|'d love|’d love) to hear from you|tell us what you think|share your (?:story|thoughts|experience) with us|kami ingin mendengar (?:dari )?anda|we need your (?:help|support)|support (?:us|our work)|dukung kami|donate(?: now| today)?|make a donation|become a member|support (?:independent|quality|local) journalism(?: by (?:becoming a (?:member|subscriber|supporter)|subscribing|donating|making a donation)(?: today| now)?)?|sokong kewartawanan(?: bebas| berkualiti| tempatan)?(?: dengan (?:melanggan|menjadi ahli|menderma)(?: hari ini| sekarang)?)?|dukung jurnalisme(?: independen| berkualitas)?(?: dengan (?:berlangganan|menjadi anggota|berdonasi)(?: hari ini| sekarang)?)?|our journalism (?:depends|relies) on (?:your|reader) support|(?:do you have|have you got|have|got) a (?:confidential )?(?:news )?(?:tip|story(?: idea| tip)?|news idea)\??\s*(?:email|contact|send|tell|message|call|text|whats ?app|get in touch|write to|reach|we(?: want|'d like| would like|'d love| would love) to hear from you)\b.{0,100}|(?:contact|email|e-mail|write to|reach) us (?:at|via) \S+@\S+\.\S+|hubungi kami (?:di|melalui|via) \S+@\S+\.\S+|(?:hubungi kami|contact us|kontak redaksi)\s*:\s*\S+@\S+\.\S+|dukung jurnalisme (?:berkualitas|independen|lokal)|kirim(?:kan)? (?:tulisan|artikel|opini|cerita|berita)(?: (?:anda|kamu|menarik))? (?:ke|kepada) redaksi\b.{0,60}|(?:mau|ingin) tulisan(?:mu| anda| kamu) dimuat\?\s*kirim(?:kan)?\b.{0,80}|kirim(?:kan)? (?:tulisan|artikel|opini|cerita|berita)(?: (?:anda|kamu|menarik))? (?:ke|melalui|via) (?:email )?\S+@\S+\.\S+|punya (?:informasi|berita|cerita|info|kisah|pengalaman)(?: (?:atau|dan) (?:informasi|berita|cerita|info|kisah|pengalaman))?(?: (?:menarik|unik|inspiratif))?\??\s*(?:kirim(?:kan)?|hubungi|email|whats ?app|ceritakan|bagikan)\b.{0,100})[.!]?$/iu;
// A second plea after the first: "… needs your support. Please subscribe today."
const THEN_PLEASE = /[.!]\s+(?:please )?(?:subscribe|donate|support us|become a (?:member|subscriber)|berlangganan|dukung kami)(?: (?:today|now|sekarang|hari ini))?(?: (?:from|for) (?:just |only )?[$£€]?\d[\d.,]*(?: ?[a-z]{1,4})?(?: (?:a|per|for) (?:\d+ )?(?:months?|weeks?|years?))?)?[.!]?$/iu;
const isPlea = (text: string): boolean => {
  if (SHORT_PLEA.test(text)) return true;
  const then = THEN_PLEASE.exec(text);
  return then !== null && SHORT_PLEA.test(text.slice(0, then.index));
};
// News about donations is prose: a third person, a reported quantity, a named giver.
const REPORTED = /\b(?:said|says|told|according to|kata|ujar|ungkap|menurut|teriak|seru)\b/iu;

export const supportAppeal: Rule = {
  id: 'support-appeal',
  description: 'Donation, membership and reader-feedback appeals: "Your gift today helps us cover the statehouse", "Donate now", "Become a member", "Dukung kami", "Tell us what you think", tip lines ("Got a story? Email …", "Kirim tulisan Anda ke <email>").',
  languages: ['en', 'id'],
  category: 'boilerplate',
  test: ({ text }) => (isPlea(text) || APPEAL.test(text)) && !REPORTED.test(text),
  // One phrase per ASK branch (APPEAL needs an ASK) and per SHORT_PLEA branch.
  gate: {
    words: ['send us a', 'send us tip*', 'send us news', 'submit us', 'our survey', 'our short survey', 'our quick survey', 'our reader survey', 'our annual survey', 'our poll', 'our short poll', 'our quick poll', 'our reader poll', 'our annual poll', 'our quiz', 'our short quiz', 'our quick quiz', 'our reader quiz', 'our annual quiz', 'survei kami', 'kuis kami', 'polling kami', 'jajak pendapat kami', 'ikuti kuis', 'have you been affected', 'have you been impacted', 'have you been hit', 'were you affected', 'were you impacted', 'were you hit', 'kirimkan tulisan', 'kirimkan artikel', 'kirimkan opini', 'kirimkan cerita', 'kirimkan berita', 'tulisanmu dimuat', 'tulisan anda dimuat', 'tulisan kamu dimuat', 'feedback', 'a question', 'questions', 'thoughts', 'did we', 'consider supporting', 'every contribution', 'help us keep', 'dukungan anda', 'dukungan kamu', 'redaksi menerima', 'situs kami', 'laman kami', 'website kami', 'portal kami', 'situs resmi kami', 'laman resmi kami', 'our website', 'kontak redaksi', 'dukung jurnalisme', 'contact us', 'email us', 'e-mail us', 'write to us', 'reach us', 'hubungi kami', 'story idea', 'send us your', 'submit a', 'submit news', 'news tip', 'the newsroom', 'our newsroom', 'to the editor', 'support quality',
      'donate', 'gift now', 'gift today', 'donation', 'contribution now', 'contribution today', 'chip in',
      'become a member', 'become a supporter', 'become a sustaining member',
      'support our', 'support local', 'support independent', 'support nonprofit', 'support us', 'need your',
      'your gift', 'your support', 'dukung kami', 'sokong kewartawanan', 'donasi sekarang', 'traktir kami',
      'hear from you', 'tell us what you think', 'share your', 'ingin mendengar', 'journalism depends', 'journalism relies', 'a tip', 'a story', 'kirim tulisan', 'kirim artikel', 'kirim opini', 'kirim cerita', 'kirim berita',
      'punya',
    ],
  },
  examples: {
    junk: [ 'Send us a tip', 'Submit a news tip.',
      'Send us your feedback',
      'Submit a news tip',
      'Contact the newsroom',
      'Write to the editor',
      'Letters to the editor',
      'Support quality journalism', 'Support local journalism. Become a member from just $3 a month.', 'Support independent journalism. Subscribe now for just $1 for 3 months.', 'Support independent journalism by subscribing today.', 'Sokong kewartawanan bebas dengan menjadi ahli hari ini', 'Dukung jurnalisme berkualitas dengan berlangganan sekarang.',
      'Your support keeps our reporting free. Donate today and we will match it.',
      'Reporting like this is costly, and we need your support before the year ends.',
      'Tell us what you think.',
      "We'd love to hear from you.",
      'Kami ingin mendengar dari Anda!',
      'Become a member',
      'Dukung kami agar tetap bisa menghadirkan berita yang independen.',
      'Our journalism depends on your support',
      'Have a news tip? Email us at tips@contoh.com',
      'Have a story idea? Send it to news@contoh.com',
      'Take our survey', 'Ikuti survei kami', 'Ikuti kuis dan menangkan hadiahnya!', 'Have you been affected by the storm? Share your story with us.', 'Do you have a story we should cover? Get in touch.',
      'Kirimkan tulisan Anda ke redaksi@contoh.com', 'Mau tulisanmu dimuat? Kirim ke email redaksi.',
      'Contact us at letters@contoh.com',
      'Hubungi Kami: redaksi@contoh.com',
      'Have feedback on this story? Let us know.',
      'Did we miss something? Email us.',
      'Got a question about the election? Ask us here.',
      'Our journalism needs your support.',
      'Our journalism needs your support. Please subscribe today.', 'Punya cerita atau pengalaman unik? Kirimkan ke email kami.',
      'Please consider supporting us.',
      'Every contribution, big or small, makes a difference.',
      'Help us keep this reporting free for everyone.',
      'Terima kasih atas dukungan Anda.',
      'Redaksi menerima tulisan opini. Kirim ke opini@contoh.com',
      'Kunjungi situs kami di www.contoh.com',
      'Dukung Jurnalisme Berkualitas',
      'Got a confidential news tip? We want to hear from you.',
      'Kirim berita ke redaksi',
      'Do you have a story? Email news@contoh.co.uk',
      'Got a story? Get in touch with us at tips@contoh.com',
      'Kirim tulisan Anda ke redaksi@contoh.com',
      'Got a story? Contact us',
      'Punya informasi menarik? Kirim ke redaksi@contoh.id',
    ],
    content: [ 'Punya pengalaman mengajar di desa membuatnya ingin kembali.', 'Punya cerita sendiri soal banjir, warga itu lalu menulis buku.', 'Send us a tip jar, the band joked, and we will play all night.',
      'Email: info@museum-contoh.id',
      'Kontak: humas@contoh.go.id',
      'She wrote to the editor in 1975, the archive shows.',
      // Reported speech: supporters shouting, not the site asking.
      'Dukung kami, teriak para suporter saat tim memasuki stadion.',
      'The charity said donations had fallen by a third since the spring.',
      'Residents were asked to donate blood at the town hall on Friday.',
      'Donate what you can, the pastor told us, and we will share it.',
      'Warga diminta berdonasi untuk korban banjir, kata kepala desa.',
      'Have a tip? Call the hotline, the sheriff said, and stay anonymous.',
      'Do you have a story? Write it down, the teacher told us.',
    ],
  },
};
