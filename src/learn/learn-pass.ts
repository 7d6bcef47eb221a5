import { closeSync, openSync } from 'node:fs';
import type { InputFile } from '../io/expand-inputs.js';
import { describeFsError } from '../io/read-text.js';
import { signatureOf } from '../batch/signature.js';
import { readChunk } from '../stream/run-stream.js';
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
export async function learnFromFiles(files: readonly InputFile[], jobs: number, minWords: number, shouldStop: () => boolean = () => false): Promise<LearnPassResult> {
  const counter = new LineCounter();
  const copies = new DuplicateIndex();
  const errors: LearnPassResult['errors'] = [];
  const plan = { minWords };
  await mapInOrder<CollectResult>({
    files,
    jobs,
    setup: { clean: toPortable({})!, job: null, learn: plan },
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
export function learnFromJsonl(paths: readonly string[], field: string, minWords: number): LearnPassResult {
  const counter = new LineCounter();
  const copies = new DuplicateIndex();
  const errors: LearnPassResult['errors'] = [];
  const plan = { minWords };
  for (const path of paths) {
    let lineNo = 0;
    const record = (bytes: Buffer) => {
      lineNo++;
      const line = bytes.toString('utf8');
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
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch (error) {
      errors.push({ path, message: describeFsError(error) });
      continue;
    }
    try {
      let carry: Buffer | null = null;
      for (let chunk = readChunk(fd); chunk; chunk = readChunk(fd)) {
        const buf: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
        let start = 0;
        for (let nl = buf.indexOf(10); nl >= 0; nl = buf.indexOf(10, start)) {
          record(buf.subarray(start, nl));
          start = nl + 1;
        }
        carry = start < buf.length ? Buffer.from(buf.subarray(start)) : null;
      }
      if (carry) record(carry);
    } finally {
      closeSync(fd);
    }
  }
  return { profile: counter.toProfile(minWords), errors };
}
