import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import type FastGlob from 'fast-glob';
import { describeFsError } from './read-text.js';
import { isOurTempFile } from './temp-files.js';

// fast-glob is loaded on first use: a run over named files never needs it, and it costs start-up time.
let loadedGlob: typeof FastGlob | undefined;
const fastGlob = (): typeof FastGlob => (loadedGlob ??= createRequire(import.meta.url)('fast-glob') as typeof FastGlob);

export interface InputFile {
  /** Path as the user will see it in messages. */
  path: string;
  /** Path relative to the folder or glob base it came from: where it lands under --out-dir. */
  relative: string;
  /** Named outright on the command line (not found in a folder or by a glob). */
  explicit?: boolean;
  /** A pipe named outright, as a shell names `<(zcat a.txt.gz)`: read once, to its end; never rewritten. */
  pipe?: boolean;
}

export interface ExpandedInputs {
  files: InputFile[];
  /** One `path: cause` per argument that gave nothing. */
  errors: { path: string; message: string }[];
  /** Temp files stranded by an earlier killed run, found inside the folders given. */
  strandedTemps: string[];
}

const IGNORE = ['**/.git/**', '**/node_modules/**'];

/**
 * A name in another encoding (an old archive's Latin-1 `café.txt`): Node reads names as UTF-8, puts U+FFFD
 * for the bytes that are not, and the name it gives opens nothing. Said so, not "no such file".
 */
const NAME_NOT_UTF8 = 'its name is not valid UTF-8, so it cannot be opened by that name; rename it in UTF-8 (e.g. convmv -f latin1 -t utf-8 --notest NAME)';
const GLOB_CHARS = /[*?[\]{}()!]/;

/**
 * Each argument is a file, a folder (every file with one of `extensions` below it, recursively) or a
 * glob. Literal paths win over glob reading, symlinks are not followed into folders, results are
 * de-duplicated and sorted (by full path, across all the arguments) so that the same files give the same
 * order on every machine, in whatever order they were named.
 */
export function expandInputs(patterns: string[], extensions: string[], cwd = process.cwd()): ExpandedInputs {
  const files: (InputFile & { key: string })[] = [];
  const errors: ExpandedInputs['errors'] = [];
  const strandedTemps: string[] = [];
  const seen = new Map<string, number>();
  // Folders a walk could not read: said, not passed over (fast-glob's own errors are suppressed, so
  // that one locked folder does not end the walk of the others).
  const unreadable = new Map<string, unknown>();
  const add = (path: string, rel: string, explicit = false, pipe = false) => {
    const key = resolve(cwd, path);
    if (path.includes('\uFFFD') && !lstatExists(key)) {
      errors.push({ path, message: NAME_NOT_UTF8 });
      return;
    }
    const file = pipe ? { key, path, relative: rel, explicit, pipe } : explicit ? { key, path, relative: rel, explicit } : { key, path, relative: rel };
    const at = seen.get(key);
    if (at === undefined) {
      seen.set(key, files.length);
      files.push(file);
    } else if (preferred(file, files[at]!)) {
      files[at] = file;
    }
  };
  const extGlob = extensions.includes('*') ? '**/*' : extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;

  for (const pattern of patterns) {
    let stat;
    try {
      stat = statSync(resolve(cwd, pattern));
    } catch (error) {
      stat = undefined;
      if (!GLOB_CHARS.test(pattern)) {
        const message = lstatExists(resolve(cwd, pattern)) ? 'dangling symbolic link' : pattern.includes('\uFFFD') ? NAME_NOT_UTF8 : describeFsError(error);
        errors.push({ path: pattern, message });
        continue;
      }
    }
    if (stat?.isFile()) {
      add(pattern, basenameOf(pattern), true);
    } else if (stat?.isDirectory()) {
      const base = fastGlob().escapePath(toPosix(pattern));
      const found = globSorted([`${base}/${extGlob}`], cwd, unreadable);
      for (const f of found) {
        if (isOurTempFile(f)) strandedTemps.push(f);
        else add(f, toPosix(relative(resolve(cwd, pattern), resolve(cwd, f))));
      }
      for (const t of globSorted([`${base}/**/.*.dedupe-article-*.tmp`], cwd)) if (isOurTempFile(t) && !strandedTemps.includes(t)) strandedTemps.push(t);
      if (found.length === 0 && !unreadable.has(resolve(cwd, pattern))) errors.push({ path: pattern, message: `no files matching ${extGlob} in this folder` });
    } else if (stat?.isFIFO()) {
      // Only when named: a pipe met inside a folder could keep the run waiting for a writer forever.
      add(pattern, basenameOf(pattern), true, true);
    } else if (stat) {
      errors.push({ path: pattern, message: 'not a regular file, folder or pipe' });
    } else {
      const found = globSorted([toPosix(pattern)], cwd, unreadable).filter((f) => !isOurTempFile(f));
      // A glob may have several bases ("{in,../other}/*.txt"): each file lands under --out-dir as it
      // stands below its own, never above the output folder.
      const bases = fastGlob()
        .generateTasks([toPosix(pattern)])
        .map((task) => resolve(cwd, task.base));
      for (const f of found) {
        const path = resolve(cwd, f);
        const base = bases.find((b) => isInside(path, b));
        add(f, base === undefined ? basenameOf(f) : toPosix(relative(base, path)));
      }
      if (found.length === 0 && unreadable.size === 0) errors.push({ path: pattern, message: 'no file matches this pattern' });
    }
  }
  for (const [folder, error] of unreadable) errors.push({ path: toPosix(relative(cwd, folder)) || '.', message: `this folder cannot be read: ${describeFsError(error)}` });
  files.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { files: files.map(({ key: _, ...file }) => file), errors, strandedTemps };
}

/**
 * A file reached by several arguments (named, and in its folder; in two nested folders) is taken once,
 * as the same one whatever their order: as named outright, else as the outermost folder or glob reaches
 * it (the longest path below it), else by the first path in sort order.
 */
function preferred(a: InputFile, b: InputFile): boolean {
  if ((a.explicit === true) !== (b.explicit === true)) return a.explicit === true;
  if (a.relative.length !== b.relative.length) return a.relative.length > b.relative.length;
  return a.path < b.path || (a.path === b.path && a.relative < b.relative);
}

/** Temp files of ours left under `dir` by a killed run (for an --out-dir folder, which is not an input). */
export function strandedTempsUnder(dir: string, cwd = process.cwd()): string[] {
  return globSorted([`${fastGlob().escapePath(toPosix(dir))}/**/.*.dedupe-article-*.tmp`], cwd).filter(isOurTempFile);
}

function globSorted(patterns: string[], cwd: string, unreadable?: Map<string, unknown>): string[] {
  const fs = unreadable && { readdirSync: readdirNoting(unreadable, cwd) };
  return fastGlob()
    .sync(patterns, { cwd, ignore: IGNORE, dot: true, onlyFiles: true, followSymbolicLinks: false, suppressErrors: true, ...(fs && { fs }) })
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** readdirSync for fast-glob that notes each folder it cannot read (fast-glob then passes it over). */
function readdirNoting(unreadable: Map<string, unknown>, cwd: string): typeof readdirSync {
  return ((path: string, options?: unknown) => {
    try {
      return readdirSync(path, options as Parameters<typeof readdirSync>[1]);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') unreadable.set(resolve(cwd, String(path)), error);
      throw error;
    }
  }) as typeof readdirSync;
}

function lstatExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

const toPosix = (p: string) => p.split('\\').join('/');
const basenameOf = (p: string) => toPosix(p).split('/').pop() ?? p;

/** Is `inner` the folder `outer` or inside it? */
/**
 * The argument whose walk would reach `outDir`, if any: a folder, or the base of a recursive glob
 * ("in/**\/*.txt"), compared as typed and as the file system resolves them (a symbolic link to the
 * folder, or in the output's path). The output would become input on the next run, one level deeper.
 */
export function inputHolding(outDir: string, patterns: string[], cwd = process.cwd()): string | null {
  const out = resolve(cwd, outDir);
  const realOut = realOrNearest(out);
  for (const pattern of patterns) {
    const path = resolve(cwd, pattern);
    let folders: string[] = [];
    if (isFolder(path)) folders = [path];
    else if (GLOB_CHARS.test(pattern) && !lstatExists(path) && pattern.includes('**')) folders = fastGlob().generateTasks([toPosix(pattern)]).map((task) => resolve(cwd, task.base));
    if (folders.some((f) => isInside(out, f) || isInside(realOut, realOrNearest(f)))) return pattern;
  }
  return null;
}

/** The path as the file system resolves it: its nearest existing ancestor's real path, and the rest. */
function realOrNearest(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realOrNearest(parent), basename(path));
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function isInside(inner: string, outer: string): boolean {
  const rel = relative(resolve(outer), resolve(inner));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
