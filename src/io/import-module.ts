/**
 * How this package loads a module at run time (chalk, diff, worker_threads): with import() by default.
 * The command swaps in the import() of the ES module that started it: it runs as a compiled script with
 * V8's code cache (see `cli/load-command.ts`), and in a script import() needs a flag on Node 20.
 */
type Importer = (specifier: string) => Promise<unknown>;

let importer: Importer = (specifier) => import(specifier);

export function importModule<T>(specifier: string): Promise<T> {
  return importer(specifier) as Promise<T>;
}

export function setModuleImporter(replacement: Importer): void {
  importer = replacement;
}
