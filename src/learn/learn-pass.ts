import type { InputFile } from '../io/expand-inputs.js';
import { DuplicateIndex } from '../batch/duplicates.js';
import { mapInOrder } from '../batch/pool.js';
import { toPortable } from '../batch/transfer.js';
import { collectLines, type CollectResult } from './collect.js';
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
