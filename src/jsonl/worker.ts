import { parentPort, workerData } from 'node:worker_threads';
import { createCleaner } from '../core/clean.js';
import { fromPortable, type PortableCleanOptions } from '../batch/transfer.js';
import { cleanJsonlBlock, type JsonlOptions } from './run-jsonl.js';

export interface JsonlWorkerSetup {
  clean: PortableCleanOptions;
  jsonl: JsonlOptions;
}

// A worker thread of a parallel --jsonl run: blocks of whole lines in, their clean text out.
const setup = workerData as JsonlWorkerSetup;
const clean = createCleaner(fromPortable(setup.clean));
parentPort!.on('message', ({ id, task }: { id: number; task: { bytes: Uint8Array; firstLine: number } }) => {
  parentPort!.postMessage({ id, result: cleanJsonlBlock(task.bytes, task.firstLine, clean, setup.jsonl) });
});
