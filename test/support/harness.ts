import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { Terminal } from '../../src/cli/report.js';

/**
 * Fresh folders under the system temp folder, filled with `files` (relative path → content), removed
 * when the test file ends. Call once per test file, at the top level.
 */
export function tempFolders(prefix: string): (files?: Record<string, string | Buffer>) => string {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  return (files = {}) => {
    const root = mkdtempSync(join(tmpdir(), `dedupe-${prefix}-`));
    made.push(root);
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, name)), { recursive: true });
      writeFileSync(join(root, name), content);
    }
    return root;
  };
}

/** The command in-process, its output captured; without `stdin`, standard input is a terminal. */
export async function runInProcess(args: string[], options: { stdin?: Buffer | string; terminal?: Terminal } = {}) {
  let out = '';
  let err = '';
  const code = await run(args, {
    console: { out: (s) => void (out += s), err: (s) => void (err += s) },
    readStdin: () => Buffer.from(options.stdin ?? ''),
    stdinIsTTY: options.stdin === undefined,
    cwd: process.cwd(),
    ...(options.terminal ? { terminal: options.terminal } : {}),
  });
  return { code, out, err };
}
