/**
 * The article reader: title, date, source and the text with every entity mention in a
 * `mark.mention[data-node][data-type]` coloured by type; the sentence the user came from
 * (`.in-evidence`) is outlined and scrolled into view. The text is inserted as text nodes only.
 */
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import { entityColor } from '../pipeline/graph/style';
import type { ArticleSummary } from '../pipeline/types';
import { byId, clear, el, sourceLink } from './dom';

export interface Span {
  start: number;
  end: number;
}

export class ArticleView {
  private readonly container = byId('article-view');
  private shownArticle: string | null = null;

  constructor(
    private readonly getGraph: () => KnowledgeGraph,
    private readonly selectNode: (node: string) => void,
    private readonly onVisibilityChange: () => void,
  ) {
    this.container.addEventListener('click', (event) => {
      const target = event.target as Element;
      if (target.closest('.close-article')) return this.close();
      const mention = target.closest<HTMLElement>('mark.mention');
      if (mention?.dataset.node) this.selectNode(mention.dataset.node);
    });
  }

  get isOpen(): boolean {
    return this.shownArticle !== null;
  }

  open(articleId: string, highlight?: Span): void {
    const graph = this.getGraph();
    const article = graph.getAttribute('articles').find((candidate) => candidate.id === articleId);
    clear(this.container);
    this.shownArticle = articleId;
    this.container.hidden = false;
    this.container.dataset.article = articleId;
    this.container.append(articleHeader(article, articleId));
    if (!article?.text) {
      const why =
        graph.getAttribute('readFrom') === 'gexf'
          ? 'This graph was imported from GEXF, which holds no article texts. Import its JSON export to read them.'
          : 'The text of this article is not in the graph: it was built with --no-text.';
      this.container.append(el('p', { className: 'empty-note', text: why }));
    } else {
      const body = el('div', { className: 'article-text' }, articleBody(graph, article, article.text, highlight));
      this.container.append(body);
      body.querySelector('.in-evidence')?.scrollIntoView({ block: 'center' });
    }
    this.onVisibilityChange();
  }

  close(): void {
    this.shownArticle = null;
    clear(this.container);
    this.container.hidden = true;
    this.container.dataset.article = '';
    this.onVisibilityChange();
  }

  /** Closes the article if the graph no longer holds it (after a reset or import). */
  graphChanged(): void {
    if (this.shownArticle === null) return;
    const stillThere = this.getGraph().getAttribute('articles').some((article) => article.id === this.shownArticle);
    if (!stillThere) this.close();
  }
}

function articleHeader(article: ArticleSummary | undefined, articleId: string): HTMLElement {
  const meta: (Node | string)[] = [];
  if (article?.date) meta.push(el('span', { className: 'date', text: article.date }));
  // Only http(s) URLs become links; anything else (javascript:, data:) is shown as inert text.
  if (article?.url) meta.push(sourceLink(article.url));
  // The id (file name or record id) is provenance: shown small, once, under a real title.
  const title = article?.title || articleId;
  if (title !== articleId) meta.push(el('span', { className: 'article-id', text: articleId }));
  return el('header', { className: 'article-header' }, [
    el('button', { className: 'close-article', text: '×', attrs: { type: 'button', 'aria-label': 'Close the article' } }),
    el('h2', { text: title }),
    el('p', { className: 'article-meta' }, meta),
  ]);
}

/** Paragraphs of text nodes and mention marks; overlapping mentions after the first are skipped. */
function articleBody(graph: KnowledgeGraph, article: ArticleSummary, text: string, highlight?: Span): HTMLElement[] {
  const paragraphs: HTMLElement[] = [];
  let paragraph = el('p');
  let cursor = 0;

  const appendText = (from: number, to: number): void => {
    // Line breaks (LF, CRLF or CR) start a new paragraph, so the article keeps its shape.
    const lineBreak = /\r\n|\r|\n/g;
    const chunk = text.slice(from, to);
    let partStart = 0;
    for (let match = lineBreak.exec(chunk); match; match = lineBreak.exec(chunk)) {
      if (match.index > partStart) paragraph.append(wrapHighlight(chunk.slice(partStart, match.index), from + partStart, highlight));
      if (paragraph.childNodes.length > 0) {
        paragraphs.push(paragraph);
        paragraph = el('p');
      }
      partStart = match.index + match[0].length;
    }
    if (partStart < chunk.length) paragraph.append(wrapHighlight(chunk.slice(partStart), from + partStart, highlight));
  };

  for (const [start, end, node] of article.mentions) {
    if (start < cursor || end > text.length || !graph.hasNode(node)) continue;
    appendText(cursor, start);
    const type = graph.getNodeAttribute(node, 'type');
    const mark = el('mark', { className: 'mention', text: text.slice(start, end), data: { node, type }, attrs: { title: graph.getNodeAttribute(node, 'label') } });
    mark.style.setProperty('--mention-color', entityColor(type));
    if (highlight && start >= highlight.start && end <= highlight.end) mark.classList.add('in-evidence');
    paragraph.append(mark);
    cursor = end;
  }
  appendText(cursor, text.length);
  if (paragraph.childNodes.length > 0) paragraphs.push(paragraph);
  return paragraphs;
}

/** Text inside the highlighted sentence is wrapped so it can be outlined. */
function wrapHighlight(part: string, offset: number, highlight?: Span): Node {
  if (!highlight || offset + part.length <= highlight.start || offset >= highlight.end) return document.createTextNode(part);
  const from = Math.max(0, highlight.start - offset);
  const to = Math.min(part.length, highlight.end - offset);
  const fragment = document.createDocumentFragment();
  if (from > 0) fragment.append(part.slice(0, from));
  fragment.append(el('span', { className: 'in-evidence', text: part.slice(from, to) }));
  if (to < part.length) fragment.append(part.slice(to));
  return fragment;
}
