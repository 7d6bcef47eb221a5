import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FixturePair {
  name: string;
  input: string;
  expected: string;
}

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/** Every NAME.input.txt in a fixtures folder with its NAME.expected.txt, sorted by name. */
export function loadPairs(folder: string): FixturePair[] {
  const dir = join(FIXTURES, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.input.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.input.txt'.length);
      return { name, input: readFileSync(join(dir, f), 'utf8'), expected: readFileSync(join(dir, `${name}.expected.txt`), 'utf8') };
    });
}

/** Are the lines of `small` the lines of `big` with some left out, in the same order? */
export function isSubsequence(small: string[], big: string[]): boolean {
  let j = 0;
  for (const line of small) {
    while (j < big.length && big[j] !== line) j++;
    if (j === big.length) return false;
    j++;
  }
  return true;
}
