import { adMarker } from './ad-marker.js';
import { creditLine } from './credit-line.js';
import { followPrompt } from './follow-prompt.js';
import { fontSizeControl } from './font-size-control.js';
import { leakedCode } from './leaked-code.js';
import { legalFooter } from './legal-footer.js';
import { linkList } from './link-list.js';
import { loadingIndicator } from './loading-indicator.js';
import { newsletterBox } from './newsletter-box.js';
import { pageChrome } from './page-chrome.js';
import { pagination } from './pagination.js';
import { paywallPromo } from './paywall-promo.js';
import { relatedLink } from './related-link.js';
import { shareRow } from './share-row.js';
import { socialEmbed } from './social-embed.js';
import { supportAppeal } from './support-appeal.js';
import { tableOfContents } from './table-of-contents.js';
import { tagList } from './tag-list.js';
import type { Rule } from './types.js';
import { videoPrompt } from './video-prompt.js';
import { widgetList } from './widget-list.js';

/** Every built-in rule, in the order they are tried. Add a rule: one file, one line here. */
export const builtinRules: readonly Rule[] = Object.freeze([
  loadingIndicator,
  fontSizeControl,
  adMarker,
  relatedLink,
  videoPrompt,
  socialEmbed,
  followPrompt,
  newsletterBox,
  supportAppeal,
  shareRow,
  paywallPromo,
  pagination,
  pageChrome,
  legalFooter,
  linkList,
  widgetList,
  tableOfContents,
  leakedCode,
  tagList,
  creditLine,
]);

const byId = new Map(builtinRules.map((rule) => [rule.id, rule]));

export function findRule(id: string): Rule | undefined {
  return byId.get(id);
}
