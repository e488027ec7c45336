/**
 * Corrections round trip: made in the page (shift-click to pick, merge, retype, reject a claim),
 * kept in the browser across a reload, undone, exported as corrections.json, and applied by the
 * CLI to a build with one more article, which gives the corrected graph.
 */
import { copyFile, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromJSON } from '../../src/pipeline/export/json';
import type { KnowledgeGraph } from '../../src/pipeline/graph/knowledge-graph';
import { runKg } from '../cli-run-kg';
import { buildSeedGraphWithCli, graphCounts, hasChromium, launchBrowser, nodePagePosition, type RunningApp, saveTourScreenshot, startApp, waitForApp, openExplorer, closeAll } from './helpers';

interface TestWindow {
  newsgraph: { graph: KnowledgeGraph; selectNode(key: string): void };
}

const SEEDS = ['000_683722e577359491', '001_7f81860206ef0b0a', '002_9587473a00acea54', '003_d6de5b91127bbfda', '004_f552b44b909fb882'];

/** What the page's graph says now: labels, one node's type, whether OpenAI is said to develop Claude Code. */
function pageFacts(page: Page) {
  return page.evaluate(() => {
    const { graph } = (window as unknown as TestWindow).newsgraph;
    const labels = graph.mapNodes((_k, a) => a.label).sort();
    const qwen = graph.findNode((_k, a) => a.label === 'Qwen');
    const openaiDevelops = graph.someEdge((_e, a, source, target) => source === 'openai' && a.relation === 'develops' && graph.getNodeAttribute(target, 'label') === 'Claude Code');
    return { labels, qwenType: qwen ? graph.getNodeAttribute(qwen, 'type') : null, openaiDevelops };
  });
}

async function shiftClick(page: Page, key: string): Promise<void> {
  const { x, y } = await nodePagePosition(page, key);
  await page.keyboard.down('Shift');
  await page.mouse.click(x, y);
  await page.keyboard.up('Shift');
}

describe.skipIf(!hasChromium())('corrections made in the page, applied by the CLI', () => {
  let scratch: string;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let exported: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'newsgraph-e2e-corrections-'));
    // The page gets four of the five seed articles; the CLI later builds all five.
    const four = join(scratch, 'four');
    await mkdir(four);
    for (const id of SEEDS.slice(0, 4)) await copyFile(join('data/articles', `${id}.txt`), join(four, `${id}.txt`));
    const [paths, startedApp, startedBrowser] = await Promise.all([buildSeedGraphWithCli(scratch, four), startApp(), launchBrowser()]);
    app = startedApp;
    browser = startedBrowser;
    app.serveGraphJson(paths.jsonPath);
    ({ page } = await openExplorer(browser, app));
  }, 120_000);

  afterAll(() => closeAll(browser, app, scratch));

  it('merges two entities picked with shift-click, under the label chosen', async () => {
    const before = await graphCounts(page);
    await shiftClick(page, 'claude');
    await expect.poll(() => page.getAttribute('#picked', 'data-count')).toBe('1');
    // At once, as a user shift-clicks two nodes in a row (Sigma sees a double click).
    await shiftClick(page, 'claude-code');
    await expect.poll(() => page.getAttribute('#picked', 'data-count')).toBe('2');
    await page.selectOption('#merge-label', 'Claude Code');
    await page.click('#merge-picked');
    // The drawn graph has one node fewer, and no node is labelled "Claude" any more.
    await expect.poll(async () => (await graphCounts(page)).nodes).toBe(before.nodes - 1);
    await expect.poll(async () => (await pageFacts(page)).labels.filter((l) => l === 'Claude' || l === 'Claude Code')).toEqual(['Claude Code']);
    await expect.poll(() => page.locator('#corrections-list li').allTextContents()).toEqual(['merged Claude, Claude Code as Claude Code']);
  });

  it('changes a type and rejects a claim from the side panel', async () => {
    await page.evaluate(() => {
      const w = window as unknown as TestWindow;
      w.newsgraph.selectNode(w.newsgraph.graph.findNode((_k, a) => a.label === 'Qwen')!);
    });
    await page.selectOption('#retype-select', 'product');
    await page.click('#retype-entity');
    await expect.poll(async () => (await pageFacts(page)).qwenType).toBe('product');

    await page.evaluate(() => (window as unknown as TestWindow).newsgraph.selectNode('openai'));
    await page.locator('#node-details button.relation', { hasText: 'Claude Code' }).first().click();
    await page.click('#reject-claim');
    await expect.poll(async () => (await pageFacts(page)).openaiDevelops).toBe(false);
    // With the OpenAI claim gone, nothing is in conflict any more.
    await expect.poll(() => page.evaluate(() => (window as unknown as TestWindow).newsgraph.graph.someEdge((_e, a) => a.conflict))).toBe(false);
    await page.evaluate(() => (window as unknown as TestWindow).newsgraph.selectNode('openai'));
    // The page itself never scrolls: every column scrolls inside the window.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(800);
    await saveTourScreenshot(page, 'corrections');
  });

  it('keeps the corrections across a reload, exports them, and undo takes the last one back', async () => {
    const corrected = await pageFacts(page);
    await page.reload();
    await waitForApp(page);
    await expect.poll(() => pageFacts(page)).toEqual(corrected);
    await expect.poll(() => page.getAttribute('#corrections', 'data-count')).toBe('3');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#corrections-export')]);
    expect(download.suggestedFilename()).toBe('corrections.json');
    exported = join(scratch, 'corrections.json');
    await download.saveAs(exported);

    await page.click('#corrections-undo');
    await expect.poll(async () => (await pageFacts(page)).openaiDevelops).toBe(true);
    await expect.poll(() => page.getAttribute('#corrections', 'data-count')).toBe('2');
    // Importing the exported file brings the three back.
    await page.setInputFiles('#corrections-file', exported);
    await expect.poll(async () => (await pageFacts(page)).openaiDevelops).toBe(false);
  });

  it('kg build --corrections gives the corrected graph on all five articles', async () => {
    const file = JSON.parse(await readFile(exported, 'utf8')) as { version: number; corrections: { action: string }[] };
    expect(file.version).toBe(1);
    expect(file.corrections.map((c) => c.action)).toEqual(['merge', 'retype', 'reject']);
    const json = join(scratch, 'five.json');
    const result = await runKg(['build', 'data/articles', '--gexf', join(scratch, 'five.gexf'), '--json', json, '--corrections', exported, '--quiet']);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('matched nothing');
    const graph = fromJSON(await readFile(json, 'utf8'));
    expect(graph.getAttribute('articles')).toHaveLength(5);
    expect(graph.filterNodes((_k, a) => a.label === 'Claude')).toEqual([]);
    const claudeCode = graph.findNode((_k, a) => a.label === 'Claude Code')!;
    expect(graph.getNodeAttribute(claudeCode, 'corrected')).toContain('merged');
    expect(graph.getNodeAttribute(graph.findNode((_k, a) => a.label === 'Qwen')!, 'type')).toBe('product');
    expect(graph.someEdge((_e, a, source, target) => source === 'openai' && a.relation === 'develops' && target === claudeCode)).toBe(false);
    expect(graph.someEdge((_e, a, source, target) => source === 'anthropic' && a.relation === 'develops' && target === claudeCode)).toBe(true);
  });
});
