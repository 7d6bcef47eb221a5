import { readFileSync, unlinkSync } from 'node:fs';
import { createCleaner, type Cleaner } from '../core/clean.js';
import type { CleanOptions } from '../core/options.js';
import { builtinRules } from '../rules/registry.js';
import { expandInputs, isInside } from '../io/expand-inputs.js';
import { decodeText } from '../io/read-text.js';
import { renderExplanation } from './explain.js';
import { fileError, PROGRAM, type Console } from './messages.js';
import { UsageError, type CliOptions } from './options.js';
import { processFile } from './process-file.js';
import { parseArguments } from './program.js';

export interface RunEnvironment {
  console: Console;
  readStdin: () => Buffer;
  stdinIsTTY: boolean;
  cwd: string;
}

const EXIT = { ok: 0, changes: 1, error: 2 } as const;

function processEnvironment(): RunEnvironment {
  return {
    console: { out: (s) => void process.stdout.write(s), err: (s) => void process.stderr.write(s) },
    readStdin: () => readFileSync(0),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    cwd: process.cwd(),
  };
}

/** The whole command: arguments in, exit code out (0 done, 1 --check found changes, 2 errors). */
export async function run(argv: string[], env: RunEnvironment = processEnvironment()): Promise<number> {
  const { console } = env;
  let options: CliOptions;
  try {
    const parsed = parseArguments(argv, env.stdinIsTTY, console.out);
    if (parsed === 'exit') return EXIT.ok;
    options = parsed;
    if (options.listRules) {
      console.out(listRules());
      return EXIT.ok;
    }
    const cleaner = createCleaner(cleanOptions(options));
    return options.stdin ? runStdin(options, cleaner, env) : runFiles(options, cleaner, env);
  } catch (error) {
    if (error instanceof UsageError) {
      console.err(`${PROGRAM}: ${error.message}\nTry '${PROGRAM} --help' for usage.\n`);
      return EXIT.error;
    }
    console.err(`${PROGRAM}: ${(error as Error).message}\n`);
    return EXIT.error;
  }
}

function cleanOptions(options: CliOptions): CleanOptions {
  const rules: Record<string, boolean> = {};
  for (const id of options.disabledRules) rules[id] = false;
  const known = new Set(builtinRules.map((r) => r.id));
  for (const id of options.disabledRules) if (!known.has(id)) throw new UsageError(`--disable: unknown rule "${id}" (see --list-rules)`);
  return { rules, stripCredits: options.stripCredits, repeats: !options.noRepeats };
}

function listRules(): string {
  const width = Math.max(...builtinRules.map((r) => r.id.length));
  return builtinRules.map((r) => `${r.id.padEnd(width)}  ${r.category === 'credit' ? '(with --strip-credits) ' : ''}${r.description}\n`).join('');
}

function runStdin(options: CliOptions, clean: Cleaner, env: RunEnvironment): number {
  const decoded = decodeText(env.readStdin());
  if (!decoded.ok) {
    env.console.err(fileError('<stdin>', decoded.error) + '\n');
    return EXIT.error;
  }
  const result = clean(decoded.text);
  if (options.mode === 'check') {
    if (result.changed && !options.quiet) env.console.out('<stdin>\n');
    return result.changed ? EXIT.changes : EXIT.ok;
  }
  env.console.out(options.explain ? renderExplanation(decoded.text, result) : result.text);
  return EXIT.ok;
}

function runFiles(options: CliOptions, clean: Cleaner, env: RunEnvironment): number {
  const { console } = env;
  const inputs = expandInputs(options.paths, options.extensions, env.cwd);
  if (options.mode === 'out-dir') {
    for (const p of options.paths) {
      if (isInside(options.outDir!, p)) throw new UsageError(`--out-dir ${options.outDir} is inside the input folder ${p}; choose a folder outside it`);
    }
  }
  let errors = inputs.errors.length;
  for (const e of inputs.errors) console.err(fileError(e.path, e.message) + '\n');
  if (options.mode === 'write' || options.mode === 'out-dir') removeStrandedTemps(inputs.strandedTemps, console);

  let changed = 0;
  let unchanged = 0;
  for (const file of inputs.files) {
    const outcome = processFile(file, clean, options);
    if (!outcome.ok) {
      errors++;
      console.err(fileError(file.path, outcome.error) + '\n');
      continue;
    }
    if (outcome.result.changed) changed++;
    else unchanged++;
    if (options.mode === 'stdout') console.out(options.explain ? renderExplanation(outcome.input, outcome.result) : outcome.result.text);
    else if (options.mode === 'check' && outcome.result.changed) console.out(`${file.path}\n`);
  }
  const total = inputs.files.length;
  if (!options.quiet && (total > 1 || options.mode !== 'stdout')) {
    const verb = options.mode === 'check' ? 'would change' : options.mode === 'write' ? 'rewritten' : 'changed';
    console.err(`${total} file${total === 1 ? '' : 's'}: ${changed} ${verb}, ${unchanged} unchanged, ${errors} error${errors === 1 ? '' : 's'}\n`);
  }
  if (errors > 0) return EXIT.error;
  return options.mode === 'check' && changed > 0 ? EXIT.changes : EXIT.ok;
}

function removeStrandedTemps(paths: string[], console: Console): void {
  for (const p of paths) {
    try {
      unlinkSync(p);
    } catch (error) {
      console.err(fileError(p, `could not remove a temporary file left by an interrupted run: ${(error as Error).message}`) + '\n');
    }
  }
}
