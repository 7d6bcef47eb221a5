import { basename } from 'node:path';

// Temporary files are named so that a run stranded by SIGKILL can be recognised as ours later:
// `.<name>.dedupe-article-<pid>-<random>.tmp`, beside the file they will replace.
const TEMP_MARK = '.dedupe-article-';
const TEMP_NAME = /^\..+\.dedupe-article-\d+-[0-9a-f]+\.tmp$/;

export function tempNameFor(target: string, pid: number, random: string): string {
  return `.${basename(target)}${TEMP_MARK}${pid}-${random}.tmp`;
}

export function isOurTempFile(path: string): boolean {
  return TEMP_NAME.test(basename(path));
}
