import { parentPort, workerData } from 'node:worker_threads';
import { fromPortable, type PortableCleanOptions } from '../batch/transfer.js';
import { BlockAnalyser, type BlockAnalysis } from './analyse-block.js';
import { acceptAll, type GatePrefilter } from './gate-prefilter.js';
import { RuleJudge } from './rule-judge.js';

export interface StreamWorkerSetup {
  /** The stream's clean options (learned boilerplate left out: the stream's own thread applies it). */
  options: PortableCleanOptions;
  /** The byte automaton the stream's own thread built from them (null: gates are off). */
  prefilter: GatePrefilter | null;
}

export interface StreamBlockTask {
  bytes: Uint8Array;
  /** The block's first line, 0-based, in the stream. */
  firstIndex: number;
  /** Rows to fill (analyse-block.ts); new ones come back if the block has more lines. */
  rows: Int32Array;
}

export interface StreamBlockResult {
  bytes: Uint8Array;
  analysis: BlockAnalysis & { rows: Int32Array };
}

// A worker thread of a parallel stream: blocks of whole lines in, each line's words, hash and the
// rules' answer out (analyse-block.ts: most of a stream's work); the stream's own thread decides the
// lines in order. The block and its rows go back, both transferred: that thread uses them again.
const setup = workerData as StreamWorkerSetup;
const judge = new RuleJudge(fromPortable(setup.options), setup.prefilter);
const analyser = new BlockAnalyser(judge, judge.prefilter ?? acceptAll());
// Set up (the rules compiled): the stream's thread sends blocks here from now on, analysing them itself until then.
parentPort!.postMessage({ ready: true });
parentPort!.on('message', ({ id, task }: { id: number; task: StreamBlockTask }) => {
  const analysis = analyser.analyse(task.bytes, task.firstIndex, task.rows);
  const result: StreamBlockResult = { bytes: task.bytes, analysis };
  parentPort!.postMessage({ id, result }, [task.bytes.buffer as ArrayBuffer, analysis.rows.buffer as ArrayBuffer]);
});
