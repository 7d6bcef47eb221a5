import { closeSync, fstatSync, openSync } from 'node:fs';
import { makeFolders } from '../io/make-folders.js';
import { dirname } from 'node:path';
import type { CleanOptions } from '../core/options.js';
import type { CleanStats } from '../core/types.js';
import type { InputFile } from '../io/expand-inputs.js';
import { describeFsError } from '../io/read-text.js';
import { versionOf, writeAtomically } from '../io/write-atomic.js';
import { StdoutError } from '../cli/messages.js';
import type { CliOptions } from '../cli/options.js';
import type { FileOutcome } from '../cli/process-file.js';
import type { StreamStats } from '../stream/stream-cleaner.js';
import { outputPathOf, writeFailure } from './write-output.js';

/**
 * A file of a batch too large to clean as one document (past 8 MiB, or more lines than any article),
 * streamed where the mode sends it: to standard output in its turn, into a temp file renamed over the
 * input (--write) or onto its mirror (--out-dir), or only counted (--check). Memory stays bounded
 * whatever its size; before, a 300 MB file in a folder took 5 GB and 210 s to clean whole.
 * On this thread, so that standard output keeps the files' order.
 */
export async function streamLargeFile(file: InputFile, options: CliOptions, clean: CleanOptions, toStdout: (bytes: Uint8Array) => void): Promise<FileOutcome> {
  const { streamClean, StreamError } = await import('../stream/run-stream.js');
  let fd: number;
  try {
    fd = openSync(file.path, 'r');
  } catch (error) {
    return { file, ok: false, error: describeFsError(error) };
  }
  let stats: StreamStats | null = null;
  let outBytes = 0;
  let wrote = false;
  try {
    const read = fstatSync(fd);
    const size = read.size;
    // Every line is kept as it was and none removed, and so the bytes are the same.
    const changed = () => stats!.linesRemoved > 0 || outBytes !== size;
    const run = (sink: (bytes: Uint8Array) => void) => {
      stats = streamClean(clean, [], fd, (bytes) => {
        outBytes += bytes.length;
        sink(bytes);
      });
    };
    if (options.mode === 'stdout') run(toStdout);
    else if (options.mode === 'check') run(() => {});
    else {
      const target = outputPathOf(file, options);
      try {
        if (options.mode === 'out-dir') makeFolders(dirname(target));
        wrote = writeAtomically(target, (write) => (run(write), options.mode === 'out-dir' || changed()), { durable: options.mode === 'write', unchangedSince: options.mode === 'write' ? versionOf(read) : undefined, followLink: options.mode === 'write' });
      } catch (error) {
        if (error instanceof StreamError) throw error;
        return { file, ok: false, error: writeFailure(file, options, error) };
      }
    }
    return { file, ok: true, input: '', encoding: 'utf-8', wrote, result: { text: '', changed: changed(), verdicts: [], stats: cleanStatsOf(stats!) } };
  } catch (error) {
    if (error instanceof StdoutError) throw error; // the output failed, not this input: the run stops
    if (error instanceof StreamError) return { file, ok: false, error: error.message };
    return { file, ok: false, error: `could not be read: ${describeFsError(error)}` };
  } finally {
    closeSync(fd);
  }
}

function cleanStatsOf(s: StreamStats): CleanStats {
  const byReason = Object.fromEntries(Object.entries(s.byReason).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { linesIn: s.linesIn, linesOut: s.linesIn - s.linesRemoved, linesRemoved: s.linesRemoved, linesCut: 0, byReason };
}
