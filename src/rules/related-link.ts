import type { Rule } from './types.js';

// A prefix that introduces a link to another article, in Indonesian and English.
const MARKER = String.raw`(?:baca(?:\s+(?:juga|pula|lagi|selengkapnya))?|lihat(?:\s+juga)?|simak(?:\s+juga)?|cek(?:\s+juga)?|artikel\s+terkait|berita\s+terkait|baca\s+artikel\s+(?:lainnya|terkait)|also\s+read|read\s+(?:more|also|next)|see\s+also|related(?:\s+(?:articles?|stories|news|coverage|reading))?|more\s+(?:from|on)\s+[^:|]{1,40}|recommended(?:\s+reading)?|you\s+may\s+also\s+like|trending|don'?t\s+miss)`;

const WITH_HEADLINE = new RegExp(String.raw`^[\[(]?\s*${MARKER}\s*(?::|\||-|–|—|»|>>)\s*\S.*$`, 'iu');
const BARE_MARKER = new RegExp(String.raw`^[\[(]?\s*${MARKER}\s*[:|»>]*\s*[\])]?$`, 'iu');

export const relatedLink: Rule = {
  id: 'related-link',
  description: 'Links to other articles: "Baca juga: …", a bare "Baca Juga" marker, "Lihat juga", "Simak juga", "Also Read | …", "Read more:", "RELATED:".',
  languages: ['id', 'en'],
  category: 'boilerplate',
  line: new RegExp(`${WITH_HEADLINE.source}|${BARE_MARKER.source}`, 'iu'),
  examples: {
    junk: [
      'Baca juga: Harga cabai naik lagi jelang Lebaran',
      'Baca Juga',
      'BACA JUGA:',
      'Lihat juga: Tips memilih sepeda lipat',
      'Simak juga: Banjir rendam tiga desa',
      'Also Read | Markets slide on rate fears',
      'Read more: How the vote was counted',
      'RELATED: Council approves new budget',
      '[Baca juga: Tim nasional lolos ke final]',
    ],
    content: [
      'Baca buku itu, katanya, sebelum menonton filmnya.',
      'Related parties must disclose their interests, the regulator said.',
      'Read more carefully, the teacher told her class.',
      'Lihat saja hasilnya nanti.',
    ],
  },
};
