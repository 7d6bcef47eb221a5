/** Where the run's words go: content on stdout, everything about the run on stderr. */
export interface Console {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const PROGRAM = 'dedupe-article';

export function fileError(path: string, cause: string): string {
  return `${PROGRAM}: ${path}: ${cause}`;
}
