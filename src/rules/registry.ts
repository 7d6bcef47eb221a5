import { adMarker } from './ad-marker.js';
import { fontSizeControl } from './font-size-control.js';
import { loadingIndicator } from './loading-indicator.js';
import { relatedLink } from './related-link.js';
import type { Rule } from './types.js';

/** Every built-in rule, in the order they are tried. Add a rule: one file, one line here. */
export const builtinRules: readonly Rule[] = Object.freeze([loadingIndicator, fontSizeControl, adMarker, relatedLink]);

const byId = new Map(builtinRules.map((rule) => [rule.id, rule]));

export function findRule(id: string): Rule | undefined {
  return byId.get(id);
}
