import type { Rule } from './types.js';

// Paywall prompts and the site's promotions of itself: plans, issues, free downloads, "click here".
const PAYWALL = String.raw`(?:subscribe (?:now )?to (?:continue|keep) reading|(?:already a subscriber|sudah berlangganan)\??\s*(?:sign|log) ?in|this (?:article|content) is (?:for|available to) (?:subscribers|members) only|(?:get|unlock|enjoy) (?:the full|full|unlimited) (?:experience|access)\b.*|(?:choose|pick|select) (?:your|a) (?:plan|subscription)\b.*|unlock (?:this|all) (?:article|stories)\b.*|artikel ini khusus (?:pelanggan|member)\b.*|berlangganan untuk membaca\b.*)`;
const PROMO = String.raw`(?:this (?:story|article) is part of\b.{1,200}|.{1,200}\((?:click|tap) here\b[^)]{0,60}\)\.?|.{1,200}\b(?:download|get) (?:a|your) free (?:copy|ebook|e-book|guide|report)\.?)`;
// A site inviting the reader to more of its own pages: "Yuk, baca artikel … lainnya di contoh.com".
const MORE_ON_SITE = String.raw`(?:(?:yuk|ayo)[,!]?\s+)?(?:baca|temukan|simak|cek|lihat|dapatkan)\b.{0,120}\blainnya\b.{0,60}\bdi\s+[\w-]+\.(?:com|co\.id|id|net|tv)\b.{0,120}`;
// A widget's "read it here" link: "Baca kisah … di sini".
export const READ_HERE = /^(?:(?:baca|lihat|simak|cek|klik|selengkapnya)\b.{0,100}\bdi ?sini|(?:click|tap) here\b.{0,100}|read (?:more|the full (?:story|article|report)) here)[.!]?$/iu;

export const paywallPromo: Rule = {
  id: 'paywall-promo',
  description: 'Paywall prompts and site promos: "Subscribe to continue reading", "Unlock full access. Pick a plan", "This story is part of …", "(click here …)", "Get your free guide", "Yuk, baca artikel lainnya di …", "Baca … di sini"; the plan pitch glued inside a line is cut.',
  languages: ['en', 'id'],
  category: 'boilerplate',
  line: new RegExp(String.raw`^(?:${PAYWALL}|${PROMO}|${MORE_ON_SITE})$|${READ_HERE.source}`, 'iu'),
  // A short title right above a "read it here" link is the widget's heading.
  test: ({ text, next, isFirstLine }) => !isFirstLine && READ_HERE.test(next) && /^[\p{Lu}\p{N}][^.!?:]{0,40}$/u.test(text) && text.split(/\s+/u).length <= 5,
  // An icon name leaks as a word ("ArrowRight"): the plan pitch before it is cut out of the line.
  cut: /(?<=[.!?"”])\s*(?:(?:Yuk|Ayo)[,!]?\s+)?(?:Baca|Temukan|Simak|Cek|Lihat)\b[^.!?]{0,120}\blainnya\b[^.!?]{0,60}\bdi\s+[\w-]+\.(?:com|co\.id|id|net|tv)\b.{0,2000}$|\b(?:[A-Z][a-z] )?(?:Get|Unlock|Enjoy) (?:the full|full|unlimited) (?:experience|access)\. (?:Choose|Pick|Select|See) (?:your|a) (?:plan|subscription|offer)s? ArrowRight\b|(?<=[.!?] )(?:[A-Z][^.!?]{0,40}[.!?] ){0,2}Sign up for (?:the |our )?[^.!?]{1,60} newsletters?\. ArrowRight\b/u,
  examples: {
    junk: [
      'Subscribe to continue reading',
      'Unlock full access. Pick a plan',
      'This article is part of our Future of Food series (tap here for the whole series).',
      'Our gardening handbook collects ten years of advice. Get your free guide',
      'Yuk, baca artikel seputar resep lainnya di Contoh.com.',
      'Baca kisah inspiratif para guru di sini',
      'Selengkapnya klik disini.',
    ],
    content: [
      'The full experience of the festival is hard to describe.',
      'Click the link to confirm, the scam message said, and many did.',
      'Baca dengan teliti sebelum menandatangani kontrak.',
    ],
    cuts: [
      ['Filmnya tayang pekan depan.Temukan ulasan film lainnya di contoh.com. Sampai jumpa!Baca juga:Judul Satu Judul Dua', 'Filmnya tayang pekan depan.'],
      ['(All times Eastern.) Monday Xy Unlock unlimited access. Pick a plan ArrowRight The Show (ABC at 8)', '(All times Eastern.) Monday The Show (ABC at 8)'],
      ['Police confirmed the arrest. Food is fun. We know. Sign up for the Weekly Plate newsletter. ArrowRight The suspect', 'Police confirmed the arrest. The suspect'],
    ],
  },
};
