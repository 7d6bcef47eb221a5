import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, lstatSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolders } from './support/harness.js';

// Every case runs the built bin (npm test builds first) in a fresh folder holding `files`.
const BIN = join(import.meta.dirname, '..', 'bin', 'dedupe-article.js');
const SEED_IN = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seed', 'seed.input.txt'), 'utf8');
const SEED_OUT = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seed', 'seed.expected.txt'), 'utf8');
const CLEAN = 'A clean headline\nA paragraph that has nothing to remove in it at all, not a single line.\n';
const DIRTY = 'A dirty headline\nloading...\nA paragraph that stays where it is, once, after the cleaning.\n';
const DIRTY_OUT = 'A dirty headline\nA paragraph that stays where it is, once, after the cleaning.\n';

interface Case {
  name: string;
  args: string[];
  files?: Record<string, string | Buffer>;
  stdin?: string | Buffer;
  exitCode: number;
  stdout?: string | RegExp;
  stderr?: string | RegExp;
  /** Files expected afterwards, by path; null = must not exist. */
  after?: Record<string, string | null>;
}

const cases: Case[] = [
  { name: 'file to stdout', args: ['seed.txt'], files: { 'seed.txt': SEED_IN }, exitCode: 0, stdout: SEED_OUT, stderr: '' },
  { name: 'stdin to stdout', args: [], stdin: SEED_IN, exitCode: 0, stdout: SEED_OUT },
  { name: 'explicit - reads stdin', args: ['-'], stdin: DIRTY, exitCode: 0, stdout: DIRTY_OUT },
  { name: 'empty stdin gives empty output', args: [], stdin: '', exitCode: 0, stdout: '' },
  // In sorted order, whatever order they are named in: the same files, the same bytes.
  { name: 'two files are printed in sorted order', args: ['b.txt', 'a.txt'], files: { 'a.txt': CLEAN, 'b.txt': DIRTY }, exitCode: 0, stdout: CLEAN + DIRTY_OUT },
  {
    name: 'folder to --out-dir mirrors relative paths',
    args: ['in', '--out-dir', 'out'],
    files: { 'in/a.txt': DIRTY, 'in/deep/er/b.txt': CLEAN, 'in/skip.md': DIRTY },
    exitCode: 0,
    stderr: /2 files: 1 changed, 1 unchanged, 0 errors/,
    after: { 'out/a.txt': DIRTY_OUT, 'out/deep/er/b.txt': CLEAN, 'out/skip.md': null, 'in/a.txt': DIRTY },
  },
  {
    name: 'two inputs landing on one output: the first wins, the second is refused',
    args: ['one', 'two', '--out-dir', 'out'],
    files: { 'one/a.txt': DIRTY, 'two/a.txt': CLEAN },
    exitCode: 2,
    stderr: /two\/a\.txt: would be written to the same output file as one\/a\.txt/,
    after: { 'out/a.txt': DIRTY_OUT },
  },
  {
    name: '--out-dir onto the input itself is refused, the input untouched',
    args: ['a.txt', 'sub/b.txt', '--out-dir', 'sub'],
    files: { 'a.txt': DIRTY, 'sub/b.txt': DIRTY },
    exitCode: 2,
    stderr: /sub\/b\.txt: its output sub\/b\.txt would overwrite an input file/,
    after: { 'sub/b.txt': DIRTY, 'sub/a.txt': DIRTY_OUT },
  },
  { name: 'a glob', args: ['in/**/*.txt', '--out-dir', 'out'], files: { 'in/x/a.txt': DIRTY }, exitCode: 0, after: { 'out/x/a.txt': DIRTY_OUT } },
  {
    name: '--write rewrites changed files only',
    args: ['--write', 'a.txt', 'dir'],
    files: { 'a.txt': DIRTY, 'dir/b.txt': CLEAN },
    exitCode: 0,
    stdout: '',
    after: { 'a.txt': DIRTY_OUT, 'dir/b.txt': CLEAN },
  },
  { name: '--check lists changed files and exits 1', args: ['--check', 'dir'], files: { 'dir/a.txt': DIRTY, 'dir/b.txt': CLEAN }, exitCode: 1, stdout: 'dir/a.txt\n', after: { 'dir/a.txt': DIRTY } },
  { name: '--check exits 0 when all are clean', args: ['--check', 'dir'], files: { 'dir/b.txt': CLEAN }, exitCode: 0, stdout: '' },
  { name: '--check on stdin', args: ['--check'], stdin: DIRTY, exitCode: 1 },
  { name: 'a missing path is named; the other file is still cleaned', args: ['nope.txt', 'a.txt'], files: { 'a.txt': DIRTY }, exitCode: 2, stdout: DIRTY_OUT, stderr: /^dedupe-article: nope\.txt: no such file or directory$/m },
  { name: 'a pattern matching nothing', args: ['*.none'], exitCode: 2, stderr: /\*\.none: no file matches this pattern/ },
  { name: 'invalid UTF-8 is refused, not mangled', args: ['bad.txt', 'a.txt'], files: { 'bad.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]), 'a.txt': CLEAN }, exitCode: 2, stdout: CLEAN, stderr: /bad\.txt: is not valid UTF-8 \(first bad byte at offset 3\)/ },
  { name: 'a binary file is refused', args: ['bin.txt'], files: { 'bin.txt': Buffer.from([1, 0, 2, 0]) }, exitCode: 2, stderr: /bin\.txt: looks binary/ },
  { name: 'invalid UTF-8 on stdin', args: [], stdin: Buffer.from([0xff, 0x0a]), exitCode: 2, stderr: /<stdin>: is not valid UTF-8/ },
  { name: 'unknown flag', args: ['--frobnicate'], exitCode: 2, stderr: /unknown option '--frobnicate'\nTry 'dedupe-article --help'/ },
  { name: '--write with stdin', args: ['--write'], stdin: DIRTY, exitCode: 2, stderr: /--write needs file paths/ },
  { name: '--check with --write', args: ['--check', '--write', 'a.txt'], files: { 'a.txt': DIRTY }, exitCode: 2, stderr: /--write and --check cannot be used together/, after: { 'a.txt': DIRTY } },
  { name: '--out-dir inside an input folder', args: ['in', '--out-dir', 'in/clean'], files: { 'in/a.txt': DIRTY }, exitCode: 2, stderr: /is inside the input folder/, after: { 'in/clean/a.txt': null } },
  // A recursive glob would read its output on the next run, one level deeper each time; a flat one not.
  { name: '--out-dir inside a recursive glob\'s folder', args: ['in/**/*.txt', '--out-dir', 'in/clean'], files: { 'in/a.txt': DIRTY }, exitCode: 2, stderr: /--out-dir in\/clean is inside the input folder in\/\*\*\/\*\.txt/, after: { 'in/clean/a.txt': null } },
  // A file named and also found in its folder is taken as named, in either order.
  ...[['in', 'in/sub/b.txt'], ['in/sub/b.txt', 'in']].map((paths): Case => ({ name: `a file named and in its folder given (${paths.join(' ')}): taken as named`, args: [...paths, '--out-dir', 'out'], files: { 'in/sub/b.txt': DIRTY, 'in/a.txt': CLEAN }, exitCode: 0, after: { 'out/b.txt': DIRTY_OUT, 'out/sub/b.txt': null, 'out/a.txt': CLEAN } })),
  ...[['in', 'in/sub'], ['in/sub', 'in']].map((paths): Case => ({ name: `nested folders given (${paths.join(' ')}): a file as the outer one reaches it`, args: [...paths, '--out-dir', 'out'], files: { 'in/sub/b.txt': DIRTY }, exitCode: 0, after: { 'out/sub/b.txt': DIRTY_OUT, 'out/b.txt': null } })),
  { name: '--out-dir beside a flat glob\'s files', args: ['in/*.txt', '--out-dir', 'in/clean'], files: { 'in/a.txt': DIRTY }, exitCode: 0, after: { 'in/clean/a.txt': DIRTY_OUT } },
  { name: 'unknown rule in --disable', args: ['--disable', 'nope', 'a.txt'], files: { 'a.txt': DIRTY }, exitCode: 2, stderr: /unknown rule "nope"/ },
  { name: '--disable switches a rule off', args: ['--disable', 'loading-indicator', 'a.txt'], files: { 'a.txt': DIRTY }, exitCode: 0, stdout: DIRTY },
  // A list option given twice adds up: the second does not undo the first.
  { name: '--disable given twice switches both rules off', args: ['--disable', 'loading-indicator', '--disable', 'font-size-control', 'a.txt'], files: { 'a.txt': 'A headline\nloading...\nA+\nA-\nA paragraph that stays.\n' }, exitCode: 0, stdout: 'A headline\nloading...\nA+\nA-\nA paragraph that stays.\n' },
  { name: '--ext given twice takes both extensions', args: ['--ext', 'md', '--ext', 'txt', '--check', 'in'], files: { 'in/a.md': DIRTY, 'in/b.txt': DIRTY, 'in/c.html': DIRTY }, exitCode: 1, stdout: 'in/a.md\nin/b.txt\n' },
  ...(['--out-dir', '--config', '--profile'] as const).map((flag): Case => ({ name: `${flag} '' (an unset variable) is a usage error`, args: [flag, '', 'a.txt'], files: { 'a.txt': DIRTY }, exitCode: 2, stdout: '', stderr: new RegExp(`^dedupe-article: ${flag} needs a path, and was given an empty one$`, 'm') })),
  { name: 'an empty path (an unset variable) is a usage error', args: ['', 'a.txt'], files: { 'a.txt': DIRTY }, exitCode: 2, stdout: '', stderr: /^dedupe-article: a path is empty \(an unset shell variable\?\)$/m },
  { name: '--stats cannot write over the --field it cleans', args: ['--jsonl', '--stats', '--field', 'dedupe_stats'], stdin: '{"dedupe_stats":"x"}\n', exitCode: 2, stderr: /--stats writes "dedupe_stats": it cannot be the --field too/ },
  { name: '--field without --jsonl is a usage error', args: ['--field', 'body', 'a.txt'], files: { 'a.txt': DIRTY }, exitCode: 2, stderr: /--field goes with --jsonl/ },
  {
    name: 'a config found in the working folder switches rules and adds patterns',
    args: ['a.txt'],
    files: {
      'a.txt': 'A headline\nloading...\nSite footer line 2031\nA paragraph that stays where it is, once, after the cleaning.\n',
      'dedupe-article.config.json': JSON.stringify({ rules: { 'loading-indicator': false }, patterns: [{ id: 'site-footer', pattern: 'site footer line \\d+', flags: 'i' }] }),
    },
    exitCode: 0,
    stdout: 'A headline\nloading...\nA paragraph that stays where it is, once, after the cleaning.\n',
  },
  { name: '--config names the file explicitly', args: ['--config', 'conf/x.json', 'a.txt'], files: { 'a.txt': DIRTY, 'conf/x.json': '{"rules":{"loading-indicator":false}}' }, exitCode: 0, stdout: DIRTY },
  { name: 'a config with an unknown key', args: ['a.txt'], files: { 'a.txt': DIRTY, 'dedupe-article.config.json': '{"rulez":{}}' }, exitCode: 2, stdout: '', stderr: /^dedupe-article: .*dedupe-article\.config\.json: rulez: unknown key/ },
  { name: 'a config with a bad pattern', args: ['a.txt'], files: { 'a.txt': DIRTY, 'dedupe-article.config.json': '{"patterns":[{"id":"x","pattern":"(unclosed"}]}' }, exitCode: 2, stderr: /patterns\[0\]\.pattern/ },
  { name: 'a config that is not JSON', args: ['-'], stdin: DIRTY, files: { 'dedupe-article.config.json': '{ rules: ' }, exitCode: 2, stderr: /invalid JSON/ },
  { name: 'a missing --config file', args: ['--config', 'nope.json', 'a.txt'], files: { 'a.txt': DIRTY }, exitCode: 2, stderr: /nope\.json: cannot read the config file/ },
  { name: '--version', args: ['--version'], exitCode: 0, stdout: /^\d+\.\d+\.\d+\n$/ },
  { name: '--help shows examples and exit codes', args: ['--help'], exitCode: 0, stdout: /Examples:[\s\S]*--out-dir[\s\S]*Exit status: 0/ },
  { name: '--list-rules', args: ['--list-rules'], exitCode: 0, stdout: /^loading-indicator +\S.*\n[\s\S]*related-link +\S/m },
  // A terminal's escape sequence left in a page's text is shown, not obeyed (and a tab stays a tab).
  { name: '--explain shows control characters as escapes', args: ['--explain', 'a.txt'], files: { 'a.txt': 'A \u001b[2Jheadline\tx\nloading...\nText.\u001b]0;title\u0007\n' }, exitCode: 0, stdout: '  A \\x1b[2Jheadline\tx\n- loading...  [loading-indicator]\n  Text.\\x1b]0;title\\x07\n' },
  { name: '--diff in colour shows control characters as escapes', args: ['--diff', '--color', 'a.txt'], files: { 'a.txt': 'A \u001b[2Jheadline\nloading...\nText.\n' }, exitCode: 0, stdout: /^.* A \\x1b\[2Jheadline$/m },
  { name: '--diff without colour keeps the bytes (a patch tool reads it)', args: ['--diff', 'a.txt'], files: { 'a.txt': 'A \u001b[2Jheadline\nloading...\nText.\n' }, exitCode: 0, stdout: /^ A \u001b\[2Jheadline$/m },
  { name: '--explain marks removed lines with their reason', args: ['--explain', 'a.txt'], files: { 'a.txt': DIRTY }, exitCode: 0, stdout: '  A dirty headline\n- loading...  [loading-indicator]\n  A paragraph that stays where it is, once, after the cleaning.\n' },
];

const setUp = tempFolders('cli');

const match = (actual: string, expected: string | RegExp) => (typeof expected === 'string' ? expect(actual).toBe(expected) : expect(actual).toMatch(expected));

describe('CLI', () => {
  it.each(cases)('$name', (c) => {
    const dir = setUp(c.files);
    const result = spawnSync(process.execPath, [BIN, ...c.args], { cwd: dir, input: c.stdin ?? '', env: { ...process.env, NO_COLOR: '1' } });
    const stdout = result.stdout.toString();
    const stderr = result.stderr.toString();
    expect({ code: result.status, stderr }).toMatchObject({ code: c.exitCode });
    if (c.stdout !== undefined) match(stdout, c.stdout);
    if (c.stderr !== undefined) match(stderr, c.stderr);
    expect(stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // never a stack trace
    for (const [path, content] of Object.entries(c.after ?? {})) {
      if (content === null) expect(existsSync(join(dir, path))).toBe(false);
      else expect(readFileSync(join(dir, path), 'utf8')).toBe(content);
    }
  });

  it('--write keeps the mode and leaves unchanged files untouched', () => {
    const dir = setUp({ 'a.txt': DIRTY, 'b.txt': CLEAN });
    chmodSync(join(dir, 'a.txt'), 0o640);
    const before = statSync(join(dir, 'b.txt')).mtimeMs;
    const r = spawnSync(process.execPath, [BIN, '--write', 'a.txt', 'b.txt'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(statSync(join(dir, 'a.txt')).mode & 0o777).toBe(0o640);
    expect(statSync(join(dir, 'b.txt')).mtimeMs).toBe(before);
  });

  it('--write through a symbolic link cleans the file it names and leaves the link a link', () => {
    const dir = setUp({ 'real/a.txt': DIRTY });
    symlinkSync('real/a.txt', join(dir, 'link.txt'));
    chmodSync(join(dir, 'real/a.txt'), 0o666);
    const r = spawnSync(process.execPath, [BIN, '--write', 'link.txt'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real/a.txt'), 'utf8')).toBe(DIRTY_OUT);
    expect(statSync(join(dir, 'real/a.txt')).mode & 0o777).toBe(0o666); // not narrowed by the umask
  });

  // A link already standing in the output folder is no output of ours: it is replaced by the output,
  // and the file it named (anywhere at all) is left alone.
  it('--out-dir replaces a link standing where an output goes, never writing through it', () => {
    const dir = setUp({ 'in/a.txt': DIRTY, 'in/b.txt': DIRTY, 'elsewhere/precious.txt': 'precious\n', 'elsewhere/same.txt': DIRTY_OUT, 'out/.keep': '' });
    symlinkSync('../elsewhere/precious.txt', join(dir, 'out/a.txt'));
    symlinkSync('../elsewhere/same.txt', join(dir, 'out/b.txt'));
    const r = spawnSync(process.execPath, [BIN, 'in', '--out-dir', 'out'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'elsewhere/precious.txt'), 'utf8')).toBe('precious\n');
    for (const name of ['a.txt', 'b.txt']) {
      expect(lstatSync(join(dir, 'out', name)).isFile()).toBe(true);
      expect(readFileSync(join(dir, 'out', name), 'utf8')).toBe(DIRTY_OUT);
    }
  });

  it('--write leaves a read-only file as it is, says so, and cleans the others', () => {
    const dir = setUp({ 'ro.txt': DIRTY, 'rw.txt': DIRTY });
    chmodSync(join(dir, 'ro.txt'), 0o444);
    const r = spawnSync(process.execPath, [BIN, '--write', 'ro.txt', 'rw.txt'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^dedupe-article: ro\.txt: could not be written: the file is read-only/m);
    expect(readFileSync(join(dir, 'ro.txt'), 'utf8')).toBe(DIRTY);
    expect(readFileSync(join(dir, 'rw.txt'), 'utf8')).toBe(DIRTY_OUT);
  });

  it('a reader that goes away ends the run quietly', () => {
    const dir = setUp(Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`f${String(i).padStart(3, '0')}.txt`, SEED_IN])));
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" . | head -1`], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout.toString()).toBe(SEED_OUT.split('\n')[0] + '\n');
    expect(r.stderr.toString()).not.toMatch(/EPIPE|Error/);
  });
  // Only root can give a file to another user, to make the case.
  it.skipIf(process.getuid?.() !== 0)('a config found above that belongs to another user is named and not used; --config uses it', () => {
    const dir = setUp({ 'dedupe-article.config.json': JSON.stringify({ patterns: [{ id: 'everything', pattern: '.*' }] }), 'project/a.txt': DIRTY });
    chownSync(join(dir, 'dedupe-article.config.json'), 65534, 65534);
    const found = spawnSync(process.execPath, [BIN, 'a.txt'], { cwd: join(dir, 'project'), encoding: 'utf8' });
    expect(found.stdout).toBe(DIRTY_OUT);
    expect(found.stderr).toMatch(/^dedupe-article: warning: .*dedupe-article\.config\.json: not used: it belongs to another user \(uid 65534\); name it with --config to use it$/m);
    const named = spawnSync(process.execPath, [BIN, '--config', '../dedupe-article.config.json', 'a.txt'], { cwd: join(dir, 'project'), encoding: 'utf8' });
    expect(named.stdout).toBe('');
  });

  it('--check whose reader goes away still answers that files would change (exit 1)', () => {
    const dir = setUp(Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`f${String(i).padStart(3, '0')}.txt`, DIRTY])));
    const piped = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" --check . 2>/dev/null | head -1`], { cwd: dir });
    expect(piped.stdout.toString()).toBe('f000.txt\n');
    expect(piped.status).toBe(1);
  });

  // Standard input is non-blocking once Node has looked at it; a whole read of it (what --explain and
  // the reports need) failed with EAGAIN whenever the writer had not written yet.
  it.each([['--explain'], ['--format', 'json'], ['--diff'], []])('reads a slow writer whole with %s', (...args) => {
    const r = spawnSync('sh', ['-c', `(sleep 0.3; printf 'A dirty headline\\nloading...\\nA paragraph.\\n') | "${process.execPath}" "${BIN}" ${args.join(' ')}`]);
    expect(r.stderr.toString()).toBe('');
    expect(r.status).not.toBe(2);
    // Each mode shows the dropped line; the plain one, the text without it.
    expect(r.stdout.toString()).toMatch(args.length === 0 ? /^A dirty headline\nA paragraph\.\n$/ : /loading\.\.\./);
  });
});
