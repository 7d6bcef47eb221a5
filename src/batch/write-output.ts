import { lstatSync, readFileSync } from 'node:fs';
import { makeFolders } from '../io/make-folders.js';
import { dirname, join } from 'node:path';
import type { CliOptions } from '../cli/options.js';
import { encodeText, type Encoding } from '../io/encoding.js';
import type { InputFile } from '../io/expand-inputs.js';
import { writeAtomically, type FileVersion } from '../io/write-atomic.js';
import { describeFsError } from '../io/read-text.js';

/**
 * Write a clean text where the mode says (--write in place, --out-dir mirrored), as processFile does, for
 * batches that decide after cleaning whether a file is written (duplicate articles are not). True if written.
 */
export function writeOutput(file: InputFile, text: string, changed: boolean, encoding: Encoding, options: CliOptions, version?: FileVersion): boolean {
  if (options.mode === 'write') {
    if (!changed) return false;
    // `version`: the input as it was read; written since (a scraper still at it), it is left alone.
    writeAtomically(file.path, encodeText(text, encoding), { durable: true, unchangedSince: version });
    return true;
  }
  if (options.mode !== 'out-dir') return false;
  const target = outputPathOf(file, options);
  const bytes = encodeText(text, encoding);
  const folder = dirname(target);
  const { seen, made } = foldersOf(options);
  // A folder this run made holds only what this run wrote: nothing there to compare with.
  if (!made.has(folder)) {
    try {
      // Read only what is there: a missing file found by an exception costs an error object each. A
      // link is no output of ours, whatever it names: it is replaced below.
      if (lstatSync(target, { throwIfNoEntry: false })?.isFile() && readFileSync(target).equals(bytes)) return false;
    } catch {
      // not readable: written over below, or the write fails with the reason
    }
    if (!seen.has(folder)) {
      const first = makeFolders(folder);
      if (seen.size >= MAX_FOLDERS_REMEMBERED) seen.clear();
      seen.add(folder);
      if (first !== undefined) {
        if (made.size >= MAX_FOLDERS_REMEMBERED) made.clear();
        made.add(folder);
      }
    }
  }
  // A new output is not flushed to the disk one by one: the input stays, a rerun remakes the output, and
  // the flush cost as much as the cleaning. The rename still means a crash never leaves half a file.
  writeAtomically(target, bytes, { durable: false, followLink: false });
  return true;
}

/** Where the mode writes a file's output: the file itself (--write) or its mirror under --out-dir. */
export function outputPathOf(file: InputFile, options: CliOptions): string {
  return options.mode === 'out-dir' ? join(options.outDir!, file.relative) : file.path;
}

/** Why a file's output could not be written, naming the output when it is not the input. */
export function writeFailure(file: InputFile, options: CliOptions, error: unknown): string {
  const cause = (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'a file stands where a folder is needed' : describeFsError(error);
  const target = outputPathOf(file, options);
  return target === file.path ? `could not be written: ${cause}` : `could not be written to ${target}: ${cause}`;
}

// Output folders a run has seen exist, and those it made: a folder of thousands of outputs is made (or
// found) once, not once a file. Kept per run (its options object), never across runs.
const folders = new WeakMap<CliOptions, { seen: Set<string>; made: Set<string> }>();
const MAX_FOLDERS_REMEMBERED = 4096;

function foldersOf(options: CliOptions): { seen: Set<string>; made: Set<string> } {
  let f = folders.get(options);
  if (!f) folders.set(options, (f = { seen: new Set(), made: new Set() }));
  return f;
}
