/** Plain-text tables for the terminal: columns padded, numbers right-aligned. */

export type Cell = string | number | undefined;

/** Thousands separators and a fixed number of decimals; "–" for a missing value. */
export function fmt(value: number | undefined, decimals = 0): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

export function formatTable(headers: readonly string[], rows: readonly Cell[][]): string {
  const text = rows.map((row) => headers.map((_, i) => {
    const cell = row[i];
    return typeof cell === 'number' ? fmt(cell) : (cell ?? '–');
  }));
  const numeric = headers.map((_, i) => rows.every((row) => typeof row[i] === 'number' || row[i] === undefined || /^[\d,.–×x ]+$/.test(String(row[i]))));
  const widths = headers.map((h, i) => Math.max(h.length, ...text.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (numeric[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...text.map(line)].join('\n');
}
