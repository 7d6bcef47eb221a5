import { accessSync, constants, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { displayPath } from '../cli/messages.js';
import { isSameFile } from '../io/output-file.js';
import { describeFsError } from '../io/read-text.js';
import { writeAtomically } from '../io/write-atomic.js';

/**
 * Why `-o` cannot take the profile, asked before any input is read (learning a large batch takes
 * minutes, to fail at the end); null when it can. A race after this is still caught by writeProfile.
 */
export function outputProblem(output: string, cwd: string): string | null {
  if (output === '') return '-o needs a file name, not an empty one (an unset shell variable?)';
  const path = resolve(cwd, output);
  if (statOf(path)?.isDirectory()) return `${displayPath(output)}: is a directory: -o names the profile file to write`;
  const folder = statOf(dirname(path));
  if (!folder) return `${displayPath(output)}: cannot be written: no such folder`;
  if (!folder.isDirectory()) return `${displayPath(output)}: cannot be written: ${displayPath(dirname(output))} is a file, not a folder`;
  try {
    accessSync(dirname(path), constants.W_OK);
  } catch (error) {
    return `${displayPath(output)}: cannot be written: ${writeCause(error)}`;
  }
  return null;
}

/**
 * The input that `-o` names (the same path, or the same file by a link), if any: `learn site -o
 * site/a1.txt` replaced an article with the profile. `what` names the inputs in the message.
 */
export function overwrittenInput(output: string, inputs: readonly string[], cwd: string, what: string): string | null {
  const path = resolve(cwd, output);
  const file = statOf(path);
  const input = inputs.find((p) => resolve(cwd, p) === path || (file !== undefined && isSameFile(file, statOf(resolve(cwd, p)))));
  if (input === undefined) return null;
  const alias = resolve(cwd, input) === path ? '' : ` (as ${displayPath(input)})`;
  return `${displayPath(output)}: is one of the ${what}${alias}; the profile would overwrite it: give -o another file`;
}

/** Write the profile whole or not at all; a failure is thrown as one line naming `-o` as given, not the temp file. */
export function writeProfile(output: string, cwd: string, text: string): void {
  try {
    writeAtomically(resolve(cwd, output), text);
  } catch (error) {
    throw new Error(`${displayPath(output)}: cannot be written: ${writeCause(error)}`);
  }
}

/**
 * ENOENT here is the temp file's folder, and EISDIR the rename onto a folder. A code describeFsError
 * does not know keeps only Node's words before the paths, which name the temp file.
 */
function writeCause(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'ENOENT') return 'no such folder';
  if (code === 'EISDIR') return 'is a directory';
  const cause = describeFsError(error);
  return code && cause === message ? message.split(',')[0]! : cause;
}

/** The file a path names, links followed; undefined when there is none (or it cannot be asked). */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}
