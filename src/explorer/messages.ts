/**
 * The message list (`#messages`): one `.message` per problem, naming the file (and line) it
 * concerns, so a user who dropped twenty files knows which ones were skipped and why.
 */
import type { InputProblem } from '../pipeline/types';
import { byId, clear, el } from './dom';

export class Messages {
  private readonly list = byId<HTMLUListElement>('messages');

  constructor() {
    byId('clear-messages').addEventListener('click', () => this.clear());
    this.update();
  }

  /** Problems from reading or extracting files; warnings are shown too, marked as such. */
  showProblems(problems: readonly InputProblem[]): void {
    for (const problem of problems) {
      const where = problem.line === undefined ? problem.file : `${problem.file}, line ${problem.line}`;
      this.add(problem.severity, `${where}: ${problem.message}`);
    }
  }

  error(text: string): void {
    this.add('error', text);
  }

  info(text: string): void {
    this.add('info', text);
  }

  clear(): void {
    clear(this.list);
    this.update();
  }

  private add(kind: 'error' | 'warning' | 'info', text: string): void {
    this.list.append(el('li', { className: `message ${kind}`, text }));
    this.update();
    this.list.lastElementChild?.scrollIntoView({ block: 'nearest' });
  }

  /** The box is only shown while it has something to say. */
  private update(): void {
    const box = byId('messages-box');
    box.hidden = this.list.childElementCount === 0;
  }
}
