export { clean, createCleaner, type Cleaner } from './core/clean.js';
export type { CleanOptions } from './core/options.js';
export type { CleanResult, CleanStats, CutVerdict, DropVerdict, Reason, Verdict } from './core/types.js';
export { normalizeText } from './core/normalize.js';
export { signatureOf, type ArticleSignature } from './core/signature.js';
export { builtinRules } from './rules/registry.js';
export type { LineContext, Rule, RuleExamples } from './rules/types.js';
export { configToOptions, findConfig, loadConfig, type DedupeConfig, type PatternConfig } from './config/index.js';
