/**
 * The node details in the side panel, relations first: the header, the relations grouped by kind
 * and direction with a count per group (each a `button.relation[data-edge]` with its weight), the
 * facts (mentions, dates, centrality, aliases), then the articles collapsed to a count that opens
 * a page at a time (a node of a big corpus has hundreds). Clicking a relation selects the edge (its
 * evidence shows below); clicking an article opens it. Each part is one function of NODE_SECTIONS,
 * so another part is one more entry.
 */
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import { entityColor, relationColor } from '../pipeline/graph/style';
import { SYMMETRIC_RELATIONS, type RelationKind } from '../pipeline/types';
import { articleButton } from './article-titles';
import type { AppState } from './app-state';
import { byId, clear, el } from './dom';
import { plural, relationLabel, typeLabel } from './labels';
import { isPinned, unpinNode } from './pinned-nodes';
import { swatch } from './render/legend';

export interface SidePanelActions {
  selectNode(node: string): void;
  selectEdge(edge: string, from: string): void;
  openArticle(article: string): void;
  /** Shows only the entity and its neighbours (expand on demand, ring by ring). */
  exploreAround(node: string): void;
}

/** The node whose details are shown: the selected node, or the node a selected relation came from. */
export function panelNode(state: AppState): string | null {
  const selection = state.selection;
  if (selection.kind === 'node') return selection.node;
  if (selection.kind === 'edge') return selection.from ?? null;
  return null;
}

export class NodeDetails {
  private readonly container = byId('node-details');
  private shownNode: string | null = null;

  constructor(
    private readonly state: AppState,
    private readonly actions: SidePanelActions,
  ) {
    state.onChange((change) => {
      if (change === 'selection' || change === 'graph') this.render(change === 'graph');
    });
    this.container.addEventListener('click', (event) => this.onClick(event));
  }

  private render(force: boolean): void {
    const node = panelNode(this.state);
    const graph = this.state.graph;
    const shown = node !== null && graph.hasNode(node) ? node : null;
    byId('side-panel').dataset.node = shown ?? '';
    this.container.hidden = shown === null;
    if (shown !== null) this.markSelectedRelation();
    if (shown === this.shownNode && !force) return;
    this.shownNode = shown;
    clear(this.container);
    if (shown !== null) {
      this.container.append(...NODE_SECTIONS.map((section) => section(graph, shown)));
      this.markSelectedRelation();
    }
  }

  private markSelectedRelation(): void {
    const selection = this.state.selection;
    for (const button of this.container.querySelectorAll<HTMLElement>('button.relation')) {
      button.classList.toggle('selected', selection.kind === 'edge' && button.dataset.edge === selection.edge);
    }
  }

  private onClick(event: MouseEvent): void {
    const target = (event.target as Element).closest<HTMLElement>('button');
    if (!target || !this.shownNode) return;
    if (target.classList.contains('unpin')) {
      unpinNode(this.state.graph, this.shownNode);
      this.render(true);
      return;
    }
    if (target.classList.contains('explore-around')) {
      this.actions.exploreAround(this.shownNode);
      return;
    }
    if (target.classList.contains('more-articles')) {
      showMoreArticles(this.state.graph, this.shownNode, target);
      return;
    }
    if (target.dataset.edge) this.actions.selectEdge(target.dataset.edge, this.shownNode);
    else if (target.dataset.article) this.actions.openArticle(target.dataset.article);
    else if (target.dataset.node) this.actions.selectNode(target.dataset.node);
  }
}

/** Articles listed per page in the panel: the rest open with "more". */
export const ARTICLES_PAGE = 50;

/** The panel's parts, top to bottom. */
const NODE_SECTIONS: readonly ((graph: KnowledgeGraph, node: string) => HTMLElement)[] = [nodeHeader, relationsSection, factsSection, articlesSection];

function nodeHeader(graph: KnowledgeGraph, node: string): HTMLElement {
  const attributes = graph.getNodeAttributes(node);
  // A node the user dragged stays where it was put (pinned) until unpinned here.
  const pin = isPinned(graph, node)
    ? [el('button', { className: 'unpin link', text: 'Unpin (let the layout move it)', attrs: { type: 'button' } })]
    : [];
  return el('header', { className: 'panel-header' }, [
    el('h2', { text: attributes.label }),
    el('p', { className: 'node-type' }, [swatch('dot', entityColor(attributes.type)), typeLabel(attributes.type)]),
    ...pin,
    el('button', { className: 'explore-around link', text: 'Show only its neighbourhood', attrs: { type: 'button', title: 'Hide everything more than one claim away; widen ring by ring' } }),
  ]);
}

function factsSection(graph: KnowledgeGraph, node: string): HTMLElement {
  const attributes = graph.getNodeAttributes(node);
  const aliases = attributes.aliases.filter((alias) => alias !== attributes.label);
  return el('dl', { className: 'facts' }, [
    el('dt', { text: 'Mentions' }),
    el('dd', { text: String(attributes.mentions) }),
    el('dt', { text: 'Seen' }),
    el('dd', { text: attributes.firstSeen ? (attributes.firstSeen === attributes.lastSeen ? attributes.firstSeen : `${attributes.firstSeen} to ${attributes.lastSeen}`) : 'undated articles only' }),
    el('dt', { text: 'Centrality' }),
    el('dd', { text: `PageRank ${(attributes.pagerank ?? 0).toFixed(3)} · ${plural(attributes.degree ?? 0, 'related entity', 'related entities')} · community ${attributes.community ?? 0}` }),
    el('dt', { text: 'Aliases' }),
    el('dd', { text: aliases.length > 0 ? aliases.join(', ') : '—' }),
  ]);
}

/** "Articles (618)", closed: opening it lists the first page, "more" the next. */
function articlesSection(graph: KnowledgeGraph, node: string): HTMLElement {
  const articles = graph.getNodeAttribute(node, 'articles');
  const list = el('div', { className: 'article-list' });
  const more = el('button', { className: 'more-articles link', attrs: { type: 'button' } });
  const details = el('details', { className: 'articles' }, [el('summary', { text: `Articles (${articles.length})` }), list, more]);
  more.hidden = true;
  // Drawn when first opened: a closed list of 600 articles costs nothing.
  details.addEventListener('toggle', () => {
    if (details.open && list.childElementCount === 0) showMoreArticles(graph, node, more);
  });
  return details;
}

/** Appends the next page of the node's articles to the list before `more`. */
function showMoreArticles(graph: KnowledgeGraph, node: string, more: HTMLElement): void {
  const list = more.previousElementSibling;
  if (!list) return;
  const articles = graph.getNodeAttribute(node, 'articles');
  const shown = list.childElementCount;
  list.append(...articles.slice(shown, shown + ARTICLES_PAGE).map((article) => articleButton(graph, article)));
  const left = articles.length - list.childElementCount;
  more.hidden = left <= 0;
  more.textContent = `${Math.min(left, ARTICLES_PAGE)} more of ${left}`;
}

interface RelationEntry {
  edge: string;
  other: string;
  weight: number;
  conflict: boolean;
}

/** Relations grouped as "banned →", "← banned", "competes with" (symmetric), strongest first. */
function relationsSection(graph: KnowledgeGraph, node: string): HTMLElement {
  const groups = new Map<string, { relation: RelationKind; entries: RelationEntry[] }>();
  graph.forEachEdge(node, (edge, attributes, source, target) => {
    const symmetric = SYMMETRIC_RELATIONS.includes(attributes.relation);
    const outgoing = source === node;
    const title = symmetric
      ? relationLabel(attributes.relation)
      : outgoing
        ? `${relationLabel(attributes.relation)} →`
        : `← ${relationLabel(attributes.relation)}`;
    const other = outgoing ? target : source;
    const group = groups.get(title) ?? { relation: attributes.relation, entries: [] };
    group.entries.push({ edge, other, weight: attributes.weight, conflict: attributes.conflict });
    groups.set(title, group);
  });

  const section = el('section', { className: 'relations' }, [el('h3', { text: `Relations (${graph.degree(node)})` })]);
  if (groups.size === 0) section.append(el('p', { className: 'empty-note', text: 'No relations found for this entity.' }));
  for (const [title, group] of [...groups.entries()].sort(([a], [b]) => a.replace(/^← /, '').localeCompare(b.replace(/^← /, '')))) {
    group.entries.sort((a, b) => b.weight - a.weight || graph.getNodeAttribute(a.other, 'label').localeCompare(graph.getNodeAttribute(b.other, 'label')));
    const buttons = group.entries.map((entry) => {
      const button = el('button', { className: 'relation', data: { edge: entry.edge }, attrs: { type: 'button', title: plural(entry.weight, 'supporting sentence') } }, [
        el('span', { className: 'other', text: graph.getNodeAttribute(entry.other, 'label') }),
        el('span', { className: 'weight', text: String(entry.weight) }),
      ]);
      if (entry.conflict) button.classList.add('conflicting');
      return el('li', {}, [button]);
    });
    section.append(
      el('div', { className: 'relation-group' }, [
        el('h4', {}, [swatch('line', relationColor(group.relation)), title, el('span', { className: 'group-count', text: `(${group.entries.length})` })]),
        el('ul', {}, buttons),
      ]),
    );
  }
  return section;
}
