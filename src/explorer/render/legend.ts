/**
 * The legend over the graph: the colour of each entity type and relation present in the graph
 * (from the shared palette in pipeline/graph/style.ts), how direction and conflicts are drawn.
 * Collapsible (a <details>), open or closed as the user last left it.
 */
import type { KnowledgeGraph } from '../../pipeline/graph/knowledge-graph';
import { CONFLICT_COLOR, entityColor, relationColor } from '../../pipeline/graph/style';
import { clear, el } from '../dom';
import { relationLabel, typeLabel } from '../labels';

export function renderLegend(container: HTMLElement, graph: KnowledgeGraph): void {
  const types = new Set<string>();
  const relations = new Set<string>();
  let hasConflict = false;
  graph.forEachNode((_node, attributes) => types.add(attributes.type));
  graph.forEachEdge((_edge, attributes) => {
    relations.add(attributes.relation);
    if (attributes.conflict) hasConflict = true;
  });

  const typeItems = [...types].sort().map((type) =>
    el('li', {}, [swatch('dot', entityColor(type)), typeLabel(type)]),
  );
  const relationItems = [...relations].sort().map((relation) =>
    el('li', {}, [swatch('line', relationColor(relation)), relationLabel(relation)]),
  );
  if (hasConflict) relationItems.push(el('li', { className: 'legend-conflict' }, [swatch('line thick', CONFLICT_COLOR), 'conflicting claim']));

  // Collapsible, so it never has to cover the graph; the choice is remembered in this browser.
  const details = el('details', {}, [
    el('summary', { text: 'Legend' }),
    el('h3', { text: 'Entities' }),
    el('ul', { className: 'legend-list' }, typeItems),
    el('h3', { text: 'Relations' }),
    el('ul', { className: 'legend-list' }, relationItems),
    el('p', { className: 'legend-note', text: 'Arrows read source → target; symmetric relations have none. Size = mentions.' }),
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
