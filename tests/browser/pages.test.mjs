// Browser tests of the analyst pages: the real `sanctionwatch serve` on a free loopback port, driven in the
// system's headless Chromium (never a downloaded browser). A failing test leaves a screenshot in artifacts/.
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
const apiKey = 'browser-test-key';

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

let server, browser, base, temp, articleId;

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
  temp = mkdtempSync(join(tmpdir(), 'sanctionwatch-browser-'));
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
  const posted = await fetch(`${base}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
    body: JSON.stringify({
      title: 'Browser test: Kim Jong Un and Putin',
      published: '2024-06-19',
      text: 'Kim Jong Un met Vladimir Putin in Pyongyang. <script>window.__xss = 1</script> <img src=x onerror="window.__xss = 2">\n\nDmitry Peskov said the talks went well.',
    }),
  });
  assert.ok(posted.ok, `POST /api/documents answered ${posted.status}`);
  articleId = (await posted.json()).id;
  // A fresh profile folder per run: nothing carries over between runs.
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

// Runs body with a fresh page; on failure saves a screenshot named after the test.
async function withPage(t, body) {
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

test('dashboard leads to highlighted evidence', async t => withPage(t, async page => {
  await page.goto(`${base}/`);
  assert.equal(await page.locator('h1').textContent(), 'Dashboard');
  assert.match(await page.locator('.counts').textContent(), /\d+ documents/);
  const findings = page.locator('a.finding');
  if (await findings.count() > 0) {
    await findings.first().click();
    await page.waitForSelector('mark.evidence');
    assert.ok((await page.locator('mark.evidence').first().textContent()).length > 0);
    return;
  }
  // No findings on this build: follow the article we ingested to its highlighted entity mentions.
  await page.locator(`a[href="/documents/${encodeURIComponent(articleId)}"]`).click();
  await page.waitForSelector('article.text mark.ent-Person');
  const people = await page.locator('article.text mark.ent-Person').allTextContents();
  assert.ok(people.includes('Kim Jong Un'), `people highlighted: ${people}`);
  await page.locator('article.text mark.ent-Person a', { hasText: 'Dmitry Peskov' }).click();
  await page.waitForSelector('.listing');
  assert.match(await page.locator('.listing').first().textContent(), /PESKOV, Dmitriy/);
}));

test('screening form finds Peskov first', async t => withPage(t, async page => {
  await page.goto(`${base}/screen`);
  await page.fill('#q', 'Dimitri Peskow');
  await page.selectOption('#schema', 'Person');
  await Promise.all([page.waitForURL(/\/screen\?q=/), page.click('button[type=submit]')]);
  const first = await page.locator('.result .caption').first().textContent();
  assert.match(first, /^PESKOV, Dmitriy/);
  assert.ok(await page.locator('.result .explain tr').count() > 0, 'the result is explained');
}));

test('article markup shows as text and never runs', async t => withPage(t, async (page, dialogs) => {
  await page.goto(`${base}/documents/${encodeURIComponent(articleId)}`);
  const text = await page.locator('article.text').textContent();
  assert.ok(text.includes('<script>window.__xss = 1</script>'));
  assert.ok(text.includes('<img src=x onerror="window.__xss = 2">'));
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.locator('article.text img').count(), 0);
  assert.deepEqual(dialogs, []);
}));

test('search highlights the words found', async t => withPage(t, async page => {
  await page.goto(`${base}/search?q=${encodeURIComponent('Putin" OR *')}`);
  assert.equal(await page.locator('h1').textContent(), 'Search');
  await page.goto(`${base}/search?q=Putin`);
  assert.ok(await page.locator('.hits mark').count() > 0);
}));
