import { closeSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/**
 * Starts the command (bin/ calls `runCommand`). The command is one bundled script, `dist/cli.bundle.cjs`,
 * made by `scripts/bundle-cli.mjs`, compiled here with V8's code cache: a short run spends most of its
 * time compiling, and the cache took the seed article from about 180 ms to 130 ms here. The build
 * writes the cache for the Node that built it; where there is none (a package installed from its
 * tarball, another Node), the first run writes it, as Python writes its __pycache__, when it can. A
 * cache V8 refuses (its flags or version differ) is not used: the cache only ever saves time.
 */
export interface Command {
  run(argv: string[]): Promise<number>;
  setModuleImporter(importer: (specifier: string) => Promise<unknown>): void;
}

export const BUNDLE = fileURLToPath(new URL('../cli.bundle.cjs', import.meta.url));

/** The bundle's first line names its build, so a cache is never read against another build. */
const BUILD_ID = /^\/\* dedupe-article command, build ([0-9a-f]{16}) \*\//;

/** Where the code cache of this build, for this V8, is kept ('' when the bundle names no build). */
export function codeCachePath(source: string): string {
  const id = BUILD_ID.exec(source)?.[1];
  return id === undefined ? '' : `${BUNDLE.replace(/\.cjs$/, '')}.${id}.v8-${process.versions.v8}.cache`;
}

/** The bundled command cannot be read: bin/ prints its message on one line and exits 2. */
export class BundleMissing extends Error {}

export interface LoadedCommand {
  command: Command;
  /** 'used': compiled from the cache; 'refused': V8 would not take it; 'none': there was none. */
  cache: 'used' | 'refused' | 'none';
  /** Write the code cache of what has been compiled so far, whole or not at all; false if it could not be. */
  writeCache(): boolean;
}

export function loadCommand(): LoadedCommand {
  // Compile each regular expression to machine code on first use, not to bytecode first: the rules'
  // large patterns were compiled twice in a short run (the seed article: 85 ms of run time became
  // 63 ms; batches and streams run as fast or faster). It changes nothing a pattern matches.
  setFlagsFromString('--no-regexp-tier-up');
  // Optimise each function on its own, not with its callees inlined: the cleaner's entry point, with
  // everything it calls inlined, took 100-200 ms to optimise and was optimised again at each new shape
  // of input (nine times in a batch's first thousands of files), on the threads the batch cleans with.
  setFlagsFromString('--no-turbo-inlining');
  let source: string;
  try {
    source = readFileSync(BUNDLE, 'utf8');
  } catch (error) {
    // A checkout never built, or a package half installed: say what is missing, not a stack.
    throw new BundleMissing(`${BUNDLE}: ${(error as NodeJS.ErrnoException).code ?? 'cannot be read'}: the command is not built (run npm run build, or reinstall the package)`);
  }
  const cachePath = codeCachePath(source);
  let cachedData: Buffer | undefined;
  try {
    if (cachePath) cachedData = readFileSync(cachePath);
  } catch {
    // No cache for this build and this Node (or it cannot be read): compile without.
  }
  const script = new Script(source, { filename: BUNDLE, cachedData });
  const factory = script.runInThisContext() as (require: NodeJS.Require, bundleUrl: string) => Command;
  const command = factory(createRequire(BUNDLE), pathToFileURL(BUNDLE).href);
  // In a script, import() needs a flag on Node 20: the command imports through this module instead.
  command.setModuleImporter((specifier) => import(specifier));
  return {
    command,
    cache: cachedData === undefined ? 'none' : script.cachedDataRejected === true ? 'refused' : 'used',
    writeCache: () => cachePath !== '' && writeWhole(cachePath, () => script.createCachedData()),
  };
}

/** The file is opened before the cache is made: where it cannot be written, no time goes on making it. */
function writeWhole(path: string, bytes: () => Buffer): boolean {
  const temp = `${path}.${process.pid}.tmp`;
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'wx');
    writeFileSync(fd, bytes());
    closeSync(fd);
    fd = null;
    renameSync(temp, path);
    return true;
  } catch {
    if (fd !== null) closeSync(fd);
    rmSync(temp, { force: true });
    return false;
  }
}

/**
 * The command, run over `argv`; its exit code. When there was no code cache, the run leaves one if it
 * can (a folder it may not write to, a full disk: then not, and nothing is said). A cache V8 refused is
 * left alone: runs with other V8 flags would otherwise write it over one another's.
 */
export async function runCommand(argv: string[]): Promise<number> {
  const loaded = loadCommand();
  const code = await loaded.command.run(argv);
  if (loaded.cache === 'none') loaded.writeCache();
  return code;
}
