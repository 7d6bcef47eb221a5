import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CliOptions } from '../cli/options.js';
import { encodeText, type Encoding } from '../io/encoding.js';
import type { InputFile } from '../io/expand-inputs.js';
import { writeAtomically } from '../io/write-atomic.js';

/**
 * Write a clean text where the mode says (--write in place, --out-dir mirrored), as processFile does, for
 * batches that decide after cleaning whether a file is written (duplicate articles are not). True if written.
 */
export function writeOutput(file: InputFile, text: string, changed: boolean, encoding: Encoding, options: CliOptions): boolean {
  if (options.mode === 'write') {
    if (!changed) return false;
    writeAtomically(file.path, encodeText(text, encoding), { durable: true });
    return true;
  }
  if (options.mode !== 'out-dir') return false;
  const target = join(options.outDir!, file.relative);
  const bytes = encodeText(text, encoding);
  try {
    if (readFileSync(target).equals(bytes)) return false;
  } catch {
    // not there yet
  }
  mkdirSync(dirname(target), { recursive: true });
  // A new output is not flushed to the disk one by one: the input stays, a rerun remakes the output, and
  // the flush cost as much as the cleaning. The rename still means a crash never leaves half a file.
  writeAtomically(target, bytes, { durable: false });
  return true;
}
