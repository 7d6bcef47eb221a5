import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mapInOrder } from '../src/batch/pool.js';
import { createCleaner } from '../src/core/clean.js';
import { cleanJsonlInput } from '../src/jsonl/run-input.js';
import { toPortable } from '../src/batch/transfer.js';
import type { InputFile } from '../src/io/expand-inputs.js';
import { collectLines, type CollectResult } from '../src/learn/collect.js';

// The pool's own choices, seen through what it reports: how many threads took part, and the results'
// order. The work is the learn pass's (collectLines), which the worker threads can run too.
const root = mkdtempSync(join(tmpdir(), 'dedupe-pool-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function makeFiles(n: number): InputFile[] {
  return Array.from({ length: n }, (_, i) => {
    const path = join(root, `f${String(i).padStart(4, '0')}.txt`);
    writeFileSync(path, `Headline number ${i} of the set\n\nThe body of article ${i} says one thing about the harbour and its cranes.\n`);
    return { path, relative: `f${i}.txt` };
  });
}

const plan = { minWords: 3 };
const setup = { clean: toPortable({})!, job: null, learn: plan };

const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

/** This thread's work at a chosen pace: each file costs `ms` of busy time here (the workers run at theirs). */
function pacedLocal(ms: number) {
  return (file: InputFile): CollectResult => {
    busy(ms);
    return collectLines(file, plan);
  };
}

async function run(files: InputFile[], ms: number, startWhenWorthIt: boolean, jobs = 2) {
  const order: number[] = [];
  const firstKeys: string[] = [];
  const { threads } = await mapInOrder<CollectResult>({
    files,
    jobs,
    setup,
    local: pacedLocal(ms),
    startWhenWorthIt,
    shouldStop: () => false,
    onResult: (r, i) => {
      order.push(i);
      if (r.ok) firstKeys.push(r.keys[0]!);
    },
  });
  return { threads, order, firstKeys };
}

describe('the batch pool', () => {
  it('asked for threads, starts them for any batch of two files or more', async () => {
    const files = makeFiles(40);
    const r = await run(files, 0, false);
    expect(r.threads).toBe(2);
    expect(r.order).toEqual(files.map((_, i) => i));
  });

  it('not asked, keeps a short batch on this thread: a worker would not pay back its start', async () => {
    const files = makeFiles(40);
    const r = await run(files, 0, true);
    expect(r.threads).toBe(1);
    expect(r.order).toEqual(files.map((_, i) => i));
  });

  it('not asked, starts the workers once this thread’s pace shows the files left would take long', async () => {
    // 5 ms a file here: 0.4 s into the run, the 700-odd files left would take over 3 s.
    const files = makeFiles(800);
    const lazy = await run(files, 5, true);
    expect(lazy.threads).toBe(2);
    // The same results in the same order as on one thread.
    const here = await run(files, 0, true, 1);
    expect(here.threads).toBe(1);
    expect(lazy.order).toEqual(here.order);
    expect(lazy.firstKeys).toEqual(here.firstKeys);
  });
});

describe('JSONL without -j', () => {
  const input = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: i, text: `Headline ${i}\nADVERTISEMENT\nThe body of record ${i}, about the harbour.\n` })).join('\n') + '\n';
  /** The input in 1 KB chunks, each read taking `ms` (a slow disk, or a slow producer on a pipe). */
  async function jsonl(jobs: number, jobsByDefault: boolean, ms: number) {
    const bytes = Buffer.from(input);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 1024) }, (_, i) => bytes.subarray(i * 1024, (i + 1) * 1024));
    const out: Buffer[] = [];
    const totals = await cleanJsonlInput({
      read: () => (busy(ms), chunks.shift() ?? null),
      clean: createCleaner({}),
      cleanOptions: {},
      jsonl: { field: 'text', stats: false },
      jobs,
      jobsByDefault,
      write: (b) => void out.push(Buffer.from(b)),
      error: () => {},
    });
    return { text: Buffer.concat(out).toString(), workers: totals.workers, records: totals.records };
  }

  it('cleans a short input on this thread: it is done before a worker would have loaded', async () => {
    const here = await jsonl(1, false, 0);
    const short = await jsonl(2, true, 0);
    expect(short.workers).toBe(0);
    expect(short.text).toBe(here.text);
    expect(here.records).toBe(300);
    expect(here.text).not.toContain('ADVERTISEMENT');
  });

  it('hands the rest of a long input to the workers once it has kept this thread busy 0.4 s', async () => {
    const here = await jsonl(1, false, 0);
    // Some 30 chunks at 25 ms a read: 0.7 s of input.
    const long = await jsonl(2, true, 25);
    // -j 2: this thread and one worker.
    expect(long.workers).toBe(1);
    expect(long.text).toBe(here.text);
  });
});
