import { surfaceOf, type Token } from '../text/tokens';
import { COMPANY_SUFFIXES } from './cue-words';
import { keyOfName, withChanges, type SentenceMention } from './mention';

/**
 * "Arrow (China) Electronics Trading Co", "Zenco Electronics (Wuxi) Trading Co.": a subsidiary's legal name with its place in
 * brackets inside it, as the Entity List and sanctions notices write them, is one firm's name. Found as three mentions (a name, a
 * state, a name ending in a firm's word), it was read as a list of two firms and a state (stop 67's third controls sample: every
 * such addition split in two).
 */
export function joinBracketedPlaceNames(mentions: readonly SentenceMention[], tokens: readonly Token[]): SentenceMention[] {
  const out: SentenceMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const head = mentions[i]!;
    const place = mentions[i + 1];
    const tail = mentions[i + 2];
    if (!place || !tail || !isBracketedPlaceBetween(head, place, tail, tokens)) {
      // "Zenco Technology (HK) Limited", "Vexa Trading (H.K.) Co., Ltd.": a place in brackets and a legal form after it end the name.
      const end = bracketedPlaceAndForm(head, tokens, place);
      if (end < 0) out.push(head);
      else {
        const surface = surfaceOf(tokens, head.first, end);
        out.push(withChanges(head, { last: end, end: tokens[end - 1]!.end, surface, label: surface, key: keyOfName(surface), type: 'company', source: 'rule' }));
        while (mentions[i + 1] && mentions[i + 1]!.first < end) i++;
      }
      continue;
    }
    const surface = surfaceOf(tokens, head.first, tail.last);
    out.push(withChanges(tail, { first: head.first, start: head.start, surface, label: surface, key: keyOfName(surface), type: 'company', source: 'rule' }));
    i += 2;
  }
  return out;
}

function isBracketedPlaceBetween(head: SentenceMention, place: SentenceMention, tail: SentenceMention, tokens: readonly Token[]): boolean {
  return (
    head.type !== 'government' &&
    place.type === 'government' &&
    tokens[head.last]?.text === '(' &&
    place.first === head.last + 1 &&
    tokens[place.last]?.text === ')' &&
    tail.first === place.last + 1 &&
    COMPANY_SUFFIXES.has(tokens[tail.last - 1]!.text)
  );
}

/** Legal forms of a firm written after its bracketed place ("(HK) Limited", "(Shenzhen) Co., Ltd.", "Limited Partnership"). */
const LEGAL_FORM_WORDS: ReadonlySet<string> = new Set(['Limited', 'Ltd', 'Co', 'Company', 'Inc', 'Corp', 'Corporation', 'LLC', 'GmbH', 'PLC', 'Pte', 'AG', 'SA', 'BV', 'Partnership', 'Bhd']);
/** Of those, the abbreviations a stop may close ("Co.", "Ltd."); "Limited." ends the sentence, not the name. */
const ABBREVIATED_FORMS: ReadonlySet<string> = new Set(['Ltd', 'Co', 'Inc', 'Corp', 'Pte', 'Bhd']);
/** Places a legal name brackets that the lexicon may not know as a state: short forms, and the forms "(Pty)", "(Private)". */
const BRACKETED_SHORT_PLACES: ReadonlySet<string> = new Set(['HK', 'H.K.', 'PRC', 'UK', 'U.K.', 'USA', 'U.S.A.', 'US', 'U.S.', 'UAE', 'SG', 'BVI', 'Pty', 'Private', 'Pvt', 'Shenzhen', 'Shanghai', 'Beijing', 'Guangzhou', 'Wuxi', 'Suzhou', 'Hangzhou', 'Tianjin', 'Chengdu', 'Dongguan', 'Xiamen', 'Macau', 'Macao', 'Singapore', 'Malaysia', 'Thailand', 'India', 'Japan', 'Korea', 'Taiwan', 'Vietnam', 'Asia', 'Europe', 'Americas', 'International', 'Holdings',
  // Helper gen97, real broadcasting news: British legal names bracket a city or a nation ("Zenco Media (London) Limited"); the name was cut.
  'London', 'Scotland', 'Wales', 'Ireland', 'Jersey', 'Guernsey', 'Dubai', 'Mumbai', 'Sydney', 'Tokyo', 'Seoul']);

/**
 * Where a firm's legal name ends when a bracketed place and a legal form follow its mention ("Zenco Technology (HK) Limited"), or -1
 * (stop 79's fresh samples: such names were cut at the bracket). The form must follow the bracket at once; a comma inside it
 * ("Co., Ltd.") is kept, a trailing one is not.
 */
function bracketedPlaceAndForm(head: SentenceMention, tokens: readonly Token[], placeMention: SentenceMention | undefined): number {
  if (head.type === 'government' || tokens[head.last]?.text !== '(' || tokens[head.last + 2]?.text !== ')') return -1;
  // A place: a state the lexicon found there, or a short form ("HK", "PRC") or a city a legal name brackets; not a ticker ("(ZNC)").
  const place = tokens[head.last + 1]!.text;
  const isState = placeMention?.first === head.last + 1 && placeMention.last === head.last + 2 && placeMention.type === 'government';
  if (!isState && !BRACKETED_SHORT_PLACES.has(place)) return -1;
  let k = head.last + 3;
  if (!LEGAL_FORM_WORDS.has(tokens[k]?.text ?? '')) return -1;
  let end = -1;
  while (k < tokens.length) {
    const t = tokens[k]!.text;
    if (LEGAL_FORM_WORDS.has(t) && (end < 0 || tokens[k - 1]!.text !== '.')) end = k + 1;
    // "Co., Ltd.": a stop closes an abbreviation; only a comma and another form go on after it ("Inc. Limited details" ends at "Inc.").
    else if (t === '.' && end === k && ABBREVIATED_FORMS.has(tokens[k - 1]!.text)) end = k + 1;
    else if (!(t === ',' && LEGAL_FORM_WORDS.has(tokens[k + 1]?.text ?? ''))) break;
    if (t === '.' ) {
      if (tokens[k + 1]?.text !== ',') break;
    }
    k++;
  }
  return end;
}
