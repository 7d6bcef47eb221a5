import { caseless } from '../core/fast-regex.js';
import { NOT_REPORTED_SPEECH } from './speech.js';
import type { Rule } from './types.js';

// Embedded-video placeholders and the prompts that introduce them, Indonesian and English.
// A CMS placeholder left in brackets: the tag is a media word, or any short tag name whose value starts
// with one ("[Video: …]", "[Sisipan:Video …]").
const MEDIA = String.raw`(?:video|embed|youtube|tweet|instagram|tiktok|galeri|gallery|podcast)`;
// The second kind is a token, not a note: no space around its colon, a few words, no full stop.
const EMBED = String.raw`\[(?:${MEDIA}\s*:[^\]]{0,80}|\p{L}{2,12}:${MEDIA}\b[^\]\s.]{0,40}(?:\s[^\]\s.]{1,40}){0,3})\]`;
const PROMPT = String.raw`${NOT_REPORTED_SPEECH}(?:simak|tonton|saksikan|lihat|watch|see)(?:\s+(?:juga|pula|also))?\s+(?:the\s+)?(?:video(?:nya)?|live|siaran(?:\s+langsung)?(?:nya)?|streaming)\b.*`;
// "VÍDEO: …", "Vidéo : …": the label in Spanish, Portuguese and French.
// (A survey's result, "Vídeo: 55 %", is no label: a number after it.)
const LABELLED = String.raw`(?:video|videos|watch|watch live|tonton(?:\s+juga)?|saksikan)\s*[:|]\s*\S.*|(?:vídeos?|vidéos?)\s*[:|]\s*(?!\d)\S.*|(?:watch|video|photos?|gallery|galeri|foto)\s*:|(?:photos|gallery|in pictures)\s*[:|]\s*\S.{0,120}|(?:audio|listen to the audio|an audio) version of this (?:article|story)`;
// What a video or audio player prints in place of itself: loading, failing, or a browser without it.
const PLAYER = String.raw`(?:(?:the )?video player is loading|loading (?:the )?video|memuat video|this (?:video|content) (?:can ?not|can't|could not|cannot) be played(?: on this (?:device|browser))?|(?:sorry,? )?this video is (?:no longer |not |currently not |un)available|video (?:unavailable|tidak tersedia)|your browser does not support (?:the |html5 )?(?:video|audio)(?: (?:tag|element|playback))?|(?:video|audio) (?:is )?not supported (?:on|by|in) (?:your|this) browser|(?:click|tap|press) (?:here )?to (?:play|watch) (?:the |this )?video)[.!]?`;
// What an embedded player, map, podcast or poll leaves in the text: YouTube's overlay and its notices,
// the link to the platform, Spotify's preview, a map's link and data credit, a browser without the
// element, a TikTok's sound, a live blog's labels, a poll's buttons.
const PLATFORM = String.raw`(?:youtube|vimeo|facebook|instagram|tiktok|dailymotion|vidio|spotify|apple podcasts|google podcasts|soundcloud|youtube music|amazon music|pocket casts|noice)`;
const EMBED_CHROME = String.raw`(?:(?:tonton|saksikan) (?:juga|pula)\s*:?|video (?:pilihan|terkait|menarik)(?: lainnya)? (?:di bawah ini|berikut(?: ini)?)\s*:?|video (?:pilihan|terpopuler|terbaru|terkini) (?:hari ini|redaksi|editor)|check out (?:our|the) latest videos?(?: (?:on|at) \S.{0,40})?|(?:jangan lewatkan|don'?t miss) (?:the |our )?(?:latest |new )?videos?(?: (?:terbaru|terkini|menarik|pilihan))?(?: (?:kami|dari \S+(?: \S+)?))?\s*:?|(?:informasi|berita|penjelasan|keterangan|ulasan) (?:selengkapnya|lengkapnya|lebih lanjut) (?:dapat|bisa) (?:dilihat|disimak|ditonton|disaksikan) (?:di|dalam|pada|melalui) video (?:berikut|di bawah)(?: ini)?|(?:find out more|learn more|more details|see more|more) in the video (?:below|above)|(?:watch|listen to) the full (?:episode|interview|video|show|programme|program|conversation) on (?:our|the) [^.!?]{1,40}(?:channel|page|app|website|podcast)|now streaming on [\w.+&'’-]+(?: [\w.+&'’-]+){0,2}|(?:watch|listen|available|tonton|saksikan|dengarkan|tersedia|putar) (?:on|in|di|lewat|melalui) ${PLATFORM}|(?:tap|click) to unmute|ketuk untuk (?:menyalakan|mengaktifkan) (?:suara|audio)|if playback doesn'?t begin shortly,? try restarting your device|videos you watch may be added to the tv'?s watch history and influence tv recommendations\b.{0,120}|an error occurred while retrieving sharing information\.? please try again later|you'?re signed out|switch camera|watch later|gagal memuat video|preview of spotify|sign up to get unlimited songs and podcasts with occasional ads\.? no credit card needed|view larger map|lihat peta (?:yang )?lebih besar|(?:map data|data peta)\s*©\s*\d{4}(?: google)?|your browser (?:does not|doesn'?t) support (?:the )?(?:iframes?|inline frames|(?:html5 )?(?:audio|video)(?: playback)?)(?: element| tag)?|${NOT_REPORTED_SPEECH}(?:listen to (?:(?:the|our) (?:latest |new |full )?episode of )?our podcasts?\b.{0,60}|listen to the (?:latest|new|full) episode of (?:our|the) [^.!?]{0,40}podcast\b.{0,40})|listen to (?:this )?(?:article|story)[.:]?\s.{0,80}\b(?:audio|podcasts?|app|ios|android)\b.{0,40}|(?:audio|video) is not supported (?:in|by) your browser|browser anda tidak mendukung (?:elemen |tag )?(?:video|audio|iframe)|♬ .{1,120}|key event|pinned post|this is a live blog|live updates have ended|(?:this )?live (?:blog|coverage) has (?:now )?ended|vote now|view results|poll closed|lihat hasil (?:polling|jajak pendapat)|polling (?:telah )?ditutup)[.!]?`;
// A pointer to the player beside the text: "Watch the full interview above.", "Video above: …", "Related video".
const PODCAST = String.raw`(?:download|subscribe to|listen to|follow) (?:the|our|this) podcast(?: (?:on|at|wherever)\b.{0,60})?[.!]?`;
const POINTER = String.raw`(?:watch|see) (?:the )?(?:full )?(?:video|interview|report|clip|segment|story|briefing) (?:above|below)[.!]?|(?:video|watch) (?:above|below)\s*:.{1,160}|related videos?|watch related videos?`;
const WATCH_HERE = String.raw`(?:tonton|saksikan|simak)\s+(?:juga\s+)?["“].{1,150}["”]\s*(?:di\s+sini|berikut(?:\s+ini)?)\s*[:.]?`;
// A video card: the clip's title and teaser run together, closed by its running time ("… 02:52"). The
// time is a clip length (a zero-padded minute, or hours:minutes:seconds), not a clock time after "at" or
// "pukul", and nothing before it ends a sentence.
const CLOCK_WORD = String.raw`(?:at|by|until|till|from|to|since|around|about|pukul|pkl|jam|sekitar|hingga|sampai|mulai|sejak|pada|hari|pagi|siang|sore|malam|senin|selasa|rabu|kamis|jumat|sabtu|minggu|morning|afternoon|evening|night|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|[ap]\.?m)`;
const RUNNING_TIME = caseless(String.raw`^(?=(?:\S+\s+){5})[^.!?]{20,400}(?<!\b${CLOCK_WORD}\.?)\s(?:0\d:[0-5]\d|\d{1,2}:[0-5]\d:[0-5]\d)$`);
// Or the running time first and the word "video" last: "00:28 A chef tries the local pie – video". A
// time opening a line is a live blog's entry, so this form needs the closing word.
const TIMED_TITLE = /^(?:0\d:[0-5]\d|\d{1,2}:[0-5]\d:[0-5]\d)\s+[^.!?]{3,200}\s[–—|-]\s*video$/iu;
// An embedded video's title printed twice, as its heading and as its caption: "Video …" on two lines in
// a row. Once, such a line may be the article's own subheading.
const VIDEO_TITLE = /^video\s+\S.{5,200}$/iu;

// What has no gate word: a bracketed placeholder, and a video card closed by its running time ("… 02:52", "… 1:02:52").
const isDigitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
};
const videoShape = (text: string): boolean => {
  const n = text.length;
  if (text.charCodeAt(0) === 0x5b && text.charCodeAt(n - 1) === 0x5d) return true;
  return n >= 26 && text.charCodeAt(n - 3) === 0x3a && isDigitAt(text, n - 1) && isDigitAt(text, n - 2) && isDigitAt(text, n - 4);
};

export const videoPrompt: Rule = {
  id: 'video-prompt',
  description: 'Video and embed prompts: CMS placeholders ("[Video: …]", "[Embed: …]"), "Simak juga Video …", "Saksikan Live …", "Tonton juga \\"…\\" di sini:", "Video: …", "WATCH: …"; an embedded video\'s "Video …" title printed twice in a row; a video card with its running time ("… 02:52", "00:28 … – video").',
  languages: ['id', 'en', 'es', 'pt', 'fr'],
  category: 'boilerplate',
  joinable: true,
  line: caseless(String.raw`^(?:${EMBED}|${PROMPT}|${LABELLED}|${WATCH_HERE}|${PLAYER}|${POINTER}|${PODCAST}|${EMBED_CHROME})$`),
  test: ({ text, prev, next }) => RUNNING_TIME.test(text) || TIMED_TITLE.test(text) || (VIDEO_TITLE.test(text) && !/[.]$/u.test(text) && (text === prev || text === next)),
  // PROMPT, LABELLED and WATCH_HERE open with one of these verbs or "video(s)"; TIMED_TITLE ends and VIDEO_TITLE
  // opens with "video"; EMBED and RUNNING_TIME go by videoShape.
  gate: { words: ['podcasts', "your browser doesn't support", 'your browser doesnt support', 'listen to this article', 'listen to this story', 'listen to article', 'listen to story', 'photo', 'photos', 'gallery', 'galeri', 'foto', 'in pictures', 'podcast', 'simak', 'tonton', 'saksikan', 'lihat', 'watch', 'see', 'video', 'videos', 'vídeo', 'vídeos', 'vidéo', 'vidéos', 'your browser does not support', 'audio version', 'youtube', 'vimeo', 'facebook', 'instagram', 'tiktok', 'dailymotion', 'vidio', 'spotify', 'soundcloud', 'amazon music', 'pocket casts', 'noice', 'unmute', 'ketuk untuk', 'playback', 'sharing information', 'signed out', 'switch camera', 'gagal memuat', 'unlimited songs', 'larger map', 'map data', 'data peta', 'not supported', 'tidak mendukung', '♬', 'key event', 'pinned post', 'live blog', 'live updates', 'live coverage', 'vote now', 'view results', 'poll closed', 'polling ditutup', 'now streaming', 'listen to the full', 'polling telah ditutup'], shape: videoShape },
  examples: {
    junk: [ 'VÍDEO: Así quedó la autopista tras el choque', 'Vidéo : les images de la tempête', 'Audio is not supported on your browser.', 'Click to play video',
      'Tonton juga', 'Saksikan juga:', "Your browser doesn't support HTML5 audio", 'Listen to the latest episode of our podcast', 'Listen to this story. Enjoy more audio and podcasts on iOS or Android.', 'WATCH:', 'PHOTOS: Inside the new stadium', 'In pictures: The flood in the old town', 'Video pilihan di bawah ini:', 'Jangan lewatkan video terbaru dari Contoh TV:', 'Video Pilihan Hari Ini', 'Check out our latest video', "Don't miss our latest videos:", 'Penjelasan lengkapnya bisa disimak dalam video berikut ini.', 'Find out more in the video below.', 'Watch the full episode on our YouTube channel.', 'Now streaming on Example+',
      'Download the podcast',
      'Watch on YouTube', 'Tap to unmute', "If playback doesn't begin shortly, try restarting your device.", "Videos you watch may be added to the TV's watch history and influence TV recommendations.", 'An error occurred while retrieving sharing information. Please try again later.', "You're signed out", 'Watch later', 'Preview of Spotify', 'Listen on Apple Podcasts', 'Dengarkan di Spotify', 'Tonton di YouTube', 'Saksikan di Vidio', 'Ketuk untuk menyalakan suara', 'Gagal memuat video', 'View larger map', 'Map data ©2026 Google', 'Your browser does not support iframes.', 'Audio is not supported in your browser.', 'Browser Anda tidak mendukung elemen video.', '♬ original sound - contohnews', 'Key event', 'Pinned post', 'Live updates have ended.', 'Vote now', 'View results', 'Poll closed',
      'Subscribe to our podcast on Spotify',
      'Tonton videonya di sini',
      'Watch the full interview above.',
      'Video above: Crews clear fallen trees',
      'Related video',
      'Video Player is loading.',
      'WATCH | Flood waters rise in the capital',
      'Audio version of this article',
      'This video cannot be played on this device',
      'Your browser does not support the audio element.',
      'Sorry, this video is no longer available.',
      '[Sisipan:Video Contoh]',
      '[Embed: Kanal Video Contoh]',
      'Lihat juga video: Petani memanen padi di sawah terasering',
      'Saksikan Live Kabar Sore Contoh:',
      'Tonton juga "Antrean panjang di pelabuhan" di sini:',
      'Video: Pedagang kaki lima ditertibkan',
      'WATCH: Firefighters battle a blaze downtown',
      'Watch the video below',
      'Flooded roads close the coast highway Drivers wait hours as water rises over the bridge 02:14',
      '01:05 Our reporter tastes the winning chowder – video',
    ],
    content: [ 'Vídeo: 55 %', 'Vidéo : 41 % des sondés', 'Click to play video games, the boy said, was all his thumbs knew.',
      'Watch on YouTube as the rocket lifts off, the agency told viewers.', 'Jangan lewatkan video itu, pesan sang ibu kepada anaknya sebelum berangkat.', 'More in the video below the fold was cut by editors, he said.',
      'The key event of the summit was a dinner on Friday.',
      'Vote now or lose the chance, the mayor told residents.',
      'Listen on Spotify is the default for new users, the company said.',
      'Listen to the podcast host explain it, the judge suggested.',
      'See the report below for the full figures, the minister said.',
      'Watch the video above closely before you vote, the lawyer told the jury.',
      // Reported speech: the article quotes someone whose words open like a prompt.
      'Tonton video lengkapnya, kata polisi, sebelum menilai kejadian itu.',
      'Watch the video, police said, before it was taken down on Friday.',
      'An audio version of this story was broadcast on Monday by the radio station.',
      '[Catatan: video ini diunggah ulang dengan izin pemiliknya.]',
      'Video itu beredar luas di media sosial sejak Senin.',
      'Saksikan semuanya di stadion, kata pelatih.',
      'Watchdogs said the video had been edited.',
      'Videos posted online showed long queues.',
      'The video is not available in cinemas until June, the studio said.',
      'Some users said the video could not be played on older phones.',
      'Video Detik-Detik Kapal Bersandar di Pelabuhan',
      'The ferry left the harbour on time and docked at 07:45',
      'Kapal terakhir berangkat dari dermaga timur pukul 09:30',
      'Pembacaan hari ini diambil dari Kitab Mazmur 23:1',
      '09:15 The minister arrives at parliament for the budget vote',
      'Gempa bermagnitudo lima mengguncang pesisir selatan Selasa dini hari 02:15',
    ],
    documents: [
      [
        ['Judul Berita', 'Kapal bersandar setelah dua hari tertahan ombak.', 'Video Antrean Kendaraan di Pelabuhan, Kenapa?', 'Video Antrean Kendaraan di Pelabuhan, Kenapa?', '(abc/def)'],
        ['Judul Berita', 'Kapal bersandar setelah dua hari tertahan ombak.', '(abc/def)'],
      ],
    ],
  },
};
