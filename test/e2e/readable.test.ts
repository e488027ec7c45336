/**
 * Readable at any size, and state that behaves (issue 18 §2–§3 and "beyond"), end to end in
 * headless Chromium at 1280×800 on the seed graph built by the CLI: the node panel leads with
 * relations, nothing in the side panel is wider than the panel, Fit and the neighbourhood frame
 * the graph where no panel covers it, a pasted link applies, syndicated evidence shows once,
 * range filters, the entities table, labels that give way, and the PNG at a chosen size. Tests run
 * in order on one page, as a session would; each polls for the state the page has drawn.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromJSON } from '../../src/pipeline/export/json';
import type { KnowledgeGraph } from '../../src/pipeline/graph/knowledge-graph';
import { RESULTS_DIR, buildSeedGraphWithCli, hasChromium, launchBrowser, saveTourScreenshot, startApp, type PageWatch, type RunningApp, openExplorer, closeAll } from './helpers';

interface TestWindow {
  newsgraph: { sigma: import('sigma').default; graph: KnowledgeGraph; selectNode(key: string): void; drawnLabels(): string[] };
}

/** The seed's sentence behind "Alibaba banned Claude"; two reprints of it make three articles. */
const SYNDICATED = 'Alibaba has barred its employees from using Anthropic’s Claude, according to The Information.';
const SYNDICATED_EDGE = 'alibaba->banned->claude';

/** Elements of the side panel that stick out of it (left of its left edge or right of its content box). */
function overflowingPanelElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const panel = document.getElementById('side-panel')!;
    const box = panel.getBoundingClientRect();
    const right = box.left + panel.clientLeft + panel.clientWidth;
    const out: string[] = [];
    if (panel.scrollWidth > panel.clientWidth) out.push(`#side-panel scrolls sideways: ${panel.scrollWidth} > ${panel.clientWidth}`);
    for (const element of panel.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (rect.right > right + 0.5 || rect.left < box.left - 0.5) out.push(`${element.tagName.toLowerCase()}.${element.className}: ${Math.round(rect.left)}–${Math.round(rect.right)} (panel ${Math.round(box.left)}–${Math.round(right)})`);
    }
    return out;
  });
}

/**
 * Nodes drawn (wholly or partly) under the given overlays or outside the graph: for each shown
 * node, its disc in page coordinates against each overlay's box.
 */
function nodesUnder(page: Page, overlays: string[]): Promise<string[]> {
  return page.evaluate((ids) => {
    const { sigma } = (window as unknown as TestWindow).newsgraph;
    const container = sigma.getContainer().getBoundingClientRect();
    const boxes = ids.flatMap((id) => {
      const element = document.getElementById(id);
      if (!element || element.hidden) return [];
      const rect = element.getBoundingClientRect();
      return rect.width > 0 ? [{ id, rect }] : [];
    });
    const under: string[] = [];
    sigma.getGraph().forEachNode((node) => {
      const data = sigma.getNodeDisplayData(node);
      if (!data || data.hidden) return;
      const point = sigma.framedGraphToViewport(data);
      const radius = sigma.scaleSize(data.size);
      const [x, y] = [container.left + point.x, container.top + point.y];
      if (x - radius < container.left || x + radius > container.right || y - radius < container.top || y + radius > container.bottom) under.push(`${node} outside the graph`);
      for (const { id, rect } of boxes) {
        if (x + radius > rect.left && x - radius < rect.right && y + radius > rect.top && y - radius < rect.bottom) under.push(`${node} under #${id}`);
      }
    });
    return under;
  }, overlays);
}

const statusFits = (page: Page): Promise<boolean> => page.$eval('#status', (status) => status.scrollWidth <= status.clientWidth && status.scrollHeight <= status.clientHeight);

const cameraAtRest = (page: Page): Promise<boolean> => page.evaluate(() => !(window as unknown as TestWindow).newsgraph.sigma.getCamera().isAnimated());

describe.skipIf(!hasChromium())('a graph that stays readable, and state that behaves', () => {
  let scratch: string;
  let graph: KnowledgeGraph;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'newsgraph-e2e-readable-'));
    const [paths, startedApp, startedBrowser] = await Promise.all([buildSeedGraphWithCli(scratch), startApp(), launchBrowser()]);
    graph = fromJSON(await readFile(paths.jsonPath, 'utf8'));
    app = startedApp;
    browser = startedBrowser;
    app.serveGraphJson(paths.jsonPath);
    ({ page, watch } = await openExplorer(browser, app));
  }, 120_000);

  afterAll(() => closeAll(browser, app, scratch));

  it('shows the whole status line at 1280×800, on one line of the top bar', async () => {
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/entities · .*relations · .*articles$/);
    expect(await statusFits(page)).toBe(true);
    const tops = await page.$$eval('.topbar > *', (elements) => elements.map((element) => Math.round(element.getBoundingClientRect().bottom)));
    expect(Math.max(...tops) - Math.min(...tops), 'no item of the top bar wrapped to a second line').toBeLessThan(20);
  });

  it('the node panel leads with relations, grouped by kind with counts; the articles are a count that opens a page at a time', async () => {
    await page.evaluate(() => (window as unknown as TestWindow).newsgraph.selectNode('alibaba'));
    await page.waitForSelector('#side-panel[data-node="alibaba"] section.relations');
    const parts = await page.$$eval('#node-details > *', (elements) => elements.map((element) => `${element.tagName.toLowerCase()}.${element.className}`));
    expect(parts).toEqual(['header.panel-header', 'section.relations', 'dl.facts', 'details.articles']);
    const counts = await page.$$eval('#node-details .relation-group', (groups) =>
      groups.map((group) => ({ said: group.querySelector('.group-count')?.textContent, listed: group.querySelectorAll('button.relation').length })),
    );
    for (const { said, listed } of counts) expect(said).toBe(`(${listed})`);
    expect(counts.reduce((sum, group) => sum + group.listed, 0)).toBe(graph.degree('alibaba'));
    const articles = page.locator('#node-details details.articles');
    expect(await articles.locator('summary').textContent()).toBe(`Articles (${graph.getNodeAttribute('alibaba', 'articles').length})`);
    expect(await articles.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    await articles.locator('summary').click();
    await expect.poll(() => articles.locator('button.open-article').count()).toBe(graph.getNodeAttribute('alibaba', 'articles').length);
    await saveTourScreenshot(page, 'node-panel');

    // A node of a big corpus: 120 articles open 50 at a time.
    await page.evaluate(() => {
      const { graph: shown, selectNode } = (window as unknown as TestWindow).newsgraph;
      shown.setNodeAttribute('china', 'articles', Array.from({ length: 120 }, (_, i) => `wire-${i}`));
      selectNode('china');
    });
    await page.waitForSelector('#side-panel[data-node="china"] details.articles');
    await page.click('#node-details details.articles summary');
    const listed = (): Promise<number> => page.locator('#node-details details.articles button.open-article').count();
    await expect.poll(listed).toBe(50);
    expect(await page.locator('button.more-articles').textContent()).toBe('50 more of 70');
    await page.click('button.more-articles');
    await expect.poll(listed).toBe(100);
    await page.click('button.more-articles');
    await expect.poll(listed).toBe(120);
    expect(await page.locator('button.more-articles').isVisible()).toBe(false);
    await page.evaluate((articles) => (window as unknown as TestWindow).newsgraph.graph.setNodeAttribute('china', 'articles', articles), graph.getNodeAttribute('china', 'articles'));
  });

  it('no element of the side panel is wider than the panel, at 1280×800 and 1920×1080 (evidence, the conflict box, centrality)', async () => {
    const conflicting = graph.filterEdges((_edge, attributes) => attributes.conflict)[0]!;
    const from = graph.source(conflicting);
    // A name with no place to break (as a URL-like alias of a big corpus) must wrap too.
    const aliases = graph.getNodeAttribute(from, 'aliases');
    await page.evaluate(
      ({ node, long }) => {
        const { graph: shown, selectNode } = (window as unknown as TestWindow).newsgraph;
        shown.setNodeAttribute(node, 'aliases', [...shown.getNodeAttribute(node, 'aliases'), long]);
        selectNode(shown.nodes().find((other) => other !== node)!);
      },
      { node: from, long: 'Unbreakable'.repeat(40) },
    );
    for (const viewport of [{ width: 1280, height: 800 }, { width: 1920, height: 1080 }]) {
      await page.setViewportSize(viewport);
      await page.evaluate((node) => (window as unknown as TestWindow).newsgraph.selectNode(node), from);
      await page.click(`#side-panel button.relation[data-edge="${conflicting}"]`);
      await page.waitForSelector('#evidence .conflict .competing-claim');
      await page.click('#node-details details.articles summary');
      expect(await page.locator('#node-details .facts').textContent()).toContain('Unbreakable'.repeat(40));
      await expect.poll(() => overflowingPanelElements(page)).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(({ node, list }) => (window as unknown as TestWindow).newsgraph.graph.setNodeAttribute(node, 'aliases', list), { node: from, list: aliases });
  });

  it('Fit frames the graph in the area the side panel and the legend leave free', async () => {
    await page.evaluate(() => (window as unknown as TestWindow).newsgraph.selectNode('alibaba'));
    await page.waitForSelector('#side-panel[data-node="alibaba"]');
    expect(await page.locator('#legend details').getAttribute('open')).not.toBeNull();
    await page.click('#zoom-reset');
    await expect.poll(() => cameraAtRest(page)).toBe(true);
    await expect.poll(() => nodesUnder(page, ['side-panel', 'legend'])).toEqual([]);
    await saveTourScreenshot(page, 'fit');
  });

  it('"show only its neighbourhood" frames the neighbourhood, and frames it again when the rings grow', async () => {
    await page.click('#side-panel button.explore-around');
    await page.waitForSelector('#around-bar:not([hidden])');
    await expect.poll(async () => (await cameraAtRest(page)) && (await nodesUnder(page, ['side-panel', 'legend', 'around-bar'])).length === 0).toBe(true);
    const oneRing = Number(await page.getAttribute('#graph', 'data-visible-nodes'));
    await page.click('#around-more');
    await expect.poll(async () => Number(await page.getAttribute('#graph', 'data-visible-nodes'))).toBeGreaterThan(oneRing);
    await expect.poll(async () => (await cameraAtRest(page)) && (await nodesUnder(page, ['side-panel', 'legend', 'around-bar'])).length === 0).toBe(true);
    await page.click('#around-all');
    await page.keyboard.press('Escape');
  });

  it('a node clicked where the panel opens moves into the free area, as a searched one does', async () => {
    await expect.poll(() => page.locator('#side-panel').isVisible()).toBe(false);
    // Put Qwen 120 px from the right edge of the graph, where the side panel will open.
    const at = await page.evaluate(() => {
      const { sigma } = (window as unknown as TestWindow).newsgraph;
      const data = sigma.getNodeDisplayData('qwen')!;
      const { width, height } = sigma.getDimensions();
      const camera = sigma.getCamera();
      camera.setState({ x: data.x, y: data.y, ratio: camera.ratio, angle: 0 });
      const right = sigma.viewportToFramedGraph({ x: width - 120, y: height / 2 });
      camera.setState({ x: data.x - (right.x - data.x), y: data.y - (right.y - data.y), ratio: camera.ratio, angle: 0 });
      sigma.refresh();
      const point = sigma.framedGraphToViewport(data);
      const box = sigma.getContainer().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    });
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector('#side-panel[data-node="qwen"]');
    await expect.poll(async () => (await cameraAtRest(page)) && (await nodesUnder(page, ['side-panel'])).filter((entry) => entry.startsWith('qwen ')).length === 0).toBe(true);
    await page.keyboard.press('Escape');
  });

  it('a link pasted into the open tab applies: the entity is selected and the filters set', async () => {
    await page.evaluate(() => {
      location.hash = '#node=openai&hide-types=product';
    });
    await page.waitForSelector('#side-panel[data-node="openai"]');
    const shown = graph.filterNodes((_node, attributes) => attributes.type !== 'product').length;
    await expect.poll(() => page.getAttribute('#graph', 'data-visible-nodes')).toBe(String(shown));
    expect(await page.locator('#type-filters input[data-entity-type="product"]').isChecked()).toBe(false);
    // The longest status ("18 of 21 entities · 12 of 16 relations · 5 articles") is whole too.
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^\d+ of \d+ entities · \d+ of \d+ relations/);
    expect(await statusFits(page)).toBe(true);
    await page.evaluate(() => {
      location.hash = '#node=alibaba';
    });
    await page.waitForSelector('#side-panel[data-node="alibaba"]');
    await expect.poll(() => page.getAttribute('#graph', 'data-visible-nodes')).toBe(String(graph.order));
    expect(await page.locator('#type-filters input[data-entity-type="product"]').isChecked()).toBe(true);
    await page.keyboard.press('Escape');
  });

  it('filters by a range of any numeric attribute, and keeps the largest connected component', async () => {
    const offered = await page.$$eval('#range-attribute option', (options) => options.map((option) => (option as HTMLOptionElement).value));
    for (const id of ['node.mentions', 'node.pagerank', 'node.degree', 'node.firstSeen', 'edge.weight']) expect(offered).toContain(id);
    await page.selectOption('#range-attribute', 'node.mentions');
    await page.fill('#range-min', '5');
    await page.press('#range-min', 'Tab');
    const busy = graph.filterNodes((_node, attributes) => attributes.mentions >= 5).length;
    await expect.poll(() => page.getAttribute('#graph', 'data-visible-nodes')).toBe(String(busy));
    expect(await page.locator('#range-list li').textContent()).toContain('Mentions: 5 to …');
    expect(page.url()).toContain('range=node.mentions%3A5%3A');
    await page.click('#range-list button');
    await expect.poll(() => page.getAttribute('#graph', 'data-visible-nodes')).toBe(String(graph.order));

    await page.check('#largest-component');
    await expect.poll(() => page.getAttribute('#graph', 'data-visible-nodes')).toBe(String(largestComponentSize(graph)));
    await page.uncheck('#largest-component');
    await expect.poll(() => page.getAttribute('#graph', 'data-visible-nodes')).toBe(String(graph.order));
  });

  it('the table drawer leaves the graph at least half the height; the entities table sorts and selects', async () => {
    await page.click('#claims-toggle');
    await page.waitForSelector('#claims:not([hidden])');
    const heights = await page.evaluate(() => ({ graph: document.getElementById('graph')!.clientHeight, area: document.getElementById('graph-area')!.clientHeight }));
    expect(heights.graph).toBeGreaterThanOrEqual(heights.area / 2);

    await page.click('#tab-nodes');
    await expect.poll(() => page.locator('#nodes-body tr').count()).toBe(graph.order);
    const busiest = graph.nodes().reduce((best, node) => (graph.getNodeAttribute(node, 'mentions') > graph.getNodeAttribute(best, 'mentions') ? node : best));
    expect(await page.locator('#nodes-body tr').first().getAttribute('data-node')).toBe(busiest);
    await page.click('#nodes-head button[data-sort="label"]');
    const labels = await page.locator('#nodes-body tr td:first-child').allTextContents();
    expect(labels).toEqual([...labels].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    await page.click('#nodes-body tr[data-node="openai"]');
    await page.waitForSelector('#side-panel[data-node="openai"]');
    await expect.poll(() => page.locator('#nodes-body tr.selected').getAttribute('data-node')).toBe('openai');
    await saveTourScreenshot(page, 'entities-table');
    await page.click('#tab-claims');
    await page.click('#claims-close');
    await page.keyboard.press('Escape');
  });

  it('the suggestions of the path finder push "Find paths" down instead of covering it; "next ›" stays on its line', async () => {
    await page.fill('#path-from', 'a');
    await page.waitForSelector('#path-from-suggestions:not([hidden]) li');
    const [list, button] = await Promise.all([page.locator('#path-from-suggestions').boundingBox(), page.locator('#path-find').boundingBox()]);
    expect(list!.y + list!.height).toBeLessThanOrEqual(button!.y);
    // Qwen to Anthropic: two chains (through Alibaba, through Claude); "‹ previous" and "next ›" share a line.
    await page.fill('#path-from', 'Qwen');
    await page.press('#path-from', 'Enter');
    await page.fill('#path-to', 'Anthropic');
    await page.press('#path-to', 'Enter');
    await page.waitForSelector('#path-result[data-state="found"] .path-nav');
    const tops = await page.$$eval('#path-result .path-nav button', (buttons) => buttons.map((button) => Math.round(button.getBoundingClientRect().top)));
    expect(tops).toHaveLength(2);
    expect(tops[0]).toBe(tops[1]);
    await page.click('#path-clear');
  });

  it('labels give way: no two drawn labels overlap, and the biggest node keeps its label', async () => {
    await page.click('#zoom-reset');
    await expect.poll(() => cameraAtRest(page)).toBe(true);
    const overlaps = (): Promise<{ drawn: string[]; overlapping: string[] }> =>
      page.evaluate(() => {
        const { sigma, drawnLabels } = (window as unknown as TestWindow).newsgraph;
        const drawn = drawnLabels();
        const context = document.createElement('canvas').getContext('2d')!;
        const settings = sigma.getSettings();
        context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
        const boxes = drawn.map((node) => {
          const data = sigma.getNodeDisplayData(node)!;
          const point = sigma.framedGraphToViewport(data);
          const left = point.x + sigma.scaleSize(data.size) + 3;
          return { node, left, right: left + context.measureText(data.label ?? '').width, top: point.y - settings.labelSize / 2, bottom: point.y + settings.labelSize / 2 };
        });
        const overlapping: string[] = [];
        for (const [i, a] of boxes.entries()) {
          for (const b of boxes.slice(i + 1)) if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlapping.push(`${a.node} / ${b.node}`);
        }
        return { drawn, overlapping };
      });
    await expect.poll(async () => (await overlaps()).drawn.length).toBeGreaterThan(0);
    const result = await overlaps();
    expect(result.overlapping).toEqual([]);
    expect(result.drawn).toContain('alibaba');
  });

  it('exports a PNG at the chosen size, with the legend drawn in', async () => {
    await page.selectOption('#png-size', '1920x1080');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(download.suggestedFilename()).toBe('newsgraph.png');
    const path = join(RESULTS_DIR, 'readable-1920.png');
    await download.saveAs(path);
    const png = await readFile(path);
    const measured = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      // The legend's text: dark pixels in the bottom-left corner.
      const { data } = context.getImageData(0, canvas.height - 160, 300, 160);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 300) dark++;
      return { width: image.naturalWidth, height: image.naturalHeight, dark };
    }, png.toString('base64'));
    expect(measured).toMatchObject({ width: 1920, height: 1080 });
    expect(measured.dark).toBeGreaterThan(200);
    await page.selectOption('#png-size', '');
  });

  it('Play ends with the full range restored; a sentence reprinted in three articles shows once, with its count', async () => {
    if (Number(await page.getAttribute('#timeline', 'data-bins')) > 0) {
      await page.click('#timeline-play');
      await expect.poll(() => page.getAttribute('#timeline', 'data-playing'), { timeout: 30_000 }).toBe('false');
      expect(await page.getAttribute('#timeline', 'data-to')).toBe('');
      expect(await page.locator('#timeline-all').isDisabled()).toBe(true);
      // ... and looks it: greyed out, unlike an active link.
      expect(Number(await page.$eval('#timeline-all', (button) => getComputedStyle(button).opacity))).toBeLessThan(1);
    }
    for (const lead of ['Reprinted on Monday.', 'Reprinted on Tuesday.']) {
      const before = await page.evaluate((edge) => (window as unknown as TestWindow).newsgraph.graph.getEdgeAttribute(edge, 'evidence').length, SYNDICATED_EDGE);
      await page.fill('#add-text', `${lead}\n\n${SYNDICATED}`);
      await page.click('#add-text-button');
      await expect
        .poll(() => page.evaluate((edge) => (window as unknown as TestWindow).newsgraph.graph.getEdgeAttribute(edge, 'evidence').length, SYNDICATED_EDGE), { timeout: 20_000 })
        .toBe(before + 1);
    }
    await page.evaluate(() => (window as unknown as TestWindow).newsgraph.selectNode('alibaba'));
    await page.click(`#side-panel button.relation[data-edge="${SYNDICATED_EDGE}"]`);
    await page.waitForSelector('#evidence .evidence-item');
    const items = await page.$$eval('#evidence .evidence-item', (elements) => elements.map((element) => ({ articles: element.getAttribute('data-articles'), copies: element.querySelector('.evidence-copies summary')?.textContent ?? '' })));
    expect(items).toEqual([{ articles: '3', copies: 'the same sentence in 2 other articles (3 in all)' }]);
    // Added after Play, the new articles' claim is drawn.
    expect(await page.evaluate((edge) => (window as unknown as TestWindow).newsgraph.sigma.getEdgeDisplayData(edge)?.hidden, SYNDICATED_EDGE)).toBe(false);
    await saveTourScreenshot(page, 'syndicated-evidence');
  });

  it('ran without a page error', () => {
    expect(watch.pageErrors).toEqual([]);
  });
});

/** Nodes in the biggest connected part of the graph, edges taken either way (breadth first). */
function largestComponentSize(graph: KnowledgeGraph): number {
  const seen = new Set<string>();
  let best = 0;
  for (const start of graph.nodes()) {
    if (seen.has(start)) continue;
    seen.add(start);
    const queue = [start];
    let size = 0;
    while (queue.length > 0) {
      const node = queue.shift()!;
      size++;
      for (const next of graph.neighbors(node)) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    best = Math.max(best, size);
  }
  return best;
}
