/**
 * The articles a user added survive a reload: saved in this browser (IndexedDB) as they are
 * added, restored over the bundled graph at start, with a visible note ("3 added articles saved
 * in this browser · clear"). "Reset to bundled corpus" removes them only after the user confirms
 * on the page (no browser dialog).
 */
import { articleRecord } from '../pipeline/schema/records';
import type { ArticleRecord } from '../pipeline/types';
import { byId } from './dom';
import { clearSavedArticles, loadSavedArticles, saveArticles } from './io/saved-articles';
import { plural } from './labels';
import type { Messages } from './messages';

export class SavedWork {
  private readonly ids = new Set<string>();
  private readonly note = byId('saved-note');
  private readonly confirmBox = byId('reset-confirm');

  constructor(private readonly messages: Messages) {}

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
    this.ids.clear();
    this.showNote();
  }

  /** True at once when nothing is saved; else asks on the page and answers the user's choice. */
  confirmReset(): Promise<boolean> {
    if (this.ids.size === 0) return Promise.resolve(true);
    byId('reset-confirm-text').textContent = `Reset removes the ${plural(this.ids.size, 'article')} you added from this browser.`;
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

  private showNote(): void {
    this.note.hidden = this.ids.size === 0;
    byId('saved-count').textContent = `${plural(this.ids.size, 'added article')} saved in this browser.`;
  }
}
