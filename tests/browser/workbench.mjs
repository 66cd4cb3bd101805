// What the browser tests share: a store with the seeds analysed and UN + OFAC imported, the real
// `sanctionwatch serve` on a free loopback port (with an API key), and the system's headless Chromium (never a
// downloaded browser). A failing test leaves a screenshot named after it in artifacts/. The store is a SQLite file,
// or with { postgres: true } a fresh database on the server of $SANCTIONWATCH_TEST_POSTGRES (created with psql).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const shared = process.env.SANCTIONWATCH_SHARED || resolve(repo, '..', 'shared');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const artifacts = join(here, 'artifacts');

function findDll() {
  if (process.env.SANCTIONWATCH_DLL) return process.env.SANCTIONWATCH_DLL;
  const candidates = ['Release', 'Debug']
    .map(c => join(repo, 'src', 'SanctionWatch.Cli', 'bin', c, 'net10.0', 'sanctionwatch.dll'))
    .filter(existsSync)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return candidates[0];
}

const dll = findDll();

/** Why the browser tests cannot run here (they skip, saying so), or null. */
export const missing = !existsSync(join(shared, 'corpus', 'seeds')) ? `shared data folder absent (${shared})`
  : !dll ? 'sanctionwatch is not built (dotnet build src/SanctionWatch.Cli)'
  : !existsSync(chromiumPath) ? `no Chromium at ${chromiumPath} (apt-get install chromium)` : null;

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
    s.on('error', fail);
  });
}

/**
 * The test PostgreSQL server of $SANCTIONWATCH_TEST_POSTGRES (an Npgsql connection string, as CI exports it) as psql
 * arguments, or null when it is unset.
 */
function postgresServer() {
  const raw = process.env.SANCTIONWATCH_TEST_POSTGRES;
  if (!raw) return null;
  const keys = Object.fromEntries(raw.split(';').filter(Boolean).map(kv => kv.split('=')).map(([k, v]) => [k.trim().toLowerCase(), (v ?? '').trim()]));
  return { host: keys.host ?? '127.0.0.1', port: keys.port ?? '5432', user: keys.username ?? keys['user id'] ?? 'postgres' };
}

/** Why the PostgreSQL workbench cannot run here (its tests skip, saying so), or null. */
export const missingPostgres = missing
  ?? (!postgresServer() ? '$SANCTIONWATCH_TEST_POSTGRES is unset (CI starts a loopback PostgreSQL)'
    : spawnSync('psql', ['--version']).status !== 0 ? 'psql is not installed' : null);

function psql(server, sql) {
  const r = spawnSync('psql', ['-h', server.host, '-p', server.port, '-U', server.user, '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-qc', sql],
    { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`psql failed: ${r.stderr}`);
}

/** A fresh database on the test server: { db (its address for --db), drop() }. */
function postgresDatabase() {
  const server = postgresServer();
  const name = `sw_browser_${Date.now()}_${process.pid}`;
  psql(server, `CREATE DATABASE ${name}`);
  return {
    db: `postgres://${encodeURIComponent(server.user)}@${server.host}:${server.port}/${name}`,
    drop: () => psql(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/**
 * Prepares the store, starts the server and the browser. `prepare(base)` may add to the store through the API
 * before the browser starts; `postgres: true` puts the store in a fresh PostgreSQL database. Returns { base, browser, db, close }.
 */
export async function startWorkbench(name, apiKey, prepare = async () => {}, { postgres = false } = {}) {
  const temp = mkdtempSync(join(tmpdir(), `sanctionwatch-${name}-`));
  const cli = (...args) => {
    const r = spawnSync('dotnet', ['exec', dll, ...args], { cwd: temp, encoding: 'utf8', timeout: 300_000 });
    if (r.status !== 0) throw new Error(`sanctionwatch ${args[0]} failed: ${r.stderr}`);
  };
  const database = postgres ? postgresDatabase() : null;
  const db = database?.db ?? join(temp, 's.db');
  let server, browser, base;
  try {
    cli('lists', 'import', join(shared, 'data', 'sanctions', 'un', 'consolidated_2025-04-19.xml'),
      join(shared, 'data', 'sanctions', 'ofac', 'sdn.csv'), '--db', db);
    cli('analyze', join(shared, 'corpus', 'seeds'), '--db', db, '--out', join(temp, 'd.json'));
    base = `http://127.0.0.1:${await freePort()}`;
    const env = { ...process.env };
    delete env.SANCTIONWATCH_API_KEY;
    server = spawn('dotnet', ['exec', dll, 'serve', '--db', db, '--urls', base, '--api-key', apiKey], { cwd: temp, env, stdio: 'ignore' });
    for (let i = 0; i < 150; i++) {
      try { if ((await fetch(`${base}/healthz`)).ok) break; } catch { /* not yet listening */ }
      await new Promise(r => setTimeout(r, 200));
    }
    await prepare(base);
    // A fresh profile folder per run: nothing carries over between runs.
    browser = await chromium.launchPersistentContext(join(temp, 'profile'), {
      executablePath: chromiumPath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run'],
    });
  } catch (e) {
    await browser?.close();
    server?.kill();
    database?.drop();
    throw e;
  }
  return {
    base,
    browser,
    db,
    async close() {
      await browser.close();
      server.kill();
      await new Promise(r => (server.exitCode !== null || server.signalCode !== null ? r() : server.once('exit', r)));
      database?.drop();
      rmSync(temp, { recursive: true, force: true });
    },
  };
}

/** Runs body with a fresh page (and the dialogs it raised); on failure saves a screenshot named after the test. */
export async function withPage(t, browser, body) {
  if (missing) { t.skip(missing); return; }
  const page = await browser.newPage();
  const dialogs = [];
  page.on('dialog', d => { dialogs.push(d.message()); d.dismiss(); });
  try {
    await body(page, dialogs);
  } catch (e) {
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, t.name.replace(/[^a-z0-9]+/gi, '_') + '.png'), fullPage: true }).catch(() => {});
    throw e;
  } finally {
    await page.close();
  }
}
