/**
 * The explorer end to end, in headless Debian Chromium against the Vite dev server: what a user
 * does on the page (issue 3) and the browser half of issue 4 (nothing from an article executes,
 * the Content-Security-Policy holds). One browser and one page, tests in order: each step builds
 * on the state the previous one left, as a user's session would. Screenshots go to test-results/.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGexf } from '../../src/pipeline/export/gexf';
import { fromJSON, toJSON } from '../../src/pipeline/export/json';
import { buildGraph } from '../../src/pipeline/graph/build-graph';
import type { KnowledgeGraph } from '../../src/pipeline/graph/knowledge-graph';
import type { ArticleRecord } from '../../src/pipeline/types';
import {
  RESULTS_DIR,
  buildSeedGraphWithCli,
  countInkPixels,
  cspViolations,
  graphCounts,
  hasChromium,
  launchBrowser,
  nodePagePosition,
  recordCspViolations,
  runCheckGexf,
  saveScreenshot,
  startApp,
  stopLayout,
  waitForApp,
  watchPage,
  type PageWatch,
  type RunningApp,
} from './helpers';

if (!hasChromium()) {
  console.warn('Skipping the explorer end-to-end tests: no Chromium at /usr/bin/chromium (apt-get install chromium; CI installs it).');
}

/** What the page exposes for tests (the contract's `window.newsgraph`). */
interface NewsgraphHook {
  graph: KnowledgeGraph;
  selectNode(key: string): void;
}
type TestWindow = Window & { newsgraph: NewsgraphHook; __xss?: unknown };

/** An article about companies the seed does not mention, so its entities are new nodes. */
const NEW_ARTICLE = [
  'Amazon invested $4 billion in Anthropic, the developer of Claude.',
  'Microsoft banned employees from using DeepSeek, Microsoft president Brad Smith said.',
].join('\n\n');

/** Markup and script in article text: it must be shown as text and never run. */
const HOSTILE_ARTICLE = [
  'Amazon banned Claude Code for its engineers <img src=x onerror="window.__xss=1;alert(1)">.',
  'Analysts wrote <script>window.__xss=2;alert(2)</script> in the memo.',
].join('\n\n');

describe.skipIf(!hasChromium())('explorer in the browser', () => {
  let scratch: string;
  let seed: { jsonPath: string; gexfPath: string; nodes: number; edges: number; graph: KnowledgeGraph };
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'newsgraph-e2e-'));
    const [paths, startedApp, startedBrowser] = await Promise.all([
      buildSeedGraphWithCli(scratch),
      startApp(),
      launchBrowser(),
    ]);
    const graph = fromJSON(await readFile(paths.jsonPath, 'utf8'));
    seed = { ...paths, nodes: graph.order, edges: graph.size, graph };
    app = startedApp;
    browser = startedBrowser;
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('builds the seed graph in the browser when no graph.json is served (fresh clone, plain `vite`)', async () => {
    app.serveGraphJson(undefined);
    const fallbackPage = await context.newPage();
    const fallbackWatch = watchPage(fallbackPage);
    await fallbackPage.goto(app.url);
    await waitForApp(fallbackPage);
    const counts = await graphCounts(fallbackPage);
    expect(counts.nodes).toBe(seed.nodes);
    expect(counts.edges).toBe(seed.edges);
    expect(fallbackWatch.pageErrors).toEqual([]);
    await fallbackPage.close();
  });

  it('shows the graph the CLI built, drawn on a non-blank canvas', async () => {
    app.serveGraphJson(seed.jsonPath);
    page = await context.newPage();
    watch = watchPage(page);
    await recordCspViolations(page);
    await page.goto(app.url);
    await waitForApp(page);

    const counts = await graphCounts(page);
    expect(seed.nodes).toBeGreaterThan(0);
    expect(counts).toMatchObject({ nodes: seed.nodes, edges: seed.edges });
    // Sigma's WebGL canvas, as composited on screen: a blank view would be one flat colour.
    const view = await page.locator('#graph').screenshot();
    expect(await countInkPixels(page, view)).toBeGreaterThan(500);
    await saveScreenshot(page, 'seed');
  });

  it('has a Content-Security-Policy that forbids inline scripts', async () => {
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toBeTruthy();
    const scriptSrc = /script-src([^;]*)/.exec(policy ?? '')?.[1] ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(policy).toMatch(/object-src\s+'none'/);
  });

  it('search selects a node; Escape clears the selection', async () => {
    const alibaba = seed.graph.findNode((_key, attributes) => attributes.label === 'Alibaba');
    expect(alibaba, 'the seed graph has an Alibaba node').toBeDefined();
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.type('Alibaba');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`#side-panel[data-node="${alibaba}"]`);
    await saveScreenshot(page, 'selected');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.getAttribute('#side-panel', 'data-node')).not.toBe(alibaba);
    expect(await page.locator('#side-panel').isVisible()).toBe(false);
  });

  it('clicking a node opens the side panel with its relations', async () => {
    await stopLayout(page);
    const hub = busiestNode(seed.graph);
    const position = await settledNodePosition(page, hub);
    await page.mouse.click(position.x, position.y);
    await page.waitForSelector(`#side-panel[data-node="${hub}"]`);
    const shown = await page.$$eval('#side-panel button.relation[data-edge]', (buttons) =>
      buttons.map((button) => button.getAttribute('data-edge')),
    );
    expect(new Set(shown)).toEqual(new Set(seed.graph.edges(hub)));
  });

  it('clicking a relation shows its evidence, with the trigger marked, and opens the article', async () => {
    const hub = busiestNode(seed.graph);
    const edge = seed.graph.edges(hub)[0];
    if (edge === undefined) throw new Error('the busiest node has no edge');
    const evidence = seed.graph.getEdgeAttribute(edge, 'evidence');
    await page.click(`#side-panel button.relation[data-edge="${cssString(edge)}"]`);
    await page.waitForSelector('#evidence .evidence-item');

    const items = await page.$$eval('#evidence .evidence-item', (elements) =>
      elements.map((element) => ({
        text: element.textContent ?? '',
        triggers: [...element.querySelectorAll('mark.trigger')].map((mark) => mark.textContent),
      })),
    );
    expect(items).toHaveLength(evidence.length);
    const first = evidence[0];
    if (!first) throw new Error(`edge ${edge} has no evidence`);
    expect(items[0]?.text).toContain(first.sentence);
    expect(items[0]?.triggers).toContain(first.trigger);
    await saveScreenshot(page, 'evidence');

    await page.click(`#evidence button.open-article[data-article="${cssString(first.article)}"]`);
    const article = page.locator('#article-view');
    await expect.poll(() => article.textContent()).toContain(first.sentence);
    expect(await page.locator('#article-view mark.mention[data-node][data-type]').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'article');
  });

  it('unchecking an entity type hides every node of that type, and checking it shows them again', async () => {
    const companies = seed.graph.filterNodes((_key, attributes) => attributes.type === 'company');
    expect(companies.length).toBeGreaterThan(0);
    const before = await graphCounts(page);
    const checkbox = page.locator('#filters input[type=checkbox][data-entity-type=company]');
    await checkbox.uncheck();
    await expect.poll(async () => (await graphCounts(page)).visibleNodes).toBeLessThan(before.visibleNodes);
    const stillShown = await page.evaluate((keys) => {
      const { sigma } = (window as unknown as { newsgraph: { sigma: import('sigma').default } }).newsgraph;
      return keys.filter((key) => sigma.getNodeDisplayData(key)?.hidden === false);
    }, companies);
    expect(stillShown).toEqual([]);
    expect((await graphCounts(page)).nodes, 'filters never change the data').toBe(seed.nodes);
    await saveScreenshot(page, 'filtered');

    await checkbox.check();
    await expect.poll(async () => (await graphCounts(page)).visibleNodes).toBe(before.visibleNodes);
  });

  it('pasting an article adds its entities to the graph', async () => {
    const before = await graphCounts(page);
    await addPastedText(page, NEW_ARTICLE);
    await expect.poll(async () => (await graphCounts(page)).nodes, { timeout: 20_000 }).toBeGreaterThan(before.nodes);
    const labels = await nodeLabels(page);
    expect(labels.filter((label) => ['Amazon', 'Microsoft'].includes(label)).length).toBeGreaterThan(0);
    await saveScreenshot(page, 'added');
  });

  it('shows markup and script in an article as text and never runs it', async () => {
    const articlesBefore = await articleIds(page);
    await addPastedText(page, HOSTILE_ARTICLE);
    await expect.poll(async () => (await articleIds(page)).length, { timeout: 20_000 }).toBe(articlesBefore.length + 1);
    const pasted = (await articleIds(page)).find((id) => !articlesBefore.includes(id));
    if (!pasted) throw new Error('the hostile article was not added');

    // Open it the way a user does: a relation it supports → its evidence → the article.
    const edge = await page.evaluate((id) => {
      const { graph } = (window as unknown as TestWindow).newsgraph;
      return graph.findEdge((_key, attributes) => attributes.articles.includes(id));
    }, pasted);
    expect(edge, 'the hostile article states a relation ("Amazon banned Claude Code")').toBeDefined();
    const source = await page.evaluate((key) => (window as unknown as TestWindow).newsgraph.graph.source(key), edge ?? '');
    await page.evaluate((key) => (window as unknown as TestWindow).newsgraph.selectNode(key), source);
    await page.click(`#side-panel button.relation[data-edge="${cssString(edge ?? '')}"]`);
    await page.click(`#evidence button.open-article[data-article="${cssString(pasted)}"]`);
    await expect.poll(() => page.locator('#article-view').textContent()).toContain('<img src=x onerror="window.__xss=1;alert(1)">');
    expect(await page.locator('#article-view').textContent()).toContain('<script>window.__xss=2;alert(2)</script>');
    expect(await page.locator('#article-view img, #article-view script, #evidence img, #evidence script').count()).toBe(0);
    await saveScreenshot(page, 'hostile-article');
    await expectNothingExecuted(page, watch);
  });

  it('adds the readable files and names each file that cannot be read', async () => {
    const articlesBefore = await articleIds(page);
    await page.setInputFiles('#add-files', [
      { name: 'good-news.txt', mimeType: 'text/plain', buffer: Buffer.from('Amazon acquired Anthropic, Reuters reported.\n') },
      { name: 'picture.png', mimeType: 'image/png', buffer: PNG_BYTES },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('  \n\t\n') },
    ]);
    await expect.poll(() => articleIds(page), { timeout: 20_000 }).toContain('good-news');
    const messages = page.locator('#messages .message');
    await expect.poll(() => messages.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('picture.png'), expect.stringContaining('empty.txt')]),
    );
    expect(await articleIds(page)).toHaveLength(articlesBefore.length + 1);
    await expect.poll(() => page.getAttribute('#progress', 'data-state')).toBe('idle');
  });

  it('adds files dropped anywhere on the page', async () => {
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['Nvidia partnered with Alibaba on cloud chips.\n'], 'dropped-news.txt', { type: 'text/plain' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    });
    await expect.poll(() => articleIds(page), { timeout: 20_000 }).toContain('dropped-news');
  });

  it('exports what is seen as GEXF: filtered nodes left out, positions as on screen', async () => {
    await stopLayout(page);
    const places = await page.evaluate(() =>
      (window as unknown as TestWindow).newsgraph.graph.filterNodes((_key, attributes) => attributes.type === 'place'),
    );
    expect(places.length, 'the graph has places to filter out').toBeGreaterThan(0);
    const checkbox = page.locator('#filters input[type=checkbox][data-entity-type=place]');
    await checkbox.uncheck();
    const visible = await graphCounts(page);
    const positions = await page.evaluate(() =>
      (window as unknown as TestWindow).newsgraph.graph.mapNodes((key, attributes) => ({ key, x: attributes.x, y: attributes.y })),
    );
    const exported = fromGexf(await readFile(await download(page, '#export-gexf', 'newsgraph.gexf'), 'utf8'));
    await checkbox.check();

    expect({ nodes: exported.order, edges: exported.size }).toEqual({ nodes: visible.visibleNodes, edges: visible.visibleEdges });
    expect(places.filter((key) => exported.hasNode(key))).toEqual([]);
    for (const { key, x, y } of positions.filter(({ key }) => exported.hasNode(key))) {
      expect(exported.getNodeAttribute(key, 'x')).toBeCloseTo(x, 3);
      expect(exported.getNodeAttribute(key, 'y')).toBeCloseTo(y, 3);
    }
  });

  it('exports a GEXF that passes check-gexf and imports back to the same graph', async () => {
    const exported = await graphCounts(page);
    expect(exported.visibleNodes, 'no filter is active').toBe(exported.nodes);
    const gexfPath = await download(page, '#export-gexf', 'newsgraph.gexf');
    const check = await runCheckGexf(gexfPath);
    if (check.status === 'unavailable') console.warn(`GEXF validity not checked: check-gexf unavailable (${check.output.trim()})`);
    else expect(check).toEqual({ status: 'passed' });

    await page.click('#reset');
    await expect.poll(async () => (await graphCounts(page)).nodes).toBe(seed.nodes);
    await page.setInputFiles('#import-file', gexfPath);
    await expect
      .poll(async () => {
        const counts = await graphCounts(page);
        return { nodes: counts.nodes, edges: counts.edges };
      })
      .toEqual({ nodes: exported.nodes, edges: exported.edges });
    await saveScreenshot(page, 'imported-gexf');
  });

  it('exports the view as a PNG image and the graph as JSON', async () => {
    const counts = await graphCounts(page);
    const png = await readFile(await download(page, '#export-png', 'newsgraph.png'));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(5_000);
    expect(await countInkPixels(page, png)).toBeGreaterThan(500);

    const json = fromJSON(await readFile(await download(page, '#export-json', 'newsgraph.json'), 'utf8'));
    expect({ nodes: json.order, edges: json.size }).toEqual({ nodes: counts.nodes, edges: counts.edges });
  });

  it('imports a graph with hostile names, sentences and URLs and renders them as text only', async () => {
    const path = join(scratch, 'hostile.json');
    await writeFile(path, toJSON(buildGraph([HOSTILE_RECORD])));
    await page.setInputFiles('#import-file', path);
    await expect.poll(async () => (await graphCounts(page)).nodes).toBe(2);

    await page.evaluate((key) => (window as unknown as TestWindow).newsgraph.selectNode(key), HOSTILE_KEY);
    await expect.poll(() => page.locator('#side-panel').textContent()).toContain(HOSTILE_LABEL);
    await page.click('#side-panel button.relation[data-edge]');
    await expect.poll(() => page.locator('#evidence').textContent()).toContain('<b onmouseover="window.__xss=7">');
    await page.click('#evidence button.open-article');
    await expect.poll(() => page.locator('#article-view').textContent()).toContain('<script>window.__xss=6</script>');

    const clickable = await page.$$eval('a[href]', (anchors) =>
      anchors.map((anchor) => anchor.getAttribute('href') ?? '').filter((href) => !/^(https?:|#|blob:|$)/i.test(href)),
    );
    expect(clickable, 'no javascript: (or other non-http) link is made').toEqual([]);
    expect(await page.locator('#side-panel img, #side-panel b, #evidence b, #article-view script').count()).toBe(0);
    await saveScreenshot(page, 'hostile-import');
    await expectNothingExecuted(page, watch);
  });

  it('resets to the bundled corpus', async () => {
    await page.click('#reset');
    await expect.poll(async () => (await graphCounts(page)).nodes).toBe(seed.nodes);
    expect((await graphCounts(page)).edges).toBe(seed.edges);
  });

  it('ran the whole session without a CSP violation, page error, dialog or executed payload', async () => {
    expect(await cspViolations(page)).toEqual([]);
    expect(watch.consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
    await expectNothingExecuted(page, watch);
  });

  // Last, after the CSP check: Chromium's DOMParser answers malformed XML with a <parsererror>
  // document carrying an inline style attribute, which the CSP blocks (and reports). That
  // document is never shown, so the report is harmless, but it is not "the app working".
  it('names the file when an import fails, and keeps the graph shown', async () => {
    const before = await graphCounts(page);
    await page.setInputFiles('#import-file', { name: 'broken.gexf', mimeType: 'application/xml', buffer: Buffer.from('<gexf><nodes>') });
    await page.setInputFiles('#import-file', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Alibaba banned Claude Code.') });
    await expect.poll(() => page.locator('#messages .message').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('broken.gexf'), expect.stringContaining('notes.txt')]),
    );
    expect(await graphCounts(page)).toEqual(before);
    expect(watch.pageErrors).toEqual([]);
  });
});

/* ---------- fixtures ---------- */

const HOSTILE_KEY = 'hostile-labs';
const HOSTILE_LABEL = '<img src=x onerror="window.__xss=5">Labs & "Co"';
const HOSTILE_TEXT =
  `${HOSTILE_LABEL} banned Claude Code <b onmouseover="window.__xss=7">today</b>.\n\n<script>window.__xss=6</script>`;
const HOSTILE_SENTENCE_END = HOSTILE_TEXT.indexOf('\n');

/** A hand-made extraction record whose every string is hostile markup; the URL is `javascript:`. */
const HOSTILE_RECORD: ArticleRecord = {
  article: { id: 'hostile', title: '<script>window.__xss=8</script> memo', url: 'javascript:window.__xss=9' },
  text: HOSTILE_TEXT,
  entities: [
    {
      key: HOSTILE_KEY,
      label: HOSTILE_LABEL,
      type: 'company',
      aliases: [],
      mentions: [{ start: 0, end: HOSTILE_LABEL.length, surface: HOSTILE_LABEL }],
    },
    {
      key: 'claude-code',
      label: 'Claude Code',
      type: 'product',
      aliases: [],
      mentions: [{ start: HOSTILE_TEXT.indexOf('Claude Code'), end: HOSTILE_TEXT.indexOf('Claude Code') + 11, surface: 'Claude Code' }],
    },
  ],
  claims: [
    {
      source: HOSTILE_KEY,
      relation: 'banned',
      target: 'claude-code',
      status: 'asserted',
      evidence: {
        article: 'hostile',
        sentence: HOSTILE_TEXT.slice(0, HOSTILE_SENTENCE_END),
        start: 0,
        end: HOSTILE_SENTENCE_END,
        trigger: 'banned',
      },
    },
  ],
};

/** The 8-byte PNG signature and a bit of an IHDR chunk: a binary file, not an article. */
const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);

/* ---------- steps ---------- */

async function addPastedText(page: Page, text: string): Promise<void> {
  await page.fill('#add-text', text);
  await page.click('#add-text-button');
}

async function download(page: Page, button: string, expectedName: string): Promise<string> {
  const [started] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const file: Download = started;
  expect(file.suggestedFilename()).toBe(expectedName);
  const path = join(RESULTS_DIR, expectedName);
  await file.saveAs(path);
  return path;
}

async function expectNothingExecuted(page: Page, watch: PageWatch): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as TestWindow).__xss)).toBeUndefined();
  expect(watch.dialogs).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
}

function nodeLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { graph } = (window as unknown as TestWindow).newsgraph;
    return graph.mapNodes((_key, attributes) => attributes.label);
  });
}

function articleIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as TestWindow).newsgraph.graph.getAttribute('articles').map((article) => article.id));
}

/** The node with the most relations: the one a user would click first. */
function busiestNode(graph: KnowledgeGraph): string {
  let best = '';
  graph.forEachNode((key) => {
    if (best === '' || graph.degree(key) > graph.degree(best)) best = key;
  });
  return best;
}

/** The node's position once the camera has stopped moving (search animates it). */
async function settledNodePosition(page: Page, key: string): Promise<{ x: number; y: number }> {
  let previous = await nodePagePosition(page, key);
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.waitForTimeout(100);
    const current = await nodePagePosition(page, key);
    if (Math.abs(current.x - previous.x) < 0.5 && Math.abs(current.y - previous.y) < 0.5) return current;
    previous = current;
  }
  return previous;
}

/** Escapes a value for a double-quoted CSS attribute selector. */
function cssString(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
