/**
 * The articles a user added, and a graph they imported, survive a reload: saved in this browser
 * (IndexedDB) as they come, restored at start (the imported graph in place of the bundled one,
 * the added articles over it), with a visible note ("Imported story.json · 3 added articles saved
 * in this browser · clear"). An import replaces what was on screen, so the articles added before
 * it are dropped from the store too. "Reset to bundled corpus" removes them only after the user
 * confirms on the page (no browser dialog).
 */
import { articleRecord } from '../pipeline/schema/records';
import type { ArticleRecord } from '../pipeline/types';
import { byId } from './dom';
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import { clearSavedArticles, loadSavedArticles, saveArticles } from './io/saved-articles';
import { clearImportedGraph, loadImportedGraph, saveImportedGraph } from './io/saved-graph';
import { plural } from './labels';
import type { Messages } from './messages';

export class SavedWork {
  private readonly ids = new Set<string>();
  /** The file name of the imported graph kept, if any. */
  private imported: string | null = null;
  private readonly note = byId('saved-note');
  private readonly confirmBox = byId('reset-confirm');

  constructor(private readonly messages: Messages) {}

  /** The imported graph kept here, if any (a damaged one is reported and left out). */
  async restoreImported(): Promise<KnowledgeGraph | undefined> {
    try {
      const kept = await loadImportedGraph();
      this.imported = kept?.name ?? null;
      this.showNote();
      return kept?.graph;
    } catch (error) {
      this.messages.error(`The graph imported earlier could not be read back from this browser: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  /** Keeps an imported graph in place of the added articles (it replaced them on screen). */
  async keepImported(name: string, graph: KnowledgeGraph): Promise<void> {
    try {
      await clearSavedArticles();
      this.ids.clear();
      await saveImportedGraph(name, graph);
      this.imported = name;
    } catch (error) {
      this.messages.error(`The imported graph could not be kept in this browser (a reload will not show it): ${error instanceof Error ? error.message : String(error)}`);
    }
    this.showNote();
  }

  /** The saved records that still read (a damaged one is reported and left out). */
  async restore(): Promise<ArticleRecord[]> {
    let stored: unknown[];
    try {
      stored = await loadSavedArticles();
    } catch (error) {
      this.messages.error(`Articles saved in this browser could not be read: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
    const records: ArticleRecord[] = [];
    for (const value of stored) {
      try {
        records.push(articleRecord(value, 'saved article'));
      } catch (error) {
        this.messages.error(`A saved article was left out: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    for (const record of records) this.ids.add(record.article.id);
    this.showNote();
    return records;
  }

  async add(records: readonly ArticleRecord[]): Promise<void> {
    try {
      await saveArticles(records);
      for (const record of records) this.ids.add(record.article.id);
    } catch (error) {
      this.messages.error(`The added articles could not be saved in this browser: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.showNote();
  }

  async clear(): Promise<void> {
    await clearSavedArticles();
    await clearImportedGraph();
    this.ids.clear();
    this.imported = null;
    this.showNote();
  }

  /** True at once when nothing is saved; else asks on the page and answers the user's choice. */
  confirmReset(): Promise<boolean> {
    if (this.ids.size === 0 && this.imported === null) return Promise.resolve(true);
    byId('reset-confirm-text').textContent = `Reset removes ${this.describe()} from this browser.`;
    this.confirmBox.hidden = false;
    return new Promise((resolve) => {
      const answer = (yes: boolean) => () => {
        this.confirmBox.hidden = true;
        yesButton.removeEventListener('click', onYes);
        noButton.removeEventListener('click', onNo);
        resolve(yes);
      };
      const yesButton = byId('reset-confirm-yes');
      const noButton = byId('reset-confirm-no');
      const onYes = answer(true);
      const onNo = answer(false);
      yesButton.addEventListener('click', onYes);
      noButton.addEventListener('click', onNo);
    });
  }

  /** "the imported story.json and the 3 articles you added". */
  private describe(): string {
    const parts = [...(this.imported !== null ? [`the imported ${this.imported}`] : []), ...(this.ids.size > 0 ? [`the ${plural(this.ids.size, 'article')} you added`] : [])];
    return parts.join(' and ');
  }

  private showNote(): void {
    this.note.hidden = this.ids.size === 0 && this.imported === null;
    const parts = [...(this.imported !== null ? [`Imported ${this.imported}`] : []), ...(this.ids.size > 0 ? [plural(this.ids.size, 'added article')] : [])];
    byId('saved-count').textContent = `${parts.join(' · ')} saved in this browser.`;
  }
}
