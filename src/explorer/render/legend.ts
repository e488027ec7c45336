/**
 * The legend over the graph: the colour of each entity type and relation present in the graph
 * (from the shared palette in pipeline/graph/style.ts), how direction and conflicts are drawn.
 * Collapsible (a <details>), open or closed as the user last left it.
 */
import type { KnowledgeGraph } from '../../pipeline/graph/knowledge-graph';
import { CONFLICT_COLOR, relationColor } from '../../pipeline/graph/style';
import { DEFAULT_APPEARANCE, type Appearance } from '../app-state';
import { COLOR_MODES, SIZE_MODES } from '../appearance';
import { clear, el } from '../dom';
import { relationLabel } from '../labels';

export interface LegendEntries {
  nodesTitle: string;
  nodes: { label: string; color: string }[];
  relations: { label: string; color: string; thick?: true }[];
  note: string;
}

/** What the legend says, for the page and for the PNG: the node colours follow "colour by" (its mode says what each colour means), the note "size by". */
export function legendEntries(graph: KnowledgeGraph, appearance: Appearance = DEFAULT_APPEARANCE): LegendEntries {
  const relations = new Set<string>();
  let hasConflict = false;
  graph.forEachEdge((_edge, attributes) => {
    relations.add(attributes.relation);
    if (attributes.conflict) hasConflict = true;
  });
  const colorMode = COLOR_MODES[appearance.colorBy];
  const relationEntries: LegendEntries['relations'] = [...relations].sort().map((relation) => ({ label: relationLabel(relation), color: relationColor(relation) }));
  if (hasConflict) relationEntries.push({ label: 'conflicting claim', color: CONFLICT_COLOR, thick: true });
  return {
    nodesTitle: appearance.colorBy === 'type' ? 'Entities' : `Entities by ${colorMode.label.toLowerCase()}`,
    nodes: colorMode.legend(graph).map((entry) => ({ label: entry.label, color: entry.color })),
    relations: relationEntries,
    note: `Arrows read source → target; symmetric relations have none. Size = ${SIZE_MODES[appearance.sizeBy].label.toLowerCase()}.`,
  };
}

export function renderLegend(container: HTMLElement, graph: KnowledgeGraph, appearance: Appearance = DEFAULT_APPEARANCE): void {
  const entries = legendEntries(graph, appearance);
  const typeItems = entries.nodes.map((entry) => el('li', {}, [swatch('dot', entry.color), entry.label]));
  const relationItems = entries.relations.map((entry) =>
    el('li', entry.thick ? { className: 'legend-conflict' } : {}, [swatch(entry.thick ? 'line thick' : 'line', entry.color), entry.label]),
  );

  // Collapsible, so it never has to cover the graph; the choice is remembered in this browser.
  const details = el('details', { data: { colorBy: appearance.colorBy } }, [
    el('summary', { text: 'Legend' }),
    el('h3', { text: entries.nodesTitle }),
    el('ul', { className: 'legend-list' }, typeItems),
    el('h3', { text: 'Relations' }),
    el('ul', { className: 'legend-list' }, relationItems),
    el('p', { className: 'legend-note', text: entries.note }),
  ]);
  details.open = readLegendOpen();
  details.addEventListener('toggle', () => saveLegendOpen(details.open));
  clear(container);
  container.append(details);
}

const LEGEND_OPEN_KEY = 'newsgraph.legend-open';

function readLegendOpen(): boolean {
  try {
    return localStorage.getItem(LEGEND_OPEN_KEY) !== 'false';
  } catch {
    return true; // storage blocked: open, as by default
  }
}

function saveLegendOpen(open: boolean): void {
  try {
    localStorage.setItem(LEGEND_OPEN_KEY, String(open));
  } catch {
    // storage blocked: the choice lasts this page only
  }
}

/** A coloured marker; the colour is set through the CSSOM (allowed by the CSP), not a style attribute. */
export function swatch(shape: string, color: string): HTMLElement {
  const marker = el('span', { className: `swatch ${shape}`, attrs: { 'aria-hidden': 'true' } });
  marker.style.setProperty('--swatch', color);
  return marker;
}
