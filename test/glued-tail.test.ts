import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { gluedTail, sentenceStarts } from '../src/core/glued-tail.js';

const around = (line: string) => `The council met on Monday to discuss the new budget for schools.\n${line}\nMembers will vote on the plan at their next meeting in June.\n`;
const middleOf = (text: string) => text.split('\n')[1];

describe('sentenceStarts', () => {
  it('splits after a terminator, with or without a space, before what opens a sentence', () => {
    expect(sentenceStarts('One. Two')).toEqual([5]);
    expect(sentenceStarts('One.Two')).toEqual([4]);
    expect(sentenceStarts('He left." Then')).toEqual([10]);
    expect(sentenceStarts('Why? [Video]')).toEqual([5]);
    expect(sentenceStarts('It rose. 2 more')).toEqual([9]);
  });
  it('does not split numbers, domains or a sentence going on in lower case', () => {
    expect(sentenceStarts('It rose 3.5 percent')).toEqual([]);
    expect(sentenceStarts('Rp1.500 a kilo')).toEqual([]);
    expect(sentenceStarts('see example.com now')).toEqual([]);
    expect(sentenceStarts('etc. and more')).toEqual([]);
    expect(sentenceStarts('Ends here.')).toEqual([]);
  });
});

describe('gluedTail', () => {
  const junk = new Set(['Advertisement', 'Subscribe now.', 'All rights reserved.']);
  const junkOf = (sentence: string) => (junk.has(sentence) ? 'test-rule' : undefined);
  it('finds the junk sentences at the end, after prose', () => {
    expect(gluedTail('The bridge opens on Friday at noon.Advertisement', junkOf)).toEqual({ start: 35, rule: 'test-rule' });
    const text = 'The bridge opens on Friday at noon. Subscribe now. All rights reserved.';
    expect(gluedTail(text, junkOf)?.start).toBe(text.indexOf('Subscribe'));
  });
  it('finds none when the last sentence is prose, or nothing but junk is there', () => {
    expect(gluedTail('Advertisement. The bridge opens on Friday at noon.', junkOf)).toBeNull();
    expect(gluedTail('Subscribe now. All rights reserved.', junkOf)).toBeNull();
  });
  it('asks about a bounded number of sentences, each with the one before it, however long the line', () => {
    const asked: [string, string][] = [];
    const text = `The bridge opens on Friday at noon. ${'Advertisement. '.repeat(5000)}`;
    const tail = gluedTail(text, (sentence, before) => {
      asked.push([sentence, before]);
      return sentence === 'Advertisement.' ? 'test-rule' : undefined;
    });
    expect(asked.length).toBeLessThanOrEqual(40);
    expect(Math.max(...asked.map(([, before]) => before.length))).toBeLessThan(100);
    expect(tail?.rule).toBe('test-rule');
  });
  it('wants a full sentence of prose before the junk', () => {
    expect(gluedTail('Photo: Antara.Advertisement', junkOf)).toBeNull();
    expect(gluedTail('Is the bridge open on Friday? Subscribe now.', junkOf)).toBeNull();
  });
});

describe('junk glued after prose, in clean', () => {
  it('keeps the prose of a line a rule would take whole', () => {
    const r = clean(around('The vote was delayed by a week. Sign up for our daily newsletter.'));
    expect(middleOf(r.text)).toBe('The vote was delayed by a week.');
    expect(r.verdicts).toEqual([expect.objectContaining({ line: 2, action: 'cut', reason: { kind: 'rule', rule: 'follow-prompt' } })]);
  });
  it('cuts junk glued without a space', () => {
    expect(middleOf(clean(around('The vote was delayed by a week.ADVERTISEMENT')).text)).toBe('The vote was delayed by a week.');
  });
  it('leaves a line whose last sentence is the article\'s own', () => {
    for (const line of [
      'The app asks readers to sign in. Most of them never do, the study found.',
      'Advertisement revenue fell by a third. The paper cut its print edition.',
      'He ended the call with a joke. "Subscribe today," he said, and laughed.',
    ]) expect(middleOf(clean(around(line)).text)).toBe(line);
  });
  it('still removes a junk line whose first sentence is junk too', () => {
    expect(clean(around('Copyright 2026 Example Press. All rights reserved.')).text).not.toContain('Copyright');
    expect(clean(around('Have a news tip? Email us at tips@example.com')).text).not.toContain('tip');
  });
});
