import { parentPort, workerData } from 'node:worker_threads';
import { createCleaner } from '../core/clean.js';
import type { InputFile } from '../io/expand-inputs.js';
import { runJob, type JobPlan } from './file-job.js';
import { collectLines, type LearnPlan } from '../learn/collect.js';
import { fromPortable, type PortableCleanOptions } from './transfer.js';

export interface WorkerSetup {
  clean: PortableCleanOptions;
  job: JobPlan | null;
  learn: LearnPlan | null;
}

export interface WorkerTask {
  seq: number;
  files: InputFile[];
}

// One worker thread of the batch pool: files in, results out, in the order they came.
const setup = workerData as WorkerSetup;
// Batches compare articles: the cleaner gives each one's signature from the words it hashed anyway.
const clean = createCleaner({ ...fromPortable(setup.clean), signature: setup.job?.signature === true });
parentPort!.on('message', (task: WorkerTask) => {
  const results = task.files.map((file) => (setup.learn ? collectLines(file, setup.learn) : runJob(file, clean, setup.job!)));
  parentPort!.postMessage({ seq: task.seq, results });
});
