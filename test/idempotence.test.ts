import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRules, createCleaner } from '../src/index.js';

// Cleaning clean output changes nothing: `--check` after `--write` says "clean". Each case below was a
// short document whose second cleaning removed or cut more than the first, because a line's neighbours,
// or the headline, or a line's text changed only after the pass that would have judged it.

const clean = createCleaner();
const twice = (lines: string[]) => {
  const once = clean(lines.join('\n') + '\n').text;
  return { once, again: clean(once).text };
};

const HEADLINE = 'Harbour Bridge Reopens After Repairs';
const SHORT = 'The mayor said repairs would take weeks.';
const LONG = 'Residents were told to stay indoors until the storm had passed through the town and the roads were clear again.';

describe('idempotence', () => {
  it.each([
    // The headline's copy went first: the dateline form under it was then right under the headline.
    ['a dateline form of the headline below its exact copy', [HEADLINE, HEADLINE, `JAKARTA - ${HEADLINE}`, LONG]],
    // The less complete copy of a line went: the two lines around it became neighbours, and overlap.
    ['an overlap between lines that became neighbours', [SHORT, LONG, `${SHORT} The council will meet again on Friday to discuss the cost.`, `${LONG.slice(0, -1)} at last.`]],
    // Once the overlap is cut, what is left of the line is a share prompt.
    ['a prompt left once an overlap is cut', [SHORT, `${LONG.slice(0, -1)} at last.`, `${SHORT} Enjoyed this article? Share it with a friend.`, LONG, LONG]],
    // The whole-document rules read a line again once its glued junk is cut.
    ['a code line after a cut', ['The mayor said repairs would take weeks.Tags:', '{"@type":"NewsArticle"}']],
    // A code line above a run of labels: the run opens the text once the code line is gone.
    ['labels that open the text once a code line goes', ['.story-body h2 { font-weight: 700; }', 'Facebook', 'Facebook', 'Comments', LONG]],
  ])('%s', (_, lines) => {
    const { once, again } = twice(lines);
    expect(again).toBe(once);
  });

  // Short documents mixed from the rules' own example lines, sentences and their copies, labels and junk
  // glued after a sentence: the kind of document each case above was found in.
  it('holds on short documents mixed from rule examples, labels and glued junk', () => {
    const junk = builtinRules.flatMap((r) => r.examples.junk);
    const content = builtinRules.flatMap((r) => r.examples.content);
    const sentences = [SHORT, LONG, `${LONG.slice(0, -1)} at last.`, 'Flood waters rose overnight in the valley', HEADLINE];
    const labels = ['Email', 'Print', 'Share', 'Facebook', 'facebook', 'Home', 'News', 'Comments', 'A', '1', 'Tags:', 'Contents', 'Already a subscriber?', 'Log in', 'vs', ''];
    const line = fc.oneof(
      fc.constantFrom(...sentences),
      fc.constantFrom(...labels),
      fc.constantFrom(...junk),
      fc.constantFrom(...content),
      fc.tuple(fc.constantFrom(...sentences), fc.constantFrom('. ', '.', ' '), fc.constantFrom(...junk)).map(([s, sep, j]) => s.replace(/\.$/, '') + sep + j),
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 2, maxLength: 14 }), (lines) => {
        const { once, again } = twice(lines);
        expect(again).toBe(once);
      }),
      { numRuns: 3000, seed: 20261128 },
    );
  });
});
