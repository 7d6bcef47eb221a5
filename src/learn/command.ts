import { Command, CommanderError } from 'commander';
import { expandInputs } from '../io/expand-inputs.js';
import { fileError, PROGRAM, StdoutError, type Console } from '../cli/messages.js';
import { jobsFor, jobsNote, readJobs } from '../batch/scale-options.js';
import { learnFromFiles, learnFromJsonl } from './learn-pass.js';
import { boilerplateOf, LEARN_DEFAULTS, mergeProfiles, minFilesFor, readProfile, serializeProfile } from './profile.js';
import { outputProblem, overwrittenInput, writeProfile } from './output.js';

/**
 * `dedupe-article learn PATHS -o profile.json`: count the lines that recur across the files;
 * `dedupe-article learn --merge a.json b.json -o all.json`: add up profiles learned on partitions.
 * Exit 0 done, 2 an error.
 */
export async function runLearnCommand(argv: string[], console: Console, cwd: string): Promise<number> {
  const program = new Command('dedupe-article learn')
    .description('Learn the boilerplate lines of a batch (lines that recur across its files) into a profile for --profile.')
    .argument('[paths...]', 'files, folders or globs to learn from; with --merge, the profiles to add up')
    .option('-o, --output <file>', 'write the profile here (default: standard output)')
    .option('--merge', 'add up profiles learned on separate partitions instead of reading articles')
    .option('--ext <list>', 'file extensions taken from folders, comma-separated', 'txt')
    .option('--jsonl', 'the paths are JSONL files: each record is an article')
    .option('--field <name>', 'with --jsonl: the field holding the text', 'text')
    .option('-j, --jobs <n>', 'worker threads (default: one per CPU)')
    .option('-q, --quiet', 'print nothing but errors')
    .exitOverride()
    .configureOutput({ writeOut: console.out, writeErr: console.err, outputError: () => {} });
  let jobsGiven: { jobs: number; asked: number } | undefined;
  try {
    program.parse(argv, { from: 'user' });
    const given = program.opts().jobs;
    jobsGiven = given === undefined ? undefined : readJobs(given);
  } catch (error) {
    if (error instanceof CommanderError && (error.code === 'commander.helpDisplayed' || error.code === 'commander.help')) return 0;
    console.err(`${PROGRAM} learn: ${(error as Error).message.replace(/^error: /, '')}\n`);
    return 2;
  }
  const o = program.opts();
  const paths = program.args;
  const output = o.output === undefined ? undefined : String(o.output);
  const usage = usageProblem(paths, output, cwd);
  if (usage) {
    console.err(`${PROGRAM} learn: ${usage}\n`);
    return 2;
  }
  // Asked before an input is read: the profile must replace none of them.
  const refuseOverwrite = (inputs: readonly string[], what: string) => {
    const clash = output === undefined ? null : overwrittenInput(output, inputs, cwd, what);
    if (clash) throw new Error(clash);
  };
  try {
    let errors = 0;
    let profile;
    if (o.merge) {
      refuseOverwrite(paths, 'profiles merged');
      profile = mergeProfiles(paths.map(readProfile));
    } else if (o.jsonl) {
      refuseOverwrite(paths, 'files learned from');
      const learned = learnFromJsonl(paths, String(o.field), LEARN_DEFAULTS.minWords);
      for (const e of learned.errors) console.err(fileError(e.path, e.message) + '\n');
      errors = learned.errors.length;
      profile = learned.profile;
    } else {
      const extensions = String(o.ext).split(',').map((e) => e.trim().replace(/^\*?\./, '')).filter(Boolean);
      const inputs = expandInputs(paths, extensions, cwd);
      refuseOverwrite(inputs.files.map((f) => f.path), 'files learned from');
      for (const e of inputs.errors) console.err(fileError(e.path, e.message) + '\n');
      if (jobsGiven && jobsGiven.asked !== jobsGiven.jobs && !o.quiet) console.err(`${PROGRAM} learn: note: ${jobsNote(jobsGiven.asked, jobsGiven.jobs)}\n`);
      const jobs = jobsGiven?.jobs ?? jobsFor(undefined, inputs.files.length);
      const learned = await learnFromFiles(inputs.files, jobs, LEARN_DEFAULTS.minWords, undefined, jobsGiven === undefined);
      for (const e of learned.errors) console.err(fileError(e.path, e.message) + '\n');
      errors = inputs.errors.length + learned.errors.length;
      profile = learned.profile;
    }
    const text = serializeProfile(profile);
    if (output === undefined) console.out(text);
    else writeProfile(output, cwd, text);
    if (!o.quiet) {
      const used = boilerplateOf(profile).size;
      console.err(`${PROGRAM} learn: ${profile.files} files, ${profile.lines.length} recurring lines; ${used} stand in at least ${minFilesFor(profile)} files and will be removed\n`);
    }
    return errors > 0 ? 2 : 0;
  } catch (error) {
    if (error instanceof StdoutError) throw error; // reported as every mode reports it
    console.err(`${PROGRAM} learn: ${(error as Error).message}\n`);
    return 2;
  }
}

/** The arguments' problem, before anything is read: none given, an empty one (an unset variable), or -o. */
function usageProblem(paths: readonly string[], output: string | undefined, cwd: string): string | null {
  if (paths.length === 0) return 'give the files or folders to learn from (or the profiles to --merge)';
  if (paths.includes('')) return 'a path is empty (an unset shell variable?)';
  return output === undefined ? null : outputProblem(output, cwd);
}
