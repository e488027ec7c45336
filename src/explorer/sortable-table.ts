/**
 * A sortable table drawn from rows and column definitions: a header button per column (a second
 * click reverses; numbers start with the largest, text with A), at most MAX_TABLE_ROWS rows drawn,
 * each row keyed by `data-<rowKey>` so a click can select what it stands for. Shared by the claims
 * table and the entities table.
 */
import { clear, el } from './dom';

/** Rows drawn at once: the rest are counted, and reachable by sorting, filtering or the CSV. */
export const MAX_TABLE_ROWS = 500;

export interface Column<R> {
  key: string;
  label: string;
  /** Right-aligned, and sorted largest first on the first click. */
  numeric?: true;
  /** Sorted largest first on the first click (default: when numeric). */
  descendingFirst?: boolean;
  value(row: R): string | number;
  /** The cell's text (default: the value). */
  text?(row: R): string;
}

export class SortableTable<R> {
  private sort: { key: string; descending: boolean };

  constructor(
    private readonly head: HTMLTableRowElement,
    private readonly body: HTMLTableSectionElement,
    private readonly columns: readonly Column<R>[],
    /** The data attribute naming each row (`edge` → `tr[data-edge]`) and its value. */
    private readonly rowKey: { name: string; of(row: R): string },
    initialSort: { key: string; descending: boolean },
    onSort: () => void,
    /** A class for the row (e.g. `conflicting`), or none. */
    private readonly rowClass: (row: R) => string | null = () => null,
  ) {
    this.sort = initialSort;
    for (const column of columns) {
      const button = el('button', { text: column.label, data: { sort: column.key }, attrs: { type: 'button' } });
      head.append(el('th', { attrs: { scope: 'col' }, data: { column: column.key } }, [button]));
    }
    head.addEventListener('click', (event) => {
      const key = (event.target as Element).closest<HTMLElement>('button[data-sort]')?.dataset.sort;
      const column = columns.find((candidate) => candidate.key === key);
      if (!column) return;
      this.sort = { key: column.key, descending: this.sort.key === column.key ? !this.sort.descending : (column.descendingFirst ?? column.numeric === true) };
      onSort();
    });
  }

  /** Clicks on a row give its key. */
  onRowClick(select: (key: string) => void): void {
    this.body.addEventListener('click', (event) => {
      const row = (event.target as Element).closest<HTMLElement>(`tr[data-${this.rowKey.name}]`);
      const key = row?.dataset[this.rowKey.name];
      if (key) select(key);
    });
  }

  /** Sorts the rows (`group` first keeps rows together, e.g. the sides of a conflict), draws the first ones, returns them all sorted. */
  render(rows: R[], group?: (a: R, b: R) => number): R[] {
    const column = this.columns.find((candidate) => candidate.key === this.sort.key) ?? this.columns[0]!;
    const direction = this.sort.descending ? -1 : 1;
    rows.sort((a, b) => (group ? group(a, b) : 0) || direction * compare(column.value(a), column.value(b)) || compare(this.rowKey.of(a), this.rowKey.of(b)));
    for (const th of this.head.querySelectorAll<HTMLElement>('th[data-column]')) {
      th.setAttribute('aria-sort', th.dataset.column === column.key ? (this.sort.descending ? 'descending' : 'ascending') : 'none');
    }
    clear(this.body);
    for (const row of rows.slice(0, MAX_TABLE_ROWS)) {
      const tr = el(
        'tr',
        { data: { [this.rowKey.name]: this.rowKey.of(row) } },
        this.columns.map((candidate) => el('td', { className: candidate.numeric ? 'number' : '', text: candidate.text ? candidate.text(row) : String(candidate.value(row)) })),
      );
      const extra = this.rowClass(row);
      if (extra) tr.classList.add(extra);
      this.body.append(tr);
    }
    return rows;
  }

  markSelected(key: string | null): void {
    for (const tr of this.body.querySelectorAll<HTMLElement>(`tr[data-${this.rowKey.name}]`)) tr.classList.toggle('selected', tr.dataset[this.rowKey.name] === key);
  }
}

export function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
