// Bounded load test of single-query POST /match/default on loopback: a fixed number of requests at a fixed
// concurrency against a running `sanctionwatch serve`; prints requests/s and latency percentiles.
// Usage: node bench/load/match-load.mjs http://127.0.0.1:8080 [requests=5000] [concurrency=8] [path=/match/default] [rate=0]
// rate 0: closed loop, each client sends its next request as soon as the last one is answered (the most load the
// clients can make; at saturation latency is then clients / throughput by Little's law, whatever the server does).
// rate R > 0: open loop, the clients together send R requests/s on a fixed schedule, and latency counts from the
// scheduled time, so a request that had to wait for a free client is not flattered (no coordinated omission).
const [base = 'http://127.0.0.1:8080', total = '5000', concurrency = '8', path = '/match/default', rate = '0'] = process.argv.slice(2);
const names = ['Dimitri Peskow', 'Kim Jong Un', 'Vladimir Putin', 'Sergei Shoigu', 'Choe Son Hui', 'Korea Mining Development Trading', 'Rosoboronexport', 'Ri Pyong Chol'];
const n = Number(total), c = Number(concurrency), r = Number(rate);
const latencies = [];
let next = 0, errors = 0;
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
async function worker() {
  while (next < n) {
    const i = next++;
    const body = path.startsWith('/match')
      ? JSON.stringify({ queries: { q1: { schema: 'Person', properties: { name: [names[i % names.length]] } } } })
      : undefined;
    let t0 = performance.now();
    if (r > 0) {
      const due = start + (i * 1000) / r;
      if (due > t0) await sleep(due - t0);
      t0 = due;
    }
    const res = await fetch(base + path, body ? { method: 'POST', headers: { 'content-type': 'application/json' }, body } : {});
    await res.arrayBuffer();
    latencies.push(performance.now() - t0);
    if (!res.ok) errors++;
  }
}
// Warm up the index and the JIT before measuring.
next = 0; const warm = n; await Promise.all(Array.from({ length: c }, () => (async () => { for (let k = 0; k < 25; k++) { await (await fetch(base + path, path.startsWith('/match') ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ queries: { q1: { schema: 'Person', properties: { name: ['Kim'] } } } }) } : {})).arrayBuffer(); } })()));
const start = performance.now();
await Promise.all(Array.from({ length: c }, worker));
const seconds = (performance.now() - start) / 1000;
latencies.sort((a, b) => a - b);
const p = q => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
console.log(`${path}: ${n} requests, concurrency ${c}, ${r > 0 ? `offered ${r} req/s, ` : ''}${(n / seconds).toFixed(0)} req/s, p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, p99 ${p(0.99)} ms, errors ${errors} (warm-up ${warm ? c * 25 : 0})`);
