// End-to-end test of the explorer page in headless Debian Chromium, driven by playwright-core.
// Usage: NEWSKG_URL=http://127.0.0.1:3099 node explorer.test.mjs   (the server must be running)
// The store must hold data/articles and fixtures/markup-article.txt. Writes target/e2e/explorer.png.
import { chromium } from 'playwright-core';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const base = process.env.NEWSKG_URL || 'http://127.0.0.1:3030';
const outDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../target/e2e');
const userDataDir = resolve(outDir, 'chromium-profile-' + process.pid);
mkdirSync(outDir, { recursive: true });

function check(condition, message) {
  if (!condition) throw new Error('FAILED: ' + message);
  console.log('ok - ' + message);
}

const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1400, height: 1000 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const dialogs = [];
const errors = [];
try {
  const page = context.pages()[0] || await context.newPage();
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  page.on('pageerror', (e) => errors.push(e.message));
  // offline: the page must not fetch anything from outside the server
  const external = [];
  page.on('request', (r) => { if (!r.url().startsWith(base)) external.push(r.url()); });
  page.setDefaultTimeout(20000);

  await page.goto(base + '/');
  check(await page.title() === 'newskg explorer', 'the explorer page loads at /');

  await page.fill('#search', 'Ira');
  const iran = page.locator('#suggestions li', { has: page.locator('span', { hasText: /^Iran$/ }) });
  await iran.first().waitFor();
  check(true, 'typing "Ira" suggests Iran');
  await iran.first().click();

  await page.locator('#card h2', { hasText: /^Iran$/ }).waitFor();
  check((await page.textContent('#card')).includes('IRN'), "Iran's card shows its code");
  const usRow = page.locator('#neighbours tbody tr', { hasText: 'United States' });
  await usRow.first().waitFor();
  check(true, 'the United States is among Iran\'s neighbours');
  check(await page.locator('#timeline li').count() > 0, 'the timeline lists Iran\'s events');

  // click the Iran — United States edge on the network canvas
  const point = await page.evaluate(() => {
    const cy = window.newskg.cy;
    const edge = cy.edges().filter((e) => e.data('otherLabel') === 'United States')[0];
    const box = cy.container().getBoundingClientRect();
    const m = edge.renderedMidpoint();
    return { x: box.left + m.x, y: box.top + m.y, tone: edge.data('tone') };
  });
  check(['conflict', 'mixed', 'cooperation'].includes(point.tone), 'the edge has a tone (' + point.tone + ')');
  await page.mouse.click(point.x, point.y);
  const trigger = page.locator('#details mark.trigger', { hasText: 'rejected direct negotiations' });
  await trigger.first().waitFor();
  check((await page.textContent('#details')).includes('Iran has categorically rejected direct negotiations with Washington'),
    'clicking the edge shows the rejection sentence with the trigger highlighted');

  // markup in an article stays text: the sentence of the markup article shows its tags literally
  const details = await page.textContent('#details');
  check(details.includes('<script>alert(1)</script>') && details.includes('<b>bold</b>'), 'markup in a sentence shows as text');
  check(await page.locator('#details b, #details script, #details i').count() === 0, 'no element was made from article markup');
  await page.screenshot({ path: resolve(outDir, 'explorer.png'), fullPage: true });
  console.log('screenshot: ' + resolve(outDir, 'explorer.png'));

  await page.locator('#details a.article-link[data-article="markup-article"]').first().click();
  await page.locator('#article-text').waitFor({ state: 'visible' });
  const text = await page.textContent('#article-text');
  check(text.includes('<i>raw HTML</i>') && await page.locator('#article-text *').count() === 0, 'the full article shows its markup as text');
  check((await page.textContent('#article-headline')).includes('<b>Markup</b>'), 'the headline shows its markup as text');
  await page.screenshot({ path: resolve(outDir, 'article.png') });

  // path view
  await page.click('#tab-path');
  await page.fill('#path-a', 'Iran');
  await page.fill('#path-b', 'Saudi Arabia');
  await page.click('#path-form button');
  await page.locator('#path-result li').first().waitFor();
  check((await page.textContent('#path-result')).includes('George W. Bush'), 'the path view finds Iran … George W. Bush … Saudi Arabia');

  // SPARQL page with the named queries as examples
  await page.click('#tab-sparql');
  await page.selectOption('#examples', { label: 'actors' });
  await page.click('#run');
  await page.locator('#results td', { hasText: 'Iran' }).first().waitFor();
  check(true, 'the SPARQL page runs the "actors" example');
  await page.screenshot({ path: resolve(outDir, 'sparql.png') });

  check(dialogs.length === 0, 'no script from the data ran (no alert dialog)');
  check(errors.length === 0, 'no JavaScript errors' + (errors.length ? ': ' + errors.join('; ') : ''));
  check(external.length === 0, 'no request left the server' + (external.length ? ': ' + external.join(' ') : ''));
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
