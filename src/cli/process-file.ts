import type { Cleaner } from '../core/clean.js';
import type { CleanResult } from '../core/types.js';
import type { Encoding } from '../io/encoding.js';
import { readText } from '../io/read-text.js';
import { AUTO_STREAM_BYTES, MAX_DOCUMENT_LINES } from '../io/read-chunks.js';
import type { InputFile } from '../io/expand-inputs.js';
import { writeFailure, writeOutput } from '../batch/write-output.js';
import type { FileVersion } from '../io/write-atomic.js';
import type { CliOptions } from './options.js';
import { whileBlocking } from './signals.js';

export type FileOutcome =
  | { file: InputFile; ok: true; input: string; encoding: Encoding; result: CleanResult; wrote: boolean; version?: FileVersion }
  | { file: InputFile; ok: false; error: string; binary?: boolean; large?: boolean };

/**
 * Read, clean and (in --write / --out-dir) write one file. Never throws: a failure is an outcome. A file
 * past 8 MiB or MAX_DOCUMENT_LINES comes back unread as `large` where the run can stream it (see
 * streamsLargeFiles): the batch streams it in its turn.
 */
export function processFile(file: InputFile, clean: Cleaner, options: CliOptions): FileOutcome {
  const streamPast = file.pipe !== true ? AUTO_STREAM_BYTES : undefined;
  const readIt = () => readText(file.path, { encoding: options.encoding, outputFile: options.outputFile, streamPast });
  // A named pipe waits for its writer: a signal must end that wait (see whileBlocking).
  const read = file.pipe === true ? whileBlocking(readIt) : readIt();
  if (!read.ok && read.large && !streamsLargeFiles(options)) return { file, ok: false, error: tooLargeToCleanWhole(options) };
  if (!read.ok) return read.large ? { file, ok: false, error: read.error, large: true } : { file, ok: false, error: read.error, binary: read.binary === true };
  let result: CleanResult;
  try {
    result = clean(read.text);
  } catch (error) {
    return { file, ok: false, error: `could not be cleaned: ${(error as Error).message}` };
  }
  let wrote = false;
  try {
    wrote = writeOutput(file, result.text, result.changed, read.encoding, options, read.version);
  } catch (error) {
    return { file, ok: false, error: writeFailure(file, options, error) };
  }
  return read.version ? { file, ok: true, input: read.text, encoding: read.encoding, result, wrote, version: read.version } : { file, ok: true, input: read.text, encoding: read.encoding, result, wrote };
}

/**
 * Cleaned whole, a file costs about 1 KB a line besides its text: a 15 MB file of 3 million short lines
 * took 3.6 GB with --report. Past the stream's limits such a file is refused, saying what streams it.
 */
export function tooLargeToCleanWhole(options: CliOptions): string {
  const limit = `past ${AUTO_STREAM_BYTES >> 20} MiB or ${MAX_DOCUMENT_LINES.toLocaleString('en-US')} lines`;
  return options.encoding !== undefined
    ? `is too large to clean whole in another encoding than UTF-8 (${limit}); converted to UTF-8 (iconv -f ${options.encoding} -t utf-8) it is streamed`
    : `is too large to show line by line (${limit}); without --explain, --diff, --report or --format json it is streamed`;
}

/**
 * A file too large to clean as one document is streamed (bounded memory, exact repeats and every rule)
 * unless the run shows each line's verdict (--explain, --diff, --report, --format json) or reads another
 * encoding than UTF-8: those refuse it (tooLargeToCleanWhole). A pipe is never streamed here: it cannot
 * be read twice, and is read whole (up to 512 MiB).
 */
export function streamsLargeFiles(options: CliOptions): boolean {
  return !options.explain && !options.diff && !options.report && options.encoding === undefined; // --format json sets report
}
