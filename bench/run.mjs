// npm run bench: the tool beside cat, cp -r and mawk on the same synthetic data, as ratios, with
// peak memory. BENCH_SCALE=0.1 for a quick run (2,000 articles, 50 MB dump); BENCH_RUNS=N repeats
// each command N times and keeps the fastest (default 2: the first warms the cache).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { ensureData } from './generate.mjs';

const here = import.meta.dirname;
const repo = join(here, '..');
const scale = Number(process.env.BENCH_SCALE ?? 1);
const runs = Number(process.env.BENCH_RUNS ?? 2);
const data = ensureData(join(here, '.data'), scale);
const tool = `node ${join(repo, 'bin', 'dedupe-article.js')}`;
const awk = ['/usr/bin/mawk', '/usr/bin/awk'].find(existsSync);
const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
if (!time) console.error('bench: /usr/bin/time is missing (apt-get install -y time): peak memory will not be shown');
const tmp = join(data.dir, 'tmp');
// NODE_EXTRA_CA_CERTS makes every Node process read and parse a CA bundle as it starts (about 80 ms
// here, more than Node's own start-up): the tool opens no connection, so it is measured without it;
// the start-up rows show what the variable costs.
const caCerts = process.env.NODE_EXTRA_CA_CERTS;
const benchEnv = { ...process.env };
delete benchEnv.NODE_EXTRA_CA_CERTS;

/**
 * Run a shell command `runs` times; the fastest wall time and its peak RSS (the largest process's).
 * `command` may be a function of the run's number (a command that writes a tree writes a fresh one each run).
 */
function measure(command, before = () => {}, env = benchEnv) {
  let best = null;
  let cmd = '';
  for (let i = 0; i < runs; i++) {
    before();
    cmd = typeof command === 'function' ? command(i) : command;
    const wrapped = time ? [time, ['-f', '%e %M', 'sh', '-c', cmd]] : ['sh', ['-c', cmd]];
    const started = process.hrtime.bigint();
    const r = spawnSync(wrapped[0], wrapped[1], { encoding: 'utf8', maxBuffer: 1 << 26, env });
    const wall = Number(process.hrtime.bigint() - started) / 1e9;
    if (r.status !== 0) {
      console.error(`bench: "${cmd}" exited ${r.status}: ${r.stderr.slice(-500)}`);
      process.exit(2);
    }
    const last = r.stderr.trim().split('\n').pop() ?? '';
    const [, rssKb] = last.split(' ').map(Number);
    const m = { wall, rssMb: time ? rssKb / 1024 : NaN };
    if (!best || m.wall < best.wall) best = m;
  }
  console.error(`bench: ${fmt(best).padEnd(18)} ${cmd.replace(data.dir, '$DATA').slice(0, 110)}`);
  return best;
}

const rows = [];
const row = (name, base, ours, note = '') => rows.push({ name, base, ours, note });
const mb = (bytes) => bytes / 1e6;
const fmt = (m) => `${m.wall.toFixed(2)} s ${Number.isNaN(m.rssMb) ? '' : `${m.rssMb.toFixed(0)} MB`}`.trim();
// Each run that writes a tree (cp and the tool alike) writes a fresh one, flushed before the next run
// starts, and all are removed only at the end. Removing the last run's tree before the next run made
// that run pay for it: for some minutes after 20,000 files are deleted, ext4 skips their inodes as
// "recently deleted" when it makes new ones, looking each up, and `cp -r` took 6-11 s instead of
// 0.8 s here (the tool 14-16 s instead of 9-10 s). The first run after a quiet disk was lucky, the
// others not, and best-of-N kept cp's lucky run.
const flush = () => spawnSync('sync');
let trees = 0;
const freshTree = () => join(tmp, `tree-${trees++}`);

const files = `find ${data.articles} -name '*.txt' -print0 | sort -z`;
const articleBytes = Number(spawnSync('sh', ['-c', `${files} | xargs -0 cat | wc -c`], { encoding: 'utf8' }).stdout.trim());
const dumpBytes = statSync(data.dump).size;
const jsonlBytes = statSync(data.jsonl).size;

console.log(`dedupe-article benchmark: scale ${scale} (${data.articleCount} articles, ${mb(articleBytes).toFixed(0)} MB; dump ${mb(dumpBytes).toFixed(0)} MB; JSONL ${mb(jsonlBytes).toFixed(0)} MB), ${availableParallelism()} CPUs, best of ${runs}`);

const cat = measure(`${files} | xargs -0 cat > /dev/null`);
row('articles: read all (cat)', cat, null);
rmSync(tmp, { recursive: true, force: true }); // an interrupted run's trees
mkdirSync(tmp, { recursive: true });
const cp = measure(() => `cp -r ${data.articles} ${freshTree()}`, flush);
const outDir = measure(() => `${tool} -q ${data.articles} --out-dir ${freshTree()}`, flush);
row('articles --out-dir vs cp -r', cp, outDir, 'target ≤ 2x');
const perFile = measure(`${files} | xargs -0 ${awk} 'FNR==1{delete seen} !seen[$0]++' > /dev/null`);
const toStdout = measure(`${tool} -q ${data.articles} > /dev/null`);
row('articles to stdout vs awk per file', perFile, toStdout, 'target ≤ 1.5x');
const awkDump = measure(`${awk} '!seen[$0]++' ${data.dump} > /dev/null`);
const stream = measure(`${tool} --stream < ${data.dump} > /dev/null`);
row("dump --stream vs awk '!seen[$0]++'", awkDump, stream, 'target ≥ 1.3x awk speed, ≤ 150 MB');
// Into a pipe, as `| gzip` or `| wc` would read it: a full pipe must not slow the writer down more than the reader does.
const awkPipe = measure(`${awk} '!seen[$0]++' ${data.dump} | cat > /dev/null`);
const streamPipe = measure(`${tool} --stream < ${data.dump} | cat > /dev/null`);
row('dump --stream into a pipe vs awk into a pipe', awkPipe, streamPipe, 'the same ratio as above');
const jsonl = measure(`${tool} --jsonl < ${data.jsonl} > /dev/null`);
row('JSONL --jsonl', null, jsonl, 'target ≥ 100 MB/s');
const version = measure(`${tool} --version > /dev/null`);
const nodeStart = measure(`node -e 0`);
row('--version vs node -e 0', nodeStart, version, 'target ≤ 100 ms');
if (caCerts) {
  const withCerts = { ...benchEnv, NODE_EXTRA_CA_CERTS: caCerts };
  row('--version vs node -e 0, with NODE_EXTRA_CA_CERTS', measure(`node -e 0`, () => {}, withCerts), measure(`${tool} --version > /dev/null`, () => {}, withCerts), 'as this environment starts Node');
}
const seed = join(repo, '..', 'shared', 'seed', '000_1bf30830028ed739.txt');
if (existsSync(seed)) row('seed article end to end vs node -e 0', nodeStart, measure(`${tool} ${seed} > /dev/null`), 'target ≤ 150 ms');
rmSync(tmp, { recursive: true, force: true });

// The same bytes whatever the number of threads (a test checks this too; here on the big batch).
const one = spawnSync('sh', ['-c', `${tool} -q -j 1 ${data.articles} | sha256sum`], { encoding: 'utf8', env: benchEnv }).stdout;
const eight = spawnSync('sh', ['-c', `${tool} -q -j 8 ${data.articles} | sha256sum`], { encoding: 'utf8', env: benchEnv }).stdout;

const speed = (bytes, m) => `${mb(bytes / m.wall).toFixed(1)} MB/s`;
console.log('');
console.log('| what | baseline | dedupe-article | ratio | note |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of rows) {
  const ratio = r.base && r.ours ? `${(r.ours.wall / r.base.wall).toFixed(2)}x the time` : '';
  console.log(`| ${r.name} | ${r.base ? fmt(r.base) : ''} | ${r.ours ? fmt(r.ours) : ''} | ${ratio} | ${r.note} |`);
}
console.log('');
console.log(`throughput: articles --out-dir ${speed(articleBytes, outDir)}, to stdout ${speed(articleBytes, toStdout)}; dump awk ${speed(dumpBytes, awkDump)}, --stream ${speed(dumpBytes, stream)}; JSONL ${speed(jsonlBytes, jsonl)}`);
console.log(`-j 1 and -j 8 give the same bytes: ${one === eight ? 'yes' : 'NO'}`);
