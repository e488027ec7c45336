/**
 * The view in the URL, so that a link reopens it: the selected entity and the filters, in the
 * fragment (`#node=alibaba&hide-types=person&hide-relations=reported&min-support=2&hide-isolated`,
 * plus `from=…&to=…` for the timeline's range, `around=…&hops=…` for an expanded neighbourhood,
 * `range=node.mentions:3:100` (an end left empty is open; repeated per attribute) and
 * `largest-component`).
 * The fragment never leaves the browser. Updated with replaceState, so the back button is not
 * filled with every click.
 */
import type { EntityType, RelationKind } from '../pipeline/types';
import type { AppState } from './app-state';
import { NO_FILTERS, type Filters } from './filtered-view';
import { MAX_RINGS } from './around-bar';
import { ISO_DATE } from '../pipeline/graph/dates';
import { numericAttribute, type AttributeRange } from './numeric-attributes';

export interface UrlView {
  node?: string;
  filters: Filters;
}

export function readUrlView(hash: string): UrlView {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const list = (name: string): string[] => (params.get(name) ?? '').split(',').filter((item) => item !== '');
  const minWeight = Number(params.get('min-support'));
  const minConfidence = Number(params.get('min-confidence'));
  const node = params.get('node') ?? undefined;
  const filters: Filters = {
    hiddenTypes: new Set(list('hide-types') as EntityType[]),
    hiddenRelations: new Set(list('hide-relations') as RelationKind[]),
    minWeight: Number.isInteger(minWeight) && minWeight > 1 ? minWeight : NO_FILTERS.minWeight,
    minConfidence: Number.isFinite(minConfidence) && minConfidence > 0 && minConfidence <= 1 ? minConfidence : NO_FILTERS.minConfidence,
    hideIsolated: params.has('hide-isolated'),
    dateRange: dateParam(params.get('from')) && dateParam(params.get('to')) ? { from: params.get('from')!, to: params.get('to')! } : null,
    around: params.get('around') ? { node: params.get('around')!, hops: Math.max(1, Math.min(MAX_RINGS, Number(params.get('hops')) || 1)) } : null,
    ranges: params.getAll('range').flatMap(rangeParam),
    largestComponent: params.has('largest-component'),
  };
  const none =
    filters.hiddenTypes.size === 0 &&
    filters.hiddenRelations.size === 0 &&
    filters.minWeight === 1 &&
    filters.minConfidence === 0 &&
    !filters.hideIsolated &&
    !filters.dateRange &&
    !filters.around &&
    filters.ranges.length === 0 &&
    !filters.largestComponent;
  // No filter in the link: NO_FILTERS itself, so callers can tell "nothing to apply" at a glance.
  return { ...(node && { node }), filters: none ? NO_FILTERS : filters };
}

/** `node.mentions:3:100`, `edge.weight:2:`, `node.firstSeen:2026-07-01:`; nothing for an unknown attribute or a bad bound. */
function rangeParam(value: string): AttributeRange[] {
  const [id = '', min = '', max = ''] = value.split(':');
  const attribute = numericAttribute(id);
  if (!attribute) return [];
  const bound = (text: string): number | string | undefined | null => {
    if (text === '') return undefined;
    if (attribute.kind === 'date') return ISO_DATE.test(text) ? text : null;
    const number = Number(text);
    return Number.isFinite(number) ? number : null;
  };
  const [low, high] = [bound(min), bound(max)];
  if (low === null || high === null || (low === undefined && high === undefined)) return [];
  return [{ attribute: id, ...(low !== undefined && { min: low }), ...(high !== undefined && { max: high }) }];
}

function dateParam(value: string | null): boolean {
  return value !== null && ISO_DATE.test(value);
}

export function urlHash(state: AppState): string {
  const params = new URLSearchParams();
  const selection = state.selection;
  const node = selection.kind === 'node' ? selection.node : selection.kind === 'edge' ? selection.from : undefined;
  if (node) params.set('node', node);
  const { hiddenTypes, hiddenRelations, minWeight, minConfidence, hideIsolated, dateRange, around } = state.filters;
  if (hiddenTypes.size > 0) params.set('hide-types', [...hiddenTypes].sort().join(','));
  if (hiddenRelations.size > 0) params.set('hide-relations', [...hiddenRelations].sort().join(','));
  if (minWeight > 1) params.set('min-support', String(minWeight));
  if (minConfidence > 0) params.set('min-confidence', String(minConfidence));
  if (hideIsolated) params.set('hide-isolated', '');
  if (dateRange) {
    params.set('from', dateRange.from);
    params.set('to', dateRange.to);
  }
  if (around) {
    params.set('around', around.node);
    params.set('hops', String(around.hops));
  }
  for (const range of state.filters.ranges) params.append('range', `${range.attribute}:${range.min ?? ''}:${range.max ?? ''}`);
  if (state.filters.largestComponent) params.set('largest-component', '');
  const text = params.toString().replace(/=(?=&|$)/g, '');
  return text === '' ? '' : `#${text}`;
}

/** Keeps the URL's fragment following the selection and the filters. */
export function followInUrl(state: AppState): void {
  state.onChange((change) => {
    if (change !== 'selection' && change !== 'filters' && change !== 'graph') return;
    const hash = urlHash(state);
    if (hash !== location.hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  });
}
