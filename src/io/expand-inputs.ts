import { lstatSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
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
 * de-duplicated and sorted so the same arguments give the same order on every machine.
 */
export function expandInputs(patterns: string[], extensions: string[], cwd = process.cwd()): ExpandedInputs {
  const files: InputFile[] = [];
  const errors: ExpandedInputs['errors'] = [];
  const strandedTemps: string[] = [];
  const seen = new Set<string>();
  const add = (path: string, rel: string, explicit = false, pipe = false) => {
    const key = resolve(cwd, path);
    if (path.includes('\uFFFD') && !lstatExists(key)) {
      errors.push({ path, message: NAME_NOT_UTF8 });
      return;
    }
    if (seen.has(key)) return;
    seen.add(key);
    files.push(pipe ? { path, relative: rel, explicit, pipe } : explicit ? { path, relative: rel, explicit } : { path, relative: rel });
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
      const found = globSorted([`${base}/${extGlob}`], cwd);
      for (const f of found) {
        if (isOurTempFile(f)) strandedTemps.push(f);
        else add(f, toPosix(relative(resolve(cwd, pattern), resolve(cwd, f))));
      }
      for (const t of globSorted([`${base}/**/.*.dedupe-article-*.tmp`], cwd)) if (isOurTempFile(t) && !strandedTemps.includes(t)) strandedTemps.push(t);
      if (found.length === 0) errors.push({ path: pattern, message: `no files matching ${extGlob} in this folder` });
    } else if (stat?.isFIFO()) {
      // Only when named: a pipe met inside a folder could keep the run waiting for a writer forever.
      add(pattern, basenameOf(pattern), true, true);
    } else if (stat) {
      errors.push({ path: pattern, message: 'not a regular file, folder or pipe' });
    } else {
      const found = globSorted([toPosix(pattern)], cwd).filter((f) => !isOurTempFile(f));
      const base = fastGlob().generateTasks([toPosix(pattern)])[0]?.base ?? '.';
      for (const f of found) add(f, toPosix(relative(resolve(cwd, base), resolve(cwd, f))));
      if (found.length === 0) errors.push({ path: pattern, message: 'no file matches this pattern' });
    }
  }
  return { files, errors, strandedTemps };
}

/** Temp files of ours left under `dir` by a killed run (for an --out-dir folder, which is not an input). */
export function strandedTempsUnder(dir: string, cwd = process.cwd()): string[] {
  return globSorted([`${fastGlob().escapePath(toPosix(dir))}/**/.*.dedupe-article-*.tmp`], cwd).filter(isOurTempFile);
}

function globSorted(patterns: string[], cwd: string): string[] {
  return fastGlob()
    .sync(patterns, { cwd, ignore: IGNORE, dot: true, onlyFiles: true, followSymbolicLinks: false, suppressErrors: true })
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
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
export function isInside(inner: string, outer: string): boolean {
  const rel = relative(resolve(outer), resolve(inner));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
