#!/usr/bin/env node

// A reader that goes away (`| head -1`) ends the run quietly; any other failure is one line, exit 2.
// (The command writes its output itself and reports such failures; this covers --version.)
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`dedupe-article: standard output: could not be written: ${error.message}\n`);
  process.exit(2);
});
// Messages that cannot be written (2>/dev/full) are lost, but the run goes on and its exit says so.
let stderrFailed = false;
process.stderr.on('error', () => {
  stderrFailed = true;
  // The closing summary is the last write: its failure may come after the code is set.
  if (process.exitCode !== undefined) process.exitCode = Math.max(Number(process.exitCode), 2);
});
const argv = process.argv.slice(2);
// --version answers before the program loads: loading it is most of a short run's time.
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${(await import('../dist/version.js')).VERSION}\n`);
} else {
  // The command as one bundled script, compiled with V8's code cache (see src/cli/load-command.ts).
  const { runCommand, BundleMissing } = await import('../dist/cli/load-command.js');
  try {
    const code = await runCommand(argv);
    process.exitCode = stderrFailed ? Math.max(code, 2) : code;
  } catch (error) {
    if (!(error instanceof BundleMissing)) throw error;
    process.stderr.write(`dedupe-article: ${error.message}\n`);
    process.exitCode = 2;
  }
}
