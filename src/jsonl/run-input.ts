import type { Cleaner } from '../core/clean.js';
import type { CleanOptions } from '../core/options.js';
import { findCompiledModule } from '../batch/pool.js';
import { TaskPool } from '../batch/task-pool.js';
import { toPortable } from '../batch/transfer.js';
import { LineBlocks, type LongLinePiece } from '../io/line-blocks.js';
import { cleanJsonlBlock, MAX_RECORD_BYTES, TOO_LONG, type JsonlBlockResult, type JsonlOptions, type JsonlTotals } from './run-jsonl.js';
import type { JsonlWorkerSetup } from './worker.js';

export interface JsonlRun {
  /** The next chunk of the input, or null at its end; its buffer may be reused by the next call. */
  read: () => Buffer | null;
  clean: Cleaner;
  cleanOptions: CleanOptions;
  jsonl: JsonlOptions;
  /** Worker threads; 1 cleans on this thread. */
  jobs: number;
  /** Done with the bytes when it returns. */
  write: (bytes: Uint8Array) => void;
  error: (line: number, message: string) => void;
  /** For tests: the record length past which a record passes through uncleaned (default MAX_RECORD_BYTES). */
  maxRecordBytes?: number;
}

/**
 * A JSONL input through the cleaner, block by block (the whole lines of a chunk): on worker threads
 * when there are several, the blocks written in input order either way, a few in flight at most.
 */
export async function cleanJsonlInput(r: JsonlRun): Promise<JsonlTotals> {
  const totals: JsonlTotals = { records: 0, changed: 0, errors: 0 };
  const emit = (b: JsonlBlockResult) => {
    r.write(b.bytes);
    for (const e of b.errors) r.error(e.line, e.message);
    totals.records += b.records;
    totals.changed += b.changed;
    totals.errors += b.errors.length;
  };
  // A record too long to hold goes out unchanged, piece by piece, once every line before it has.
  const passLong = (piece: LongLinePiece) => {
    if (piece.first) {
      r.error(piece.line, `${TOO_LONG}; passed through uncleaned`);
      totals.records++;
      totals.errors++;
    }
    r.write(piece.bytes);
  };
  const blocks = new LineBlocks(r.maxRecordBytes ?? MAX_RECORD_BYTES);
  const portable = r.jobs > 1 ? toPortable(r.cleanOptions) : null;
  const module = portable ? findCompiledModule('jsonl/worker.js') : null;
  if (!portable || !module) {
    for (let chunk = r.read(); ; chunk = r.read()) {
      const ready = chunk ? blocks.push(chunk) : [blocks.end()].filter((b) => b !== null);
      for (const item of ready) {
        if (item.long) passLong(item);
        else emit(cleanJsonlBlock(item.bytes, item.firstLine, r.clean, r.jsonl));
      }
      if (!chunk) return totals;
    }
  }
  const setup: JsonlWorkerSetup = { clean: portable, jsonl: r.jsonl };
  const pool = await TaskPool.start<{ bytes: Uint8Array; firstLine: number }, JsonlBlockResult>(module, r.jobs, setup);
  const inFlight: Promise<JsonlBlockResult>[] = [];
  try {
    for (let chunk = r.read(); ; chunk = r.read()) {
      // postMessage copies the block, so the chunk's buffer is free for the next read at once.
      const ready = chunk ? blocks.push(chunk) : [blocks.end()].filter((b) => b !== null);
      for (const block of ready) {
        if (block.long) {
          while (inFlight.length > 0) emit(await inFlight.shift()!);
          passLong(block);
          continue;
        }
        const cleaned = pool.run({ bytes: block.bytes, firstLine: block.firstLine });
        // Awaited in order below; a failure before its turn must not count as unhandled meanwhile.
        cleaned.catch(() => {});
        inFlight.push(cleaned);
      }
      while (inFlight.length > (chunk ? r.jobs * 2 : 0)) emit(await inFlight.shift()!);
      if (!chunk) break;
    }
  } finally {
    await pool.close();
  }
  return totals;
}
