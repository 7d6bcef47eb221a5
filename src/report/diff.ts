import { displayPath } from '../cli/messages.js';
import type { Painter } from '../cli/color.js';
import { importModule } from '../io/import-module.js';
import { escapeControls } from '../cli/explain.js';

type DiffModule = typeof import('diff');
let loaded: DiffModule | undefined;

/** Load the diff library only when --diff asks for it: it is not needed on the common path. */
export async function loadDiff(): Promise<void> {
  loaded ??= await importModule<DiffModule>('diff');
}

/**
 * A unified diff of one file, `a/PATH` against `b/PATH`, three lines of context; '' when nothing
 * changed. Lines ending in CR keep it in the diff text; colour is only added on the way out.
 */
export function renderDiff(file: string, before: string, after: string, paint: Painter): string {
  if (before === after) return '';
  if (!loaded) throw new Error('renderDiff called before loadDiff');
  // A name that needs quoting is quoted as git quotes it: "a/bad\nname.txt".
  const name = displayPath(file);
  const side = (prefix: string) => (name.startsWith('"') ? `"${prefix}/${name.slice(1)}` : `${prefix}/${name}`);
  const patch = loaded.createTwoFilesPatch(side('a'), side('b'), before, after, undefined, undefined, { context: 3 });
  // jsdiff starts with an "Index:"-less "===" header line; keep the standard ---/+++ form only.
  const lines = patch.split('\n').filter((l) => !l.startsWith('====='));
  if (paint.level === 0) return lines.join('\n');
  // In colour, for a terminal (no patch tool reads colour): the text's control characters are shown, not obeyed.
  return lines
    .map(escapeControls)
    .map((l) => (l.startsWith('+++') || l.startsWith('---') ? paint.bold(l) : l.startsWith('@@') ? paint.cyan(l) : l.startsWith('+') ? paint.green(l) : l.startsWith('-') ? paint.red(l) : l))
    .join('\n');
}
