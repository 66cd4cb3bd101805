// Bounded load test of the dashboard (GET /) over a large store, on loopback (issue 7: p95 < 200 ms with 10,000
// documents). Not part of CI. Steps:
//   1. unless STORE already exists: generate COUNT documents (generate-documents.mjs), import the UN and OFAC
//      lists, `sanctionwatch ingest` them and analyse them with `sanctionwatch worker --once` (the real pipeline);
//   2. start `sanctionwatch serve` on a free loopback port and time the first GET / (the server builds the
//      pages' dossier at start-up; the first view waits for it), then GET / until it answers 200 fresh;
//   3. for each concurrency, REQUESTS requests of GET / after a warm-up; prints req/s and p50/p95/p99;
//   4. one authenticated POST /api/documents, then GET / at once: answered from the previous snapshot marked
//      stale while the new one builds (its latency is printed), then the time until the dashboard is fresh again.
// Usage: node bench/load/dashboard-load.mjs [STORE=/tmp/sanctionwatch-dashboard/store.db] [count=10000]
//        [requests=500] [concurrency=1,4] [dll=src/SanctionWatch.Cli/bin/Release/net10.0/sanctionwatch.dll]
// The store is kept for reruns; delete its folder to start afresh. Needs the shared data folder.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { writeDocuments } from './generate-documents.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [store = '/tmp/sanctionwatch-dashboard/store.db', count = '10000', total = '500', concurrencies = '1,4',
  dll = join(root, 'src/SanctionWatch.Cli/bin/Release/net10.0/sanctionwatch.dll')] = process.argv.slice(2);
const shared = process.env.SANCTIONWATCH_SHARED || resolve(root, '..', 'shared');
if (!existsSync(dll)) { console.error(`build the CLI first (dotnet build -c Release src/SanctionWatch.Cli): ${dll} is missing`); process.exit(2); }
if (!existsSync(join(shared, 'corpus', 'whitehouse-dprk'))) { console.error(`the shared data folder is absent (${shared})`); process.exit(2); }

const seconds = t0 => ((performance.now() - t0) / 1000).toFixed(1);
function cli(...args) {
  const t0 = performance.now();
  const r = spawnSync('dotnet', ['exec', dll, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) { throw new Error(`sanctionwatch ${args[0]} failed: ${r.stderr.slice(-2000)}`); }
  console.log(`sanctionwatch ${args[0]} ${args[1] ?? ''}: ${seconds(t0)} s`);
}

if (!existsSync(store)) {
  const folder = dirname(store), docs = join(folder, 'docs');
  mkdirSync(folder, { recursive: true });
  let t0 = performance.now();
  const { documents, words } = writeDocuments(docs, shared, Number(count));
  console.log(`generated ${documents} documents, ${words} words, in ${seconds(t0)} s`);
  cli('lists', 'import', join(shared, 'data', 'sanctions', 'un', 'consolidated_2025-04-19.xml'),
    join(shared, 'data', 'sanctions', 'ofac', 'sdn.csv'), '--db', store);
  cli('ingest', docs, '--db', store);
  cli('worker', '--once', '--db', store);
  rmSync(docs, { recursive: true, force: true });
}

const port = await new Promise((ok, fail) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  s.on('error', fail);
});
const base = `http://127.0.0.1:${port}`;
const key = randomBytes(16).toString('hex');
const env = { ...process.env };
delete env.SANCTIONWATCH_API_KEY;
const server = spawn('dotnet', ['exec', dll, 'serve', '--db', store, '--urls', base, '--api-key', key], { env, stdio: ['ignore', 'ignore', 'inherit'] });
try {
  const started = performance.now();
  for (;;) {
    try { if ((await fetch(`${base}/healthz`)).ok) break; } catch { /* not listening yet */ }
    await new Promise(r => setTimeout(r, 100));
  }
  console.log(`serve: listening after ${seconds(started)} s`);
  let t0 = performance.now();
  let page = await (await fetch(`${base}/`)).text();
  const documents = /<b>(\d+)<\/b> documents/.exec(page)?.[1];
  console.log(`first GET /: ${(performance.now() - t0).toFixed(0)} ms (${(performance.now() - started).toFixed(0)} ms after start), ${documents} documents, ${(page.length / 1024).toFixed(0)} KiB, ${(page.match(/class="finding"/g) ?? []).length} findings listed`);

  async function run(n, c) {
    const latencies = [];
    let next = 0, errors = 0, stale = 0;
    const worker = async () => {
      while (next < n) {
        next++;
        const t = performance.now();
        const r = await fetch(`${base}/`);
        const body = await r.text();
        latencies.push(performance.now() - t);
        if (!r.ok) errors++;
        if (body.includes('class="stale"')) stale++;
      }
    };
    const t = performance.now();
    await Promise.all(Array.from({ length: c }, worker));
    const elapsed = (performance.now() - t) / 1000;
    latencies.sort((a, b) => a - b);
    const p = q => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
    console.log(`GET /: ${n} requests, concurrency ${c}: ${(n / elapsed).toFixed(0)} req/s, p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, p99 ${p(0.99)} ms, max ${latencies.at(-1).toFixed(1)} ms, errors ${errors}, stale ${stale}`);
  }

  await run(20, 1); // warm-up (JIT), not reported separately
  for (const c of concurrencies.split(',').map(Number)) await run(Number(total), c);

  // Stale-while-revalidate: a write, then the dashboard at once and until it is fresh again.
  const posted = await fetch(`${base}/api/documents`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ title: `Load test ${key}`, published: '2025-06-01', text: `North Korea delivered 1,200 artillery shells to Russia in May 2025, according to officials. Reference ${key}.` }),
  });
  if (!posted.ok) throw new Error(`POST /api/documents answered ${posted.status}`);
  const written = performance.now();
  t0 = performance.now();
  page = await (await fetch(`${base}/`)).text();
  console.log(`after a write: GET / in ${(performance.now() - t0).toFixed(0)} ms, ${page.includes('class="stale"') ? 'stale (marked)' : 'fresh'}`);
  while (page.includes('class="stale"')) {
    await new Promise(r => setTimeout(r, 250));
    page = await (await fetch(`${base}/`)).text();
  }
  console.log(`fresh again ${seconds(written)} s after the write (${/<b>(\d+)<\/b> documents/.exec(page)?.[1]} documents)`);
} finally {
  server.kill();
}
