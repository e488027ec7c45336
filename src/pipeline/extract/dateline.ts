import type { Lexicon } from '../lexicon/lexicon';
import type { LexiconEntry } from '../lexicon/lexicon-data';
import type { SentenceMention } from './mention';

/** "OTTAWA —", "NEW DELHI, Nov 3 (Reuters) -", "Berlin –": the place a story is filed from, opening its text. */
const DATELINE = /^\s*([A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,2})(?:,[^—–\n]{0,40}?)?\s*(?:\([^)\n]{1,30}\)\s*)?(?:—|–|--| - )/;

/**
 * The dateline that opens a text, or undefined when the opening is a state's name and an aside: a dateline's date and wire are
 * capitalised or numbers ("NEW DELHI, Nov 3 (Reuters) -") and the story after its dash opens a sentence, so "India, which banned
 * Zapp – citing …" (a relative clause) and "Japan – a close ally of Zembla – banned …" (a dash aside) are no dateline (re-read
 * rr93a: both lost the state as the actor of the sentence's relations).
 */
function openingDateline(text: string): RegExpExecArray | undefined {
  const match = DATELINE.exec(text.slice(0, 120));
  if (!match) return undefined;
  const afterComma = /^[^,(—–]*,([^(—–\n]*)/.exec(match[0])?.[1] ?? '';
  if (/(?:^|\s)\p{Ll}{2,}/u.test(afterComma)) return undefined;
  if (/^\s*\p{Ll}/u.test(text.slice(match.index + match[0].length))) return undefined;
  return match;
}

/**
 * The state whose capital (or name) opens the article as its dateline, when the lexicon knows it
 * as that state's stand-in ("Ottawa" is Canada): the state "the federal government" of the story is.
 */
export function datelineState(text: string, lexicon: Lexicon): LexiconEntry | undefined {
  const place = openingDateline(text)?.[1];
  if (!place) return undefined;
  const words = place.split(' ').map((w) => (w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w));
  const match = lexicon.longestMatch(words, 0);
  const entry = match?.length === words.length ? match.entry : undefined;
  return entry?.type === 'government' && !entry.partOf ? entry : undefined;
}

/**
 * Where an article's dateline ends (the offset after its dash), or -1 when it opens with none: "MOSCOW, Zenagency –", "Berlin –".
 * The place must be in capitals or a state or city the lexicon knows, so that "Zenco – the maker of Zeta – said …" is no dateline.
 * Its place and its wire are where and by whom the story was filed: no party to what the story says (helper fpy93, fresh sample
 * s82c: "MOSCOW, Zenagency – As part of its sanctions against Zembla, …" made the dateline's city the sanctions' actor).
 */
export function datelineEnd(text: string, lexicon: Lexicon): number {
  const match = openingDateline(text);
  const place = match?.[1];
  if (!match || !place) return -1;
  const words = place.split(' ').map((w) => (w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w));
  const asWritten = place.split(' ');
  const entryOf = (names: string[]): LexiconEntry | undefined => {
    const known = lexicon.longestMatch(names, 0);
    return known?.length === names.length ? known.entry : undefined;
  };
  const whole = entryOf(words) ?? entryOf(asWritten);
  const isPlace = whole?.type === 'government' || whole?.type === 'place';
  // A place in capitals the lexicon does not know needs a date or a wire after it ("TBILISI, Zenagency –"); "IBM – Qorva's rival –
  // …" opens with a firm the lexicon knows.
  const inCapitals = !whole && /\p{Lu}{2}/u.test(place) && place === place.toUpperCase() && (/[,(]/.test(match[0]) || bareCapitalsPlace(place, text.slice(match.index + match[0].length)));
  return isPlace || inCapitals ? match.index + match[0].length : -1;
}

/**
 * "KATHMANDU — The government banned …": a place in capitals with a dash and nothing else is a dateline too when it is no acronym
 * (five letters or more) and the sentence after it holds no second dash, which would close an aside ("ZENCORP — Qorva's rival —
 * said …"). Read as a name, the city had become a company and the actor of the story's first relation.
 */
function bareCapitalsPlace(place: string, after: string): boolean {
  const firstSentence = /^[^.!?\n]*/.exec(after)?.[0] ?? '';
  return place.replace(/[^A-Z]/g, '').length >= 5 && !/[—–]|--| - /.test(firstSentence);
}

/** "federal government" and "the federal government": the lexicon's stand-in for the United States, unless the dateline says otherwise. */
const FEDERAL = /^(?:the )?federal government$/i;

/** The mentions, with "the federal government" read as the dateline's state when a story is filed from another federation. */
export function federalGovernmentAt(mentions: SentenceMention[], state: LexiconEntry | undefined): SentenceMention[] {
  if (!state || state.id === 'united-states') return mentions;
  for (const m of mentions) {
    if (m.key === 'united-states' && FEDERAL.test(m.surface)) Object.assign(m, { key: state.id, label: state.name, type: state.type });
  }
  return mentions;
}

/** Federations whose government news calls "the federal government" (the United States is the lexicon's default). */
const FEDERATIONS: ReadonlySet<string> = new Set(['canada', 'australia', 'germany', 'brazil', 'india', 'mexico', 'russia', 'nigeria', 'switzerland', 'austria', 'malaysia', 'argentina', 'belgium', 'pakistan', 'ethiopia', 'united-arab-emirates', 'iraq', 'nepal', 'venezuela']);

/**
 * With no dateline, the federation a story is about: "Quebec is following the federal government's lead" in a story that
 * names Canada or its provinces and never the United States. The state (or the state of a body or province) named most
 * often, when it is a federation and the United States is not named but by "the federal government". `stateOfBody`
 * gives the state of a body a rule named.
 */
export function storyFederation(mentions: readonly (readonly SentenceMention[])[], lexicon: Lexicon, stateOfBody: (m: SentenceMention) => string | undefined = () => undefined): LexiconEntry | undefined {
  const counts = new Map<string, number>();
  for (const sentence of mentions) {
    for (const m of sentence) {
      if (m.type !== 'government' || FEDERAL.test(m.surface)) continue;
      // A body a rule named counts for its state ("the Swiss economy ministry", stop 58's readers).
      const entry = m.source === 'lexicon' ? lexicon.get(m.key) : m.source === 'rule' ? lexicon.get(stateOfBody(m) ?? '') : undefined;
      const state = entry?.partOf !== undefined ? lexicon.get(entry.partOf) : entry;
      if (state && state.partOf === undefined) counts.set(state.id, (counts.get(state.id) ?? 0) + 1);
    }
  }
  if (counts.has('united-states')) return undefined;
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  return top && FEDERATIONS.has(top[0]) ? lexicon.get(top[0]) : undefined;
}

