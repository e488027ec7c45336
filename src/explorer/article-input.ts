/**
 * Adding articles: pasted text (`#add-text` + `#add-text-button`), chosen files (`#add-files`) and
 * files dropped anywhere on the page. Files are read locally and extracted in the worker, with
 * progress in `#progress`; batches run one after the other. Problems are listed naming the file;
 * the readable articles are added all the same. An article already in the graph (same id, e.g. a
 * seed file dropped again) is reported and skipped, so its mentions are not counted twice.
 */
import type { ArticleRecord } from '../pipeline/types';
import { byId } from './dom';
import { extractInWorker } from './io/extraction-client';
import { pastedTextToInput } from './io/pasted-text';
import { readFiles } from './io/read-files';
import type { Messages } from './messages';

type ExtractionInput = Parameters<typeof extractInWorker>[0][number];

export class ArticleInput {
  private readonly text = byId<HTMLTextAreaElement>('add-text');
  private readonly progress = byId('progress');
  private readonly progressBar = byId<HTMLProgressElement>('progress-bar');
  private readonly progressText = byId('progress-text');
  private queue: Promise<void> = Promise.resolve();
  private pastes = 0;

  constructor(
    private readonly articleIds: () => ReadonlySet<string>,
    private readonly addRecords: (records: ArticleRecord[]) => void,
    private readonly messages: Messages,
  ) {
    byId('add-text-button').addEventListener('click', () => this.addPastedText());
    this.text.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) this.addPastedText();
    });
    const fileInput = byId<HTMLInputElement>('add-files');
    fileInput.addEventListener('change', () => {
      const files = [...(fileInput.files ?? [])];
      fileInput.value = '';
      this.addFiles(files);
    });
    this.acceptDrops();
    this.setIdle();
  }

  private addPastedText(): void {
    const text = this.text.value;
    if (text.trim() === '') {
      this.messages.error('Paste the text of an article first.');
      return;
    }
    // A fresh id: "pasted-1", "pasted-2"... skipping ids the graph already holds.
    const ids = this.articleIds();
    do this.pastes++;
    while (ids.has(`pasted-${this.pastes}`));
    this.text.value = '';
    this.enqueue(async () => [pastedTextToInput(text, this.pastes)]);
  }

  private addFiles(files: File[]): void {
    if (files.length === 0) return;
    this.enqueue(async () => {
      const { inputs, problems } = await readFiles(files);
      this.messages.showProblems(problems);
      return inputs;
    });
  }

  /** The whole page is a drop zone; `body.dragging` shows where to drop. */
  private acceptDrops(): void {
    const body = document.body;
    const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;
    body.addEventListener('dragover', (event) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      body.classList.add('dragging');
    });
    body.addEventListener('dragleave', (event) => {
      if (event.relatedTarget === null) body.classList.remove('dragging');
    });
    body.addEventListener('drop', (event) => {
      body.classList.remove('dragging');
      if (!hasFiles(event)) return;
      event.preventDefault();
      this.addFiles([...(event.dataTransfer?.files ?? [])]);
    });
  }

  private enqueue(read: () => Promise<ExtractionInput[]>): void {
    this.queue = this.queue.then(() => this.run(read));
  }

  private async run(read: () => Promise<ExtractionInput[]>): Promise<void> {
    this.setBusy(0, 0);
    try {
      const inputs = await read();
      if (inputs.length === 0) return;
      this.setBusy(0, inputs.length);
      const onProgress = (done: number, total: number): void => this.setBusy(done, total);
      const { records, problems } = await extractInWorker(inputs, onProgress, this.articleIds());
      this.messages.showProblems(problems);
      if (records.length > 0) this.addRecords(records);
    } catch (error) {
      this.messages.error(error instanceof Error ? error.message : String(error));
    } finally {
      this.setIdle();
    }
  }

  private setBusy(done: number, total: number): void {
    this.progress.dataset.state = 'busy';
    this.progress.hidden = false;
    this.progressBar.max = Math.max(1, total);
    this.progressBar.value = done;
    this.progressText.textContent = total > 0 ? `Extracting ${done} / ${total} articles…` : 'Reading files…';
  }

  private setIdle(): void {
    this.progress.dataset.state = 'idle';
    this.progress.hidden = true;
  }
}
