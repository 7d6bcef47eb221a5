import type { Rule } from './types.js';

// "A+", "A-" and "A A A" are never prose. A bare "A" can be a table cell or a grade, so it counts
// only beside another size button or a loading indicator, which is how page chrome leaks.
// Up to three buttons on a line; at least one sign, or two buttons apart: never a bare "A" or "AA".
const SIZE_BUTTONS = /^(?=.{0,20}$)(?=.*(?:[+\-−]|A\s+A))(?:A\s*[+\-−]?\s*){1,3}$/u;
const BARE_A = /^A$/u;
// Both the buttons and the bare "A" are lines of at most 20 characters, starting with "A", made only of A, signs and spaces.
const BUTTON_SHAPE = /^A[A\s+\-−]*$/u;
// The control's label, alone on its line: "Ukuran Font", "Text size".
const LABEL = /^(?:ukuran (?:font|huruf|teks|tulisan)|(?:font|text) size|saiz (?:font|teks))\s*:?$/i;
const CHROME_NEIGHBOUR = /^(?:A\s*[+\-−]?(?:\s+A\s*[+\-−]?){0,2}|(?:loading|memuat)\s*(?:\.{2,}|…)?)$/iu;

export const fontSizeControl: Rule = {
  id: 'font-size-control',
  description: 'Font-size buttons left as text: "A+", "A-", "A A A", a lone "A" beside other such buttons, the control\'s label ("Ukuran Font", "Text size").',
  languages: ['*'],
  category: 'boilerplate',
  line: SIZE_BUTTONS,
  test: ({ text, prev, next }) => LABEL.test(text) || (BARE_A.test(text) && (CHROME_NEIGHBOUR.test(prev) || CHROME_NEIGHBOUR.test(next))),
  // Known by shape, not words: see BUTTON_SHAPE.
  gate: { words: ['ukuran font', 'ukuran huruf', 'ukuran teks', 'ukuran tulisan', 'font size', 'text size', 'saiz font', 'saiz teks'], shape: (text) => text.length <= 20 && text.charCodeAt(0) === 0x41 && BUTTON_SHAPE.test(text) },
  examples: {
    junk: ['A+', 'A-', 'A A A', 'A- A A+', 'A−', 'A A', 'Ukuran Font', 'Text size:'],
    content: ['A', 'AA', 'A new law', 'B', 'A+ grade students', 'Plan A', 'Ukuran font di papan itu terlalu kecil.'],
  },
};
