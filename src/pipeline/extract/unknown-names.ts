import nlp from 'compromise';
import type { Span, EntityType } from '../types';
import type { SentenceMention } from './mention';
import type { TypeUnknown } from './relations';

interface TaggedTerm {
  offset: { start: number; length: number };
  tags: string[];
}

/**
 * Types the names no rule could type, with compromise's full tagger — the expensive step, so it
 * runs only for sentences where a relation pattern wants such a name, once per sentence.
 * People and places are rejected; so is a lone capitalised word opening the sentence.
 */
export function unknownNameTyper(text: string, sentence: Span): TypeUnknown {
  let terms: TaggedTerm[] | undefined;
  return (mention: SentenceMention, fallback: EntityType, acting: boolean) => {
    terms ??= (nlp(text.slice(sentence.start, sentence.end)).json({ offset: true, terms: { offset: true } }) as { terms: TaggedTerm[] }[]).flatMap((s) => s.terms);
    const from = mention.start - sentence.start;
    const to = mention.end - sentence.start;
    const tags = new Set(terms.filter((t) => t.offset.start >= from && t.offset.start < to).flatMap((t) => t.tags));
    if (tags.has('Person') || tags.has('Date') || tags.has('Value')) return undefined;
    // A country or region that bans or restricts acts as its government.
    if (tags.has('Place')) return fallback === 'company' && acting ? 'government' : undefined;
    if (tags.has('Organization')) return 'company';
    // A lone word opening the sentence is capitalised anyway: only trust a proper-noun tag there.
    const opensSentence = mention.start === sentence.start;
    if (!tags.has('ProperNoun') && !tags.has('Acronym') && (opensSentence || !tags.has('Noun'))) return undefined;
    if (opensSentence && (tags.has('Verb') || tags.has('Adjective'))) return undefined;
    return fallback;
  };
}
