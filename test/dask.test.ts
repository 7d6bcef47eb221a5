import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The Dask example (examples/dask/clean_jsonl.py) on a local distributed cluster on loopback. It needs
// Debian's python3-distributed, which the test installs in CI (CI=true, as root); elsewhere, without it,
// the test is skipped with the command to install it. In CI it must run, so a failed install fails it.
const REPO = join(import.meta.dirname, '..');
const findPython = () => ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import distributed'], { encoding: 'utf8' }).status === 0);
// In CI (a fresh machine, as root) the test installs what it needs from Debian's packages.
if (!findPython() && process.env.CI && process.getuid?.() === 0) {
  spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-distributed'], { stdio: 'inherit', timeout: 480_000 });
}
const PYTHON = findPython();
const MISSING = 'python3 with the "distributed" module is not installed: apt-get install -y python3-distributed';
if (!PYTHON && !process.env.CI) console.warn(`test/dask.test.ts skipped: ${MISSING}`);

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

describe.skipIf(!PYTHON && !process.env.CI)('the Dask example', () => {
  it('cleans a JSONL corpus partition by partition on a local cluster: every record, in order, other fields untouched', () => {
    expect(PYTHON, MISSING).toBeDefined();
    const root = mkdtempSync(join(tmpdir(), 'dedupe-dask-'));
    roots.push(root);
    const records = Array.from({ length: 400 }, (_, i) => ({
      id: i,
      url: `https://example.org/${i}`,
      text: `Headline ${i}\nloading...\nThe body of article ${i}, which says what it has to say.\nADVERTISEMENT\n`,
    }));
    writeFileSync(join(root, 'in.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const r = spawnSync(PYTHON!, [join(REPO, 'examples', 'dask', 'clean_jsonl.py'), join(root, 'in.jsonl'), join(root, 'out'), '--blocksize', '16KiB', '--workers', '2'], {
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout.trim().split('\n').pop()!);
    expect(summary.partitions).toBeGreaterThan(1);
    expect(summary).toMatchObject({ records: 400, status: 0 });
    const parts = readdirSync(join(root, 'out')).sort();
    const out = parts.flatMap((p) => readFileSync(join(root, 'out', p), 'utf8').trim().split('\n')).map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(records.map((o) => o.id));
    expect(out[7]).toEqual({ ...records[7], text: 'Headline 7\nThe body of article 7, which says what it has to say.\n' });
    expect(existsSync(join(root, 'out', 'part-00000.jsonl'))).toBe(true);
  }, 200_000);
});
