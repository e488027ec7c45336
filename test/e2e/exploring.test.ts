/**
 * The views that answer when, who, how and which (issue 11), end to end in headless Chromium on a
 * small dated story built by the CLI (test/fixtures/dated-story: four dated articles, one undated,
 * a conflict that arrives last). Tests run in order on one page, as a user's session would. Each
 * assertion polls for the state Sigma has drawn (its display data), not for a counter that may run
 * ahead of the frame.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLOR_MODES } from '../../src/explorer/appearance';
import { DIMMED_COLOR } from '../../src/explorer/render/reducers';
import { fromJSON } from '../../src/pipeline/export/json';
import type { KnowledgeGraph } from '../../src/pipeline/graph/knowledge-graph';
import { CONFLICT_COLOR } from '../../src/pipeline/graph/style';
import { RESULTS_DIR, buildSeedGraphWithCli, hasChromium, launchBrowser, saveTourScreenshot, startApp, waitForApp, type PageWatch, type RunningApp, openExplorer, closeAll } from './helpers';

interface TestWindow {
  newsgraph: { sigma: import('sigma').default; selectNode(key: string): void };
}

/** What Sigma last drew for an edge or a node: hidden, and its colour. */
function drawnEdge(page: Page, edge: string): Promise<{ hidden: boolean; color: string } | null> {
  return page.evaluate((key) => {
    const data = (window as unknown as TestWindow).newsgraph.sigma.getEdgeDisplayData(key);
    return data ? { hidden: data.hidden, color: data.color } : null;
  }, edge);
}

function drawnNodeColors(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const { sigma } = (window as unknown as TestWindow).newsgraph;
    return Object.fromEntries(sigma.getGraph().mapNodes((node) => [node, sigma.getNodeDisplayData(node)?.color ?? '']));
  });
}

const CONFLICT = ['anthropic->develops->claude-code', 'openai->develops->claude-code'];

describe.skipIf(!hasChromium())('exploring a dated story: timeline, structure, connections, claims', () => {
  let scratch: string;
  let graph: KnowledgeGraph;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'newsgraph-e2e-story-'));
    const [paths, startedApp, startedBrowser] = await Promise.all([buildSeedGraphWithCli(scratch, 'test/fixtures/dated-story'), startApp(), launchBrowser()]);
    graph = fromJSON(await readFile(paths.jsonPath, 'utf8'));
    app = startedApp;
    browser = startedBrowser;
    app.serveGraphJson(paths.jsonPath);
    ({ page, watch } = await openExplorer(browser, app, { width: 1280, height: 860 }));
  });

  afterAll(() => closeAll(browser, app, scratch));

  it('brushing the timeline hides the claims stated outside the range; undated ones stay', async () => {
    const chart = page.locator('#timeline-chart');
    await expect.poll(() => page.getAttribute('#timeline', 'data-bins')).toBe('30');
    expect(await page.locator('#timeline-undated').textContent()).toContain('1 undated article');
    const box = (await chart.boundingBox())!;
    const binX = (bin: number): number => box.x + ((bin + 0.5) * box.width) / 30;
    await page.mouse.move(binX(0), box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(binX(13), box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => page.getAttribute('#timeline', 'data-to')).toBe('2026-06-15');
    expect(await page.getAttribute('#timeline', 'data-from')).toBe('2026-06-02');
    // OpenAI's claim (July 1) and Tencent's ban (June 20) are out; the undated Gemini claim stays.
    await expect.poll(async () => (await drawnEdge(page, 'openai->develops->claude-code'))?.hidden).toBe(true);
    expect((await drawnEdge(page, 'tencent->banned->chatgpt'))?.hidden).toBe(true);
    expect((await drawnEdge(page, 'alibaba->banned->claude-code'))?.hidden).toBe(false);
    expect((await drawnEdge(page, 'google->develops->gemini'))?.hidden).toBe(false);
    // Its rival not yet stated, Anthropic's claim is not drawn as a conflict.
    expect((await drawnEdge(page, CONFLICT[0]!))?.color).not.toBe(CONFLICT_COLOR);
    await saveTourScreenshot(page, 'timeline');
  });

  it('play replays the story to its end, restores the full range, and the conflict lights up when the rival claim arrives', async () => {
    await page.click('#timeline-play');
    await expect.poll(() => page.getAttribute('#timeline', 'data-playing'), { timeout: 20_000 }).toBe('false');
    // It ends on the whole story with no range left set: "clear range" has nothing to clear.
    expect(await page.getAttribute('#timeline', 'data-to')).toBe('');
    expect(await page.locator('#timeline-all').isDisabled()).toBe(true);
    await expect.poll(async () => (await drawnEdge(page, CONFLICT[1]!))?.hidden).toBe(false);
    await expect.poll(async () => (await drawnEdge(page, CONFLICT[0]!))?.color).toBe(CONFLICT_COLOR);
  });

  it('colour by community recolours the nodes and the legend', async () => {
    const expected = Object.fromEntries(COLOR_MODES.community.colors(graph)!);
    expect(new Set(Object.values(expected)).size, 'the story has more than one community').toBeGreaterThan(1);
    await page.selectOption('#color-by', 'community');
    await expect.poll(() => drawnNodeColors(page)).toEqual(expected);
    await expect.poll(() => page.locator('#legend details').getAttribute('data-color-by')).toBe('community');
    const legend = await page.locator('#legend .legend-list').first().locator('li').allTextContents();
    expect(legend.length).toBeGreaterThan(0);
    // The ranking lists the most central entities; a click selects one.
    const top = page.locator('#ranking button.ranked').first();
    const key = await top.getAttribute('data-node');
    await top.click();
    await expect.poll(() => page.getAttribute('#side-panel', 'data-node')).toBe(key);
    await saveTourScreenshot(page, 'communities');
    await page.keyboard.press('Escape');
    await page.selectOption('#color-by', 'type');
  });

  it('the path between Alibaba and OpenAI is lit, each step with its evidence', async () => {
    await page.fill('#path-from', 'Alibaba');
    await page.press('#path-from', 'Enter');
    await page.fill('#path-to', 'OpenAI');
    await page.press('#path-to', 'Enter');
    await page.waitForSelector('#path-result[data-state="found"]');
    const steps = await page.locator('#path-result .path-steps li').evaluateAll((items) => items.map((item) => item.getAttribute('data-edge')));
    expect(steps).toEqual(['alibaba->banned->claude-code', 'openai->develops->claude-code']);
    const evidence = await page.locator('#path-result .step-evidence').allTextContents();
    expect(evidence[0]).toBe(graph.getEdgeAttribute('alibaba->banned->claude-code', 'evidence')[0]!.sentence);
    // On the graph: the chain stays in colour, the rest dims.
    await expect.poll(async () => (await drawnNodeColors(page))['google']).toBe(DIMMED_COLOR);
    const colors = await drawnNodeColors(page);
    for (const node of ['alibaba', 'claude-code', 'openai']) expect(colors[node]).not.toBe(DIMMED_COLOR);
    await saveTourScreenshot(page, 'path');
    await page.click('#path-clear');
    await expect.poll(async () => (await drawnNodeColors(page))['google']).not.toBe(DIMMED_COLOR);
  });

  it('the claims table sorts, selects a claim, lists the disputed ones and exports CSV with every row', async () => {
    await page.click('#claims-toggle');
    await expect.poll(() => page.getAttribute('#claims', 'data-rows')).toBe(String(graph.size));
    await page.click('#claims-head button[data-sort="source"]');
    const sources = await page.locator('#claims-body tr td:first-child').allTextContents();
    expect(sources).toEqual([...sources].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    await page.click('#claims-head button[data-sort="source"]');
    const reversed = await page.locator('#claims-body tr td:first-child').allTextContents();
    expect(reversed).toEqual([...sources].reverse());

    await page.click('#claims-body tr[data-edge="alibaba->banned->claude-code"]');
    await page.waitForSelector('#evidence .evidence-item');
    await expect.poll(() => page.locator('#claims-body tr.selected').getAttribute('data-edge')).toBe('alibaba->banned->claude-code');
    await saveTourScreenshot(page, 'claims');

    await page.check('#claims-disputed');
    await expect.poll(() => page.getAttribute('#claims', 'data-rows')).toBe('2');
    expect(await page.locator('#claims-body tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-edge')).sort())).toEqual(CONFLICT);
    await page.uncheck('#claims-disputed');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#claims-csv')]);
    expect(download.suggestedFilename()).toBe('claims.csv');
    const path = join(RESULTS_DIR, 'claims.csv');
    await download.saveAs(path);
    const lines = (await readFile(path, 'utf8')).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^source,relation,target,support,articles,outlets,first_seen/);
    expect(lines).toHaveLength(graph.size + 1);
    await page.click('#claims-close');
  });

  it('a neighbourhood opens ring by ring from one entity', async () => {
    await page.evaluate(() => (window as unknown as TestWindow).newsgraph.selectNode('tencent'));
    await page.click('#side-panel button.explore-around');
    await expect.poll(() => page.getAttribute('#graph', 'data-visible-nodes')).toBe('2');
    await expect.poll(async () => (await drawnEdge(page, 'openai->develops->chatgpt'))?.hidden).toBe(true);
    await page.click('#around-more');
    await expect.poll(() => page.getAttribute('#graph', 'data-visible-nodes')).toBe('4');
    await expect.poll(async () => (await drawnEdge(page, 'openai->develops->chatgpt'))?.hidden).toBe(false);
    await page.click('#around-all');
    await expect.poll(() => page.getAttribute('#graph', 'data-visible-nodes')).toBe(String(graph.order));
  });

  it('the view (colours, camera, pins) comes back after a reload, with a note that offers to forget it', async () => {
    await page.selectOption('#color-by', 'community');
    await page.click('#zoom-in');
    await page.evaluate(() => {
      const { graph } = (window as unknown as { newsgraph: { graph: KnowledgeGraph } }).newsgraph;
      graph.mergeNodeAttributes('tencent', { x: 123, y: -45, fixed: true });
    });
    // Saved once the camera is at rest; the note says when the view on screen is the one saved.
    await page.waitForSelector('#saved-view-note[data-state="saved"]:not([hidden])');
    const ratio = await page.evaluate(() => (window as unknown as TestWindow).newsgraph.sigma.getCamera().ratio);

    await page.reload();
    await waitForApp(page);
    expect(await page.inputValue('#color-by')).toBe('community');
    await expect.poll(() => page.locator('#legend details').getAttribute('data-color-by')).toBe('community');
    expect(await page.evaluate(() => (window as unknown as TestWindow).newsgraph.sigma.getCamera().ratio)).toBeCloseTo(ratio, 3);
    const tencent = await page.evaluate(() => {
      const { graph } = (window as unknown as { newsgraph: { graph: KnowledgeGraph } }).newsgraph;
      return graph.getNodeAttributes('tencent');
    });
    expect([tencent.x, tencent.y, tencent.fixed]).toEqual([123, -45, true]);
    expect(await page.locator('#saved-view-note').isVisible()).toBe(true);

    await page.click('#forget-view');
    await expect.poll(() => page.locator('#saved-view-note').isVisible()).toBe(false);
    await page.reload();
    await waitForApp(page);
    expect(await page.inputValue('#color-by')).toBe('type');
    expect(await page.locator('#saved-view-note').isVisible()).toBe(false);
  });

  it('ran without a page error', () => {
    expect(watch.pageErrors).toEqual([]);
  });
});
