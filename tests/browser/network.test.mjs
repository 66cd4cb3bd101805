// Browser tests of the analyst's workbench (issue 22): the transfer network, the timeline, the evidence-first finding
// page and the entity page, in the system's headless Chromium against the real `sanctionwatch serve` over the seeds
// plus one script-laden article. Expectations come from the API (/api/events, /api/findings), never from the pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { missing, startWorkbench, withPage as onPage } from './workbench.mjs';

const apiKey = 'network-test-key';
const hostile = {
  title: 'Hostile <script>window.__xss = 3</script> report',
  published: '2024-06-19',
  text: 'North Korea delivered 3,000 artillery shells <script>window.__xss = 1</script> to Russia in March 2024, officials said. '
    + '<img src=x onerror="window.__xss = 2">\n\nRussia denied that it received any shells from North Korea.',
};
let workbench, base, hostileId;

before(async () => {
  if (missing) return;
  workbench = await startWorkbench('network', apiKey, async address => {
    const posted = await fetch(`${address}/api/documents`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': apiKey }, body: JSON.stringify(hostile),
    });
    assert.ok(posted.ok, `POST /api/documents answered ${posted.status}`);
    hostileId = (await posted.json()).id;
  });
  base = workbench.base;
});

after(async () => { await workbench?.close(); });

const withPage = (t, body) => onPage(t, workbench?.browser, body);

async function json(path) {
  const r = await fetch(base + path);
  assert.ok(r.ok, `GET ${path} answered ${r.status}`);
  return r.json();
}

// The flows the dossier holds: TRANSFER events grouped by (supplier, recipient), either of which may be unnamed.
async function dossierFlows() {
  const transfers = (await json('/api/events')).filter(e => e.type === 'TRANSFER' && (e.actor || e.target));
  const flows = new Map();
  for (const e of transfers) {
    const key = `${e.actor ?? '?'} -> ${e.target ?? '?'}`;
    if (!flows.has(key)) flows.set(key, []);
    flows.get(key).push(e);
  }
  const parties = new Set(transfers.flatMap(e => [e.actor, e.target]).filter(Boolean));
  return { transfers, flows, parties };
}

// Waits for the drawing in scope and returns what Cytoscape drew, as (supplier, recipient) keys like dossierFlows'.
async function drawn(page, index = 0) {
  await page.waitForSelector('.graph-canvas.drawn', { timeout: 15_000 });
  return page.evaluate(i => {
    const cy = window.sanctionWatch.graphs[i];
    const party = n => (n.data('schema') === 'unnamed' ? '?' : n.id());
    return {
      nodes: cy.nodes().map(n => ({ id: n.id(), unnamed: n.data('schema') === 'unnamed', visible: n.visible() && Number.isFinite(n.renderedPosition().x) })),
      edges: cy.edges().map(e => ({ id: e.id(), key: `${party(e.source())} -> ${party(e.target())}`, label: e.data('label'), modality: e.data('modality') })),
    };
  }, index);
}

// Where an element is on the page, for a real mouse click on the canvas: a node's centre, or the point of an
// edge's line farthest from every node (a node drawn across the line would take the click).
async function pointOf(page, id, what) {
  return page.evaluate(([elementId, kind]) => {
    const cy = window.sanctionWatch.graphs[0];
    const el = cy.getElementById(elementId);
    let p = el.renderedPosition?.();
    if (kind === 'edge') {
      const [a, b] = [el.source().renderedPosition(), el.target().renderedPosition()];
      const clearance = q => Math.min(...cy.nodes().map(n => Math.hypot(n.renderedPosition().x - q.x, n.renderedPosition().y - q.y)));
      const along = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7].map(t => ({ x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) }));
      p = along.sort((q, r) => clearance(r) - clearance(q))[0];
    }
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, [id, what]);
}

test('the network draws a node for every party of a transfer and an edge for every flow', async t => withPage(t, async page => {
  const { flows, parties } = await dossierFlows();
  assert.ok(flows.size >= 5, `the seeds give flows (${flows.size})`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${base}/network`);
  const { nodes, edges } = await drawn(page);
  assert.deepEqual(new Set(nodes.filter(n => !n.unnamed).map(n => n.id)), parties, 'one node per named party');
  assert.ok(nodes.every(n => n.visible), 'every node is placed');
  assert.deepEqual(edges.map(e => e.key).sort(), [...flows.keys()].sort(), 'one edge per flow');
  for (const e of edges) {
    const categories = [...new Set(flows.get(e.key).flatMap(ev => ev.items.map(i => i.category)))].sort();
    assert.equal(e.label, categories.length ? categories.join(', ') : 'unspecified', `label of ${e.key}`);
  }
  // The same flows as a list beside the drawing, one disclosure per edge.
  assert.equal(await page.locator('details.flow').count(), edges.length);
  for (const e of edges) assert.equal(await page.locator(`details.flow[id="${e.id}"]`).count(), 1);
  assert.match(await page.locator('details.flow summary').first().textContent(), /^.+ → .+: .+, \d+ sources?, [a-z]+$/);
}));

test('clicking an edge opens its events with their cited sentences; clicking a party opens its page', async t => withPage(t, async page => {
  const { flows } = await dossierFlows();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${base}/network`);
  const { nodes, edges } = await drawn(page);
  // The flow with the most events, clicked where Cytoscape drew it.
  const edge = edges.slice().sort((a, b) => flows.get(b.key).length - flows.get(a.key).length)[0];
  const details = page.locator(`details.flow[id="${edge.id}"]`);
  assert.equal(await details.getAttribute('open'), null, 'closed before the click');
  const at = await pointOf(page, edge.id, 'edge');
  await page.mouse.click(at.x, at.y);
  await page.waitForSelector(`details.flow[id="${edge.id}"][open]`, { timeout: 5000 });
  assert.ok(await details.isVisible());
  const quoted = await details.locator('blockquote.cited q').allTextContents();
  const expected = flows.get(edge.key).flatMap(ev => ev.evidence.slice(0, 5).map(s => s.text));
  assert.deepEqual(quoted.sort(), expected.sort(), 'the cited sentences of every event of the flow');
  assert.equal(await details.locator('li.event').count(), flows.get(edge.key).length);

  const node = nodes.find(n => !n.unnamed);
  const where = await pointOf(page, node.id, 'node');
  await Promise.all([page.waitForURL(`${base}/entities/${encodeURIComponent(node.id)}/page`), page.mouse.click(where.x, where.y)]);
  const entity = await json(`/api/entities/${encodeURIComponent(node.id)}`);
  assert.equal(await page.locator('h1').textContent(), entity.name);
}));

test('the filters narrow the drawing and the list alike', async t => withPage(t, async page => {
  const { transfers } = await dossierFlows();
  await page.goto(`${base}/network?modality=reported&item=arms`);
  const { edges } = await drawn(page);
  const expected = new Set(transfers.filter(e => e.modality === 'reported' && e.items.some(i => i.category === 'arms'))
    .map(e => `${e.actor ?? '?'} -> ${e.target ?? '?'}`));
  assert.ok(expected.size > 0);
  assert.deepEqual(new Set(edges.map(e => e.key)), expected);
  assert.ok(edges.every(e => e.modality === 'reported' && e.label.split(', ').includes('arms')));
  assert.equal(await page.locator('details.flow').count(), edges.length);
  assert.equal(await page.locator('select[name=modality]').inputValue(), 'reported');
  // A date range leaves undated transfers out and says how many.
  await page.goto(`${base}/network?from=2024-01-01&to=2024-12-31`);
  const dated = await drawn(page);
  assert.ok(dated.edges.length > 0 && dated.edges.length < (await dossierFlows()).flows.size);
  assert.match(await page.locator('.network-summary').textContent(), /undated transfers are left out/);
}));

test('the list of flows works from the keyboard', async t => withPage(t, async page => {
  await page.goto(`${base}/network`);
  const first = page.locator('details.flow').first();
  await first.locator('summary').focus();
  await page.keyboard.press('Enter');
  assert.equal(await first.getAttribute('open'), '');
  assert.ok(await first.locator('blockquote.cited').first().isVisible());
}));

test('the timeline is in date order, grouped by story, with undated events apart', async t => withPage(t, async page => {
  const events = await json('/api/events');
  const byId = new Map(events.map(e => [e.id, e]));
  await page.goto(`${base}/timeline`);
  assert.equal(await page.locator('li.event').count(), events.length, 'every event once');
  const stories = page.locator('section.story');
  assert.ok(await stories.count() >= 2, 'the seeds make stories');
  for (let i = 0; i < await stories.count(); i++) {
    const dates = await stories.nth(i).locator('ol.timeline > li.event > .event-head > time').evaluateAll(ts => ts.map(t => t.getAttribute('datetime')));
    assert.deepEqual(dates, dates.slice().sort(), `story ${i} is in date order`);
    const ids = await stories.nth(i).locator('ol.timeline > li.event').evaluateAll(ls => ls.map(l => l.dataset.event));
    ids.forEach((id, k) => assert.equal(dates[k], byId.get(id).date.value));
    const undated = await stories.nth(i).locator('ul.undated-events > li.event').evaluateAll(ls => ls.map(l => l.dataset.event));
    assert.ok(undated.every(id => !byId.get(id).date?.value), 'only undated events are apart');
  }
  const undatedCount = events.filter(e => !e.date?.value).length;
  assert.ok(undatedCount > 0);
  assert.equal(await page.locator('ul.undated-events > li.event').count(), undatedCount);
}));

test('a finding page puts the measure and the highlighted evidence first', async t => withPage(t, async page => {
  const findings = await json('/api/findings');
  const events = new Map((await json('/api/events')).map(e => [e.id, e]));
  const finding = findings.find(f => f.sources > 1) ?? findings[0];
  await page.goto(`${base}/findings/${encodeURIComponent(finding.id)}`);
  const order = await page.evaluate(() => [...document.querySelectorAll('section.measure, article.event, section.sources, section.review')].map(e => e.className));
  assert.deepEqual([...new Set(order)], ['measure', 'event', 'sources', 'review'], 'measure, evidence, sources, review');
  assert.deepEqual(await page.locator('ul.provisions li').allTextContents(), finding.provisions);
  for (const [i, id] of finding.events.entries()) {
    const ev = events.get(id);
    const col = page.locator('article.event').nth(i).locator('.evidence-col');
    const marks = await col.locator('.claim blockquote.paragraph mark.evidence').allTextContents();
    assert.deepEqual(marks, ev.evidence.map(s => s.text), `the evidence of ${id} is marked`);
    for (const claim of await col.locator('.claim').all()) {
      for (const part of ['.claimant', '.modality', '.source', '.published']) assert.ok((await claim.locator(part).textContent()).trim().length > 0, part);
    }
  }
  assert.match(await page.locator('section.sources h2').textContent(), new RegExp(`Independent sources: ${finding.sources}$`));
  assert.equal(await page.locator('section.sources li.source-group').count(), finding.sources);
  assert.equal(await page.locator('form.review button').count(), 3, 'the review buttons stay');
}));

test('a script-laden article shows as text on the network, the timeline and its finding', async t => withPage(t, async (page, dialogs) => {
  const findings = await json('/api/findings');
  const finding = findings.find(f => f.documents.includes(hostileId));
  assert.ok(finding, 'the hostile article gives a finding');
  for (const path of ['/network', '/timeline', `/findings/${encodeURIComponent(finding.id)}`]) {
    await page.goto(base + path);
    if (path === '/network') await page.waitForSelector('.graph-canvas.drawn');
    const text = await page.locator('main').textContent();
    assert.ok(text.includes('<script>window.__xss = 1</script>'), `${path} shows the markup as text`);
    assert.equal(await page.evaluate(() => window.__xss), undefined, `${path} ran no article script`);
    assert.equal(await page.locator('main img').count(), 0);
  }
  assert.deepEqual(dialogs, []);
}));

test('an entity page shows its neighbourhood in the network and its events on a timeline', async t => withPage(t, async page => {
  const { flows } = await dossierFlows();
  const events = await json('/api/events');
  const entity = (await json('/api/entities?q=North Korea')).find(e => e.schema === 'Country');
  assert.ok(entity);
  await page.goto(`${base}/entities/${encodeURIComponent(entity.id)}/page`);
  const { edges } = await drawn(page);
  const own = [...flows.keys()].filter(k => k.split(' -> ').includes(entity.id));
  assert.deepEqual(edges.map(e => e.key).sort(), own.sort());
  const mine = events.filter(e => e.actor === entity.id || e.target === entity.id);
  assert.equal(await page.locator('section.story li.event').count(), mine.length);
}));

test('the network and the finding page read at 1280 px and on a phone', async t => withPage(t, async page => {
  const finding = (await json('/api/findings'))[0];
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 860 });
    for (const path of ['/network', '/timeline', `/findings/${encodeURIComponent(finding.id)}`]) {
      await page.goto(base + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `${path} at ${width} px scrolls sideways by ${overflow} px`);
    }
  }
}));
