/**
 * The claims table: one row per claim the graph shows (the filters and the timeline's range apply),
 * sortable by any column, narrowed by a text filter or to the disputed claims (each conflict with
 * every side, grouped by what they dispute). A row selects its claim on the graph. CSV exports the
 * rows as filtered and sorted, all of them; another button exports the shown entities.
 */
import { claimRows, type ClaimRow } from '../pipeline/graph/claim-rows';
import { claimsCsv, nodesCsv } from '../pipeline/export/csv';
import type { AppState } from './app-state';
import { byId, clear, el } from './dom';
import { downloadText } from './io/download';
import { plural, relationLabel } from './labels';

/** Rows drawn at once: the rest are counted, and reachable by sorting, filtering or the CSV. */
export const MAX_TABLE_ROWS = 500;

type SortKey = 'source' | 'relation' | 'target' | 'support' | 'articles' | 'outlets' | 'firstSeen' | 'conflict';

const COLUMNS: readonly { key: SortKey; label: string; numeric?: true }[] = [
  { key: 'source', label: 'Source' },
  { key: 'relation', label: 'Relation' },
  { key: 'target', label: 'Target' },
  { key: 'support', label: 'Support', numeric: true },
  { key: 'articles', label: 'Articles', numeric: true },
  { key: 'outlets', label: 'Outlets' },
  { key: 'firstSeen', label: 'First seen' },
  { key: 'conflict', label: 'Conflict' },
];

const SORT_VALUE: Record<SortKey, (row: ClaimRow) => string | number> = {
  source: (row) => row.sourceLabel.toLowerCase(),
  relation: (row) => row.relation,
  target: (row) => row.targetLabel.toLowerCase(),
  support: (row) => row.support,
  articles: (row) => row.articles,
  outlets: (row) => row.outlets.length,
  firstSeen: (row) => row.firstSeen ?? '',
  conflict: (row) => (row.conflict ? 1 : 0),
};

export class ClaimsTable {
  private readonly drawer = byId('claims');
  private readonly body = byId<HTMLTableSectionElement>('claims-body');
  private readonly head = byId<HTMLTableRowElement>('claims-head');
  private readonly filterInput = byId<HTMLInputElement>('claims-filter');
  private readonly disputed = byId<HTMLInputElement>('claims-disputed');
  private readonly countText = byId('claims-count');
  private allRows: ClaimRow[] | null = null;
  private shownRows: ClaimRow[] = [];
  private sort: { key: SortKey; descending: boolean } = { key: 'support', descending: true };

  constructor(
    private readonly state: AppState,
    private readonly selectEdge: (edge: string) => void,
  ) {
    for (const column of COLUMNS) {
      const button = el('button', { text: column.label, data: { sort: column.key }, attrs: { type: 'button' } });
      this.head.append(el('th', { attrs: { scope: 'col' }, data: { column: column.key } }, [button]));
    }
    this.head.addEventListener('click', (event) => {
      const key = (event.target as Element).closest<HTMLElement>('button[data-sort]')?.dataset.sort as SortKey | undefined;
      if (!key) return;
      // Numbers start with the largest, text with A.
      const numeric = COLUMNS.find((column) => column.key === key)?.numeric === true || key === 'conflict' || key === 'firstSeen';
      this.sort = { key, descending: this.sort.key === key ? !this.sort.descending : numeric && key !== 'firstSeen' };
      this.render();
    });
    this.body.addEventListener('click', (event) => {
      const row = (event.target as Element).closest<HTMLElement>('tr[data-edge]');
      if (row?.dataset.edge) this.selectEdge(row.dataset.edge);
    });
    this.filterInput.addEventListener('input', () => this.render());
    this.disputed.addEventListener('change', () => this.render());
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

  private rows(): ClaimRow[] {
    return (this.allRows ??= claimRows(this.state.graph));
  }

  private render(): void {
    const { edges } = this.state.view;
    const query = this.filterInput.value.trim().toLowerCase();
    const disputedOnly = this.disputed.checked;
    let rows = this.rows().filter((row) => edges.has(row.edge));
    if (disputedOnly) rows = rows.filter((row) => row.conflict);
    if (query) rows = rows.filter((row) => `${row.sourceLabel}\n${relationLabel(row.relation)}\n${row.targetLabel}\n${row.outlets.join('\n')}`.toLowerCase().includes(query));
    const { key, descending } = this.sort;
    const value = SORT_VALUE[key];
    const direction = descending ? -1 : 1;
    rows.sort((a, b) => {
      // Disputed: the sides of one conflict stay together (same target and relation).
      if (disputedOnly) {
        const group = compare(a.targetLabel, b.targetLabel) || compare(a.relation, b.relation);
        if (group !== 0) return group;
      }
      return direction * compare(value(a), value(b)) || compare(a.edge, b.edge);
    });
    this.shownRows = rows;
    for (const th of this.head.querySelectorAll<HTMLElement>('th[data-column]')) {
      th.setAttribute('aria-sort', th.dataset.column === key ? (descending ? 'descending' : 'ascending') : 'none');
    }
    clear(this.body);
    for (const row of rows.slice(0, MAX_TABLE_ROWS)) this.body.append(tableRow(row));
    this.drawer.dataset.rows = String(rows.length);
    const total = this.rows().length;
    const drawn = rows.length > MAX_TABLE_ROWS ? ` (the first ${MAX_TABLE_ROWS} listed; the CSV has all)` : '';
    this.countText.textContent = `${plural(rows.length, 'claim')}${rows.length < total ? ` of ${total}` : ''}${drawn}`;
    this.markSelected();
  }

  private markSelected(): void {
    const selection = this.state.selection;
    const edge = selection.kind === 'edge' ? selection.edge : null;
    for (const tr of this.body.querySelectorAll<HTMLElement>('tr[data-edge]')) tr.classList.toggle('selected', tr.dataset.edge === edge);
  }
}

function tableRow(row: ClaimRow): HTMLTableRowElement {
  const tr = el('tr', { data: { edge: row.edge } }, [
    el('td', { text: row.sourceLabel }),
    el('td', { text: relationLabel(row.relation) }),
    el('td', { text: row.targetLabel }),
    el('td', { className: 'number', text: String(row.support) }),
    el('td', { className: 'number', text: String(row.articles) }),
    el('td', { text: row.outlets.join(', ') }),
    el('td', { text: row.firstSeen ?? '—' }),
    el('td', { text: row.conflict ? `vs ${row.conflictsWith.join('; ')}` : '' }),
  ]);
  if (row.conflict) tr.classList.add('conflicting');
  return tr;
}

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
