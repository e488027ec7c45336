/**
 * "How are X and Y connected?": two search boxes, the shortest chains of claims between the two
 * entities over what the filters show (paths.ts), one chain at a time with Previous / Next. The
 * chain is lit on the graph (AppState.path) and listed step by step, each with its relation and its
 * best evidence sentence; a step's claim opens in the side panel on click.
 */
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import type { AppState } from './app-state';
import { byId, clear, el } from './dom';
import { plural, relationLabel } from './labels';
import { shortestPaths, type Connection } from './paths';
import { SearchBox } from './search';

export class ConnectionFinder {
  private from: string | undefined;
  private to: string | undefined;
  private readonly fromBox: SearchBox;
  private readonly toBox: SearchBox;
  private readonly result = byId('path-result');
  private paths: Connection[] = [];
  private index = 0;

  constructor(
    private readonly state: AppState,
    private readonly selectEdge: (edge: string) => void,
    /** Moves the camera so the chain fills the view. */
    private readonly frame: (nodes: readonly string[]) => void,
  ) {
    // Choosing the second entity finds the chains at once; "Find paths" does it for typed names.
    this.fromBox = new SearchBox(state, (node) => {
      this.from = node;
      if (this.to !== undefined) this.find();
    }, { input: 'path-from', list: 'path-from-suggestions' });
    this.toBox = new SearchBox(state, (node) => {
      this.to = node;
      if (this.from !== undefined) this.find();
    }, { input: 'path-to', list: 'path-to-suggestions' });
    byId('path-find').addEventListener('click', () => this.find());
    byId('path-clear').addEventListener('click', () => this.clear());
    this.result.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLElement>('button');
      if (!button) return;
      if (button.dataset.edge) this.selectEdge(button.dataset.edge);
      else if (button.dataset.step === 'previous') this.show(this.index - 1);
      else if (button.dataset.step === 'next') this.show(this.index + 1);
    });
    state.onChange((change) => {
      // Filters change what is shown: the chains are found again over the new view.
      const shown = this.result.dataset.state === 'found' || this.result.dataset.state === 'none';
      if ((change === 'filters' || change === 'graph') && shown) this.find();
    });
  }

  find(): void {
    const graph = this.state.graph;
    // A typed name counts without picking it from the list.
    const from = this.resolve(this.fromBox, this.from);
    const to = this.resolve(this.toBox, this.to);
    clear(this.result);
    if (from === undefined || to === undefined) {
      this.paths = [];
      this.state.setPath(null);
      this.result.dataset.state = 'missing';
      this.result.append(el('p', { className: 'empty-note', text: 'Choose two entities.' }));
      return;
    }
    this.paths = shortestPaths(graph, this.state.view, from, to);
    if (this.paths.length === 0) {
      this.state.setPath(null);
      this.result.dataset.state = 'none';
      const why = from === to ? 'Choose two different entities.' : `No chain of shown claims connects ${graph.getNodeAttribute(from, 'label')} and ${graph.getNodeAttribute(to, 'label')}.`;
      this.result.append(el('p', { className: 'empty-note', text: why }));
      return;
    }
    this.show(0);
  }

  clear(): void {
    this.paths = [];
    this.from = this.to = undefined;
    this.fromBox.clear();
    this.toBox.clear();
    clear(this.result);
    delete this.result.dataset.state;
    this.state.setPath(null);
  }

  private resolve(box: SearchBox, picked: string | undefined): string | undefined {
    const graph = this.state.graph;
    if (picked !== undefined && graph.hasNode(picked) && graph.getNodeAttribute(picked, 'label') === box.value) return picked;
    return box.value.trim() === '' ? undefined : box.bestMatch();
  }

  private show(index: number): void {
    const graph = this.state.graph;
    this.index = (index + this.paths.length) % this.paths.length;
    const path = this.paths[this.index]!;
    this.state.setPath(path);
    this.frame(path.nodes);
    this.result.dataset.state = 'found';
    this.result.dataset.steps = String(path.steps.length);
    clear(this.result);
    const more = this.paths.length > 1;
    this.result.append(
      el('p', { className: 'path-summary' }, [
        `${plural(path.steps.length, 'step')} · chain ${this.index + 1} of ${this.paths.length}`,
        ...(more
          ? [
              el('span', { className: 'path-nav' }, [
                el('button', { className: 'link', text: '‹ previous', data: { step: 'previous' }, attrs: { type: 'button' } }),
                el('button', { className: 'link', text: 'next ›', data: { step: 'next' }, attrs: { type: 'button' } }),
              ]),
            ]
          : []),
      ]),
      el('ol', { className: 'path-steps' }, path.steps.map((step) => stepItem(graph, step.edges[0]!, step.from))),
    );
  }
}

/** "Alibaba —banned→ Claude Code", with the sentence that best supports it. */
function stepItem(graph: KnowledgeGraph, edge: string, from: string): HTMLElement {
  const attributes = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const forward = source === from;
  const label = (node: string): string => graph.getNodeAttribute(node, 'label');
  const arrow = graph.isUndirected(edge) ? ` — ${relationLabel(attributes.relation)} — ` : ` —${relationLabel(attributes.relation)}→ `;
  const claim = `${label(source)}${arrow}${label(target)}`;
  const evidence = attributes.evidence[0];
  return el('li', { data: { edge, direction: forward ? 'forward' : 'backward' } }, [
    el('button', { className: 'link step-claim', text: claim, data: { edge }, attrs: { type: 'button', title: plural(attributes.weight, 'supporting sentence') } }),
    ...(evidence ? [el('blockquote', { className: 'step-evidence', text: evidence.sentence })] : []),
  ]);
}
