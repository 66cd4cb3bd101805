// Takes the README's screenshots of the workbench over the seeds (UN + OFAC loaded) in headless Chromium:
// docs/network.png (one flow opened by a click on its edge), docs/timeline.png, docs/finding.png, and the network
// on a phone (docs/network-phone.png). Not a test; run it after a Release build: node tests/browser/screenshots.mjs
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missing, startWorkbench } from './workbench.mjs';

if (missing) { console.error(missing); process.exit(2); }
const docs = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs');
const workbench = await startWorkbench('screenshots', 'screenshot-key');
const { base, browser } = workbench;
try {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${base}/network`);
  await page.waitForSelector('.graph-canvas.drawn');
  // Open the flow with the most sources, as an analyst's click on its edge would.
  const at = await page.evaluate(() => {
    const cy = window.sanctionWatch.graphs[0];
    const edge = cy.edges().sort((a, b) => b.data('sources') - a.data('sources') || b.data('events') - a.data('events'))[0];
    const [a, b] = [edge.source().renderedPosition(), edge.target().renderedPosition()];
    const clearance = q => Math.min(...cy.nodes().map(n => Math.hypot(n.renderedPosition().x - q.x, n.renderedPosition().y - q.y)));
    const p = [0.3, 0.4, 0.5, 0.6, 0.7].map(t => ({ x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) })).sort((q, r) => clearance(r) - clearance(q))[0];
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  });
  await page.mouse.click(at.x, at.y);
  await page.waitForSelector('details.flow.selected[open]');
  await page.evaluate(() => window.scrollTo(0, document.querySelector('.network-summary').offsetTop - 10));
  await page.screenshot({ path: join(docs, 'network.png') });

  await page.goto(`${base}/timeline`);
  await page.screenshot({ path: join(docs, 'timeline.png') });

  const findings = await (await fetch(`${base}/api/findings`)).json();
  const finding = findings.slice().sort((a, b) => b.sources - a.sources || b.events.length - a.events.length)[0];
  await page.goto(`${base}/findings/${encodeURIComponent(finding.id)}`);
  await page.screenshot({ path: join(docs, 'finding.png'), fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${base}/network`);
  await page.waitForSelector('.graph-canvas.drawn');
  await page.screenshot({ path: join(docs, 'network-phone.png') });
  console.log(`saved docs/network.png, docs/timeline.png, docs/finding.png (${finding.id}), docs/network-phone.png`);
} finally {
  await workbench.close();
}
