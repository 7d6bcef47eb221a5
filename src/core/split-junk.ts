import { tameSpaces } from '../rules/tame-spaces.js';
import type { LineContext, Rule } from '../rules/types.js';
import { endsSentence } from './sentence-end.js';

/**
 * Junk split at its links: a scraper that puts each link on a line of its own turns one prompt into
 * fragments (`Gabung` / `kanal Telegram` / `kami untuk` / `kabar terkini` / `setiap hari …`).
 * Consecutive lines that continue one sentence are joined and tried against the joinable rules
 * (prompts anchored on their opening verb); content split the same way never matches one, so it
 * stays. The joined text must match a rule that its first line alone does not: `Read more: X`
 * followed by a lower-case paragraph is one junk line and then content, not one junk sentence.
 */
const CONTINUES = /^(?:[\p{Ll}]|[.,;:!?)\]]|https?:\/\/)/u;
// A line that ends a sentence ends the group: what opens the next line in lower case (an icon's alt
// text, "facebook") is not its continuation (endsSentence).
const MAX_GROUP = 12;

export function findSplitJunk(
  contexts: readonly LineContext[],
  rules: readonly Rule[],
  admits: (rule: Rule, text: string) => boolean = () => true,
): { lines: number[]; rule: string }[] {
  const found: { lines: number[]; rule: string }[] = [];
  const linePatterns = rules.filter((r) => r.line && r.joinable);
  let k = 0;
  while (k < contexts.length) {
    let end = k + 1;
    while (end < contexts.length && end - k < MAX_GROUP && CONTINUES.test(contexts[end]!.text) && !endsSentence(contexts[end - 1]!.text)) end++;
    if (end - k >= 2) {
      const joined = tameSpaces(contexts.slice(k, end).map((c) => c.text).join(' '));
      const first = tameSpaces(contexts[k]!.text);
      const rule = linePatterns.find((r) => admits(r, joined) && r.line!.test(joined) && !(admits(r, first) && r.line!.test(first)));
      if (rule) found.push({ lines: contexts.slice(k, end).map((c) => c.index), rule: rule.id });
    }
    k = end;
  }
  return found;
}
