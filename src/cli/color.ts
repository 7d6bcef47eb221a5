import { importModule } from '../io/import-module.js';

export type ColorLevel = 0 | 1 | 2 | 3;

type Paint = (text: string) => string;
/** The colours the reports use; `level` 0 paints nothing. */
export interface Painter {
  level: ColorLevel;
  red: Paint;
  green: Paint;
  yellow: Paint;
  cyan: Paint;
  bold: Paint;
  dim: Paint;
}

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

const same: Paint = (text) => text;
export const PLAIN: Painter = { level: 0, red: same, green: same, yellow: same, cyan: same, bold: same, dim: same };

/**
 * Painters for standard output and standard error. chalk (and its terminal detection) is loaded only
 * when some colour is on: a run into a pipe or a file, the common case, does not pay for it.
 */
export async function painters(flag: boolean | undefined, terminal: { env: Record<string, string | undefined>; stdoutIsTTY: boolean; stderrIsTTY: boolean }): Promise<{ out: Painter; err: Painter }> {
  const level = (isTTY: boolean, detected: ColorLevel) => colorLevel({ flag, env: terminal.env, isTTY, detected });
  if (level(terminal.stdoutIsTTY, 1) === 0 && level(terminal.stderrIsTTY, 1) === 0) return { out: PLAIN, err: PLAIN };
  const { Chalk, default: chalk, chalkStderr } = await importModule<typeof import('chalk')>('chalk');
  const make = (l: ColorLevel): Painter => {
    if (l === 0) return PLAIN;
    const c = new Chalk({ level: l });
    return { level: l, red: (t) => c.red(t), green: (t) => c.green(t), yellow: (t) => c.yellow(t), cyan: (t) => c.cyan(t), bold: (t) => c.bold(t), dim: (t) => c.dim(t) };
  };
  return { out: make(level(terminal.stdoutIsTTY, chalk.level as ColorLevel)), err: make(level(terminal.stderrIsTTY, chalkStderr.level as ColorLevel)) };
}
