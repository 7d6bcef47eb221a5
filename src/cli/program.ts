import { Command, CommanderError, Option } from 'commander';
import { UsageError, type CliOptions } from './options.js';
import { VERSION } from '../version.js';
import { ENCODING_NAMES, parseEncoding } from '../io/encoding.js';
import { addScaleOptions, readScaleOptions } from '../batch/scale-options.js';

const EXAMPLES = `
Examples:
  dedupe-article article.txt                 print the clean article
  cat article.txt | dedupe-article > clean.txt
  dedupe-article -                           read standard input explicitly
  dedupe-article scraped/ --out-dir clean/   clean every .txt under scraped/ into clean/
  dedupe-article --write a.txt 'news/**/*.txt'   rewrite files in place (atomically)
  dedupe-article --check scraped/            list files that would change; exit 1 if any
  dedupe-article --explain article.txt       show every removed line with its reason
  dedupe-article --check --report scraped/   what would be removed from each file, and why (on stderr)
  dedupe-article --diff article.txt          a unified diff of what would change
  dedupe-article --format json scraped/      the same report as one JSON document on stdout
  dedupe-article --write --encoding windows-1252 old/   clean legacy files, written back in their encoding
  dedupe-article --list-rules                the boilerplate rules and what they catch
  dedupe-article --learn scraped/ --out-dir clean/   learn the site boilerplate of a batch, then remove it
  dedupe-article learn scraped/ -o profile.json       save what was learned; apply it with --profile
  dedupe-article --jsonl --field text < in.jsonl > out.jsonl   clean one JSON record per line (docs/scale.md)

Exit status: 0 done (or nothing to change), 1 --check found files to change, 2 an error,
130 / 143 stopped by SIGINT / SIGTERM (the file in hand is finished first).`;

const joinLists = (value: string, previous: string | undefined): string => (previous === undefined ? value : `${previous},${value}`);

/** Parse argv into CliOptions; usage errors throw UsageError (exit 2), never exit the process. */
export function parseArguments(argv: string[], stdinIsTTY: boolean, write: (s: string) => void): CliOptions | 'exit' {
  const program = new Command('dedupe-article')
    .description('Turn scraped news-article text into the clean article: boilerplate and repeats removed, every real line kept.')
    .argument('[paths...]', 'files, folders or globs; none (or -) reads standard input')
    .option('-w, --write', 'rewrite the files in place (atomically; unchanged files are not touched)')
    .option('-o, --out-dir <dir>', 'write the clean files under <dir>, mirroring their relative paths')
    .option('-c, --check', 'list the files that would change and exit 1 if any; write nothing')
    // Lists add up when given twice (--disable a --disable b), as a user who gives them so means.
    .option('--ext <list>', 'file extensions taken from folders, comma-separated; * for every file (default: "txt")', joinLists)
    .option('--strip-credits', 'also remove bylines, editor codes, photo captions and credits')
    .option('--no-repeats', 'keep repeated text; remove boilerplate only')
    .option('--disable <rules>', 'switch rules off, comma-separated ids (see --list-rules)', joinLists)
    .option('--config <file>', 'a JSON config (default: dedupe-article.config.json found from the working folder up)')
    .option('--explain', 'print the input with every removed line marked with its reason')
    .option('--report', 'on stderr, every removed line of each file with its line number and reason, and totals')
    .addOption(new Option('--format <format>', 'report as text (on stderr) or json (one document on stdout: docs/report-schema.md)').choices(['text', 'json']).default('text'))
    .option('--diff', 'print a unified diff of each file on stdout instead of the clean text')
    .option('--encoding <name>', `read and write files in this encoding: ${ENCODING_NAMES.join(', ')} (default: UTF-8, or UTF-16 when the file starts with a UTF-16 BOM)`)
    .option('-q, --quiet', 'print nothing but errors on stderr')
    .addOption(new Option('--color', 'colour the report and the diff even when not on a terminal'))
    .addOption(new Option('--no-color', 'no colour (so does NO_COLOR=1)'));
  addScaleOptions(program);
  program
    .option('--list-rules', "print each rule's id and description")
    .version(VERSION, '-v, --version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ writeOut: write, writeErr: write, outputError: () => {} })
    .showSuggestionAfterError(true);

  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 'exit';
      const hint = error.code === 'commander.unknownOption' && /^error: unknown option '-[^-]/.test(error.message) ? "\n(a file whose name starts with '-' is given as ./NAME or after --)" : '';
      throw new UsageError(error.message.replace(/^error: /, '') + hint);
    }
    throw error;
  }
  const o = program.opts();
  const rawPaths = program.args;
  if (rawPaths.includes('')) throw new UsageError('a path is empty (an unset shell variable?)');
  const explicitStdin = rawPaths.includes('-');
  const paths = rawPaths.filter((p) => p !== '-');
  if (explicitStdin && paths.length > 0) throw new UsageError('"-" (standard input) cannot be mixed with file paths');
  const stdin = explicitStdin || (paths.length === 0 && !o.listRules);
  if (stdin && !explicitStdin && stdinIsTTY) throw new UsageError('no input: give files or folders, or pipe text in (see --help)');

  // An unset shell variable ("-o $OUT") gives an empty path: said, not read as no option or as '.'.
  for (const [flag, value] of [['--out-dir', o.outDir], ['--config', o.config], ['--profile', o.profile]] as const) {
    if (value !== undefined && String(value).trim() === '') throw new UsageError(`${flag} needs a path, and was given an empty one`);
  }
  const modes = [o.write && '--write', o.outDir !== undefined && '--out-dir', o.check && '--check'].filter(Boolean) as string[];
  if (modes.length > 1) throw new UsageError(`${modes.join(' and ')} cannot be used together`);
  if (stdin && (o.write || o.outDir !== undefined)) throw new UsageError(`${modes[0]} needs file paths; standard input goes to standard output`);
  if (o.explain && modes.length > 0) throw new UsageError(`--explain prints to standard output and cannot be used with ${modes[0]}`);

  const format = o.format === 'json' ? 'json' : 'text';
  const report = Boolean(o.report) || format === 'json';
  const stdoutUsers = [o.explain && '--explain', o.diff && '--diff', format === 'json' && '--format json'].filter(Boolean) as string[];
  if (stdoutUsers.length > 1) throw new UsageError(`${stdoutUsers.join(' and ')} both print to standard output; choose one`);
  if (o.quiet && o.report) throw new UsageError('--quiet and --report cannot be used together');
  const encoding = o.encoding === undefined ? undefined : parseEncoding(String(o.encoding));
  if (o.encoding !== undefined && !encoding) throw new UsageError(`--encoding: unknown encoding "${o.encoding}"; use one of ${ENCODING_NAMES.join(', ')}`);

  const scale = readScaleOptions(o, { stdin, mode: modes[0]?.slice(2) ?? 'stdout', explain: Boolean(o.explain), diff: Boolean(o.diff), json: format === 'json' });

  const extensions = String(o.ext ?? 'txt')
    .split(',')
    .map((e: string) => e.trim().replace(/^\*?\./, ''))
    .filter(Boolean);
  if (extensions.length === 0) throw new UsageError('--ext needs at least one extension');

  return {
    paths,
    stdin,
    mode: o.write ? 'write' : o.outDir !== undefined ? 'out-dir' : o.check ? 'check' : 'stdout',
    outDir: o.outDir,
    extensions,
    stripCredits: Boolean(o.stripCredits),
    noRepeats: o.repeats === false,
    disabledRules: o.disable ? String(o.disable).split(',').map((s: string) => s.trim()).filter(Boolean) : [],
    configPath: o.config,
    explain: Boolean(o.explain),
    quiet: Boolean(o.quiet),
    color: o.color,
    listRules: Boolean(o.listRules),
    report,
    format,
    diff: Boolean(o.diff),
    encoding,
    scale,
  };
}
