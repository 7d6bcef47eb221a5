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
  /** The jobs were not asked for: start the workers only once the input proves long (INPUT_PROVES_LONG_MS). */
  jobsByDefault?: boolean;
  /** Done with the bytes when it returns. */
  write: (bytes: Uint8Array) => void;
  error: (line: number, message: string) => void;
  /** For tests: the record length past which a record passes through uncleaned (default MAX_RECORD_BYTES). */
  maxRecordBytes?: number;
}

/**
 * This thread's time on an input past which, without -j, the rest goes to the workers: a worker takes
 * some 0.15 s to load and half a second to reach full speed (the batch pool judges its pace the same way).
 */
const INPUT_PROVES_LONG_MS = 400;
/** Blocks a worker holds at once, so that it never waits for the next. */
const BLOCKS_PER_WORKER = 2;

/**
 * A JSONL input through the cleaner, block by block (the whole lines of a chunk): on worker threads
 * when there are several, the blocks written in input order either way, a few in flight at most. Says
 * how many worker threads took part.
 */
export async function cleanJsonlInput(r: JsonlRun): Promise<JsonlTotals & { workers: number }> {
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
  // -j N: this thread and N - 1 workers, as in a batch of files.
  const workers = r.jobs - 1;
  const portable = workers > 0 ? toPortable(r.cleanOptions) : null;
  const module = portable ? findCompiledModule('jsonl/worker.js') : null;
  const setup: JsonlWorkerSetup | null = portable && module ? { clean: portable, jsonl: r.jsonl } : null;
  type Pool = TaskPool<{ bytes: Uint8Array; firstLine: number }, JsonlBlockResult>;
  const startPool = (): Promise<Pool> => TaskPool.start(module!, workers, setup!);
  // Without -j, the workers start only once the input has kept this thread busy a while: a short
  // input is cleaned sooner here than a worker loads (5 records: 0.19 s, against 0.41 s on two workers).
  let pool: Pool | null = setup && r.jobsByDefault !== true ? await startPool() : null;
  const started = performance.now();
  // Blocks in input order: the workers' as they will be, this thread's as they are.
  const inFlight: Promise<JsonlBlockResult>[] = [];
  let atWorkers = 0;
  const settled = () => void atWorkers--;
  try {
    for (let chunk = r.read(); ; chunk = r.read()) {
      // postMessage copies the block, so the chunk's buffer is free for the next read at once.
      const ready = chunk ? blocks.push(chunk) : [blocks.end()].filter((b) => b !== null);
      for (const block of ready) {
        if (block.long) {
          while (inFlight.length > 0) emit(await inFlight.shift()!);
          passLong(block);
        } else if (pool !== null && atWorkers < BLOCKS_PER_WORKER * workers) {
          atWorkers++;
          const cleaned = pool.run({ bytes: block.bytes, firstLine: block.firstLine });
          // Awaited in order below; a failure before its turn must not count as unhandled meanwhile.
          cleaned.then(settled, settled);
          inFlight.push(cleaned);
        } else {
          // The workers hold all they should (or there are none): this thread cleans the block, then
          // lets their answers in, so that the next block finds them free.
          const cleaned = cleanJsonlBlock(block.bytes, block.firstLine, r.clean, r.jsonl);
          if (inFlight.length === 0) emit(cleaned);
          else inFlight.push(Promise.resolve(cleaned));
          if (pool !== null) await new Promise((resolve) => setImmediate(resolve));
        }
      }
      while (inFlight.length > (chunk ? r.jobs * BLOCKS_PER_WORKER : 0)) emit(await inFlight.shift()!);
      if (!chunk) break;
      if (setup && pool === null && performance.now() - started >= INPUT_PROVES_LONG_MS) pool = await startPool();
    }
  } finally {
    await pool?.close();
  }
  return { ...totals, workers: pool === null ? 0 : workers };
}
