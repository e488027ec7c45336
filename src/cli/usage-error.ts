/**
 * A mistake in how the CLI was called (unknown flag, missing value, bad output path).
 * `kg.ts` prints its message with the command's usage and exits with status 2, never a stack trace.
 */
export class UsageError extends Error {
  /** The command whose usage to show (`build`, `extract`, `merge`), or undefined for the top level. */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}
