/**
 * Text pasted into the page becomes an input like a dropped `.txt` file, so it goes through the
 * same parsing (and the same problems) as any other article.
 */

/** `index` counts pastes from 1; the article id is the file name without extension: "pasted-1". */
export function pastedTextToInput(text: string, index: number): { name: string; bytes: Uint8Array } {
  return { name: `pasted-${index}.txt`, bytes: new TextEncoder().encode(text) };
}
