import { statSync, unlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { createCleaner, type Cleaner } from '../core/clean.js';
import type { CleanOptions } from '../core/options.js';
import { builtinRules } from '../rules/registry.js';
import { configToOptions, findConfig, loadConfig } from '../config/index.js';
import { expandInputs, inputHolding, strandedTempsUnder } from '../io/expand-inputs.js';
import { mayBeInFlight } from '../io/temp-files.js';
import { IS_OUTPUT_FILE, isSameFile, regularFileOf, type FileIdentity } from '../io/output-file.js';
import { splitOutputCollisions } from '../io/output-collisions.js';
import { decodeText, describeFsError } from '../io/read-text.js';
import { loadDiff } from '../report/diff.js';
import { runAtScale, stdoutSink, withBoilerplate } from '../batch/at-scale.js';
import { cleanBatch } from '../batch/run-batch.js';
import { jobsFor, jobsNote } from '../batch/scale-options.js';
import { writeAllSync } from '../stream/write-sync.js';
import { readToEnd } from '../io/read-chunks.js';
import { displayPath, fileError, PROGRAM, StdoutError, type Console } from './messages.js';
import { UsageError, type CliOptions } from './options.js';
import { parseArguments } from './program.js';
import { painters, type Painter } from './color.js';
import { RunReporter, type Terminal } from './report.js';
import { neverStop, SIGNAL_EXIT_CODES, watchStopSignals, type StopWatch } from './signals.js';

// The bundled command's starter (cli/load-command.ts) hands it its import(): see io/import-module.ts.
export { setModuleImporter } from '../io/import-module.js';

export interface RunEnvironment {
  console: Console;
  readStdin: () => Buffer;
  stdinIsTTY: boolean;
  cwd: string;
  /** Environment variables and terminals, for colour (NO_COLOR, FORCE_COLOR, TTY); default: none, no TTY. */
  terminal?: Terminal;
  /** Stop between files on SIGINT / SIGTERM; the real process watches, in-process runs need not. */
  watchSignals?: () => StopWatch;
  /** The real standard input and output, for streams of any size; absent in-process. `writeOut` is done with the bytes when it returns. */
  stdinFd?: number;
  writeOut?: (bytes: Uint8Array) => void;
  /** Standard output's file when it is a regular file (no input may be that file); absent in-process. */
  stdoutFile?: FileIdentity | null;
}

const EXIT = { ok: 0, changes: 1, error: 2 } as const;

/** All of `bytes` to standard output, now; a failure as a StdoutError (it names no input). */
function toStdout(bytes: Uint8Array): void {
  try {
    writeAllSync(1, bytes);
  } catch (error) {
    throw new StdoutError(error);
  }
}

function processEnvironment(): RunEnvironment {
  return {
    console: { out: (s) => toStdout(Buffer.from(s, 'utf8')), err: (s) => void process.stderr.write(s) },
    readStdin: () => readToEnd(0),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    cwd: process.cwd(),
    terminal: { env: process.env, stdoutIsTTY: Boolean(process.stdout.isTTY), stderrIsTTY: Boolean(process.stderr.isTTY) },
    watchSignals: watchStopSignals,
    stdinFd: 0,
    writeOut: toStdout,
    stdoutFile: regularFileOf(1),
  };
}

/** The whole command: arguments in, exit code out (0 done, 1 --check found changes, 2 errors). */
export async function run(argv: string[], env: RunEnvironment = processEnvironment()): Promise<number> {
  const { console } = env;
  let options: CliOptions | undefined;
  try {
    if (argv[0] === 'learn') return await (await import('../learn/command.js')).runLearnCommand(argv.slice(1), console, env.cwd);
    const parsed = parseArguments(argv, env.stdinIsTTY, console.out);
    if (parsed === 'exit') return EXIT.ok;
    options = parsed;
    options.outputFile = env.stdoutFile ?? null;
    if (options.listRules) {
      console.out(listRules());
      return EXIT.ok;
    }
    if (options.stdin && stdinIsOutput(env)) {
      console.err(fileError('<stdin>', IS_OUTPUT_FILE) + '\n');
      return EXIT.error;
    }
    const s = options.scale;
    if (s?.jobsAsked !== undefined && !options.quiet) console.err(`${PROGRAM}: note: ${jobsNote(s.jobsAsked, s.jobs!)}\n`);
    const cleanOpts = await withBoilerplate(options, cleanOptions(options, env.cwd, console), env);
    const cleaner = createCleaner(cleanOpts);
    const scaled = await runAtScale(options, cleanOpts, cleaner, env);
    if (typeof scaled === 'number') return scaled;
    if (scaled) env = { ...env, readStdin: scaled.readStdin };
    if (options.diff) await loadDiff();
    const paint = await painters(options.color, env.terminal ?? NO_TERMINAL);
    return options.stdin || scaled?.name !== undefined ? runStdin(options, cleaner, env, paint, scaled?.name) : await runFiles(options, cleaner, env, cleanOpts, paint);
  } catch (error) {
    if (error instanceof StdoutError) {
      // A reader that went away (`| head`) ends the run quietly. --check writes only the names of files
      // that would change, so one was being written: the answer is known, and is the exit code.
      if (error.code === 'EPIPE') return options?.mode === 'check' ? EXIT.changes : EXIT.ok;
      console.err(`${PROGRAM}: standard output: could not be written: ${describeFsError(error.reason)}\n`);
      return EXIT.error;
    }
    if (error instanceof UsageError) {
      console.err(`${PROGRAM}: ${error.message}\nTry '${PROGRAM} --help' for usage.\n`);
      return EXIT.error;
    }
    console.err(`${PROGRAM}: ${(error as Error).message}\n`);
    return EXIT.error;
  }
}

/** `dedupe-article < a.txt >> a.txt`: a stream of it would grow until the disk is full. */
function stdinIsOutput(env: RunEnvironment): boolean {
  const input = env.stdinFd === undefined ? null : regularFileOf(env.stdinFd);
  return input !== null && isSameFile(input, env.stdoutFile);
}

/** The owner of a file when it is neither this user nor root; null otherwise (or where there are no uids). */
function foreignOwner(path: string): number | null {
  const me = process.getuid?.();
  if (me === undefined) return null;
  try {
    const { uid } = statSync(path);
    return uid === me || uid === 0 ? null : uid;
  } catch {
    return null;
  }
}

/** Options from the config file (given, or found from the working folder up), then the flags on top. */
function cleanOptions(options: CliOptions, cwd: string, console: Console): CleanOptions {
  const given = options.configPath;
  // Named as the user typed it, unless the run's folder is not the process's (in-process callers).
  let configPath = given !== undefined ? (cwd === process.cwd() ? given : resolve(cwd, given)) : findConfig(cwd);
  // A config found in a folder above, written by someone else (a shared /tmp, another user's home),
  // could make the run drop any line: it is named and passed over, as git passes over such a repository.
  const owner = given === undefined && configPath !== undefined ? foreignOwner(configPath) : null;
  if (owner !== null) {
    console.err(`${PROGRAM}: warning: ${displayPath(configPath!)}: not used: it belongs to another user (uid ${owner}); name it with --config to use it\n`);
    configPath = undefined;
  }
  const fromConfig = configPath ? configToOptions(loadConfig(configPath)) : {};
  const known = new Set([...builtinRules, ...(fromConfig.customRules ?? [])].map((r) => r.id));
  const rules: Record<string, boolean> = { ...fromConfig.rules };
  for (const id of options.disabledRules) {
    if (!known.has(id)) throw new UsageError(`--disable: unknown rule "${id}" (see --list-rules)`);
    rules[id] = false;
  }
  return {
    ...fromConfig,
    rules,
    stripCredits: options.stripCredits || fromConfig.stripCredits === true,
    repeats: !options.noRepeats,
  };
}

function listRules(): string {
  const width = Math.max(...builtinRules.map((r) => r.id.length));
  return builtinRules.map((r) => `${r.id.padEnd(width)}  ${r.category === 'credit' ? '(with --strip-credits) ' : ''}${r.description}\n`).join('');
}

/** Standard input, or a named pipe already read (`name`), cleaned whole. */
function runStdin(options: CliOptions, clean: Cleaner, env: RunEnvironment, paint: { out: Painter; err: Painter }, name = '<stdin>'): number {
  const reporter = new RunReporter(options, env.console, paint);
  const file = { path: name, relative: name };
  const decoded = decodeText(env.readStdin(), options.encoding);
  if (!decoded.ok) {
    reporter.file({ file, ok: false, error: decoded.error });
    reporter.finish();
    return EXIT.error;
  }
  const result = clean(decoded.text);
  reporter.file({ file, ok: true, input: decoded.text, encoding: decoded.encoding, result, wrote: false });
  reporter.finish();
  return options.mode === 'check' && result.changed ? EXIT.changes : EXIT.ok;
}

const NO_TERMINAL: Terminal = { env: {}, stdoutIsTTY: false, stderrIsTTY: false };

async function runFiles(options: CliOptions, clean: Cleaner, env: RunEnvironment, cleanOpts: CleanOptions, paint: { out: Painter; err: Painter }): Promise<number> {
  const { console } = env;
  const reporter = new RunReporter(options, console, paint);
  const inputs = expandInputs(options.paths, options.extensions, env.cwd);
  if (options.mode === 'out-dir') {
    const holder = inputHolding(options.outDir!, options.paths, env.cwd);
    if (holder !== null) throw new UsageError(`--out-dir ${options.outDir} is inside the input folder ${holder}; choose a folder outside it`);
  }
  if (options.mode === 'write') {
    for (const f of inputs.files.filter((f) => f.pipe)) inputs.errors.push({ path: f.path, message: 'is a pipe: there is no file to rewrite in place; use --out-dir or standard output' });
    inputs.files = inputs.files.filter((f) => !f.pipe);
  }
  if (options.mode === 'out-dir') {
    const split = splitOutputCollisions(inputs.files, options.outDir!, env.cwd);
    inputs.files = split.files;
    inputs.errors.push(...split.collisions);
  }
  for (const e of inputs.errors) reporter.inputError(e.path, e.message);
  if (options.mode === 'write' || options.mode === 'out-dir') removeStrandedTemps(inputs.strandedTemps, console);
  if (options.mode === 'out-dir') removeStrandedTemps(strandedTempsUnder(options.outDir!, env.cwd), console);

  const stop = env.watchSignals?.() ?? neverStop;
  try {
    // A binary file met inside a folder or by a glob is skipped with a warning; one named outright is an error.
    await cleanBatch({
      files: inputs.files,
      options,
      cleanOptions: cleanOpts,
      clean,
      jobs: jobsFor(options.scale, inputs.files.length),
      jobsByDefault: options.scale?.jobs === undefined,
      skipDuplicates: options.scale?.skipDuplicates === true,
      report: (outcome, skippable) => reporter.file(outcome, skippable),
      note: (text) => options.quiet || console.err(`${PROGRAM}: note: ${text}\n`),
      progress: env.terminal?.stderrIsTTY && options.scale?.progress !== false && !options.quiet ? console.err : null,
      shouldStop: () => stop.requested !== null,
      writeOut: stdoutSink(env),
    });
  } finally {
    // A signal that came in the last file's synchronous work is heard before the watch ends.
    await new Promise((resolve) => setImmediate(resolve));
    stop.dispose();
  }
  reporter.finish(stop.requested);
  if (stop.requested) return SIGNAL_EXIT_CODES[stop.requested];
  if (reporter.totals.errors > 0) return EXIT.error;
  return options.mode === 'check' && reporter.totals.changed > 0 ? EXIT.changes : EXIT.ok;
}

/** Temp files of ours left by a run that was killed; not those another live run is writing now. */
function removeStrandedTemps(paths: string[], console: Console): void {
  for (const p of paths) {
    if (mayBeInFlight(p)) continue;
    try {
      unlinkSync(p);
    } catch (error) {
      console.err(fileError(p, `could not remove a temporary file left by an interrupted run: ${(error as Error).message}`) + '\n');
    }
  }
}
