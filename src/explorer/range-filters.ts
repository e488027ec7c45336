/**
 * Range filters on any numeric or date attribute the schema declares (numeric-attributes.ts):
 * pick an attribute, type a minimum and/or a maximum (the graph's own extent is the hint); each
 * active range is listed with a button that removes it. Also "keep the largest connected
 * component". Like the other filters they only change AppState's filters.
 */
import type { AppState } from './app-state';
import { byId, clear, el } from './dom';
import { extentOf, NUMERIC_ATTRIBUTES, numericAttribute, type AttributeRange, type NumericAttribute } from './numeric-attributes';

export class RangeControls {
  private readonly select = byId<HTMLSelectElement>('range-attribute');
  private readonly min = byId<HTMLInputElement>('range-min');
  private readonly max = byId<HTMLInputElement>('range-max');
  private readonly list = byId('range-list');
  private readonly largest = byId<HTMLInputElement>('largest-component');

  constructor(private readonly state: AppState) {
    this.select.addEventListener('change', () => this.showInputs());
    for (const input of [this.min, this.max]) input.addEventListener('change', () => this.readInputs());
    this.largest.addEventListener('change', () => state.setFilters({ ...state.filters, largestComponent: this.largest.checked }));
    this.list.addEventListener('click', (event) => {
      const attribute = (event.target as Element).closest<HTMLElement>('button[data-attribute]')?.dataset.attribute;
      if (attribute) state.setFilters({ ...state.filters, ranges: state.filters.ranges.filter((range) => range.attribute !== attribute) });
    });
    state.onChange((change) => {
      if (change === 'graph') this.build();
      else if (change === 'filters') this.showFilters();
    });
    this.build();
  }

  /** The attributes this graph has values for. */
  private build(): void {
    const chosen = this.select.value;
    clear(this.select);
    for (const attribute of NUMERIC_ATTRIBUTES) {
      if (!this.extent(attribute)) continue;
      this.select.append(el('option', { text: `${attribute.target === 'edge' ? 'Claims: ' : ''}${attribute.label}`, attrs: { value: attribute.id } }));
    }
    if (chosen && numericAttribute(chosen) && this.extent(numericAttribute(chosen)!)) this.select.value = chosen;
    this.showFilters();
  }

  private extent(attribute: NumericAttribute): { min: number | string; max: number | string } | null {
    const graph = this.state.graph;
    const values = attribute.target === 'node' ? graph.mapNodes((_node, attributes) => (attributes as unknown as Record<string, unknown>)[attribute.key]) : graph.mapEdges((_edge, attributes) => (attributes as unknown as Record<string, unknown>)[attribute.key]);
    return extentOf(values);
  }

  private showFilters(): void {
    this.largest.checked = this.state.filters.largestComponent;
    clear(this.list);
    for (const range of this.state.filters.ranges) {
      const attribute = numericAttribute(range.attribute);
      if (!attribute) continue;
      const text = `${attribute.label}: ${range.min ?? '…'} to ${range.max ?? '…'}`;
      this.list.append(
        el('li', { data: { attribute: range.attribute } }, [
          el('span', { text }),
          el('button', { className: 'link', text: '×', data: { attribute: range.attribute }, attrs: { type: 'button', title: `Remove the range on ${attribute.label}`, 'aria-label': `Remove ${text}` } }),
        ]),
      );
    }
    this.showInputs();
  }

  /** The inputs show the chosen attribute's range, with its extent in this graph as the hint. */
  private showInputs(): void {
    const attribute = numericAttribute(this.select.value);
    this.min.disabled = this.max.disabled = !attribute;
    if (!attribute) return;
    const extent = this.extent(attribute);
    const range = this.state.filters.ranges.find((candidate) => candidate.attribute === attribute.id);
    for (const [input, bound, hint] of [[this.min, range?.min, extent?.min], [this.max, range?.max, extent?.max]] as const) {
      input.type = attribute.kind === 'date' ? 'date' : 'number';
      input.step = 'any';
      input.placeholder = hint === undefined ? '' : typeof hint === 'number' ? String(Number(hint.toPrecision(4))) : hint;
      input.value = bound === undefined ? '' : String(bound);
    }
  }

  private readInputs(): void {
    const attribute = numericAttribute(this.select.value);
    if (!attribute) return;
    const bound = (input: HTMLInputElement): number | string | undefined => {
      if (input.value === '') return undefined;
      if (attribute.kind === 'date') return input.value;
      const number = Number(input.value);
      return Number.isFinite(number) ? number : undefined;
    };
    const [min, max] = [bound(this.min), bound(this.max)];
    const others = this.state.filters.ranges.filter((range) => range.attribute !== attribute.id);
    const range: AttributeRange = { attribute: attribute.id, ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
    this.state.setFilters({ ...this.state.filters, ranges: min === undefined && max === undefined ? others : [...others, range] });
  }
}
