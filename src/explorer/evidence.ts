/**
 * The evidence of the selected edge: every distinct supporting sentence (`.evidence-item`, its
 * syndicated copies folded in with their article count) with its trigger marked (`mark.trigger`)
 * and its article (`button.open-article[data-article]`); for a conflicting
 * claim, a `.conflict` block listing the competing claims with their own sources.
 */
import { ruleReason } from '../pipeline/extract/rule-reasons';
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import { relationColor } from '../pipeline/graph/style';
import type { Evidence } from '../pipeline/types';
import { articleButton } from './article-titles';
import type { AppState } from './app-state';
import { byId, clear, el } from './dom';
import { groupCopies } from './evidence-copies';
import { plural, relationLabel } from './labels';
import { swatch } from './render/legend';

export interface EvidenceActions {
  selectNode(node: string): void;
  selectEdge(edge: string): void;
  openArticle(article: string, sentence?: { start: number; end: number }): void;
}

export class EvidencePanel {
  private readonly container = byId('evidence');

  constructor(
    private readonly state: AppState,
    private readonly actions: EvidenceActions,
  ) {
    state.onChange((change) => {
      if (change === 'selection' || change === 'graph') this.render();
    });
    this.container.addEventListener('click', (event) => this.onClick(event));
    this.render();
  }

  private render(): void {
    const selection = this.state.selection;
    const graph = this.state.graph;
    clear(this.container);
    const edge = selection.kind === 'edge' && graph.hasEdge(selection.edge) ? selection.edge : null;
    this.container.hidden = edge === null;
    this.container.dataset.edge = edge ?? '';
    if (edge === null) return;
    this.container.append(claimHeading(graph, edge, 'h2'), evidenceList(graph, graph.getEdgeAttribute(edge, 'evidence')));
    const competing = graph.getEdgeAttribute(edge, 'conflictsWith').filter((other) => graph.hasEdge(other));
    if (graph.getEdgeAttribute(edge, 'conflict') || competing.length > 0) {
      this.container.append(conflictBlock(graph, competing));
    }
    // Below a long list of relations, the evidence would open out of sight: bring it into view.
    this.container.scrollIntoView({ block: 'start' });
  }

  private onClick(event: MouseEvent): void {
    const button = (event.target as Element).closest<HTMLElement>('button');
    if (!button) return;
    const { article, start, end, node, edge } = button.dataset;
    if (article) {
      const sentence = start !== undefined && end !== undefined ? { start: Number(start), end: Number(end) } : undefined;
      this.actions.openArticle(article, sentence);
    } else if (node) this.actions.selectNode(node);
    else if (edge) this.actions.selectEdge(edge);
  }
}

/** "Alibaba —banned→ Claude Code", the node names clickable, with the weight and article count. */
function claimHeading(graph: KnowledgeGraph, edge: string, level: 'h2' | 'h4'): HTMLElement {
  const attributes = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const arrow = graph.isDirected(edge) ? '→' : '↔';
  const nodeButton = (node: string): HTMLElement =>
    el('button', { className: 'node-link', text: graph.getNodeAttribute(node, 'label'), data: { node }, attrs: { type: 'button' } });
  return el('header', { className: 'claim' }, [
    el(level, { className: 'claim-title' }, [
      nodeButton(source),
      el('span', { className: 'claim-relation' }, [swatch('line', relationColor(attributes.relation)), ` ${relationLabel(attributes.relation)} ${arrow} `]),
      nodeButton(target),
    ]),
    el('p', {
      className: 'claim-support',
      text: `${plural(attributes.weight, 'supporting sentence')} in ${plural(attributes.articles.length, 'article')}${attributes.confidence === undefined ? '' : `, confidence ${attributes.confidence.toFixed(2)}`}`,
    }),
  ]);
}

/** Each distinct sentence once; a sentence several articles repeat says in how many, and lists them. */
function evidenceList(graph: KnowledgeGraph, evidence: Evidence[]): HTMLElement {
  return el(
    'ol',
    { className: 'evidence-list' },
    groupCopies(evidence).map(({ first, articles }) => {
      const others = articles.slice(1);
      return el('li', { className: 'evidence-item', data: { articles: String(articles.length) } }, [
        el('blockquote', {}, sentenceWithTrigger(first.sentence, first.trigger)),
        ...(first.rule ? [el('p', { className: 'evidence-rule', text: `Found by ${first.rule}${ruleReason(first.rule) ? `: ${ruleReason(first.rule)}` : ''}` })] : []),
        // Why this edge: the features that weighed most in the scorer's confidence.
        ...(first.why && first.why.length > 0 ? [el('p', { className: 'evidence-why', text: `Weighed most: ${first.why.join('; ')}` })] : []),
        articleButton(graph, first.article, { start: String(first.start), end: String(first.end) }),
        ...(others.length > 0
          ? [
              el('details', { className: 'evidence-copies' }, [
                el('summary', { text: `the same sentence in ${plural(others.length, 'other article')} (${articles.length} in all)` }),
                el('div', { className: 'article-list' }, others.map((article) => articleButton(graph, article))),
              ]),
            ]
          : []),
      ]);
    }),
  );
}

/** The sentence as text nodes, with the trigger (matched case-insensitively, first occurrence) in a mark. */
export function sentenceWithTrigger(sentence: string, trigger: string): (Node | string)[] {
  const at = trigger ? sentence.toLowerCase().indexOf(trigger.toLowerCase()) : -1;
  if (at < 0) return [sentence];
  return [
    sentence.slice(0, at),
    el('mark', { className: 'trigger', text: sentence.slice(at, at + trigger.length) }),
    sentence.slice(at + trigger.length),
  ];
}

function conflictBlock(graph: KnowledgeGraph, competing: string[]): HTMLElement {
  const block = el('section', { className: 'conflict' }, [
    el('h3', { text: 'Conflicting claim' }),
    el('p', { text: competing.length > 0 ? 'Other sources say instead:' : 'This claim contradicts another one in the corpus.' }),
  ]);
  for (const other of competing) {
    block.append(
      el('div', { className: 'competing-claim' }, [
        claimHeading(graph, other, 'h4'),
        evidenceList(graph, graph.getEdgeAttribute(other, 'evidence')),
        el('button', { className: 'show-claim', text: 'Show this claim', data: { edge: other }, attrs: { type: 'button' } }),
      ]),
    );
  }
  return block;
}
