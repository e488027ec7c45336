/**
 * File names as the pipeline sees them: paths may use `/` or `\` (Windows, dropped files),
 * and names from macOS arrive decomposed (NFD), so ids are composed (NFC) to match the text.
 */

function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}

/** The extension, lowercase with its dot (".html"), or "" when the name has none. */
export function fileExtension(path: string): string {
  const name = baseName(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** The file name without folder and extension: the article id of a one-article file. */
export function fileStem(path: string): string {
  const name = baseName(path).normalize('NFC');
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
