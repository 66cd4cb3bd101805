// The workbench on PostgreSQL (issue 20): the same store the other browser tests use — seeds analysed, UN + OFAC
// imported, one article about Rajin posted — but in a fresh PostgreSQL database, driven in headless Chromium.
// Expectations come from the API over the same database, never from the pages. Skips without $SANCTIONWATCH_TEST_POSTGRES.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { missingPostgres, startWorkbench, withPage as onPage } from './workbench.mjs';

const apiKey = 'postgres-test-key';
const rajin = {
  title: 'Coal through Rajin',
  published: '2024-05-02',
  text: 'North Korea shipped coal from the port of Rajin to Russia in April 2024, officials in Seoul said.',
};
let workbench, base, rajinId;

before(async () => {
  if (missingPostgres) return;
  workbench = await startWorkbench('postgres', apiKey, async address => {
    const posted = await fetch(`${address}/api/documents`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': apiKey }, body: JSON.stringify(rajin),
    });
    assert.ok(posted.ok, `POST /api/documents answered ${posted.status}`);
    rajinId = (await posted.json()).id;
  }, { postgres: true });
  base = workbench.base;
});

after(async () => { await workbench?.close(); });

function withPage(t, body) {
  if (missingPostgres) { t.skip(missingPostgres); return undefined; }
  return onPage(t, workbench.browser, body);
}

async function json(path) {
  const r = await fetch(base + path);
  assert.ok(r.ok, `GET ${path} answered ${r.status}`);
  return r.json();
}

test('the store really is PostgreSQL', t => {
  if (missingPostgres) { t.skip(missingPostgres); return; }
  assert.match(workbench.db, /^postgres:\/\//);
});

test('the network page draws an edge for every transfer flow of the dossier', async t => withPage(t, async page => {
  const transfers = (await json('/api/events')).filter(e => e.type === 'TRANSFER' && (e.actor || e.target));
  const flows = new Set(transfers.map(e => `${e.actor ?? '?'} -> ${e.target ?? '?'}`));
  const parties = new Set(transfers.flatMap(e => [e.actor, e.target]).filter(Boolean));
  assert.ok(flows.size >= 5, `the seeds give flows (${flows.size})`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${base}/network`);
  await page.waitForSelector('.graph-canvas.drawn', { timeout: 15_000 });
  const drawn = await page.evaluate(() => {
    const cy = window.sanctionWatch.graphs[0];
    const party = n => (n.data('schema') === 'unnamed' ? '?' : n.id());
    return {
      nodes: cy.nodes().filter(n => n.data('schema') !== 'unnamed').map(n => n.id()),
      edges: cy.edges().map(e => `${party(e.source())} -> ${party(e.target())}`),
    };
  });
  assert.deepEqual(new Set(drawn.nodes), parties, 'one node per named party');
  assert.deepEqual(drawn.edges.sort(), [...flows].sort(), 'one edge per flow');
  assert.equal(await page.locator('details.flow').count(), drawn.edges.length);
}));

test('the home page lists the findings and one opens on its own page', async t => withPage(t, async page => {
  const findings = (await json('/api/dossier')).findings;
  assert.ok(findings.length > 0, 'the seeds give findings');
  await page.goto(`${base}/`);
  const links = page.locator('a.finding');
  assert.ok(await links.count() > 0, 'the dashboard links findings');
  const href = await links.first().getAttribute('href');
  const id = decodeURIComponent(href.replace(/^\/findings\//, ''));
  const finding = findings.find(f => f.id === id);
  assert.ok(finding, `${id} is a finding of the dossier`);
  await Promise.all([page.waitForURL(`${base}${href}`), links.first().click()]);
  assert.equal((await page.goto(page.url())).status(), 200);
  assert.ok(await page.locator('h1').count() > 0);
}));

test('searching for Rajin finds the article that names it, marked', async t => withPage(t, async page => {
  await page.goto(`${base}/search?q=Rajin`);
  const hits = page.locator('ol.hits li');
  assert.equal(await hits.count(), 1, 'of the seeds and the posted article only one names Rajin');
  assert.equal(await hits.locator('a').textContent(), rajin.title);
  assert.equal(await hits.locator('mark').first().textContent(), 'Rajin');
  await Promise.all([page.waitForURL(`${base}/documents/${encodeURIComponent(rajinId)}`), hits.locator('a').click()]);
}));

test('the timeline and an entity page render from the PostgreSQL store', async t => withPage(t, async page => {
  const entity = (await json('/api/dossier')).entities.find(e => e.schema === 'Person');
  assert.ok(entity, 'the seeds name a person');
  assert.equal((await page.goto(`${base}/timeline`)).status(), 200);
  assert.ok(await page.locator('h1').count() > 0);
  assert.equal((await page.goto(`${base}/entities/${encodeURIComponent(entity.id)}/page`)).status(), 200);
  assert.equal((await page.locator('h1').textContent()).trim(), entity.name);
}));
