/**
 * The table drawer under the graph, with two tables on the same sortable-table pieces:
 * - Claims: one row per claim the graph shows (the filters and the timeline's range apply),
 *   narrowed by a text filter or to the disputed claims (each conflict with every side, grouped by
 *   what they dispute). A row selects its claim on the graph.
 * - Entities: one row per shown entity (mentions, articles, degree, PageRank, community, dates).
 *   A row selects the entity.
 * Every column sorts. CSV exports the claims as filtered and sorted, all of them; another button
 * exports the shown entities.
 */
import { claimRows, type ClaimRow } from '../pipeline/graph/claim-rows';
import { claimsCsv, nodesCsv } from '../pipeline/export/csv';
import type { AppState } from './app-state';
import { byId } from './dom';
import { downloadText } from './io/download';
import { plural, relationLabel } from './labels';
import { NODE_COLUMNS, nodeRows, nodeRowText, type NodeRow } from './nodes-table';
import { compare, MAX_TABLE_ROWS, SortableTable, type Column } from './sortable-table';

export { MAX_TABLE_ROWS } from './sortable-table';

const CLAIM_COLUMNS: readonly Column<ClaimRow>[] = [
  { key: 'source', label: 'Source', value: (row) => row.sourceLabel.toLowerCase(), text: (row) => row.sourceLabel },
  { key: 'relation', label: 'Relation', value: (row) => row.relation, text: (row) => relationLabel(row.relation) },
  { key: 'target', label: 'Target', value: (row) => row.targetLabel.toLowerCase(), text: (row) => row.targetLabel },
  { key: 'support', label: 'Support', numeric: true, value: (row) => row.support },
  { key: 'articles', label: 'Articles', numeric: true, value: (row) => row.articles },
  { key: 'outlets', label: 'Outlets', value: (row) => row.outlets.length, text: (row) => row.outlets.join(', ') },
  { key: 'firstSeen', label: 'First seen', value: (row) => row.firstSeen ?? '', text: (row) => row.firstSeen ?? '—' },
  { key: 'conflict', label: 'Conflict', descendingFirst: true, value: (row) => (row.conflict ? 1 : 0), text: (row) => (row.conflict ? `vs ${row.conflictsWith.join('; ')}` : '') },
];

type Tab = 'claims' | 'nodes';

export class ClaimsTable {
  private readonly drawer = byId('claims');
  private readonly filterInput = byId<HTMLInputElement>('claims-filter');
  private readonly disputed = byId<HTMLInputElement>('claims-disputed');
  private readonly countText = byId('claims-count');
  private readonly claims: SortableTable<ClaimRow>;
  private readonly nodes: SortableTable<NodeRow>;
  private tab: Tab = 'claims';
  private allRows: ClaimRow[] | null = null;
  private shownRows: ClaimRow[] = [];

  constructor(
    private readonly state: AppState,
    selectEdge: (edge: string) => void,
    selectNode: (node: string) => void,
  ) {
    const render = (): void => this.render();
    this.claims = new SortableTable(byId('claims-head'), byId('claims-body'), CLAIM_COLUMNS, { name: 'edge', of: (row) => row.edge }, { key: 'support', descending: true }, render, (row) =>
      row.conflict ? 'conflicting' : null,
    );
    this.nodes = new SortableTable(byId('nodes-head'), byId('nodes-body'), NODE_COLUMNS, { name: 'node', of: (row) => row.node }, { key: 'mentions', descending: true }, render);
    this.claims.onRowClick(selectEdge);
    this.nodes.onRowClick(selectNode);
    this.filterInput.addEventListener('input', render);
    this.disputed.addEventListener('change', render);
    for (const tab of ['claims', 'nodes'] as const) byId(`tab-${tab}`).addEventListener('click', () => this.show(tab));
    byId('claims-toggle').addEventListener('click', () => this.toggle());
    byId('claims-close').addEventListener('click', () => this.toggle(false));
    byId('claims-csv').addEventListener('click', () => downloadText(claimsCsv(this.shownRows), 'claims.csv', 'text/csv'));
    byId('nodes-csv').addEventListener('click', () => downloadText(nodesCsv(this.state.graph, this.state.view.nodes), 'entities.csv', 'text/csv'));
    state.onChange((change) => {
      if (change === 'graph') this.allRows = null;
      if ((change === 'graph' || change === 'filters') && !this.drawer.hidden) this.render();
      if (change === 'selection' && !this.drawer.hidden) this.markSelected();
    });
  }

  toggle(open = this.drawer.hidden): void {
    this.drawer.hidden = !open;
    byId('claims-toggle').setAttribute('aria-pressed', String(open));
    if (open) this.render();
  }

  /** Switches between the claims and the entities. */
  show(tab: Tab): void {
    this.tab = tab;
    this.drawer.dataset.tab = tab;
    for (const name of ['claims', 'nodes'] as const) {
      byId(`tab-${name}`).setAttribute('aria-selected', String(name === tab));
      byId(`${name}-scroll`).hidden = name !== tab;
    }
    this.render();
  }

  private rows(): ClaimRow[] {
    return (this.allRows ??= claimRows(this.state.graph));
  }

  private render(): void {
    const query = this.filterInput.value.trim().toLowerCase();
    if (this.tab === 'nodes') {
      const rows = nodeRows(this.state.graph, this.state.view.nodes).filter((row) => !query || nodeRowText(row).includes(query));
      this.nodes.render(rows);
      this.showCount(rows.length, this.state.graph.order, 'entity', 'entities');
      this.markSelected();
      return;
    }
    const { edges } = this.state.view;
    const disputedOnly = this.disputed.checked;
    let rows = this.rows().filter((row) => edges.has(row.edge));
    if (disputedOnly) rows = rows.filter((row) => row.conflict);
    if (query) rows = rows.filter((row) => `${row.sourceLabel}\n${relationLabel(row.relation)}\n${row.targetLabel}\n${row.outlets.join('\n')}`.toLowerCase().includes(query));
    // Disputed: the sides of one conflict stay together (same target and relation).
    this.shownRows = this.claims.render(rows, disputedOnly ? (a, b) => compare(a.targetLabel, b.targetLabel) || compare(a.relation, b.relation) : undefined);
    this.showCount(rows.length, this.rows().length, 'claim');
    this.markSelected();
  }

  private showCount(shown: number, total: number, singular: string, pluralForm?: string): void {
    this.drawer.dataset.rows = String(shown);
    const drawn = shown > MAX_TABLE_ROWS ? ` (the first ${MAX_TABLE_ROWS} listed; the CSV has all)` : '';
    this.countText.textContent = `${plural(shown, singular, pluralForm)}${shown < total ? ` of ${total}` : ''}${drawn}`;
  }

  private markSelected(): void {
    const selection = this.state.selection;
    this.claims.markSelected(selection.kind === 'edge' ? selection.edge : null);
    this.nodes.markSelected(selection.kind === 'node' ? selection.node : null);
  }
}
