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
      out.push(head);
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
