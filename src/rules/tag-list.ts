import type { LineContext, Rule } from './types.js';

// Topic tags at the foot of an article: short lower-case lines, one tag each, to the end of the text.
const TAG = /^[\p{Ll}\p{N}](?:[\p{Ll}\p{N}'’&.\- ]{0,40}[\p{Ll}\p{N}])?$/u;
const MAX_TAG_WORDS = 4;
const MIN_TAGS = 2;

function scanTagList(lines: readonly LineContext[]): number[] {
  let start = lines.length;
  while (start > 0 && isTag(lines[start - 1]!.text)) start--;
  if (lines.length - start < MIN_TAGS || start === 0) return [];
  return Array.from({ length: lines.length - start }, (_, i) => start + i);
}

function isTag(text: string): boolean {
  return TAG.test(text) && text.split(/\s+/u).length <= MAX_TAG_WORDS;
}

export const tagList: Rule = {
  id: 'tag-list',
  description: 'A tag list closing the article: two or more short lower-case lines, one topic each, up to the end of the text.',
  languages: ['*'],
  category: 'boilerplate',
  scan: scanTagList,
  examples: {
    junk: ['banjir', 'jawa tengah'],
    content: ['Hujan turun sejak pagi.', 'vs'],
    documents: [
      [
        ['Judul Berita', 'Hujan turun sejak pagi.', 'banjir', 'jawa tengah', 'cuaca'],
        ['Judul Berita', 'Hujan turun sejak pagi.'],
      ],
      [
        ['Judul Berita', 'Laga', 'Tim A', 'vs', 'Tim B', 'berakhir imbang.'],
        ['Judul Berita', 'Laga', 'Tim A', 'vs', 'Tim B', 'berakhir imbang.'],
      ],
    ],
  },
};
