/**
 * The correction controls. In the left column, "Corrections": the entities picked (shift-click on
 * the graph, or "Pick" in an entity's panel), merging them under a chosen label, adding a claim
 * between two of them with a note, the list of corrections made, undo, export and import. In the
 * side panel: rename, change type, delete and pick for the entity shown; reject the claim shown,
 * or one of its sentences. Every control adds a record to the CorrectionsLog; main.ts applies the
 * log to the graph.
 */
import type { Correction, EntityRef } from '../pipeline/corrections';
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import { compareText } from '../pipeline/graph/knowledge-graph';
import { ENTITY_COLORS } from '../pipeline/graph/style';
import { RELATION_KINDS } from '../pipeline/relation-registry';
import type { AppState } from './app-state';
import type { CorrectionsLog } from './corrections-log';
import { byId, clear, el } from './dom';
import { groupCopies } from './evidence-copies';
import { plural, relationLabel, typeLabel } from './labels';
import type { Messages } from './messages';

/** An entity as a correction names it: its key and every name it goes by in this graph. */
export function entityRef(graph: KnowledgeGraph, node: string): EntityRef {
  const { label, aliases } = graph.getNodeAttributes(node);
  return { key: node, names: [label, ...aliases.filter((alias) => alias !== label)] };
}

/** One line that says what a correction does, for the list. */
export function describeCorrection(correction: Correction): string {
  const name = (ref: EntityRef): string => ref.names?.[0] ?? ref.key ?? '?';
  switch (correction.action) {
    case 'merge':
      return `merged ${correction.entities.map(name).join(', ')} as ${correction.label}`;
    case 'rename':
      return `renamed ${name(correction.entity)} to ${correction.label}`;
    case 'retype':
      return `${name(correction.entity)} is a ${typeLabel(correction.type)}`;
    case 'delete':
      return `deleted ${name(correction.entity)}`;
    case 'reject':
      return `rejected ${name(correction.source)} ${relationLabel(correction.relation)} ${name(correction.target)}${correction.sentences ? ` (${plural(correction.sentences.length, 'sentence')})` : ''}`;
    case 'add':
      return `added ${name(correction.source)} ${relationLabel(correction.relation)} ${name(correction.target)}${correction.note ? `: ${correction.note}` : ''}`;
  }
}

export class CorrectionsPanel {
  /** Picked entities, in the order picked (the first of two is the new claim's source). */
  private picked: string[] = [];

  constructor(
    private readonly state: AppState,
    private readonly log: CorrectionsLog,
    private readonly messages: Messages,
  ) {
    byId('merge-picked').addEventListener('click', () => this.mergePicked());
    byId('add-claim').addEventListener('click', () => this.addClaim());
    byId('clear-picked').addEventListener('click', () => this.setPicked([]));
    byId('corrections-undo').addEventListener('click', () => log.undo());
    byId('corrections-export').addEventListener('click', () => this.exportFile());
    byId<HTMLInputElement>('corrections-file').addEventListener('change', (event) => void this.importFile(event.target as HTMLInputElement));
    byId('picked').addEventListener('click', (event) => {
      const node = (event.target as Element).closest<HTMLElement>('button[data-unpick]')?.dataset.unpick;
      if (node) this.toggle(node);
    });
    byId('node-corrections').addEventListener('click', (event) => this.onNodeControl(event));
    byId('edge-corrections').addEventListener('click', (event) => this.onEdgeControl(event));
    const relations = byId<HTMLSelectElement>('add-relation');
    relations.replaceChildren(...RELATION_KINDS.map((relation) => el('option', { text: relationLabel(relation), attrs: { value: relation } })));
    state.onChange((change) => {
      if (change === 'graph') this.setPicked(this.picked.filter((node) => state.graph.hasNode(node)));
      if (change === 'selection' || change === 'graph') this.renderSidePanel();
    });
    log.onChange(() => this.renderLog());
    this.renderLog();
    this.renderPicked();
  }

  /** Adds a node to the picked entities, or takes it out. */
  toggle(node: string): void {
    this.setPicked(this.picked.includes(node) ? this.picked.filter((n) => n !== node) : [...this.picked, node]);
  }

  private setPicked(nodes: string[]): void {
    this.picked = nodes;
    this.renderPicked();
  }

  private get graph(): KnowledgeGraph {
    return this.state.graph;
  }

  private renderPicked(): void {
    const graph = this.graph;
    const box = byId('picked');
    box.dataset.count = String(this.picked.length);
    box.replaceChildren(
      ...(this.picked.length === 0
        ? [el('span', { className: 'hint', text: 'None picked: shift-click entities on the graph, or "Pick" in their panel.' })]
        : this.picked.map((node) =>
            el('span', { className: 'chip' }, [graph.getNodeAttribute(node, 'label'), el('button', { className: 'link', text: '×', data: { unpick: node }, attrs: { type: 'button', 'aria-label': `Unpick ${graph.getNodeAttribute(node, 'label')}` } })]),
          )),
    );
    // The merged node's label: any of theirs, the most mentioned first.
    const labels = [...new Set([...this.picked].sort((a, b) => graph.getNodeAttribute(b, 'mentions') - graph.getNodeAttribute(a, 'mentions')).map((node) => graph.getNodeAttribute(node, 'label')))];
    byId<HTMLSelectElement>('merge-label').replaceChildren(...labels.map((label) => el('option', { text: label, attrs: { value: label } })));
    byId('merge-row').hidden = this.picked.length < 2;
    byId('add-claim-row').hidden = this.picked.length !== 2;
    byId('clear-picked').hidden = this.picked.length === 0;
    if (this.picked.length === 2) {
      byId('add-claim-ends').textContent = `${graph.getNodeAttribute(this.picked[0]!, 'label')} → ${graph.getNodeAttribute(this.picked[1]!, 'label')}`;
    }
  }

  private renderLog(): void {
    const list = byId('corrections-list');
    list.replaceChildren(...this.log.corrections.map((correction) => el('li', { text: describeCorrection(correction) })));
    byId('corrections').dataset.count = String(this.log.size);
    byId<HTMLButtonElement>('corrections-undo').disabled = this.log.size === 0;
    byId<HTMLButtonElement>('corrections-export').disabled = this.log.size === 0;
    byId('corrections-summary').textContent = this.log.size === 0 ? 'No corrections yet.' : `${plural(this.log.size, 'correction')}, kept in this browser.`;
  }

  /** Reports the corrections that matched nothing in the graph shown (after an import, say). */
  showUnmatched(count: number): void {
    byId('corrections-unmatched').textContent = count === 0 ? '' : `${plural(count, 'correction')} matched nothing in this graph.`;
  }

  private mergePicked(): void {
    if (this.picked.length < 2) return;
    const label = byId<HTMLSelectElement>('merge-label').value;
    this.log.add({ action: 'merge', entities: this.picked.map((node) => entityRef(this.graph, node)), label });
    this.setPicked([]);
  }

  private addClaim(): void {
    if (this.picked.length !== 2) return;
    const [source, target] = this.picked as [string, string];
    const relation = byId<HTMLSelectElement>('add-relation').value as (typeof RELATION_KINDS)[number];
    const note = byId<HTMLInputElement>('add-note').value.trim();
    this.log.add({ action: 'add', source: entityRef(this.graph, source), relation, target: entityRef(this.graph, target), ...(note ? { note } : {}) });
    byId<HTMLInputElement>('add-note').value = '';
    this.setPicked([]);
  }

  private exportFile(): void {
    const url = URL.createObjectURL(new Blob([this.log.export()], { type: 'application/json' }));
    const link = el('a', { attrs: { href: url, download: 'corrections.json' } });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  private async importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const count = this.log.import(JSON.parse(await file.text()));
      this.messages.info(`${file.name}: ${plural(count, 'correction')} imported.`);
    } catch (error) {
      this.messages.error(`${file.name}: not a corrections file (${error instanceof Error ? error.message : String(error)}); the corrections you had are kept.`);
    }
  }

  /* ---- the side panel: the entity or claim shown ---- */

  private renderSidePanel(): void {
    const selection = this.state.selection;
    const graph = this.graph;
    const nodeBox = byId('node-corrections');
    const edgeBox = byId('edge-corrections');
    const node = selection.kind === 'node' && graph.hasNode(selection.node) ? selection.node : null;
    const edge = selection.kind === 'edge' && graph.hasEdge(selection.edge) ? selection.edge : null;
    nodeBox.hidden = node === null;
    edgeBox.hidden = edge === null;
    clear(nodeBox);
    clear(edgeBox);
    if (node !== null) nodeBox.append(...nodeControls(graph, node, this.picked.includes(node)));
    if (edge !== null) edgeBox.append(...edgeControls(graph, edge));
  }

  private onNodeControl(event: MouseEvent): void {
    const button = (event.target as Element).closest<HTMLElement>('button');
    const node = byId('node-corrections').dataset.node;
    if (!button || !node || !this.graph.hasNode(node)) return;
    const entity = entityRef(this.graph, node);
    if (button.id === 'rename-entity') {
      const label = byId<HTMLInputElement>('rename-input').value.trim();
      if (label && label !== this.graph.getNodeAttribute(node, 'label')) this.log.add({ action: 'rename', entity, label });
    } else if (button.id === 'retype-entity') {
      const type = byId<HTMLSelectElement>('retype-select').value;
      if (type !== this.graph.getNodeAttribute(node, 'type')) this.log.add({ action: 'retype', entity, type });
    } else if (button.id === 'delete-entity') this.log.add({ action: 'delete', entity });
    else if (button.id === 'pick-entity') {
      this.toggle(node);
      this.renderSidePanel();
    }
  }

  private onEdgeControl(event: MouseEvent): void {
    const button = (event.target as Element).closest<HTMLElement>('button');
    const edge = byId('edge-corrections').dataset.edge;
    if (!button || !edge || !this.graph.hasEdge(edge)) return;
    const graph = this.graph;
    const claim = { source: entityRef(graph, graph.source(edge)), relation: graph.getEdgeAttribute(edge, 'relation'), target: entityRef(graph, graph.target(edge)) };
    if (button.id === 'reject-claim') this.log.add({ action: 'reject', ...claim });
    else if (button.dataset.rejectSentence !== undefined) {
      // The sentence in every article that carries it (syndicated copies are one sentence).
      const group = groupCopies(graph.getEdgeAttribute(edge, 'evidence'))[Number(button.dataset.rejectSentence)];
      if (group) this.log.add({ action: 'reject', ...claim, sentences: group.articles.map((article) => ({ article, sentence: group.first.sentence })) });
    }
  }
}

const TYPES = Object.keys(ENTITY_COLORS).sort(compareText);

function nodeControls(graph: KnowledgeGraph, node: string, picked: boolean): HTMLElement[] {
  byId('node-corrections').dataset.node = node;
  const { label, type } = graph.getNodeAttributes(node);
  const corrected = graph.getNodeAttribute(node, 'corrected') ?? [];
  const rename = el('input', { attrs: { id: 'rename-input', type: 'text', value: label, 'aria-label': 'New name' } });
  const retype = el('select', { attrs: { id: 'retype-select', 'aria-label': 'Type' } }, TYPES.map((t) => el('option', { text: typeLabel(t), attrs: { value: t, ...(t === type ? { selected: '' } : {}) } })));
  return [
    el('h3', { text: 'Correct this entity' }),
    ...(corrected.length > 0 ? [el('p', { className: 'corrected-note', text: `Corrected: ${corrected.join(', ')}` })] : []),
    el('div', { className: 'correction-row' }, [rename, el('button', { text: 'Rename', attrs: { id: 'rename-entity', type: 'button' } })]),
    el('div', { className: 'correction-row' }, [retype, el('button', { text: 'Change type', attrs: { id: 'retype-entity', type: 'button' } })]),
    el('div', { className: 'correction-row' }, [
      el('button', { text: picked ? 'Unpick' : 'Pick (to merge or join)', attrs: { id: 'pick-entity', type: 'button' } }),
      el('button', { className: 'danger', text: 'Delete', attrs: { id: 'delete-entity', type: 'button', title: 'Remove the entity and its claims from the graph (undo brings it back)' } }),
    ]),
  ];
}

function edgeControls(graph: KnowledgeGraph, edge: string): HTMLElement[] {
  byId('edge-corrections').dataset.edge = edge;
  const evidence = graph.getEdgeAttribute(edge, 'evidence');
  const corrected = graph.getEdgeAttribute(edge, 'corrected') ?? [];
  // One button per distinct sentence (syndicated copies are one sentence).
  const sentences = groupCopies(evidence).map(({ first }, index) => {
    return el('li', {}, [
      el('span', { className: 'sentence', text: first.sentence.length > 140 ? `${first.sentence.slice(0, 140)}…` : first.sentence }),
      el('button', { className: 'link', text: 'reject', data: { rejectSentence: String(index) }, attrs: { type: 'button' } }),
    ]);
  });
  return [
    el('h3', { text: 'Correct this claim' }),
    ...(corrected.length > 0 ? [el('p', { className: 'corrected-note', text: `Corrected: ${corrected.join(', ')}` })] : []),
    el('button', { className: 'danger', text: 'Reject this claim', attrs: { id: 'reject-claim', type: 'button', title: 'The claim is wrong, whatever states it' } }),
    ...(sentences.length > 0 ? [el('details', { className: 'reject-sentences' }, [el('summary', { text: 'Reject one sentence' }), el('ol', {}, sentences)])] : []),
  ];
}
