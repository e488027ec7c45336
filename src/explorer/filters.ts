/**
 * The filter controls: entity types and relations (checkboxes showing drawn/total counts), minimum
 * support and "hide isolated". They only change AppState's filters; what is drawn follows through
 * the reducers, the data is never touched.
 */
import { ENTITY_COLORS, RELATION_COLORS, entityColor, relationColor } from '../pipeline/graph/style';
import type { EntityType, RelationKind } from '../pipeline/types';
import type { AppState } from './app-state';
import { byId, clear, el } from './dom';
import { countByKind, countTotals, NO_FILTERS, type Counts, type KindTotals } from './filtered-view';
import { relationLabel, typeLabel } from './labels';
import { swatch } from './render/legend';

interface FilterList<K extends string> {
  container: HTMLElement;
  /** The count element of each checkbox, updated in place so focus stays on the checkbox. */
  countElements: Map<K, HTMLElement>;
}

export class FilterControls {
  private readonly types: FilterList<EntityType>;
  private readonly relations: FilterList<RelationKind>;
  private readonly minWeight = byId<HTMLInputElement>('min-weight');
  private readonly minConfidence = byId<HTMLInputElement>('min-confidence');
  private readonly hideIsolated = byId<HTMLInputElement>('hide-isolated');
  private totals: KindTotals | null = null;

  constructor(private readonly state: AppState) {
    this.types = { container: byId('type-filters'), countElements: new Map() };
    this.relations = { container: byId('relation-filters'), countElements: new Map() };
    this.minWeight.addEventListener('input', () => this.readInputs());
    this.minConfidence.addEventListener('input', () => this.readInputs());
    this.hideIsolated.addEventListener('change', () => this.readInputs());
    byId('reset-filters').addEventListener('click', () => this.resetAll());
    state.onChange((change) => {
      if (change === 'graph') this.build();
      else if (change === 'filters') {
        // The filters may come from elsewhere (a pasted link, "show all"): the controls show them.
        this.showFilters();
        this.updateCounts();
      }
    });
    this.build();
  }

  /** One checkbox per known type and relation, plus any unknown ones an imported graph brings. */
  private build(): void {
    const graph = this.state.graph;
    this.totals = countTotals(graph);
    const typeKeys = new Set<string>(Object.keys(ENTITY_COLORS));
    const relationKeys = new Set<string>(Object.keys(RELATION_COLORS));
    graph.forEachNode((_node, attributes) => typeKeys.add(attributes.type));
    graph.forEachEdge((_edge, attributes) => relationKeys.add(attributes.relation));

    buildList(this.types, [...typeKeys] as EntityType[], 'entityType', typeLabel, entityColor, this.state.filters.hiddenTypes, () => this.readInputs());
    buildList(this.relations, [...relationKeys] as RelationKind[], 'relation', relationLabel, relationColor, this.state.filters.hiddenRelations, () => this.readInputs());

    let maxWeight = 1;
    graph.forEachEdge((_edge, attributes) => {
      if (attributes.weight > maxWeight) maxWeight = attributes.weight;
    });
    this.minWeight.max = String(maxWeight);
    // The controls show the state's filters (restored from a link, or kept across a graph change).
    this.minWeight.value = String(Math.min(this.state.filters.minWeight, maxWeight));
    this.minConfidence.value = String(this.state.filters.minConfidence);
    this.hideIsolated.checked = this.state.filters.hideIsolated;
    this.updateCounts();
  }

  private showFilters(): void {
    const { hiddenTypes, hiddenRelations, minWeight, hideIsolated } = this.state.filters;
    for (const box of this.types.container.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = !hiddenTypes.has(box.dataset.entityType as EntityType);
    for (const box of this.relations.container.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = !hiddenRelations.has(box.dataset.relation as RelationKind);
    this.minWeight.value = String(Math.min(minWeight, Number(this.minWeight.max) || 1));
    this.hideIsolated.checked = hideIsolated;
  }

  private readInputs(): void {
    const minWeight = Number(this.minWeight.value);
    this.state.setFilters({
      ...this.state.filters,
      hiddenTypes: uncheckedKeys<EntityType>(this.types.container, 'entityType'),
      hiddenRelations: uncheckedKeys<RelationKind>(this.relations.container, 'relation'),
      minWeight: Number.isFinite(minWeight) && minWeight > 1 ? minWeight : 1,
      minConfidence: Math.min(1, Math.max(0, Number(this.minConfidence.value) || 0)),
      hideIsolated: this.hideIsolated.checked,
    });
  }

  private resetAll(): void {
    for (const box of this.allCheckboxes()) box.checked = true;
    this.minWeight.value = '1';
    this.minConfidence.value = '0';
    this.hideIsolated.checked = false;
    // "Show all" also clears the timeline's range and a neighbourhood the user expanded.
    this.state.setFilters(NO_FILTERS);
  }

  private allCheckboxes(): HTMLInputElement[] {
    return [
      ...this.types.container.querySelectorAll<HTMLInputElement>('input[type=checkbox]'),
      ...this.relations.container.querySelectorAll<HTMLInputElement>('input[type=checkbox]'),
    ];
  }

  private updateCounts(): void {
    const counts = countByKind(this.state.graph, this.state.view, this.totals ?? undefined);
    showCounts(this.types, counts.types);
    showCounts(this.relations, counts.relations);
    const weight = byId('min-weight-value');
    weight.textContent = this.minWeight.value;
    byId('min-confidence-value').textContent = Number(this.minConfidence.value).toFixed(2);
  }
}

function buildList<K extends string>(
  list: FilterList<K>,
  keys: K[],
  dataKey: 'entityType' | 'relation',
  label: (key: K) => string,
  color: (key: K) => string,
  hidden: ReadonlySet<K>,
  onChange: () => void,
): void {
  clear(list.container);
  list.countElements.clear();
  for (const key of keys) {
    const checkbox = el('input', { data: { [dataKey]: key }, attrs: { type: 'checkbox' } });
    checkbox.checked = !hidden.has(key);
    checkbox.addEventListener('change', onChange);
    const count = el('span', { className: 'count' });
    list.countElements.set(key, count);
    list.container.append(el('label', { className: 'filter-row' }, [checkbox, swatch(dataKey === 'relation' ? 'line' : 'dot', color(key)), el('span', { className: 'name', text: label(key) }), count]));
  }
}

function showCounts<K extends string>(list: FilterList<K>, counts: Counts<K>): void {
  for (const [key, element] of list.countElements) {
    const total = counts.total.get(key) ?? 0;
    const visible = counts.visible.get(key) ?? 0;
    element.textContent = visible === total ? String(total) : `${visible}/${total}`;
    element.closest('label')?.classList.toggle('empty', total === 0);
  }
}

function uncheckedKeys<K extends string>(container: HTMLElement, dataKey: 'entityType' | 'relation'): Set<K> {
  const keys = new Set<K>();
  for (const box of container.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const key = box.dataset[dataKey];
    if (!box.checked && key) keys.add(key as K);
  }
  return keys;
}
