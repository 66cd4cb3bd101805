// Bounded mixed load test on loopback. Starts its own `sanctionwatch serve --api-key K` on a free port over a fresh
// store (the seeds analysed, the UN list loaded), sends a fixed number of requests mixing reads (/api/dossier,
// /api/documents, pages), POST /match/default and authenticated POST /api/documents, plus writes WITHOUT the key
// (which must be rejected), then stops the server and prints error count and latency percentiles per kind.
// Usage: node bench/load/mixed-load.mjs [requests=2000] [concurrency=8] [dll=src/SanctionWatch.Cli/bin/Debug/net10.0/sanctionwatch.dll]
// Needs the shared data folder (../shared beside the checkout, or $SANCTIONWATCH_SHARED).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [total = '2000', concurrency = '8', dll = join(root, 'src/SanctionWatch.Cli/bin/Debug/net10.0/sanctionwatch.dll')] = process.argv.slice(2);
const shared = process.env.SANCTIONWATCH_SHARED || resolve(root, '..', 'shared');
if (!existsSync(dll)) { console.error(`build the CLI first: ${dll} is missing`); process.exit(2); }
if (!existsSync(join(shared, 'corpus', 'seeds'))) { console.error(`the shared data folder is absent (${shared})`); process.exit(2); }

const work = mkdtempSync(join(tmpdir(), 'sw-load-'));
const db = join(work, 'load.db');
const key = randomBytes(16).toString('hex');
const cli = (...args) => {
  const r = spawnSync('dotnet', ['exec', dll, ...args], { encoding: 'utf8' });
  if (r.status !== 0) { throw new Error(`sanctionwatch ${args.join(' ')} failed: ${r.stderr}`); }
};
cli('analyze', join(shared, 'corpus', 'seeds'), '--db', db, '--out', join(work, 'd.json'));
cli('lists', 'import', join(shared, 'data', 'sanctions', 'un', 'consolidated_2025-04-19.xml'), '--db', db);

const port = await new Promise(ok => { const s = createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => ok(p)); }); });
const base = `http://127.0.0.1:${port}`;
const server = spawn('dotnet', ['exec', dll, 'serve', '--db', db, '--urls', base, '--api-key', key], { stdio: ['ignore', 'ignore', 'inherit'] });
let exited = false;
server.on('exit', () => { exited = true; });
const stop = () => { if (!exited) server.kill('SIGTERM'); rmSync(work, { recursive: true, force: true }); };
process.on('exit', stop);

for (let i = 0; ; i++) {
  if (exited) { console.error('the server exited before answering'); process.exit(1); }
  try { if ((await fetch(base + '/healthz')).ok) break; } catch { /* not listening yet */ }
  if (i > 300) { console.error('the server did not answer /healthz in 30 s'); process.exit(1); }
  await new Promise(r => setTimeout(r, 100));
}

const names = ['Dimitri Peskow', 'Kim Jong Un', 'Choe Son Hui', 'Korea Mining Development Trading', 'Ri Pyong Chol'];
const json = { 'content-type': 'application/json' };
// The mix, by weight: mostly reads, then screening, then writes; a few writes try without the key.
const kinds = [
  ['GET /api/dossier', 3, () => [base + '/api/dossier', {}], 200],
  ['GET /api/documents', 3, () => [base + '/api/documents', {}], 200],
  ['GET pages', 4, i => [base + ['/', '/timeline', '/screen?q=Kim+Jong+Un', '/search?q=Putin'][i % 4], {}], 200],
  ['POST /match/default', 6, i => [base + '/match/default', { method: 'POST', headers: json, body: JSON.stringify({ queries: { q: { schema: 'Person', properties: { name: [names[i % names.length]] } } } }) }], 200],
  ['POST /api/documents (key)', 2, i => [base + '/api/documents', { method: 'POST', headers: { ...json, 'x-api-key': key }, body: JSON.stringify({ title: `Load ${i}`, text: `Load test article ${i}: Kim Jong Un met Vladimir Putin in Vladivostok on day ${i}.`, published: '2024-06-19' }) }], [200, 201, 202]],
  ['POST /api/documents (no key)', 1, i => [base + '/api/documents', { method: 'POST', headers: json, body: JSON.stringify({ text: `Unauthorised ${i}` }) }], 401],
  ['POST /api/documents (wrong key)', 1, i => [base + '/api/documents', { method: 'POST', headers: { ...json, 'x-api-key': key + 'x' }, body: JSON.stringify({ text: `Forged ${i}` }) }], 403],
];
const schedule = kinds.flatMap(k => Array(k[1]).fill(k));
const stats = new Map(kinds.map(k => [k[0], { latencies: [], errors: 0, statuses: new Map() }]));
const n = Number(total), c = Number(concurrency);
let next = 0;
async function worker() {
  while (next < n) {
    const i = next++;
    const [name, , make, expected] = schedule[(i * 7) % schedule.length];
    const [url, init] = make(i);
    const s = stats.get(name);
    const t0 = performance.now();
    let status = 0;
    try { const r = await fetch(url, init); await r.arrayBuffer(); status = r.status; } catch { status = -1; }
    s.latencies.push(performance.now() - t0);
    s.statuses.set(status, (s.statuses.get(status) ?? 0) + 1);
    if (!([].concat(expected)).includes(status)) s.errors++;
  }
}
const start = performance.now();
await Promise.all(Array.from({ length: c }, worker));
const seconds = (performance.now() - start) / 1000;

const pct = (sorted, q) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1) : '-';
const all = [];
let errors = 0;
console.log(`${n} requests, concurrency ${c}, ${(n / seconds).toFixed(0)} req/s over ${seconds.toFixed(1)} s`);
for (const [name, s] of stats) {
  s.latencies.sort((a, b) => a - b);
  all.push(...s.latencies);
  errors += s.errors;
  const codes = [...s.statuses].map(([k, v]) => `${k}x${v}`).join(' ');
  console.log(`${name.padEnd(32)} ${String(s.latencies.length).padStart(5)} req  p50 ${pct(s.latencies, 0.5)} ms  p95 ${pct(s.latencies, 0.95)} ms  p99 ${pct(s.latencies, 0.99)} ms  unexpected ${s.errors}  [${codes}]`);
}
all.sort((a, b) => a - b);
const rejected = ['POST /api/documents (no key)', 'POST /api/documents (wrong key)'].reduce((sum, k) => sum + (stats.get(k).statuses.get(401) ?? 0) + (stats.get(k).statuses.get(403) ?? 0), 0);
console.log(`all: p50 ${pct(all, 0.5)} ms  p95 ${pct(all, 0.95)} ms  p99 ${pct(all, 0.99)} ms  max ${pct(all, 1)} ms; unexpected answers ${errors}; writes without a valid key rejected ${rejected}`);
stop();
process.exit(errors === 0 ? 0 : 1);
