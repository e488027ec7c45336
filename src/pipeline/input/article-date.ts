/**
 * Publication dates, as `YYYY-MM-DD`: from metadata (JSON `date`, HTML `article:published_time`
 * or `<time datetime>`, Markdown front matter) or, failing that, a date the first paragraph
 * states ("On July 5, 2026,", "BEIJING, July 5, 2026 —"). Only full dates with a year count: a
 * story's timeline must not guess.
 */

const MONTHS = new Map<string, number>([
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['may', 5], ['jun', 6],
  ['jul', 7], ['aug', 8], ['sep', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/;
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?\s+(\d{4})\b`, 'i');

/** `raw` as `YYYY-MM-DD`, or undefined when it holds no full, valid date. */
export function normalizeDate(raw: string): string | undefined {
  const text = raw.trim();
  const iso = ISO.exec(text);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return validDate(Number(mdy[3]), monthNumber(mdy[1]!), Number(mdy[2]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return validDate(Number(dmy[3]), monthNumber(dmy[2]!), Number(dmy[1]));
  return undefined;
}

/** Characters of the text searched for a stated date: the opening, where datelines stand. */
const OPENING = 300;

/** A full date the first paragraph states near its start ("On July 5, 2026, TechCrunch reported"). */
export function statedDate(text: string): string | undefined {
  const opening = text.slice(0, OPENING).split(/\n\s*\n/)[0] ?? '';
  const found = [MONTH_DAY_YEAR.exec(opening), DAY_MONTH_YEAR.exec(opening)].filter((m) => m !== null).sort((a, b) => a.index - b.index)[0];
  return found ? normalizeDate(found[0]) : undefined;
}

function monthNumber(name: string): number {
  return MONTHS.get(name.slice(0, 3).toLowerCase()) ?? 0;
}

function validDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * An article's date: the metadata's when it reads as a date (else left out, with a warning that
 * quotes it), or the one its opening states.
 */
export function datedArticle(metadata: string | undefined, text: string): { date?: string; warning?: string } {
  if (metadata !== undefined && metadata.trim() !== '') {
    const date = normalizeDate(metadata);
    if (date) return { date };
    const stated = statedDate(text);
    const warning = `date "${metadata.slice(0, 60)}" is not a date newsgraph reads (YYYY-MM-DD, "July 5, 2026", "5 July 2026")${stated ? `; using ${stated} from the text` : '; left out'}`;
    return stated ? { date: stated, warning } : { warning };
  }
  const stated = statedDate(text);
  return stated ? { date: stated } : {};
}
