// Bounded load test of single-query POST /match/default on loopback: a fixed number of requests at a fixed
// concurrency against a running `sanctionwatch serve`; prints requests/s and latency percentiles.
// Usage: node bench/load/match-load.mjs http://127.0.0.1:8080 [requests=5000] [concurrency=8] [path=/match/default]
const [base = 'http://127.0.0.1:8080', total = '5000', concurrency = '8', path = '/match/default'] = process.argv.slice(2);
const names = ['Dimitri Peskow', 'Kim Jong Un', 'Vladimir Putin', 'Sergei Shoigu', 'Choe Son Hui', 'Korea Mining Development Trading', 'Rosoboronexport', 'Ri Pyong Chol'];
const n = Number(total), c = Number(concurrency);
const latencies = [];
let next = 0, errors = 0;
async function worker() {
  while (next < n) {
    const i = next++;
    const body = path.startsWith('/match')
      ? JSON.stringify({ queries: { q1: { schema: 'Person', properties: { name: [names[i % names.length]] } } } })
      : undefined;
    const t0 = performance.now();
    const r = await fetch(base + path, body ? { method: 'POST', headers: { 'content-type': 'application/json' }, body } : {});
    await r.arrayBuffer();
    latencies.push(performance.now() - t0);
    if (!r.ok) errors++;
  }
}
// Warm up the index and the JIT before measuring.
next = 0; const warm = n; await Promise.all(Array.from({ length: c }, () => (async () => { for (let k = 0; k < 25; k++) { await (await fetch(base + path, path.startsWith('/match') ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ queries: { q1: { schema: 'Person', properties: { name: ['Kim'] } } } }) } : {})).arrayBuffer(); } })()));
const start = performance.now();
await Promise.all(Array.from({ length: c }, worker));
const seconds = (performance.now() - start) / 1000;
latencies.sort((a, b) => a - b);
const p = q => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
console.log(`${path}: ${n} requests, concurrency ${c}, ${(n / seconds).toFixed(0)} req/s, p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, p99 ${p(0.99)} ms, errors ${errors} (warm-up ${warm ? c * 25 : 0})`);
