import { join } from 'node:path';
import type { Cleaner } from '../core/clean.js';
import type { CleanResult } from '../core/types.js';
import type { Encoding } from '../io/encoding.js';
import { describeFsError, readText } from '../io/read-text.js';
import type { InputFile } from '../io/expand-inputs.js';
import { writeOutput } from '../batch/write-output.js';
import type { CliOptions } from './options.js';

export type FileOutcome =
  | { file: InputFile; ok: true; input: string; encoding: Encoding; result: CleanResult; wrote: boolean }
  | { file: InputFile; ok: false; error: string; binary?: boolean };

/** Read, clean and (in --write / --out-dir) write one file. Never throws: a failure is an outcome. */
export function processFile(file: InputFile, clean: Cleaner, options: CliOptions): FileOutcome {
  const read = readText(file.path, options.encoding, options.outputFile);
  if (!read.ok) return { file, ok: false, error: read.error, binary: read.binary === true };
  let result: CleanResult;
  try {
    result = clean(read.text);
  } catch (error) {
    return { file, ok: false, error: `could not be cleaned: ${(error as Error).message}` };
  }
  let wrote = false;
  try {
    wrote = writeOutput(file, result.text, result.changed, read.encoding, options);
  } catch (error) {
    const cause = (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'a file stands where a folder is needed' : describeFsError(error);
    const target = options.mode === 'out-dir' ? join(options.outDir!, file.relative) : file.path;
    return { file, ok: false, error: target === file.path ? `could not be written: ${cause}` : `could not be written to ${target}: ${cause}` };
  }
  return { file, ok: true, input: read.text, encoding: read.encoding, result, wrote };
}
