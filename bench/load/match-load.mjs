// Bounded load test of single-query POST /match/default on loopback: a fixed number of requests at a fixed
// concurrency against a running `sanctionwatch serve`; prints requests/s, latency percentiles and answers by status.
// Usage: node bench/load/match-load.mjs http://127.0.0.1:8080 [requests=5000] [concurrency=8] [path=/match/default] [rate=0] [same=0]
// Each client is its own client, as in production: one keep-alive connection from its own loopback address
// (127.0.0.2, 127.0.0.3, … on Linux), so the server's per-client limit (a few costly requests at once per address)
// applies per client; same=1 sends every client from 127.0.0.1 and meets that limit (429s).
// rate 0: closed loop, each client sends its next request as soon as the last one is answered (the most load the
// clients can make; at saturation latency is then clients / throughput by Little's law, whatever the server does).
// rate R > 0: open loop, the clients together send R requests/s on a fixed schedule, and latency counts from the
// scheduled time, so a request that had to wait for a free client is not flattered (no coordinated omission).
// Latency percentiles are over answered (200) requests; other statuses are counted apart.
import http from 'node:http';

const [base = 'http://127.0.0.1:8080', total = '5000', concurrency = '8', path = '/match/default', rate = '0', same = '0'] = process.argv.slice(2);
const host = new URL(base).hostname;
if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host)) {
  console.error(`match-load: ${base} is not a loopback address; this test only runs against this machine`);
  process.exit(2);
}
const names = ['Dimitri Peskow', 'Kim Jong Un', 'Vladimir Putin', 'Sergei Shoigu', 'Choe Son Hui', 'Korea Mining Development Trading', 'Rosoboronexport', 'Ri Pyong Chol'];
const n = Number(total), c = Number(concurrency), r = Number(rate);
const latencies = [];
const statuses = new Map();
let next = 0, failures = 0, start = 0;
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
const bodyOf = name => JSON.stringify({ queries: { q1: { schema: 'Person', properties: { name: [name] } } } });

function send(agent, body) {
  return new Promise((ok, fail) => {
    const isPost = path.startsWith('/match');
    const headers = isPost ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {};
    const request = http.request(base + path, { method: isPost ? 'POST' : 'GET', agent, headers }, response => {
      response.on('data', () => {});
      response.on('end', () => ok(response.statusCode));
      response.on('error', fail);
    });
    request.on('error', fail);
    request.end(isPost ? body : undefined);
  });
}

const agents = Array.from({ length: c }, (_, i) => new http.Agent({ keepAlive: true, maxSockets: 1, localAddress: same === '1' ? '127.0.0.1' : `127.0.0.${2 + (i % 250)}` }));

async function worker(agent) {
  while (next < n) {
    const i = next++;
    let t0 = performance.now();
    if (r > 0) {
      const due = start + (i * 1000) / r;
      if (due > t0) await sleep(due - t0);
      t0 = due;
    }
    try {
      const status = await send(agent, bodyOf(names[i % names.length]));
      statuses.set(status, (statuses.get(status) || 0) + 1);
      if (status === 200) latencies.push(performance.now() - t0);
    } catch {
      failures++;
    }
  }
}

// Warm up the index, the JIT and every client's connection before measuring.
await Promise.all(agents.map(async agent => { for (let k = 0; k < 25; k++) await send(agent, bodyOf('Kim')).catch(() => failures++); }));
failures = 0;
start = performance.now();
await Promise.all(agents.map(worker));
const seconds = (performance.now() - start) / 1000;
latencies.sort((a, b) => a - b);
const p = q => latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1) : '-';
const answers = [...statuses].sort((a, b) => a[0] - b[0]).map(([s, k]) => `${s}×${k}`).join(' ');
console.log(`${path}: ${n} requests, ${c} clients${same === '1' ? ' from one address' : ''}, ${r > 0 ? `offered ${r} req/s, ` : ''}${(n / seconds).toFixed(0)} req/s, p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, p99 ${p(0.99)} ms (of ${latencies.length} answered 200), answers ${answers}, failures ${failures} (warm-up ${c * 25})`);
agents.forEach(a => a.destroy());
