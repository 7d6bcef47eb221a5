import type { InputFile } from './expand-inputs.js';

/**
 * With --out-dir, two inputs with the same relative path (a.txt in two folders given) would land on one
 * output. The first keeps it; each later one is refused, so no output is silently overwritten.
 */
export function splitOutputCollisions(files: InputFile[]): { files: InputFile[]; collisions: { path: string; message: string }[] } {
  const owner = new Map<string, string>();
  const kept: InputFile[] = [];
  const collisions: { path: string; message: string }[] = [];
  for (const file of files) {
    const key = file.relative.normalize('NFC');
    const first = owner.get(key);
    if (first === undefined) {
      owner.set(key, file.path);
      kept.push(file);
    } else {
      collisions.push({ path: file.path, message: `would be written to the same output file as ${first} (${file.relative}); skipped` });
    }
  }
  return { files: kept, collisions };
}
