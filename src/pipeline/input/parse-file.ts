import { decodeBytes } from './decode';
import { parseDocument, type DocumentFormat } from './document';
import { fileExtension } from './file-name';
import { parseJsonFile } from './json-file';
import { parseJsonlText } from './jsonl';
import { inputWarning, skipped, type ParsedInput } from './parsed-input';

/**
 * Entry point of input reading: one file's bytes → its articles and the problems met, each
 * naming the file. Pure (no fs): the CLI passes bytes it read, the explorer bytes of a dropped file.
 */

export type { ParsedInput } from './parsed-input';

export const SUPPORTED_EXTENSIONS: readonly string[] = ['.txt', '.md', '.html', '.htm', '.json', '.jsonl'];

const DOCUMENT_FORMATS = new Map<string, DocumentFormat>([
  ['.txt', 'text'],
  ['.md', 'markdown'],
  ['.html', 'html'],
  ['.htm', 'html'],
]);

/** Dispatches on the extension of `path` (case-insensitive). `path` is used in messages and for ids. */
export function parseFile(path: string, bytes: Uint8Array): ParsedInput {
  const extension = fileExtension(path);
  if (!SUPPORTED_EXTENSIONS.includes(extension)) {
    const kind = extension ? `"${extension}" files` : 'files without an extension';
    return skipped(path, `newsgraph does not read ${kind} (it reads ${SUPPORTED_EXTENSIONS.join(', ')}), skipped`);
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return skipped(path, decoded.error);
  if (!/\S/.test(decoded.text)) return skipped(path, 'empty file (only whitespace), skipped');

  const format = DOCUMENT_FORMATS.get(extension);
  const result =
    format !== undefined
      ? parseDocument(path, decoded.text, format)
      : extension === '.json'
        ? parseJsonFile(path, decoded.text)
        : parseJsonlText(path, decoded.text);
  result.problems.unshift(...decoded.warnings.map((w) => inputWarning(path, w)));
  return result;
}
