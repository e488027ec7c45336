/**
 * "Colour by", "size by" and the ranking of the most central entities. The selects are filled from
 * the registries in appearance.ts; the ranking lists the shown entities with the highest PageRank
 * and selects one on click.
 */
import type { AppState } from './app-state';
import { isSizeScale, SIZE_SCALES } from '../pipeline/graph/style';
import { COLOR_MODES, isColorBy, isSizeBy, SIZE_MODES } from './appearance';
import { byId, clear, el } from './dom';

/** Entities the ranking lists. */
const RANKED = 10;

export class ViewControls {
  private readonly colorBy = byId<HTMLSelectElement>('color-by');
  private readonly sizeBy = byId<HTMLSelectElement>('size-by');
  private readonly sizeScale = byId<HTMLSelectElement>('size-scale');
  private readonly ranking = byId<HTMLOListElement>('ranking');

  constructor(
    private readonly state: AppState,
    private readonly selectNode: (node: string) => void,
  ) {
    for (const [value, mode] of Object.entries(COLOR_MODES)) this.colorBy.append(el('option', { text: mode.label, attrs: { value } }));
    for (const [value, mode] of Object.entries(SIZE_MODES)) this.sizeBy.append(el('option', { text: mode.label, attrs: { value } }));
    for (const [value, scale] of Object.entries(SIZE_SCALES)) this.sizeScale.append(el('option', { text: scale.label, attrs: { value } }));
    const showAppearance = (): void => {
      this.colorBy.value = state.appearance.colorBy;
      this.sizeBy.value = state.appearance.sizeBy;
      this.sizeScale.value = state.appearance.sizeScale;
    };
    showAppearance();
    const onChange = (): void => {
      const { value: colorBy } = this.colorBy;
      const { value: sizeBy } = this.sizeBy;
      const { value: sizeScale } = this.sizeScale;
      if (isColorBy(colorBy) && isSizeBy(sizeBy) && isSizeScale(sizeScale)) state.setAppearance({ colorBy, sizeBy, sizeScale });
    };
    this.colorBy.addEventListener('change', onChange);
    this.sizeBy.addEventListener('change', onChange);
    this.sizeScale.addEventListener('change', onChange);
    this.ranking.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLElement>('button[data-node]');
      if (button?.dataset.node) this.selectNode(button.dataset.node);
    });
    state.onChange((change) => {
      if (change === 'graph' || change === 'filters') this.renderRanking();
      // A restored view sets the appearance after the controls exist.
      if (change === 'appearance') showAppearance();
    });
    this.renderRanking();
  }

  private renderRanking(): void {
    const { graph, view } = this.state;
    // One pass keeping the top few: no sort of 10,000 nodes per filter change.
    const top: { node: string; rank: number }[] = [];
    for (const node of view.nodes) {
      const rank = graph.getNodeAttribute(node, 'pagerank') ?? 0;
      if (top.length === RANKED && rank <= top[RANKED - 1]!.rank) continue;
      top.push({ node, rank });
      top.sort((a, b) => b.rank - a.rank || (a.node < b.node ? -1 : 1));
      if (top.length > RANKED) top.pop();
    }
    clear(this.ranking);
    for (const { node, rank } of top) {
      const attributes = graph.getNodeAttributes(node);
      this.ranking.append(
        el('li', {}, [
          el('button', { className: 'ranked link', data: { node }, attrs: { type: 'button', title: `PageRank ${rank.toFixed(4)} · related to ${attributes.degree ?? 0} entities` } }, [
            el('span', { className: 'name', text: attributes.label }),
            el('span', { className: 'count', text: rank.toFixed(3) }),
          ]),
        ]),
      );
    }
  }
}
