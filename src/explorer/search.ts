/**
 * The search box: suggestions by name or alias as the user types (`#search-suggestions`, one
 * `li[data-node]` each); Enter or a click chooses one, which selects the node and moves the camera
 * to it. Arrow keys move through the suggestions.
 */
import type { AppState } from './app-state';
import { byId, clear, el } from './dom';
import { typeLabel } from './labels';
import { swatch } from './render/legend';
import { entityColor } from '../pipeline/graph/style';
import { SearchIndex, type SearchHit } from './search-index';

export class SearchBox {
  private readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  /** Built on first use, not at start: on a big graph indexing every name costs time the first frame needs. */
  private builtIndex: SearchIndex | null = null;
  private hits: SearchHit[] = [];
  private active = -1;

  /** `ids`: the input and its suggestion list (the top search box by default; the path finder has two more). */
  constructor(
    private readonly state: AppState,
    private readonly choose: (node: string) => void,
    ids: { input: string; list: string } = { input: 'search', list: 'search-suggestions' },
  ) {
    this.input = byId<HTMLInputElement>(ids.input);
    this.list = byId<HTMLUListElement>(ids.list);
    state.onChange((change) => {
      if (change === 'graph') this.builtIndex = null;
    });
    this.input.addEventListener('input', () => this.suggest());
    this.input.addEventListener('focus', () => this.suggest());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    // Delay so that a click on a suggestion lands before the list closes.
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    // mousedown, not click: it fires before the input's blur.
    this.list.addEventListener('mousedown', (event) => {
      const item = (event.target as Element).closest<HTMLElement>('li[data-node]');
      if (!item?.dataset.node) return;
      event.preventDefault();
      this.pick(item.dataset.node);
    });
  }

  private get index(): SearchIndex {
    return (this.builtIndex ??= new SearchIndex(this.state.graph));
  }

  /** The input's text. */
  get value(): string {
    return this.input.value;
  }

  /** The best match for what is typed, if any: lets a typed name count without picking from the list. */
  bestMatch(): string | undefined {
    return this.index.find(this.input.value)[0]?.node;
  }

  /** Shows a node's label in the input (e.g. the path finder's start, taken from the selection). */
  show(label: string): void {
    this.input.value = label;
  }

  focus(): void {
    this.input.focus();
    this.input.select();
  }

  clear(): void {
    this.input.value = '';
    this.close();
  }

  private suggest(): void {
    this.hits = this.index.find(this.input.value);
    this.active = this.hits.length > 0 ? 0 : -1;
    this.render();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (this.hits.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
      this.render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.hits.length === 0) this.suggest();
      const hit = this.hits[Math.max(0, this.active)];
      if (hit) this.pick(hit.node);
    } else if (event.key === 'Escape') {
      this.clear();
      this.input.blur();
    }
  }

  private pick(node: string): void {
    const hit = this.hits.find((candidate) => candidate.node === node);
    this.input.value = hit?.label ?? this.input.value;
    this.close();
    this.choose(node);
  }

  private close(): void {
    this.hits = [];
    this.active = -1;
    this.render();
  }

  private render(): void {
    clear(this.list);
    this.list.hidden = this.hits.length === 0;
    this.input.setAttribute('aria-expanded', String(this.hits.length > 0));
    this.hits.forEach((hit, position) => {
      const item = el('li', { data: { node: hit.node }, attrs: { role: 'option', 'aria-selected': String(position === this.active) } }, [
        swatch('dot', entityColor(hit.type)),
        el('span', { className: 'name', text: hit.label }),
        el('span', { className: 'meta', text: hit.matchedAlias ? `${typeLabel(hit.type)} · “${hit.matchedAlias}”` : typeLabel(hit.type) }),
      ]);
      if (position === this.active) item.classList.add('active');
      this.list.append(item);
    });
  }
}
