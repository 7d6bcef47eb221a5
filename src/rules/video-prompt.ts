import type { Rule } from './types.js';

// Embedded-video placeholders and the prompts that introduce them, Indonesian and English.
const EMBED = String.raw`\[(?:gambas|video|embed|youtube|tweet|instagram)\s*:[^\]]{0,80}\]`;
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
      '[Gambas:Video Contoh]',
      '[Embed: Kanal Video Contoh]',
      'Lihat juga video: Petani memanen padi di sawah terasering',
      'Saksikan Live Kabar Sore Contoh:',
      'Tonton juga "Antrean panjang di pelabuhan" di sini:',
      'Video: Pedagang kaki lima ditertibkan',
      'WATCH: Firefighters battle a blaze downtown',
      'Watch the video below',
    ],
    content: [
      'Video itu beredar luas di media sosial sejak Senin.',
      'Saksikan semuanya di stadion, kata pelatih.',
      'Watchdogs said the video had been edited.',
      'Videos posted online showed long queues.',
    ],
  },
};
