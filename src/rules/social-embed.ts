import { caseless } from '../core/fast-regex.js';
import type { Rule } from './types.js';

// The chrome an embedded post leaves behind; the post's own words are credits (kept). The "shared by"
// line names an account and maybe a date, and never ends a sentence: "A post shared by the minister on
// Instagram drew …" is the article's own.
const SHARED_BY = String.raw`(?:(?:a\s+)?post shared by|sebuah kiriman dibagikan oleh)\b(?!.*[.!?]$).{0,120}|(?:posted|diunggah|dibagikan) (?:by|oleh) [^.!?]{1,60} (?:on|pada) (?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|senin|selasa|rabu|kamis|jumat|sabtu|minggu),? )?[^.!?]{1,30}\d{4}`;
const INSTAGRAM = String.raw`view this post on instagram|lihat postingan ini di instagram|${SHARED_BY}|view (?:more )?on (?:instagram|facebook|tiktok|threads)`;
const TWEET_BY = String.raw`[—–-]+\s*[^()\n]{1,60}\(@\w{1,30}\)\s*(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}+\s+\d{4})?`;
const BARE_LINK = String.raw`(?:https?://)?(?:pic\.twitter\.com|t\.co|instagram\.com/p|www\.instagram\.com/p|vm\.tiktok\.com)/\S+`;

export const socialEmbed: Rule = {
  id: 'social-embed',
  description: 'Social-embed chrome on its own line: "View this post on Instagram", "A post shared by …", a tweet\'s "— Name (@handle) date", a bare pic.twitter.com link.',
  languages: ['en', 'id'],
  category: 'boilerplate',
  line: caseless(String.raw`^(?:${INSTAGRAM}|${TWEET_BY}|${BARE_LINK})$`),
  // One per INSTAGRAM branch, "(@" for TWEET_BY, each BARE_LINK host with its slash.
  gate: {
    words: [
      'view this post on instagram', 'lihat postingan ini di instagram', 'post shared by', 'posted by', 'diunggah oleh', 'dibagikan oleh', 'view on',
      'view more on', '(@', 'pic.twitter.com/', 't.co/', 'instagram.com/p/', 'vm.tiktok.com/',
    ],
  },
  examples: {
    junk: [
      'View this post on Instagram',
      'A post shared by Contoh Kuliner (@contohkuliner)',
      'A post shared by Jane Example (@jane.example) on Jun 5, 2023 at 10:00am PDT',
      'Posted by Example News on Monday, March 2, 2026',
      '— Jane Example (@jane_example) March 3, 2023',
      'pic.twitter.com/AbC123xyZ',
      'https://t.co/Xy12Ab',
      'Lihat postingan ini di Instagram',
    ],
    content: [
      'She shared a post on Instagram that drew thousands of replies.',
      'A post shared by the minister on Instagram drew thousands of comments.',
      'Posted by the council on Monday, March 2, 2026, the notice was taken down a day later.',
      'The mayor (@mayor) did not respond.',
      '— and then the lights went out.',
      '- Jane Example (@jane_example) said the plan was sound.',
    ],
  },
};
