import { closeSync, fstatSync, openSync, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import type { Cleaner } from '../core/clean.js';
import type { CleanOptions } from '../core/options.js';
import { expandInputs } from '../io/expand-inputs.js';
import type { CliOptions } from '../cli/options.js';
import { fileError, PROGRAM, StdoutError, type Console } from '../cli/messages.js';
import { streamsLargeFiles, tooLargeToCleanWhole } from '../cli/process-file.js';
import { describeFsError, lineFeedsIn } from '../io/read-text.js';
import { IS_OUTPUT_FILE, isSameFile, regularFileOf } from '../io/output-file.js';
import type { Profile } from '../learn/profile.js';
import { AUTO_STREAM_BYTES, CHUNK_BYTES, MAX_DOCUMENT_LINES, readChunk, readHead } from '../io/read-chunks.js';
import { jobsFor } from './scale-options.js';

/** What of the run environment the modes here use. */
export interface ScaleEnvironment {
  console: Console;
  readStdin: () => Buffer;
  /** The real standard input, to read in chunks; absent in-process (then readStdin gives it whole). */
  stdinFd?: number;
  /** Write bytes to standard output without making a string of them; done with them when it returns. */
  writeOut?: (bytes: Uint8Array) => void;
  cwd: string;
}

const EXIT = { ok: 0, changes: 1, error: 2 } as const;

/** Add the boilerplate of --profile and of a --learn first pass to the clean options. */
export async function withBoilerplate(options: CliOptions, clean: CleanOptions, env: ScaleEnvironment): Promise<CleanOptions> {
  const s = options.scale;
  if (!s || (!s.learn && !s.profile)) return clean;
  // Loaded only when asked for, as the stream and learning code below: a plain run skips them all.
  const { boilerplateOf, mergeProfiles, minFilesFor, readProfile, LEARN_DEFAULTS } = await import('../learn/profile.js');
  const profiles: Profile[] = [];
  if (s.profile) profiles.push(readProfile(s.profile));
  if (s.learn) {
    const { learnFromFiles, learnFromJsonl } = await import('../learn/learn-pass.js');
    const { files } = expandInputs(options.paths, options.extensions, env.cwd);
    const learned = s.jsonl
      ? learnFromJsonl(files.map((f) => f.path), s.field, LEARN_DEFAULTS.minWords)
      : await learnFromFiles(files, jobsFor(s, files.length), LEARN_DEFAULTS.minWords, undefined, s.jobs === undefined);
    profiles.push(learned.profile);
  }
  const profile = profiles.length === 1 ? profiles[0]! : mergeProfiles(profiles);
  const boilerplate = boilerplateOf(profile, minFilesFor(profile, s.learnMinFiles));
  if (!options.quiet && s.learn) env.console.err(`${PROGRAM}: learned ${boilerplate.size} boilerplate line${boilerplate.size === 1 ? '' : 's'} from ${profile.files} files\n`);
  return { ...clean, boilerplate: new Map([...(clean.boilerplate ?? []), ...boilerplate]) };
}

/**
 * Runs the modes that do not go file by file through the reporter: --jsonl, --stream, and inputs past
 * 8 MiB. Returns the exit code, or null when the run is an ordinary one (then with the part of
 * standard input already read, if any, handed back through `readStdin`).
 */
export async function runAtScale(options: CliOptions, clean: CleanOptions, cleaner: Cleaner, env: ScaleEnvironment): Promise<number | HeadRead | null> {
  const s = options.scale;
  if (s?.jsonl) return runJsonl(options, clean, cleaner, env);
  // Streams read UTF-8 only: a file in another encoding (--encoding) is cleaned whole.
  const plain = options.mode === 'stdout' && streamsLargeFiles(options);
  if (!plain) return options.stdin && env.stdinFd !== undefined ? stdinHeadOrLarge(env.stdinFd, options, clean, env) : null;
  if (options.stdin) {
    if (env.stdinFd === undefined) return s?.stream ? streamOut(env, (st) => st.streamCleanParallel(clean, [env.readStdin()], null, stdoutSink(env), { jobs: streamJobs(options) }), '<stdin>') : null;
    return wholeOrStreamed(env.stdinFd, null, s?.stream === true, options, clean, env);
  }
  const only = options.paths.length === 1 ? statOf(options.paths[0]!, env.cwd) : undefined;
  // One pipe named as the path (`<(zcat a.gz)`) is read as standard input is.
  if (!s?.stream && only?.isFIFO()) return pipeHead(options, clean, env, options.paths[0]!);
  const streamPaths = s?.stream || (only?.isFile() === true && only.size > AUTO_STREAM_BYTES);
  if (!streamPaths) return null;
  const inputs = expandInputs(options.paths, options.extensions, env.cwd);
  let code: number = EXIT.ok;
  for (const e of inputs.errors) {
    env.console.err(fileError(e.path, e.message) + '\n');
    code = EXIT.error;
  }
  for (const file of inputs.files) {
    const fd = openInput(file.path, options, env);
    if (fd === null) {
      code = EXIT.error;
      continue;
    }
    try {
      if ((await streamOut(env, (st) => st.streamCleanParallel(clean, [], fd, stdoutSink(env), { jobs: streamJobs(options) }), file.path)) !== EXIT.ok) code = EXIT.error;
    } finally {
      closeSync(fd);
    }
  }
  return code;
}

type StreamModule = typeof import('../stream/run-stream.js');

/** About a second of JSONL for this thread alone, on two CPUs: worth starting the workers for at once. */
const JSONL_WORKERS_AT_ONCE_BYTES = 16 << 20;

/** A stream scans its lines on worker threads: -j, or one a CPU. */
const streamJobs = (options: CliOptions) => options.scale?.jobs ?? availableParallelism();

async function streamOut(env: ScaleEnvironment, work: (stream: StreamModule) => unknown, name: string): Promise<number> {
  const stream = await import('../stream/run-stream.js');
  try {
    await work(stream);
    return EXIT.ok;
  } catch (error) {
    // A reader that went away (`| head`) ends the run quietly, as it does elsewhere.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return EXIT.ok;
    if (error instanceof StdoutError) throw error; // the output failed, not this input: the run stops
    const message = error instanceof stream.StreamError ? error.message : `could not be read: ${(error as Error).message}`;
    env.console.err(fileError(name, message) + '\n');
    return EXIT.error;
  }
}

/** Standard output for bytes: the real one, or (in-process) the console, as text. */
export const stdoutSink = (env: ScaleEnvironment) => env.writeOut ?? ((bytes: Uint8Array) => env.console.out(Buffer.from(bytes).toString('utf8')));

async function runJsonl(options: CliOptions, clean: CleanOptions, cleaner: Cleaner, env: ScaleEnvironment): Promise<number> {
  const s = options.scale!;
  const { cleanJsonlInput } = await import('../jsonl/run-input.js');
  let code: number = EXIT.ok;
  // An input known to be large (a regular file, named or redirected) starts its workers at once: it will
  // outlast their start. Of any other, the run judges by the time it takes (see cleanJsonlInput).
  const knownLarge = (fd: number | undefined) => {
    try {
      const stat = fd === undefined ? null : fstatSync(fd);
      return stat !== null && stat.isFile() && stat.size >= JSONL_WORKERS_AT_ONCE_BYTES;
    } catch {
      return false;
    }
  };
  const one = async (name: string, read: () => Buffer | null, fd?: number) => {
    try {
      const totals = await cleanJsonlInput({
        read,
        clean: cleaner,
        cleanOptions: clean,
        jsonl: { field: s.field, stats: s.stats },
        jobs: s.jobs ?? availableParallelism(),
        jobsByDefault: s.jobs === undefined && !knownLarge(fd),
        write: stdoutSink(env),
        error: (line, message) => env.console.err(fileError(name, `line ${line}: ${message}`) + '\n'),
      });
      if (totals.errors > 0) code = EXIT.error;
    } catch (error) {
      if (error instanceof StdoutError) throw error;
      env.console.err(fileError(name, (error as Error).message) + '\n');
      code = EXIT.error;
    }
  };
  if (options.stdin) {
    const fd = env.stdinFd;
    let given: Buffer | null = fd === undefined ? env.readStdin() : null;
    const once = () => {
      const b = given;
      given = null;
      return b;
    };
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    await one('<stdin>', fd === undefined ? once : () => readChunk(fd, CHUNK_BYTES, buffer), fd);
    return code;
  }
  const inputs = expandInputs(options.paths, options.extensions, env.cwd);
  for (const e of inputs.errors) {
    env.console.err(fileError(e.path, e.message) + '\n');
    code = EXIT.error;
  }
  for (const file of inputs.files) {
    const fd = openInput(file.path, options, env);
    if (fd === null) {
      code = EXIT.error;
      continue;
    }
    try {
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      await one(file.path, () => readChunk(fd, CHUNK_BYTES, buffer), fd);
    } finally {
      closeSync(fd);
    }
  }
  return code;
}

/** Input read before the run decided how to clean it, handed back; `name` when it is a named pipe's. */
export interface HeadRead {
  readStdin: () => Buffer;
  name?: string;
}

/**
 * Standard input or a named pipe (`name`): read up to 8 MiB (nothing ahead with --stream); an input that
 * ends there goes back to be cleaned whole, a longer one is streamed.
 */
async function wholeOrStreamed(fd: number, name: string | null, stream: boolean, options: CliOptions, clean: CleanOptions, env: ScaleEnvironment): Promise<number | HeadRead> {
  const head = readHead(fd, stream ? 0 : AUTO_STREAM_BYTES);
  if (!stream && head.ended && !pastDocumentLines(head.chunks)) return name === null ? { readStdin: () => Buffer.concat(head.chunks) } : { readStdin: () => Buffer.concat(head.chunks), name };
  return streamOut(env, (st) => st.streamCleanParallel(clean, head.chunks, fd, stdoutSink(env), { jobs: streamJobs(options) }), name ?? '<stdin>');
}

/**
 * Standard input in a mode that checks it or shows its verdicts: read up to the limits a file is
 * cleaned whole within (8 MiB, 100,000 lines) and handed back; past them --check streams it in bounded
 * memory and the verdict modes refuse it, as they do such a file (read whole, 3 million short lines
 * took 3 GB).
 */
async function stdinHeadOrLarge(fd: number, options: CliOptions, clean: CleanOptions, env: ScaleEnvironment): Promise<number | HeadRead> {
  const head = readHead(fd, AUTO_STREAM_BYTES);
  if (head.ended && !pastDocumentLines(head.chunks)) return { readStdin: () => Buffer.concat(head.chunks) };
  if (!(options.mode === 'check' && streamsLargeFiles(options))) {
    env.console.err(fileError('<stdin>', tooLargeToCleanWhole(options)) + '\n');
    return EXIT.error;
  }
  const { StreamCleaner } = await import('../stream/stream-cleaner.js');
  let bytesIn = 0;
  let bytesOut = 0;
  try {
    const cleaner = new StreamCleaner(clean, (bytes) => (bytesOut += bytes.length));
    const push = (chunk: Buffer) => {
      bytesIn += chunk.length;
      cleaner.push(chunk);
    };
    head.chunks.forEach(push);
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let chunk = readChunk(fd, CHUNK_BYTES, buffer); chunk; chunk = readChunk(fd, CHUNK_BYTES, buffer)) push(chunk);
    const stats = cleaner.end();
    // As --check says of a file: its name when cleaning would change it.
    if (stats.linesRemoved === 0 && bytesOut === bytesIn) return EXIT.ok;
    env.console.out('<stdin>\n');
    return EXIT.changes;
  } catch (error) {
    if (error instanceof StdoutError) throw error;
    env.console.err(fileError('<stdin>', (error as Error).message) + '\n');
    return EXIT.error;
  }
}

async function pipeHead(options: CliOptions, clean: CleanOptions, env: ScaleEnvironment, path: string): Promise<number | HeadRead> {
  let fd: number;
  try {
    fd = openSync(resolve(env.cwd, path), 'r');
  } catch (error) {
    env.console.err(fileError(path, describeFsError(error)) + '\n');
    return EXIT.error;
  }
  try {
    return await wholeOrStreamed(fd, path, false, options, clean, env);
  } finally {
    closeSync(fd);
  }
}

/** An input file opened to be read in chunks, or null with its error printed (it could not be opened, or it is standard output's file). */
function openInput(path: string, options: CliOptions, env: ScaleEnvironment): number | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    env.console.err(fileError(path, describeFsError(error)) + '\n');
    return null;
  }
  const identity = options.outputFile ? regularFileOf(fd) : null;
  if (identity && isSameFile(identity, options.outputFile)) {
    closeSync(fd);
    env.console.err(fileError(path, IS_OUTPUT_FILE) + '\n');
    return null;
  }
  return fd;
}

/** More lines than a document is cleaned whole with (MAX_DOCUMENT_LINES): such an input is streamed. */
function pastDocumentLines(chunks: Buffer[]): boolean {
  let bytes = 0;
  for (const c of chunks) bytes += c.length;
  if (bytes <= MAX_DOCUMENT_LINES) return false;
  let lines = 1; // the last, with or without its line feed
  for (const c of chunks) lines += lineFeedsIn(c);
  return lines > MAX_DOCUMENT_LINES;
}

function statOf(path: string, cwd: string): Stats | undefined {
  try {
    return statSync(resolve(cwd, path));
  } catch {
    return undefined;
  }
}
