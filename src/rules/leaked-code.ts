import type { LineContext, Rule } from './types.js';

// A line that reads as JavaScript or CSS, not prose. Strong lines are code on their own; weak ones
// (a lone brace, a line ending in `{` or `;`) only inside a run with a strong one.
const STRONG = /^(?:(?:function|var|let|const)\s+[\w$]+.*|(?:if|for|while|switch)\s*\(.*[{)]\s*|\}?\s*else\s*(?:if\s*\(.*\))?\s*\{?|return\b.*;|[\w$]+(?:\.[\w$]+)+(?:\(.*\)|\s*=\s*.*)\s*;?|(?:window|document)\.[\w$.]+.*|[\w$.]+\s*=\s*function\b.*|\(\s*[\w$.]+\s*=.*\)\s*\.\s*[\w$]+\s*\(.*\)\s*;?|.*=>\s*\{.*|<\/?(?:script|style|div|iframe|noscript)\b.*>|[.#]?[\w-]+(?:\s+[.#]?[\w-]+)*\s*\{\s*(?:[\w-]+\s*:[^;{}]+;\s*)*\}?|\{\s*"[@$\w-]{1,40}"\s*:.*\})$/u;
const WEAK = /^(?:[{}()[\];,\s]+|.*\{|(?=.*[=(){}"'[\]]).*;|\}\s*\)?;?)$/u;

function scanLeakedCode(lines: readonly LineContext[]): number[] {
  const junk: number[] = [];
  let k = 0;
  while (k < lines.length) {
    if (!isCodeLike(lines[k]!.text)) {
      k++;
      continue;
    }
    let end = k;
    let strong = 0;
    while (end < lines.length && isCodeLike(lines[end]!.text)) {
      if (STRONG.test(lines[end]!.text)) strong++;
      end++;
    }
    // One strong statement stands alone only if it is a full statement (a call or an assignment) or a
    // closed block: a CSS rule, a JSON object (a page's structured data), a statement and a function.
    const single = end - k === 1 && /[;)}]$/u.test(lines[k]!.text) && /[({=]/u.test(lines[k]!.text);
    // Code the article shows its reader comes after a line that introduces it ("… looks like this:");
    // a page's leaked script follows no such line.
    const introduced = k > 0 && INTRODUCES.test(lines[k - 1]!.text);
    if (strong > 0 && (end - k >= 2 || single) && !introduced) for (let j = k; j < end; j++) junk.push(j);
    k = end;
  }
  return junk;
}

/**
 * A sentence ending in a colon ("Here is the code:"), or a block that opens with one as Python's do
 * ("def merge(a, b):"): what follows it is shown on purpose. A sentence of four words at least, so that
 * a widget's label ("Baca juga:") is no introduction.
 */
const INTRODUCES = /^(?:(?=(?:\S+\s+){3})\p{L}[^:]*|(?:def|class|if|elif|else|for|while|with|try|except)\b.*):$/u;

/** Leaked statements are short; a longer line is prose, and is not fed to the patterns at all. */
const MAX_CODE_CHARS = 1000;

// What every branch of STRONG and WEAK needs: one of these characters, or one of these openings. Prose
// lines rarely have either, and are spared the two patterns (which scan the whole line).
const CODE_CHAR = /[{(;=<]/;
const CODE_START = /^(?:function|var|let|const|else|window|document|[{}()[\];,\s])/;

function isCodeLike(text: string): boolean {
  if (text.length > MAX_CODE_CHARS || !(CODE_CHAR.test(text) || CODE_START.test(text))) return false;
  return STRONG.test(text) || WEAK.test(text);
}

export const leakedCode: Rule = {
  id: 'leaked-code',
  description: 'Leaked JavaScript or CSS: a run of code-shaped lines (function, var, braces, statements ending in ";"), or one full statement such as an ad-slot call.',
  languages: ['*'],
  category: 'boilerplate',
  scan: scanLeakedCode,
  // An ad or analytics snippet glued after the last sentence, with no line break of its own.
  cut: /(?<=[.!?"”])\s*(?:\(adsbygoogle\s*=|(?:window\.)?(?:googletag|dataLayer|_taboola|twttr)\b[\w$.]*\s*[=(.]|(?:fbq|gtag)\s*\()[^\n]{0,500}?;\s*$/u,
  // The snippet's first name: the cut's only way in (the scan is whole-document and not gated).
  gate: { words: ['adsbygoogle', '*googletag*', '*datalayer*', '_taboola*', 'twttr*', 'fbq', 'gtag'] },
  examples: {
    cuts: [
      ['The department will publish a map by the end of the month.(adsbygoogle = window.adsbygoogle || []).push({});', 'The department will publish a map by the end of the month.'],
      ['Work starts next year. googletag.cmd.push(function() { googletag.display("div-gpt-ad-1"); });', 'Work starts next year.'],
      ['Prices rose again.window.dataLayer = window.dataLayer || [];', 'Prices rose again.'],
    ],
    junk: ['function toggleMenu(id){', '}', 'adslot.queue.push(function() { adslot.show("slot-1"); });', '(adslots = window.adslots || []).push({});'],
    content: ['The script googletag.cmd works as a queue (see below).', 'Google said gtag (its tag) collects visits.', 'The dataLayer object holds the page data, the engineer explained.', 'The function of the committee is to advise the minister.', 'Harga naik; pembeli mengeluh.', 'Para ahli menyebut ada tiga faktor: cuaca, harga, dan distribusi;'],
    documents: [
      [
        ['Judul', 'Paragraf pertama artikel.', 'function toggleMenu(id){', '    var menu = document.getElementById(id);', '    menu.classList.toggle("open");', '}', 'Paragraf kedua artikel.'],
        ['Judul', 'Paragraf pertama artikel.', 'Paragraf kedua artikel.'],
      ],
      [
        ['A title', 'adslot.queue.push(function() { adslot.show("slot-1"); });', 'The function of the committee is to advise the minister.'],
        ['A title', 'The function of the committee is to advise the minister.'],
      ],
      [
        ['A title', 'The first paragraph of the story.', '(adslots = window.adslots || []).push({});', 'The second paragraph (with an aside = a note).'],
        ['A title', 'The first paragraph of the story.', 'The second paragraph (with an aside = a note).'],
      ],
      // Code a tech article shows, after the line that introduces it, is the article's own.
      [
        ['A flaw was found in a library.', 'A minimal example shows the problem:', 'const payload = JSON.parse(input);', 'merge({}, payload);', 'The maintainers released a fix.'],
        ['A flaw was found in a library.', 'A minimal example shows the problem:', 'const payload = JSON.parse(input);', 'merge({}, payload);', 'The maintainers released a fix.'],
      ],
      [
        ['In Python it reads as follows.', 'def merge(a, b):', '    a.update(b)', '    return a', 'Security firms saw no attacks.'],
        ['In Python it reads as follows.', 'def merge(a, b):', '    a.update(b)', '    return a', 'Security firms saw no attacks.'],
      ],
      [
        ['A title', 'The first paragraph of the story.', '{"@context":"https://schema.org","@type":"Article","name":"A title"}', '.story-body h2 { font-weight: 700; }', 'window.ads = window.ads || []; function show(){ads.push(1);}', 'The second paragraph.'],
        ['A title', 'The first paragraph of the story.', 'The second paragraph.'],
      ],
      [
        ['A title', 'The first paragraph of the story.', '.story-body h2 { font-weight: 700; }', 'The second paragraph.'],
        ['A title', 'The first paragraph of the story.', 'The second paragraph.'],
      ],
      [
        ['A title', 'The first paragraph of the story.', '{"@type":"NewsArticle"}', 'The second paragraph {with a brace}.', 'Sets {a, b} and {c} were compared.'],
        ['A title', 'The first paragraph of the story.', 'The second paragraph {with a brace}.', 'Sets {a, b} and {c} were compared.'],
      ],
      [
        ['Harga naik; pembeli mengeluh.', 'Para ahli menyebut ada tiga faktor: cuaca, harga, dan distribusi;', '}'],
        ['Harga naik; pembeli mengeluh.', 'Para ahli menyebut ada tiga faktor: cuaca, harga, dan distribusi;', '}'],
      ],
    ],
  },
};
