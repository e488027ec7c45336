/**
 * Sizes that carry information at any scale (issues 18 and 19), in headless Chromium: on a graph
 * whose mentions span two orders of magnitude, the node sizes Sigma draws spread between the
 * smallest and the largest size (the same sizes the GEXF's viz:size holds), and "size scale"
 * (linear / square root / log) redraws them and comes back after a reload. Every assertion polls
 * Sigma's drawn state (its display data), not a counter that may run ahead of the frame.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toJSON } from '../../src/pipeline/export/json';
import { buildGraph } from '../../src/pipeline/graph/build-graph';
import { layoutGraph } from '../../src/pipeline/graph/layout';
import { NODE_SIZES } from '../../src/pipeline/graph/style';
import { skewedRecords } from '../../src/pipeline/graph/synthetic-graph';
import { hasChromium, launchBrowser, startApp, waitForApp, watchPage, type PageWatch, type RunningApp } from './helpers';

interface TestWindow {
  newsgraph: { sigma: import('sigma').default };
}

/** The size Sigma last drew each node at, by key. */
function drawnSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const { sigma } = (window as unknown as TestWindow).newsgraph;
    return Object.fromEntries(sigma.getGraph().mapNodes((node) => [node, sigma.getNodeDisplayData(node)?.size ?? 0]));
  });
}

describe.skipIf(!hasChromium())('node sizes on a graph whose mentions span two orders of magnitude', () => {
  const graph = buildGraph(skewedRecords());
  layoutGraph(graph, { iterations: 50 });
  const mentions = new Map(graph.mapNodes((node, a) => [node, a.mentions] as const));
  const byMentions = graph.nodes().sort((a, b) => mentions.get(a)! - mentions.get(b)! || (a < b ? -1 : 1));
  // An entity in the middle: its size tells the scales apart.
  const middle = byMentions.find((node) => mentions.get(node)! >= 10 && mentions.get(node)! <= 30)!;
  let scratch: string;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'newsgraph-e2e-sizes-'));
    const path = join(scratch, 'skewed.json');
    await writeFile(path, toJSON(graph));
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    app.serveGraphJson(path);
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    watch = watchPage(page);
    await page.goto(app.url);
    await waitForApp(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('draws the pipeline\'s sizes: the rarest entity smallest, the commonest largest, the rest spread between', async () => {
    expect(mentions.get(byMentions.at(-1)!)! / mentions.get(byMentions[0]!)!).toBeGreaterThanOrEqual(100);
    expect(middle).toBeDefined();
    await expect.poll(async () => Object.keys(await drawnSizes(page)).length, { timeout: 30_000 }).toBe(graph.order);
    const sizes = await drawnSizes(page);
    // What the GEXF's viz:size and the JSON hold is what is drawn.
    for (const node of graph.nodes()) expect(sizes[node], node).toBeCloseTo(graph.getNodeAttribute(node, 'size'), 5);
    expect(sizes[byMentions[0]!]).toBe(NODE_SIZES.min);
    expect(sizes[byMentions.at(-1)!]).toBe(NODE_SIZES.max);
    expect(new Set(Object.values(sizes)).size).toBeGreaterThan(graph.order / 2);
    const inMiddleHalf = Object.values(sizes).filter((s) => s > NODE_SIZES.min + (NODE_SIZES.max - NODE_SIZES.min) / 4 && s < NODE_SIZES.max - (NODE_SIZES.max - NODE_SIZES.min) / 4);
    expect(inMiddleHalf.length).toBeGreaterThanOrEqual(graph.order / 4);
  });

  it('"size scale" redraws them: log lifts the middle entity, linear lowers it, the ends stay put; the choice survives a reload', async () => {
    const sqrt = (await drawnSizes(page))[middle]!;
    await page.selectOption('#size-scale', 'log');
    await expect.poll(async () => (await drawnSizes(page))[middle]!).toBeGreaterThan(sqrt);
    await page.selectOption('#size-scale', 'linear');
    await expect.poll(async () => (await drawnSizes(page))[middle]!).toBeLessThan(sqrt);
    const linear = await drawnSizes(page);
    expect([linear[byMentions[0]!], linear[byMentions.at(-1)!]]).toEqual([NODE_SIZES.min, NODE_SIZES.max]);

    await page.waitForSelector('#saved-view-note[data-state="saved"]:not([hidden])');
    await page.reload();
    await waitForApp(page);
    expect(await page.inputValue('#size-scale')).toBe('linear');
    await expect.poll(async () => (await drawnSizes(page))[middle]).toBeCloseTo(linear[middle]!, 5);
    await page.click('#forget-view');
  });

  it('ran without a page error', () => {
    expect(watch.pageErrors).toEqual([]);
  });
});
