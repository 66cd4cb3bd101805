// Browser tests of the analyst pages: the real `sanctionwatch serve` on a free loopback port, driven in the
// system's headless Chromium (never a downloaded browser). A failing test leaves a screenshot in artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { missing, startWorkbench, withPage as onPage } from './workbench.mjs';

const apiKey = 'browser-test-key';
let workbench, base, articleId;

before(async () => {
  if (missing) return;
  workbench = await startWorkbench('browser', apiKey, async address => {
    const posted = await fetch(`${address}/api/documents`, {
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

// The events that deny or contradict ev, as the finding page must show them beside it.
function against(ev, events) {
  return events.filter(x => x.denies === ev.id || (ev.conflicts ?? []).includes(x.id) || (x.conflicts ?? []).includes(ev.id));
}

// Checks that every evidence span of ev is highlighted, inside its paragraph of the article, within scope.
async function assertHighlighted(scope, ev) {
  for (const span of ev.evidence) {
    const marks = scope.locator('blockquote.paragraph mark.evidence').filter({ hasText: span.text });
    assert.ok(await marks.count() > 0, `evidence “${span.text}” is highlighted`);
    const mark = marks.first();
    assert.equal((await mark.textContent()).trim(), span.text.trim());
    // The quote around the mark is the paragraph of the article that holds the span, not just the span.
    const paragraph = (await mark.locator('xpath=ancestor::blockquote[1]/p').allTextContents()).join('\n');
    const { text } = await json(`/api/documents/${encodeURIComponent(span.document)}`);
    const at = text.indexOf(paragraph);
    assert.ok(at >= 0, `the quoted paragraph is the article's text: “${paragraph.slice(0, 80)}…”`);
    assert.ok(at <= span.start && span.end <= at + paragraph.length, `the paragraph at ${at} holds the span ${span.start}–${span.end}`);
  }
}

test('dashboard leads to a finding with its evidence highlighted and its denials beside it', async t => withPage(t, async page => {
  const findings = await json('/api/findings');
  const events = await json('/api/events');
  // No fallback: the seed articles with UN + OFAC loaded must give findings, and the test follows a real one.
  assert.ok(findings.length > 0, 'the seed articles give findings');
  const byId = new Map(events.map(e => [e.id, e]));
  // Prefer a finding whose event is denied or contradicted, so the column beside the evidence is checked too.
  const finding = findings.find(f => f.events.some(id => against(byId.get(id), events).length > 0)) ?? findings[0];
  await page.goto(`${base}/`);
  assert.equal(await page.locator('h1').textContent(), 'Dashboard');
  // /api/findings waited for the snapshot of the current store, so the dashboard is not stale.
  assert.equal(await page.locator('.stale').count(), 0);
  assert.match(await page.locator('.counts').textContent(), new RegExp(`${findings.length} findings`));
  assert.equal(await page.locator('a.finding').count(), findings.length, 'the dashboard lists every finding of the seeds');
  await Promise.all([
    page.waitForURL(`${base}/findings/${encodeURIComponent(finding.id)}`),
    page.locator(`a.finding[href="/findings/${encodeURIComponent(finding.id)}"]`).click(),
  ]);
  assert.equal(await page.locator('h1').textContent(), 'Finding');
  assert.equal((await page.locator('dd.summary').textContent()).trim(), finding.summary);
  assert.equal(await page.locator('article.event').count(), finding.events.length);
  let denials = 0;
  for (const [i, id] of finding.events.entries()) {
    const ev = byId.get(id);
    assert.ok(ev, `finding ${finding.id} refers to event ${id}`);
    const article = page.locator('article.event').nth(i);
    await assertHighlighted(article.locator('.evidence-col'), ev);
    const counter = article.locator('aside.counter');
    const others = against(ev, events);
    assert.equal(await counter.locator('.denial').count(), others.length, `denials and contradictions of ${id}`);
    if (others.length === 0) assert.match(await counter.textContent(), /None reported/);
    for (const other of others) await assertHighlighted(counter, other);
    denials += others.length;
  }
  assert.ok(denials > 0 || !findings.some(f => f.events.some(id => against(byId.get(id), events).length > 0)),
    'a denied finding was chosen when there is one');
}));

test('an article highlights its people and links them to their listings', async t => withPage(t, async page => {
  await page.goto(`${base}/`);
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
