import type { Token } from '../text/tokens';

/**
 * Words a firm's officer's title is built of ("Chief Executive Officer", "Senior Vice President", "Managing Director",
 * "Executive Chairman", "Chief Financial Officer"). A run made only of them names an office, nobody and nothing (stop 95:
 * "Jane Roe, Senior Vice President at Zenco, said …" made a company "Senior Vice President" the maker of Zenco's product).
 */
const CORPORATE_TITLE_WORDS: ReadonlySet<string> = new Set([
  'Chief', 'Executive', 'Officer', 'President', 'Vice', 'Senior', 'Managing', 'Director', 'Directors', 'Chairman',
  'Chairwoman', 'Chair', 'Chairperson', 'Financial', 'Operating', 'Technology', 'Technical', 'Marketing', 'Commercial', 'Deputy',
  'Assistant', 'Associate', 'Interim', 'Acting', 'Non-Executive', 'Co-Chief', 'Group', 'General', 'Counsel', 'Board', 'CEO', 'CFO',
  'COO', 'CTO', 'CMO', 'CIO', 'EVP', 'SVP', 'VP', 'Founder', 'Co-founder',
  // The fields an officer answers for: "Chief Medical Officer", "Product Director".
  'Medical', 'Information', 'Scientific', 'Security', 'Legal', 'Product', 'Digital', 'Revenue', 'Strategy', 'Investment', 'Data', 'Risk',
  'Compliance', 'Communications', 'Sales', 'Operations', 'Engineering', 'Research',
]);

/** Words that make a run of title words a firm's office: with one of these, "General Director" or "Group President" is no name. */
const CORPORATE_HEADS: ReadonlySet<string> = new Set(['Officer', 'Executive', 'Senior', 'Managing', 'Director', 'Directors', 'Chairman', 'Chairwoman', 'Chairperson', 'CEO', 'CFO', 'COO', 'CTO', 'CMO', 'CIO', 'EVP', 'SVP', 'VP']);

/** Small words inside a title: "Board of Directors", "Chairman of the Board", "Director Of Product Marketing" (capitalised in a heading). */
const TITLE_JOINER_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', '&', 'Of']);

/** Whether the token is one of a firm's office's words. */
export const isCorporateTitleWord = (t: Token | undefined): boolean => t !== undefined && CORPORATE_TITLE_WORDS.has(t.text);

/** The same, of a word's text. */
export const isCorporateTitleText = (word: string): boolean => CORPORATE_TITLE_WORDS.has(word);

/** The same, in any case: "senior vice president" as written in an apposition. */
const isTitleWordAnyCase = (t: Token | undefined): boolean =>
  t !== undefined && (CORPORATE_TITLE_WORDS.has(t.text) || (/^\p{Ll}/u.test(t.text) && CORPORATE_TITLE_WORDS.has(t.text[0]!.toUpperCase() + t.text.slice(1))));

/**
 * Where a firm's office opening the run [start, end) ends, or `start` when the run opens with none. The office is two or more
 * title words (with "of", "the", "and" inside) among which one of CORPORATE_HEADS; "President" alone, "Director Ann Lee" and
 * "Vice President Ann Lee" are left to the rules on public offices.
 */
export function corporateTitleEnd(tokens: readonly Token[], start: number, end: number, anyCase = false): number {
  const isTitle = anyCase ? isTitleWordAnyCase : isCorporateTitleWord;
  let k = start;
  let last = start;
  let words = 0;
  let head = false;
  while (k < end) {
    const t = tokens[k]!;
    if (isTitle(t)) {
      words++;
      if (CORPORATE_HEADS.has(t.text[0]!.toUpperCase() + t.text.slice(1))) head = true;
      last = k + 1;
    } else if (!(TITLE_JOINER_WORDS.has(t.text) && words > 0 && isTitle(tokens[k + 1]))) break;
    k++;
  }
  return words >= 2 && head ? last : start;
}

/** Words after a firm's office set off after a name: the firm it serves, or the apposition's end. */
const AFTER_OFFICE: ReadonlySet<string> = new Set(['of', 'at', 'for', ',', 'and']);

/**
 * "Jane Roe, Senior Vice President at Zenco, said …", "Tom Hale, chief executive officer of Qorva, …": a firm's office set off by
 * a comma right after token `end` tells that the name before it is a person's (stop 95: the name was left a firm, which "the
 * company" then took for its antecedent). The office must end before the firm, a comma or "and": "Zenco, Chief Executive Officer
 * Jane Roe said" names the holder after it.
 */
export function officeApposedAt(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',') return false;
  let from = end + 1;
  if (tokens[from]?.lower === 'the') from++;
  const officeEnd = corporateTitleEnd(tokens, from, tokens.length, true);
  return officeEnd > from && AFTER_OFFICE.has(tokens[officeEnd]?.lower ?? '');
}

/** Small words inside the field of an office written out after its title: "Director Of Product Marketing", "Sales & Marketing". */
const FIELD_JOINERS: ReadonlySet<string> = new Set(['Of', 'of', 'and', '&', 'And']);

/**
 * Whether the tokens [from, end) after an officer's title are only the field the office answers for: "(Vice President Sales &
 * Marketing)", "Director Of Product Marketing". They name nobody (stop 95: read as persons "Sales & Marketing", "Of Product
 * Marketing"). At least one field word is needed.
 */
export function isOfficeFieldRun(tokens: readonly Token[], from: number, end: number): boolean {
  let fields = 0;
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (CORPORATE_TITLE_WORDS.has(t.text)) fields++;
    else if (!FIELD_JOINERS.has(t.text)) return false;
  }
  return fields > 0;
}

/** The fields an officer answers for, written after the title: "Vice President Research", "Director Sales". */
const FIELD_WORDS: ReadonlySet<string> = new Set(['Financial', 'Operating', 'Technology', 'Technical', 'Marketing', 'Commercial', 'Medical', 'Information', 'Scientific',
  'Security', 'Legal', 'Product', 'Digital', 'Revenue', 'Strategy', 'Investment', 'Data', 'Risk', 'Compliance', 'Communications', 'Sales', 'Operations', 'Engineering', 'Research']);

/** Words that end the name of a firm's division set between an office and its holder: "CEO Automotive Sector Jane Roe". */
const DIVISION_WORDS: ReadonlySet<string> = new Set(['Sector', 'Division', 'Segment', 'Unit', 'Region', 'Business', 'Operations', 'Markets']);

/**
 * Where the holder's name starts after the division an office heads, in [from, end): "CEO Automotive Sector Jane Roe" gives the
 * index of "Jane" (stop 95: the division was kept in the person's name). `from` when no division word is followed by two or three
 * capitalised words.
 */
export function holderAfterDivision(tokens: readonly Token[], from: number, end: number): number {
  const plainName = (k: number): boolean => end - k >= 2 && end - k <= 3 && tokens.slice(k, end).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !CORPORATE_TITLE_WORDS.has(t.text) && !DIVISION_WORDS.has(t.text));
  // "Vice President Research Jane Roe": the office's field before the holder.
  let field = from;
  while (field < end - 2 && FIELD_WORDS.has(tokens[field]!.text)) field++;
  if (field > from && plainName(field)) return field;
  for (let k = end - 3; k >= from && k >= end - 4; k--) {
    if (DIVISION_WORDS.has(tokens[k]!.text) && plainName(k + 1)) return k + 1;
  }
  return from;
}
