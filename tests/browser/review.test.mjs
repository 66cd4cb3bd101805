// Browser test of the review buttons: the real `sanctionwatch serve` (with an API key, so the forms ask for it) on a
// free loopback port, driven in the system's headless Chromium. An analyst rejects a listing and confirms it again
// with the buttons on the entity page, and the dossier (GET /api/entities/{id}) follows each decision.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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
const apiKey = 'review-test-key';

function findDll() {
  if (process.env.SANCTIONWATCH_DLL) return process.env.SANCTIONWATCH_DLL;
  const candidates = ['Release', 'Debug']
    .map(c => join(repo, 'src', 'SanctionWatch.Cli', 'bin', c, 'net10.0', 'sanctionwatch.dll'))
    .filter(existsSync)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return candidates[0];
}

const dll = findDll();
const missing = !existsSync(join(shared, 'corpus', 'seeds')) ? `shared data folder absent (${shared})`
  : !dll ? 'sanctionwatch is not built (dotnet build src/SanctionWatch.Cli)'
  : !existsSync(chromiumPath) ? `no Chromium at ${chromiumPath} (apt-get install chromium)` : null;

let server, browser, base, temp;

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
    s.on('error', fail);
  });
}

function cli(...args) {
  const r = spawnSync('dotnet', ['exec', dll, ...args], { cwd: temp, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`sanctionwatch ${args[0]} failed: ${r.stderr}`);
}

before(async () => {
  if (missing) return;
  temp = mkdtempSync(join(tmpdir(), 'sanctionwatch-review-'));
  const db = join(temp, 's.db');
  cli('lists', 'import', join(shared, 'data', 'sanctions', 'un', 'consolidated_2025-04-19.xml'),
    join(shared, 'data', 'sanctions', 'ofac', 'sdn.csv'), '--db', db);
  cli('analyze', join(shared, 'corpus', 'seeds'), '--db', db, '--out', join(temp, 'd.json'));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const env = { ...process.env };
  delete env.SANCTIONWATCH_API_KEY;
  server = spawn('dotnet', ['exec', dll, 'serve', '--db', db, '--urls', base, '--api-key', apiKey], { cwd: temp, env, stdio: 'ignore' });
  for (let i = 0; i < 150; i++) {
    try { if ((await fetch(`${base}/healthz`)).ok) break; } catch { /* not yet listening */ }
    await new Promise(r => setTimeout(r, 200));
  }
  browser = await chromium.launchPersistentContext(join(temp, 'profile'), {
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

async function withPage(t, body) {
  if (missing) { t.skip(missing); return; }
  const page = await browser.newPage();
  try {
    await body(page);
  } catch (e) {
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, t.name.replace(/[^a-z0-9]+/gi, '_') + '.png'), fullPage: true }).catch(() => {});
    throw e;
  } finally {
    await page.close();
  }
}

const entryOf = l => `${l.list}:${l.reference}`;

async function listingsOf(id) {
  const r = await fetch(`${base}/api/entities/${encodeURIComponent(id)}`);
  assert.equal(r.status, 200);
  return (await r.json()).listings;
}

test('reject and confirm a listing with the buttons; the dossier follows', async t => withPage(t, async page => {
  const entities = await (await fetch(`${base}/api/entities?q=Peskov`)).json();
  const peskov = entities.find(e => e.listings.length > 0);
  assert.ok(peskov, 'the seeds link Dmitry Peskov to a list entry');
  const entry = entryOf(peskov.listings[0]);
  const pageUrl = `${base}/entities/${encodeURIComponent(peskov.id)}/page`;

  // Reject: the form asks for the API key because the server has one.
  await page.goto(pageUrl);
  const form = page.locator(`form.review:has(input[name="entry"][value="${entry}"])`).first();
  await form.locator('input[name="comment"]').fill('a namesake, different birth date');
  await form.locator('input[name="key"]').fill(apiKey);
  await Promise.all([page.waitForURL(pageUrl), form.locator('button[value="reject"]').click()]);
  assert.ok(!(await listingsOf(peskov.id)).some(l => entryOf(l) === entry), 'the rejected listing left the dossier');
  const rejected = page.locator('.listing.rejected');
  assert.match(await rejected.textContent(), /a namesake/);

  // A wrong key changes nothing.
  const again = rejected.locator('form.review');
  await again.locator('input[name="key"]').fill('wrong');
  await again.locator('button[value="confirm"]').click();
  await page.waitForSelector('text=needs its API key');
  assert.ok(!(await listingsOf(peskov.id)).some(l => entryOf(l) === entry));

  // Confirm it after all, from the "Rejected listings" section.
  await page.goto(pageUrl);
  const confirmForm = page.locator('.listing.rejected form.review');
  await confirmForm.locator('input[name="key"]').fill(apiKey);
  await confirmForm.locator('input[name="author"]').fill('analyst one');
  await Promise.all([page.waitForURL(pageUrl), confirmForm.locator('button[value="confirm"]').click()]);
  const back = (await listingsOf(peskov.id)).find(l => entryOf(l) === entry);
  assert.ok(back, 'the confirmed listing is back in the dossier');
  assert.equal(back.review.decision, 'confirmed');
  assert.equal(back.review.author, 'analyst one');
  assert.match(await page.locator('.review-state').first().textContent(), /confirmed by analyst one/);
  assert.equal(await page.locator('.listing.rejected').count(), 0);

  // The audit page shows both decisions.
  await page.goto(`${base}/audit`);
  const row = page.locator('tr.audit-listing', { hasText: entry });
  assert.match(await row.textContent(), /analyst/);
  assert.equal(await row.locator('li').count(), 2);
}));

test('a finding can be marked as needing more evidence', async t => withPage(t, async page => {
  const findings = await (await fetch(`${base}/api/findings`)).json();
  if (findings.length === 0) { t.skip('no findings on this build'); return; }
  const finding = findings[0];
  await page.goto(`${base}/findings/${encodeURIComponent(finding.id)}`);
  const form = page.locator('form.review');
  await form.locator('input[name="key"]').fill(apiKey);
  await form.locator('input[name="comment"]').fill('only one source');
  await Promise.all([page.waitForURL(`${base}/findings/${encodeURIComponent(finding.id)}`), form.locator('button[value="needs-evidence"]').click()]);
  assert.match(await page.locator('.review-state').textContent(), /needs-evidence/);
  const after = (await (await fetch(`${base}/api/findings`)).json()).find(f => f.id === finding.id);
  assert.equal(after.review.decision, 'needs-evidence');
}));
