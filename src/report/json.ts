import type { Reason, Verdict } from '../core/types.js';
import { VERSION } from '../version.js';
import type { FileReport } from './file-report.js';
import { sortedReasons, type RunTotals } from './summary.js';

/** Bump on any change a consumer could notice; docs/report-schema.md describes each version. */
export const REPORT_SCHEMA = 'dedupe-article/report';
export const REPORT_VERSION = 1;

/**
 * The machine report: one JSON document for the whole run. Objects are built field by field so the
 * order of keys is part of the schema and never depends on how a verdict was made.
 */
export function renderJsonReport(files: FileReport[], totals: RunTotals, mode: string, interrupted: string | null = null): string {
  const doc = {
    schema: REPORT_SCHEMA,
    version: REPORT_VERSION,
    tool: { name: 'dedupe-article', version: VERSION },
    mode,
    interrupted,
    files: files.map(fileJson),
    summary: {
      files: totals.files,
      changed: totals.changed,
      unchanged: totals.unchanged,
      errors: totals.errors,
      skipped: totals.skipped,
      linesRemoved: totals.linesRemoved,
      linesCut: totals.linesCut,
      byReason: Object.fromEntries(sortedReasons(totals.byReason)),
    },
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

function fileJson(r: FileReport) {
  return {
    file: r.file,
    status: r.status,
    encoding: r.encoding,
    written: r.written,
    error: r.error,
    removed: r.verdicts.map(verdictJson),
    stats: r.stats && {
      linesIn: r.stats.linesIn,
      linesOut: r.stats.linesOut,
      linesRemoved: r.stats.linesRemoved,
      linesCut: r.stats.linesCut,
      byReason: Object.fromEntries(sortedReasons(r.stats.byReason)),
    },
  };
}

function verdictJson(v: Verdict) {
  if (v.action === 'drop') return { line: v.line, action: v.action, reason: reasonJson(v.reason), text: v.text };
  return { line: v.line, action: v.action, reason: reasonJson(v.reason), text: v.text, start: v.start, end: v.end, removedText: v.text.slice(v.start, v.end) };
}

function reasonJson(r: Reason) {
  switch (r.kind) {
    case 'rule':
      return { kind: r.kind, rule: r.rule };
    case 'repeat':
      return { kind: r.kind, of: r.of, similarity: Math.round(r.similarity * 1000) / 1000 };
    case 'profile':
      return { kind: r.kind, count: r.count };
  }
}
