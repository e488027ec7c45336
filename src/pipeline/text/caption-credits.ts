import type { Span } from '../types';

/*
 * Helper cap101 (stop 101), from text pasted from news pages: a photo's caption and its credit carry no full stop, so the
 * splitter runs them into the sentence after. "The Z9 module at a trade show Getty Images India banned the Z9 module" read
 * "Getty Images India" as the one who banned; "Image: Qorva Qorva's Vexa app …" made one name of "Image: Qorva Qorva";
 * "Qorva's Vexa chip (Image credit: Qorva)" made Qorva the maker of "Image". A credit says only who took the picture: it is cut
 * out, and the caption before it and the sentence after it are read as sentences of their own. A credit is
 *  - a credit word and a colon with the name after it: "Photo: Zenco", "Image credit: Getty Images", "Photo by Jane Doe/Reuters";
 *  - the same in brackets: "(Image credit: Qorva)", "(Photo courtesy of Zenco)";
 *  - a picture agency, alone or with its photographer: "Getty Images", "Reuters/Jane Doe", "AP Photo/John Roe", "AFP via Getty
 *    Images", "Bloomberg" (without a photographer only at the span's start or after a caption's lower-case word, never after "told",
 *    "with", "from" …).
 * It is cut only where the caption ends the span or a capitalised word follows it: "Reuters reported", "told Reuters that" and
 * "Photo app Zeta" (no colon) are sentences' words.
 */

/** A cheap test of the whole text before any span is read: every credit holds one of these words. */
const CREDIT_CUE = /Photo|Image|Picture|Credit|Courtesy|Getty|Reuters|REUTERS|AFP|\bAP\b|Bloomberg|\bEPA\b|Xinhua/;

/** Agencies whose name alone may be a credit; "AP" is one only with "Photo" or its photographer ("AP/Jane Doe"). */
const AGENCY = String.raw`(?:Getty Images|AP Photo|Reuters|REUTERS|AFP|Bloomberg|EPA|Xinhua)`;
/** A photographer: one or two capitalised words ("Jane Doe"). */
const PERSON = String.raw`\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?`;
/** "Reuters/Jane Doe", "AP/John Roe", "AFP via Getty Images", "Jane Doe/Bloomberg". */
const AGENCY_CREDIT = String.raw`(?:(?:${AGENCY}|AP)(?:\s?/\s?${PERSON})?(?: via Getty Images)?|${PERSON}\s?/\s?${AGENCY})`;
/** The words that open a credit: "Photo:", "Image credit:", "Photo by", "Credit:", "Courtesy of". */
const LABEL = String.raw`(?:(?:Photo|Image|Picture|Photograph)(?: credit| courtesy(?: of)?)?\s?:|(?:Photo|Image|Picture|Photograph)(?: by| courtesy of)|Credit\s?:|Courtesy of)`;
/**
 * The name a label credits when no agency is named: one word ("Zenco"), the rest of the span being the sentence after; never a
 * possessive or a determiner, which open the caption itself ("Photo: Zenco's Zeta phone", "Photo: A Zeta phone").
 */
const ONE_NAME = String.raw`(?!(?:A|An|The|This|These|Those|Its|Their)\b)\p{Lu}[\p{L}\p{N}&-]*(?![\p{L}\p{N}&'’-])`;

const CREDIT = new RegExp(
  String.raw`(?<bracket>\(\s*${LABEL}\s*[^()\n]{1,60}\))` +
    String.raw`|(?<![\p{L}\p{N}])(?<label>${LABEL})\s*(?<name>${AGENCY_CREDIT}|${ONE_NAME})?` +
    String.raw`|(?<![\p{L}\p{N}/])(?<agency>${AGENCY_CREDIT})(?![\p{L}\p{N}])`,
  'gu',
);

/** Words after which an agency's name is the object of a sentence, not a credit: "told Reuters", "reported by Bloomberg". */
const OBJECT_BEFORE: ReadonlySet<string> = new Set([
  'to', 'by', 'from', 'with', 'told', 'tell', 'tells', 'telling', 'according', 'at', 'of', 'in', 'on', 'for', 'and', 'or', 'the',
  'a', 'an', 'said', 'says', 'reported', 'via', 'than', 'like', 'as', 'per', 'about', 'against', 'sued', 'sues', 'including',
  'cited', 'quoted', 'agency', 'rival', 'provider', 'firm', 'company', 'outlet', 'service', 'partner', 'owner', 'parent',
]);
/** Capitalised words that go on an agency's name: "Getty Images Holdings", "Bloomberg News", "Reuters Breakingviews". */
const NAME_GOES_ON: ReadonlySet<string> = new Set([
  'Inc', 'Holdings', 'Ltd', 'LP', 'LLC', 'Group', 'News', 'Intelligence', 'Terminal', 'Law', 'Businessweek', 'Breakingviews',
  'Opinion', 'Economics', 'Television', 'TV', 'Radio', 'Philanthropies', 'Images', 'Photo', 'Photos', 'Graphics', 'Institute',
]);

/** The spans with each photo credit cut out, the caption before it and the sentence after it spans of their own. */
export function withoutCaptionCredits(text: string, spans: readonly Span[]): readonly Span[] {
  if (!CREDIT_CUE.test(text)) return spans;
  const out: Span[] = [];
  for (const span of spans) {
    const slice = text.slice(span.start, span.end);
    const credits = CREDIT_CUE.test(slice) ? creditsIn(slice) : [];
    if (credits.length === 0) {
      out.push(span);
      continue;
    }
    let from = span.start;
    for (const credit of credits) {
      pushTrimmed(text, from, span.start + credit.start, out);
      from = span.start + credit.end;
    }
    pushTrimmed(text, from, span.end, out);
  }
  return out;
}

/** The credits in a span's text, as offsets into it, in order. */
function creditsIn(slice: string): Span[] {
  const credits: Span[] = [];
  for (const m of slice.matchAll(CREDIT)) {
    const start = m.index!;
    const { label, name, agency } = m.groups!;
    if (agency !== undefined && !agencyStandsAlone(agency, slice.slice(0, start))) continue;
    const end = creditEnd(slice, start + m[0].length);
    if (end !== undefined && (label === undefined || name !== undefined)) credits.push({ start, end });
    // "Photo: Qorva launched the Vexa phone", "Image: Zenco's Zeta phone": the label alone is cut, what it labels read as a sentence.
    else if (label !== undefined && /^\s*["“‘]?\p{Lu}/u.test(slice.slice(start + label.length))) credits.push({ start, end: start + label.length });
  }
  return credits;
}

/**
 * Where a credit ending at `end` ends with what follows it: the span's end when only a few capitalised words follow ("Photo: Jane
 * Doe"), `end` when a capitalised word opens the next sentence, none when the words go on with the name or the sentence.
 */
function creditEnd(slice: string, end: number): number | undefined {
  const after = slice.slice(end);
  const rest = after.trim().replace(/[.,;]$/, '');
  if (!/(?:^|\s)[^\s\p{Lu}]/u.test(rest) && rest.split(/\s+/).length <= 3) return slice.length;
  if (!/^\s+["“‘]?\p{Lu}/u.test(after) || NAME_GOES_ON.has(/^\s+(\S+?)[.,]?(?:\s|$)/u.exec(after)?.[1] ?? '')) return undefined;
  return end;
}

/** An agency's credit without a label: with its photographer always; the agency alone only after a caption's word ("with Getty Images"). */
function agencyStandsAlone(credit: string, before: string): boolean {
  if (credit.includes('/') || credit.includes(' via ')) return true;
  const previous = /(\S+)\s*$/u.exec(before)?.[1];
  if (previous === undefined || previous.endsWith('.') || previous.endsWith(')')) return true;
  return /^\p{Ll}+$/u.test(previous) && !OBJECT_BEFORE.has(previous);
}

/** Pushes the span from `start` to `end` without the spaces around it, when a word is left in it. */
function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (/[\p{L}\p{N}]/u.test(text.slice(start, end))) out.push({ start, end });
}
