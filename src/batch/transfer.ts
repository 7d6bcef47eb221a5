import type { CleanOptions } from '../core/options.js';
import type { Rule } from '../rules/types.js';

/** CleanOptions in a form that survives postMessage: regexes as source and flags, the profile as pairs. */
export interface PortableCleanOptions {
  base: Omit<CleanOptions, 'customRules' | 'boilerplate'>;
  customRules: PortableRule[];
  boilerplate: [string, number][] | null;
}

type PortableRegExp = { source: string; flags: string };
type PortableRule = Omit<Rule, 'line' | 'cut' | 'test' | 'scan'> & { line?: PortableRegExp; cut?: PortableRegExp };

/** Options a worker can rebuild, or null when a custom rule is code (a function cannot cross threads). */
export function toPortable(options: CleanOptions): PortableCleanOptions | null {
  const { customRules = [], boilerplate, ...base } = options;
  if (customRules.some((r) => r.test || r.scan)) return null;
  return {
    base,
    customRules: customRules.map(({ line, cut, ...rest }) => ({
      ...rest,
      ...(line ? { line: { source: line.source, flags: line.flags } } : {}),
      ...(cut ? { cut: { source: cut.source, flags: cut.flags } } : {}),
    })),
    boilerplate: boilerplate ? [...boilerplate] : null,
  };
}

export function fromPortable(p: PortableCleanOptions): CleanOptions {
  const customRules: Rule[] = p.customRules.map(({ line, cut, ...rest }) => ({
    ...rest,
    ...(line ? { line: new RegExp(line.source, line.flags) } : {}),
    ...(cut ? { cut: new RegExp(cut.source, cut.flags) } : {}),
  }));
  return { ...p.base, ...(customRules.length ? { customRules } : {}), ...(p.boilerplate ? { boilerplate: new Map(p.boilerplate) } : {}) };
}
