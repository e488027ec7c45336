/** Tells the user something about the run on stderr, prefixed like every kg message. */
export function note(message: string): void {
  process.stderr.write(`kg: ${message}\n`);
}
