import type { Rule } from './types.js';

// Embedded-video placeholders and the prompts that introduce them, Indonesian and English.
// A CMS placeholder left in brackets: the tag is a media word, or any short tag name whose value starts
// with one ("[Video: …]", "[Sisipan:Video …]").
const MEDIA = String.raw`(?:video|embed|youtube|tweet|instagram|tiktok|galeri|gallery|podcast)`;
// The second kind is a token, not a note: no space around its colon, a few words, no full stop.
const EMBED = String.raw`\[(?:${MEDIA}\s*:[^\]]{0,80}|\p{L}{2,12}:${MEDIA}\b[^\]\s.]{0,40}(?:\s[^\]\s.]{1,40}){0,3})\]`;
const PROMPT = String.raw`(?:simak|tonton|saksikan|lihat|watch|see)(?:\s+(?:juga|pula|also))?\s+(?:the\s+)?(?:video|live|siaran(?:\s+langsung)?|streaming)\b.*`;
const LABELLED = String.raw`(?:video|videos|watch|watch live|tonton(?:\s+juga)?|saksikan)\s*:\s*\S.*`;
const WATCH_HERE = String.raw`(?:tonton|saksikan|simak)\s+(?:juga\s+)?["“].{1,150}["”]\s*(?:di\s+sini|berikut(?:\s+ini)?)\s*[:.]?`;

export const videoPrompt: Rule = {
  id: 'video-prompt',
  description: 'Video and embed prompts: CMS placeholders ("[Video: …]", "[Embed: …]"), "Simak juga Video …", "Saksikan Live …", "Tonton juga \\"…\\" di sini:", "Video: …", "WATCH: …".',
  languages: ['id', 'en'],
  category: 'boilerplate',
  joinable: true,
  line: new RegExp(String.raw`^(?:${EMBED}|${PROMPT}|${LABELLED}|${WATCH_HERE})$`, 'iu'),
  examples: {
    junk: [
      '[Sisipan:Video Contoh]',
      '[Embed: Kanal Video Contoh]',
      'Lihat juga video: Petani memanen padi di sawah terasering',
      'Saksikan Live Kabar Sore Contoh:',
      'Tonton juga "Antrean panjang di pelabuhan" di sini:',
      'Video: Pedagang kaki lima ditertibkan',
      'WATCH: Firefighters battle a blaze downtown',
      'Watch the video below',
    ],
    content: [
      '[Catatan: video ini diunggah ulang dengan izin pemiliknya.]',
      'Video itu beredar luas di media sosial sejak Senin.',
      'Saksikan semuanya di stadion, kata pelatih.',
      'Watchdogs said the video had been edited.',
      'Videos posted online showed long queues.',
    ],
  },
};
