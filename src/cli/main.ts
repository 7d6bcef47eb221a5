import { readFileSync } from 'node:fs';
import { clean } from '../core/clean.js';

// Temporary: stdin → stdout only, until the real CLI lands.
export async function run(_argv: string[]): Promise<number> {
  process.stdout.write(clean(readFileSync(0, 'utf8')).text);
  return 0;
}
