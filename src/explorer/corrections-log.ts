/**
 * The analyst's corrections in this page: an ordered list (undo takes the last back), kept in this
 * browser as they are made, exported and imported as the corrections file `kg build --corrections`
 * reads. Which graph they apply to is main.ts's business: it applies the whole list to the
 * uncorrected graph whenever either changes, so undo is simply "apply one fewer".
 */
import { decodeCorrections, type Correction, type CorrectionsFile } from '../pipeline/corrections';
import { loadCorrections, saveCorrections } from './io/saved-corrections';
import type { Messages } from './messages';

export class CorrectionsLog {
  private list: Correction[] = [];
  private readonly listeners: (() => void)[] = [];
  /** Settles when the last change is stored (tests wait on the note's data-state instead). */
  private saving: Promise<void> = Promise.resolve();

  constructor(private readonly messages: Messages) {}

  /** The corrections kept in this browser, if any (a damaged store is reported and left out). */
  async restore(): Promise<void> {
    try {
      this.list = (await loadCorrections())?.corrections ?? [];
    } catch (error) {
      this.messages.error(`The corrections saved in this browser could not be read: ${messageOf(error)}`);
    }
  }

  get file(): CorrectionsFile {
    return { version: 1, corrections: [...this.list] };
  }

  get size(): number {
    return this.list.length;
  }

  get corrections(): readonly Correction[] {
    return this.list;
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  add(correction: Correction): void {
    this.list.push({ ...correction, when: new Date().toISOString() });
    this.changed();
  }

  undo(): void {
    if (this.list.pop()) this.changed();
  }

  clear(): void {
    this.list = [];
    this.changed();
  }

  /** Replaces the list by a file's (parsed JSON); throws a SchemaError naming the bad field. */
  import(value: unknown): number {
    this.list = decodeCorrections(value).corrections;
    this.changed();
    return this.list.length;
  }

  /** The file as text, two-space indented so a person can read and edit it. */
  export(): string {
    return `${JSON.stringify(this.file, null, 2)}\n`;
  }

  private changed(): void {
    const file = this.file;
    this.saving = this.saving
      .then(() => saveCorrections(file))
      .catch((error: unknown) => this.messages.error(`The corrections could not be kept in this browser: ${messageOf(error)}`));
    for (const listener of this.listeners) listener();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
