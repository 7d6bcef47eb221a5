import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * `mkdir -p`. Node's recursive mkdir says ENOENT ("no such file or directory") of a read-only file
 * system: there the first missing folder is made alone, to raise the real cause (EROFS, EACCES).
 * Returns the first folder made, as mkdirSync does (undefined when all were there).
 */
export function makeFolders(dir: string): string | undefined {
  try {
    return mkdirSync(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    let missing = dir;
    while (dirname(missing) !== missing && !existsSync(dirname(missing))) missing = dirname(missing);
    mkdirSync(missing);
    throw error;
  }
}
