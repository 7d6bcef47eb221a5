import { fstatSync } from 'node:fs';

/** A file as the file system knows it: two paths, or a path and a descriptor, are one file when these match. */
export interface FileIdentity {
  dev: number;
  ino: number;
}

/**
 * The file a descriptor writes to, when it is a regular file (`> all.txt`, `>> all.txt`); null for a
 * terminal, a pipe, /dev/null or a closed descriptor. Only a regular file can be read back as an input.
 */
export function regularFileOf(fd: number): FileIdentity | null {
  try {
    const stat = fstatSync(fd);
    return stat.isFile() ? { dev: stat.dev, ino: stat.ino } : null;
  } catch {
    return null;
  }
}

export function isSameFile(stat: FileIdentity, other: FileIdentity | null | undefined): boolean {
  return other != null && stat.ino === other.ino && stat.dev === other.dev;
}

/**
 * Why an input that is standard output's file is left out: it would be read as it is written
 * (`dedupe-article scraped/ > scraped/all.txt` picks all.txt up; `--stream big.txt >> big.txt` would
 * grow until the disk is full). `cat` refuses the same way.
 */
export const IS_OUTPUT_FILE = 'is the file standard output writes to (it would read its own output); left out';
