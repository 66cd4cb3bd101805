// Bounded load test of the server's limits on loopback: C clients (default 50) each send the largest /match request
// the server allows (100 queries x 5 names = the 500-name budget) in a loop for S seconds, honouring 429 Retry-After,
// while one prober times GET /healthz every 50 ms. Each client connects from its own loopback address (127.0.0.2,
// 127.0.0.3, ... on Linux; pass same=1 as the fifth argument to send all from 127.0.0.1 and meet the per-client limit). Prints the answers by status, the throughput of answered
// requests and the /healthz percentiles; exits 1 on any 5xx or a /healthz p99 of 100 ms or more.
// Usage: node bench/load/abuse-load.mjs http://127.0.0.1:8080 [clients=50] [seconds=30] [dataset=default] [same=0]
import http from 'node:http';
import { spawn } from 'node:child_process';
const [base = 'http://127.0.0.1:8080', clientsArg = '50', secondsArg = '30', dataset = 'default', same = '0'] = process.argv.slice(2);
const host = new URL(base).hostname;
if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host)) {
  console.error(`abuse-load: ${base} is not a loopback address; this test only runs against this machine`);
  process.exit(2);
}
const clients = Math.min(200, Number(clientsArg)), seconds = Math.min(600, Number(secondsArg));
const names = ['Dimitri Peskow', 'Kim Jong Un', 'Vladimir Putin', 'Sergei Shoigu', 'Choe Son Hui', 'Korea Mining Development Trading', 'Rosoboronexport', 'Ri Pyong Chol'];
const queries = {};
for (let q = 0; q < 100; q++) {
  queries['q' + q] = { schema: 'Person', properties: { name: Array.from({ length: 5 }, (_, k) => names[(q + k) % names.length] + (k ? ` ${q}` : '')) } };
}
const body = JSON.stringify({ queries });
const statuses = new Map();
const matchLatencies = [];
let failures = 0;
const sleep = ms => new Promise(ok => setTimeout(ok, ms));

function post(agent) {
  return new Promise((ok, fail) => {
    const request = http.request(`${base}/match/${dataset}`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, response => {
      response.on('data', () => {});
      response.on('end', () => ok({ status: response.statusCode, retryAfter: response.headers['retry-after'] }));
      response.on('error', fail);
    });
    request.on('error', fail);
    request.end(body);
  });
}

async function client(index) {
  const localAddress = same === '1' ? '127.0.0.1' : `127.0.0.${2 + index}`;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress });
  while (performance.now() < deadline) {
    const t0 = performance.now();
    try {
      const r = await post(agent);
      statuses.set(r.status, (statuses.get(r.status) || 0) + 1);
      if (r.status === 200) matchLatencies.push(performance.now() - t0);
      if (r.status === 429) await sleep(1000 * Number(r.retryAfter || 1));
    } catch {
      failures++;
      await sleep(100);
    }
  }
}

// The prober runs in its own process, as a real health checker does, so that the 50 clients' work in this event loop
// does not count as server latency.
const probeScript = `
  const [base, ms] = process.argv.slice(1); const end = performance.now() + Number(ms); const out = [];
  while (performance.now() < end) {
    const t0 = performance.now();
    try { const r = await fetch(base + '/healthz'); await r.arrayBuffer(); out.push(r.ok ? performance.now() - t0 : 1e9); } catch { out.push(1e9); }
    await new Promise(ok => setTimeout(ok, 50));
  }
  process.stdout.write(JSON.stringify(out));`;
function prober() {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', probeScript, base, String(seconds * 1000)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', d => { text += d; });
    child.on('error', fail);
    child.on('close', () => ok(JSON.parse(text || '[]')));
  });
}

const r0 = await fetch(`${base}/match/${dataset}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
if (r0.status !== 200) {
  console.error(`abuse-load: the largest request is answered ${r0.status}, not 200: ${(await r0.text()).slice(0, 300)}`);
  process.exit(2);
}
await r0.arrayBuffer();
const deadline = performance.now() + seconds * 1000;
const started = performance.now();
const [health] = await Promise.all([prober(), ...Array.from({ length: clients }, (_, i) => client(i))]);
const elapsed = (performance.now() - started) / 1000;
const pct = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN; };
const ok = statuses.get(200) || 0;
const fivexx = [...statuses].filter(([s]) => s >= 500).reduce((a, [, n]) => a + n, 0);
console.log(`clients ${clients}, ${elapsed.toFixed(1)} s, body ${(body.length / 1024).toFixed(0)} KiB (100 queries x 5 names)`);
console.log(`answers by status: ${[...statuses].sort().map(([s, n]) => `${s}: ${n}`).join(', ')}; connection failures ${failures}`);
console.log(`answered /match: ${(ok / elapsed).toFixed(2)} req/s = ${(100 * ok / elapsed).toFixed(0)} queries/s; latency p50 ${pct(matchLatencies, 0.5).toFixed(0)} ms, p99 ${pct(matchLatencies, 0.99).toFixed(0)} ms`);
console.log(`/healthz: ${health.length} probes, p50 ${pct(health, 0.5).toFixed(1)} ms, p95 ${pct(health, 0.95).toFixed(1)} ms, p99 ${pct(health, 0.99).toFixed(1)} ms, max ${Math.max(...health).toFixed(1)} ms`);
const healthP99 = pct(health, 0.99);
if (fivexx > 0 || !(healthP99 < 100)) {
  console.error(`abuse-load: FAILED (${fivexx} answers 5xx, /healthz p99 ${healthP99.toFixed(1)} ms)`);
  process.exit(1);
}
