import { parentPort, workerData } from 'node:worker_threads';
import type { GatePrefilter } from './gate-prefilter.js';
import { scanLine, SCAN_FIELDS } from './scan-line.js';

export interface StreamWorkerSetup {
  /** The stream's byte automaton, built by the main thread from its rules. */
  scan: GatePrefilter;
}

// A worker thread of a parallel stream: blocks of whole lines in, each line's scan out (the per-byte
// pass, most of a stream's work); the main thread decides the lines in order from the scans. The block
// and a buffer for its scans (one SCAN_FIELDS row a line) go back, both transferred: the main thread
// uses them again.
const { scan } = workerData as StreamWorkerSetup;
parentPort!.on('message', ({ id, task: { bytes: task, scans } }: { id: number; task: { bytes: Uint8Array; scans: Int32Array } }) => {
  let start = 0;
  let at = 0;
  for (let nl = task.indexOf(10); nl >= 0; nl = task.indexOf(10, start)) {
    let textEnd = nl;
    if (textEnd > start && task[textEnd - 1] === 13) textEnd--;
    scanLine(task, start, textEnd, scan, scans, at);
    start = nl + 1;
    at += SCAN_FIELDS;
  }
  parentPort!.postMessage({ id, result: { bytes: task, scans } }, [task.buffer as ArrayBuffer, scans.buffer as ArrayBuffer]);
});
