/** Keyboard shortcuts: `/` focuses the search (unless the user is typing), Escape clears the selection. */

export interface KeyboardActions {
  focusSearch(): void;
  clearSelection(): void;
}

export function wireKeyboard(actions: KeyboardActions): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target;
    const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      actions.focusSearch();
    } else if (event.key === 'Escape') {
      actions.clearSelection();
    }
  });
}
