/**
 * Expand on demand: when the view is limited to the rings around one entity (filters.around), a bar
 * over the graph says so and widens or narrows it one ring at a time, or shows everything again.
 */
import type { AppState } from './app-state';
import { byId } from './dom';
import { plural } from './labels';

/** More rings than this show most of any real graph: "show all" is the way beyond. */
export const MAX_RINGS = 6;

export class AroundBar {
  private readonly bar = byId('around-bar');
  private readonly text = byId('around-text');

  constructor(private readonly state: AppState) {
    byId('around-more').addEventListener('click', () => this.rings(+1));
    byId('around-fewer').addEventListener('click', () => this.rings(-1));
    byId('around-all').addEventListener('click', () => state.setFilters({ ...state.filters, around: null }));
    state.onChange((change) => {
      if (change === 'filters' || change === 'graph') this.render();
    });
    this.render();
  }

  /** Limits the view to `node` and its neighbours. */
  start(node: string): void {
    this.state.setFilters({ ...this.state.filters, around: { node, hops: 1 } });
  }

  private rings(delta: number): void {
    const around = this.state.filters.around;
    if (!around) return;
    const hops = Math.min(MAX_RINGS, Math.max(1, around.hops + delta));
    if (hops !== around.hops) this.state.setFilters({ ...this.state.filters, around: { ...around, hops } });
  }

  private render(): void {
    const around = this.state.filters.around;
    const graph = this.state.graph;
    this.bar.hidden = around === null;
    if (!around) return;
    this.bar.dataset.hops = String(around.hops);
    const label = graph.hasNode(around.node) ? graph.getNodeAttribute(around.node, 'label') : around.node;
    this.text.textContent = `${plural(this.state.view.nodes.size, 'entity', 'entities')} within ${plural(around.hops, 'claim')} of ${label}`;
    byId<HTMLButtonElement>('around-fewer').disabled = around.hops <= 1;
    byId<HTMLButtonElement>('around-more').disabled = around.hops >= MAX_RINGS;
  }
}
