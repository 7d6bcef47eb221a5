import { Chalk, chalkStderr, type ChalkInstance } from 'chalk';
import chalk from 'chalk';

export type ColorLevel = 0 | 1 | 2 | 3;

export interface ColorInputs {
  /** --color (true), --no-color (false), neither (undefined). */
  flag: boolean | undefined;
  env: Record<string, string | undefined>;
  isTTY: boolean;
  /** What chalk detected for this stream at start-up (terminal depth); used when colour is on. */
  detected: ColorLevel;
}

/**
 * Whether to colour, and how deep: --no-color and --color win; then NO_COLOR (any non-empty value, which
 * chalk itself ignores); then FORCE_COLOR (0 off, 1-3 a depth); then colour only on a terminal.
 */
export function colorLevel({ flag, env, isTTY, detected }: ColorInputs): ColorLevel {
  if (flag === false) return 0;
  const depth: ColorLevel = detected > 0 ? detected : 1;
  if (flag === true) return depth;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '' || force === 'true' || force === '1') return Math.max(1, detected) as ColorLevel;
    const n = Number(force);
    if (n === 2 || n === 3) return n;
    return depth;
  }
  if (!isTTY || env.TERM === 'dumb') return 0;
  return depth;
}

/** A chalk instance for one stream at the decided level. */
export function painter(level: ColorLevel): ChalkInstance {
  return new Chalk({ level });
}

export const detectedLevels = { stdout: chalk.level as ColorLevel, stderr: chalkStderr.level as ColorLevel };
