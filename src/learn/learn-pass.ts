import { closeSync, openSync } from 'node:fs';
import type { InputFile } from '../io/expand-inputs.js';
import { describeFsError } from '../io/read-text.js';
import { signatureOf } from '../core/signature.js';
import { readChunk } from '../io/read-chunks.js';
import { LineBlocks, type LineItem } from '../io/line-blocks.js';
import { leadingBom, MAX_RECORD_BYTES, TOO_LONG } from '../jsonl/run-jsonl.js';
import { DuplicateIndex } from '../batch/duplicates.js';
import { mapInOrder } from '../batch/pool.js';
import { toPortable } from '../batch/transfer.js';
import { collectLines, learnableKeys, type CollectResult } from './collect.js';
import { LineCounter, type Profile } from './profile.js';

export interface LearnPassResult {
  profile: Profile;
  errors: { path: string; message: string }[];
}

/**
 * The first pass: count, over the files, the lines each one has. A file that copies an earlier one
 * (the same article saved twice) is not counted, or its every line would look like boilerplate.
 */
/** `jobsByDefault`: the jobs were not asked for, so the workers start only once the pass proves long (see mapInOrder). */
export async function learnFromFiles(files: readonly InputFile[], jobs: number, minWords: number, shouldStop: () => boolean = () => false, jobsByDefault = false): Promise<LearnPassResult> {
  const counter = new LineCounter();
  const copies = new DuplicateIndex();
  const errors: LearnPassResult['errors'] = [];
  const plan = { minWords };
  await mapInOrder<CollectResult>({
    files,
    jobs,
    setup: { clean: toPortable({})!, job: null, learn: plan },
    startWhenWorthIt: jobsByDefault,
    local: (file) => collectLines(file, plan),
    shouldStop,
    onResult: (r, i) => {
      if (!r.ok) {
        copies.skip();
        errors.push({ path: files[i]!.path, message: r.error });
        return;
      }
      if (!copies.check(r.signature)) counter.addFile(r.keys);
    },
  });
  return { profile: counter.toProfile(minWords), errors };
}

/**
 * The first pass over JSONL: each record's text field counts as one file. Bad records are listed with
 * their line number and skipped.
 */
export function learnFromJsonl(paths: readonly string[], field: string, minWords: number, maxRecordBytes = MAX_RECORD_BYTES): LearnPassResult {
  const counter = new LineCounter();
  const copies = new DuplicateIndex();
  const errors: LearnPassResult['errors'] = [];
  const plan = { minWords };
  for (const path of paths) {
    const record = (bytes: Uint8Array, lineNo: number) => {
      const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
      // Parsed without a leading BOM, as --jsonl cleaning parses a record.
      const line = raw.slice(leadingBom(raw).length);
      if (line.trim() === '') return;
      let text: unknown;
      try {
        text = (JSON.parse(line) as Record<string, unknown>)?.[field];
      } catch {
        text = undefined;
      }
      if (typeof text !== 'string') {
        errors.push({ path, message: `line ${lineNo}: not a JSON record with a string "${field}" field; skipped` });
        return;
      }
      if (!copies.check(signatureOf(text))) counter.addFile(learnableKeys(text, plan));
    };
    const block = ({ bytes, firstLine }: { bytes: Buffer; firstLine: number }) => {
      let lineNo = firstLine;
      for (let start = 0; start < bytes.length; lineNo++) {
        const nl = bytes.indexOf(10, start);
        const end = nl < 0 ? bytes.length : nl;
        record(bytes.subarray(start, end), lineNo);
        start = end + 1;
      }
    };
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch (error) {
      errors.push({ path, message: describeFsError(error) });
      continue;
    }
    try {
      const lines = new LineBlocks(maxRecordBytes);
      const take = (item: LineItem) => {
        if (!item.long) block(item);
        else if (item.first) errors.push({ path, message: `line ${item.line}: ${TOO_LONG}; skipped` });
      };
      for (let chunk = readChunk(fd); chunk; chunk = readChunk(fd)) lines.push(chunk).forEach(take);
      const rest = lines.end();
      if (rest) take(rest);
    } finally {
      closeSync(fd);
    }
  }
  return { profile: counter.toProfile(minWords), errors };
}
