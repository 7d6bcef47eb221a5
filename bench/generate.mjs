// Builds the benchmark's synthetic corpus under bench/.data/, the same bytes on every run: articles
// in nested folders, a large one-paragraph-per-line dump and a JSONL file. No real text: words are
// made of syllables, boilerplate is written from the families the rules name.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export function sizes(scale) {
  return {
    articleCount: Math.max(20, Math.round(20000 * scale)),
    dumpBytes: Math.max(1 << 20, Math.round(500e6 * scale)),
    jsonlBytes: Math.max(1 << 20, Math.round(500e6 * scale)),
  };
}

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'ri', 'mo', 'ta', 'se', 'lu', 'na', 'pe', 'di', 'go', 'ba', 'ne', 'si', 'ro', 'ma', 'tu', 'le', 'an', 'in', 'ur', 'ha', 'ki', 'po', 'da'];

function makeWords(rand, n) {
  const words = [];
  for (let i = 0; i < n; i++) {
    let w = '';
    const len = 1 + Math.floor(rand() * 3);
    for (let k = 0; k < len; k++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    words.push(w);
  }
  return words;
}

function makeText(seed) {
  const rand = rng(seed);
  const vocab = makeWords(rand, 5000);
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const sentence = () => {
    const n = 6 + Math.floor(rand() * 14);
    const ws = Array.from({ length: n }, () => pick(vocab));
    ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
    return ws.join(' ') + (rand() < 0.1 ? ',' : '') + '.';
  };
  const paragraph = () => Array.from({ length: 2 + Math.floor(rand() * 4) }, sentence).join(' ');
  return { rand, pick, sentence, paragraph, vocab };
}

const SITES = 20;

function siteJunk(site) {
  const t = makeText(1000 + site);
  return {
    footer: [`Copyright ${2000 + site} ${t.pick(t.vocab)} Media Group. All rights reserved.`, `${t.sentence()} ${t.sentence()}`],
    promo: `Ikuti saluran ${t.pick(t.vocab)} kami di WhatsApp agar tidak ketinggalan berita terbaru setiap hari.`,
  };
}

/** One article: headline, body, boilerplate of its site, and sometimes its body captured twice. */
function article(t, junk, rand) {
  const lines = [t.sentence().replace(/\.$/, '')];
  if (rand() < 0.3) lines.push('loading...');
  const body = [];
  let size = 0;
  const target = 2000 + Math.floor(rand() * 3500);
  while (size < target) {
    const p = t.paragraph();
    body.push(p);
    size += p.length;
  }
  for (let i = 0; i < body.length; i++) {
    lines.push(body[i]);
    if (i === 1 && rand() < 0.5) lines.push('ADVERTISEMENT');
    if (i === 2 && rand() < 0.5) lines.push(`Baca juga: ${t.sentence().replace(/\.$/, '')}`);
  }
  if (rand() < 0.2) for (const p of body.slice(1)) lines.push(p); // the body captured twice
  if (rand() < 0.2) lines.push(body[0].replace(/\b(\w+)\.$/, 'kemarin.')); // a near repeat of the lede
  lines.push(junk.promo, ...junk.footer);
  return lines.join('\n\n') + '\n';
}

function generateArticles(dir, count) {
  const junks = Array.from({ length: SITES }, (_, s) => siteJunk(s));
  const t = makeText(7);
  const rand = rng(11);
  let previous = '';
  for (let i = 0; i < count; i++) {
    const site = i % SITES;
    const folder = join(dir, `site-${String(site).padStart(2, '0')}`, String(2020 + (i % 4)), String(1 + (i % 12)).padStart(2, '0'));
    mkdirSync(folder, { recursive: true });
    // One article in two hundred is saved twice.
    const text = i % 200 === 199 ? previous : article(t, junks[site], rand);
    writeFileSync(join(folder, `article-${String(i).padStart(6, '0')}.txt`), text);
    previous = text;
  }
}

function generateDump(path, bytes) {
  const t = makeText(21);
  const rand = rng(23);
  const pool = [];
  const fd = openSync(path, 'w');
  let written = 0;
  let batch = [];
  let batchBytes = 0;
  while (written + batchBytes < bytes) {
    let line;
    const r = rand();
    if (r < 0.25 && pool.length > 0) line = pool[Math.floor(rand() * pool.length)];
    else if (r < 0.28) line = rand() < 0.5 ? 'ADVERTISEMENT' : `Baca juga: ${t.sentence()}`;
    else if (r < 0.31) line = t.pick(t.vocab);
    else {
      line = t.paragraph();
      if (pool.length < 100000) pool.push(line);
      else pool[Math.floor(rand() * pool.length)] = line;
    }
    batch.push(line);
    batchBytes += line.length + 1;
    if (batchBytes > 4 << 20) {
      writeSync(fd, batch.join('\n') + '\n');
      written += batchBytes;
      batch = [];
      batchBytes = 0;
    }
  }
  if (batch.length) writeSync(fd, batch.join('\n') + '\n');
  closeSync(fd);
}

function generateJsonl(path, bytes) {
  const junks = Array.from({ length: SITES }, (_, s) => siteJunk(s));
  const t = makeText(31);
  const rand = rng(37);
  const fd = openSync(path, 'w');
  let written = 0;
  for (let i = 0; written < bytes; i++) {
    const site = i % SITES;
    const record = JSON.stringify({ id: i, url: `https://site-${site}.example/news/${i}`, score: 0.5, text: article(t, junks[site], rand) }) + '\n';
    writeSync(fd, record);
    written += Buffer.byteLength(record);
  }
  closeSync(fd);
}

/** Make the data for `scale` unless it is there already; return the paths. */
export function ensureData(root, scale) {
  const s = sizes(scale);
  const dir = join(root, `scale-${scale}`);
  const paths = { dir, articles: join(dir, 'articles'), dump: join(dir, 'dump.txt'), jsonl: join(dir, 'dump.jsonl'), ...s };
  const stamp = join(dir, 'done.json');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === JSON.stringify(s)) return paths;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  process.stderr.write(`bench: generating ${s.articleCount} articles, a ${(s.dumpBytes / 1e6).toFixed(0)} MB dump and a ${(s.jsonlBytes / 1e6).toFixed(0)} MB JSONL under ${dir}\n`);
  generateArticles(paths.articles, s.articleCount);
  generateDump(paths.dump, s.dumpBytes);
  generateJsonl(paths.jsonl, s.jsonlBytes);
  writeFileSync(stamp, JSON.stringify(s));
  return paths;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scale = Number(process.env.BENCH_SCALE ?? 1);
  console.log(ensureData(join(import.meta.dirname, '.data'), scale));
}
