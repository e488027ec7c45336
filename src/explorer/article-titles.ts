/**
 * Articles as people know them: by title and date, with the id (the file name or record id)
 * kept as the button's tooltip for provenance.
 */
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import type { ArticleSummary } from '../pipeline/types';
import { el } from './dom';

/** Per articles list (a graph's `articles` attribute), its articles by id: built once, not per button. */
const byList = new WeakMap<readonly ArticleSummary[], Map<string, ArticleSummary>>();

export function articleOf(graph: KnowledgeGraph, id: string): ArticleSummary | undefined {
  const list = graph.getAttribute('articles');
  let index = byList.get(list);
  if (!index) byList.set(list, (index = new Map(list.map((article) => [article.id, article]))));
  return index.get(id);
}

/** A button that opens the article: its title (else its id) and date; `data-article` holds the id. */
export function articleButton(graph: KnowledgeGraph, id: string, data: Record<string, string> = {}): HTMLButtonElement {
  const article = articleOf(graph, id);
  const children: (Node | string)[] = [el('span', { className: 'article-title', text: article?.title || id })];
  if (article?.date) children.push(el('span', { className: 'date', text: article.date }));
  return el('button', { className: 'open-article', data: { ...data, article: id }, attrs: { type: 'button', title: `Read the article (${id})` } }, children);
}
