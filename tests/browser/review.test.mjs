// Browser test of the review buttons: the real `sanctionwatch serve` (with an API key, so the forms ask for it) on a
// free loopback port, driven in the system's headless Chromium. An analyst rejects a listing and confirms it again
// with the buttons on the entity page, and the dossier (GET /api/entities/{id}) follows each decision.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { missing, startWorkbench, withPage as onPage } from './workbench.mjs';

const apiKey = 'review-test-key';
let workbench, base;

before(async () => {
  if (missing) return;
  workbench = await startWorkbench('review', apiKey);
  base = workbench.base;
});

after(async () => { await workbench?.close(); });

const withPage = (t, body) => onPage(t, workbench?.browser, body);

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
  assert.ok(findings.length > 0, 'the seeds give findings');
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
