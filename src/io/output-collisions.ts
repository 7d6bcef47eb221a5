import { lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { InputFile } from './expand-inputs.js';

/**
 * With --out-dir, an output must land on neither an input (`a.txt --out-dir .` would replace the
 * input) nor another input's output (a.txt in two folders given). Such inputs are refused, so no file
 * is ever silently overwritten; the first of two colliding inputs keeps its output.
 */
export function splitOutputCollisions(
  files: InputFile[],
  outDir: string,
  cwd: string,
): { files: InputFile[]; collisions: { path: string; message: string }[] } {
  const folders = new Map<string, string>();
  const realPath = (path: string) => realPathOf(path, folders);
  const inputs = new Set(files.map((f) => realPath(resolve(cwd, f.path))));
  const owner = new Map<string, string>();
  const kept: InputFile[] = [];
  const collisions: { path: string; message: string }[] = [];
  for (const file of files) {
    const target = realPath(resolve(cwd, join(outDir, file.relative)));
    const first = owner.get(target);
    if (inputs.has(target)) {
      collisions.push({ path: file.path, message: `its output ${join(outDir, file.relative)} would overwrite an input file; skipped (use --write to clean in place)` });
    } else if (first !== undefined) {
      collisions.push({ path: file.path, message: `would be written to the same output file as ${first} (${file.relative}); skipped` });
    } else {
      owner.set(target, file.path);
      kept.push(file);
    }
  }
  return { files: kept, collisions };
}

/**
 * The path with its links resolved, so two spellings of one file compare equal. A folder is resolved
 * once (`folders` remembers it): a thousand files in one folder cost a thousand lstat calls, not a
 * walk up every path.
 */
function realPathOf(path: string, folders: Map<string, string>): string {
  let link = false;
  try {
    link = lstatSync(path).isSymbolicLink();
  } catch {
    // not there (an output not yet written): its folder is still resolved
  }
  if (link) return resolved(path);
  const folder = dirname(path);
  let real = folders.get(folder);
  if (real === undefined) folders.set(folder, (real = resolved(folder)));
  return join(real, basename(path));
}

function resolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
