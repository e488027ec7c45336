import { RELATIONS, type RelationKind } from '../relation-registry';
import type { Token } from '../text/tokens';
import type { EntityType } from '../types';
import type { SentenceMention } from './mention';
import { triggersAt } from './trigger-words';

/**
 * Candidate claims: the broad first half of a learned extractor. Every sentence that holds a
 * trigger of a relation (the registry's vocabulary) yields a candidate for each ordered pair of
 * its typed mentions the relation allows (one per list member, since each member is a mention);
 * a sentence whose trigger has no actor of its own ("Y was blocked", "the ban on Y") also pairs
 * its targets with the actors of the sentence before; and a relation's actors stay in the frame
 * for the rest of the paragraph, so a list that goes on in the next sentence ("The entities are
 * A; B; and C") pairs with them too. Rules decide nothing here: a scorer is to weigh each
 * candidate's features. Cheap by design: one map lookup per word, no parse.
 */
export interface Candidate {
  source: SentenceMention;
  relation: RelationKind;
  target: SentenceMention;
  /** Index (in the sentence's tokens) of the trigger's first word; -1 when the relation comes from the frame. */
  trigger: number;
  /** Where the source was found: this sentence, the sentence before, or the paragraph's frame. */
  reach: 'sentence' | 'before' | 'frame';
}

/** What a paragraph carries from one sentence to the next. */
export interface ParagraphState {
  /** The typed mentions of the sentence before. */
  before: SentenceMention[];
  /** Each relation triggered so far in the paragraph, with its latest actors. */
  frames: Map<RelationKind, SentenceMention[]>;
}

export function newParagraph(): ParagraphState {
  return { before: [], frames: new Map() };
}

/** The relations whose triggers the sentence holds, with the first trigger position of each. */
export function sentenceTriggers(tokens: readonly Token[]): Map<RelationKind, number> {
  const words = tokens.map((t) => t.text.toLowerCase());
  const found = new Map<RelationKind, number>();
  for (let i = 0; i < words.length; i++) {
    for (const trigger of triggersAt(words, i)) if (!found.has(trigger.relation)) found.set(trigger.relation, i);
  }
  return found;
}

/** A name no rule typed may take any role: the scorer weighs that it is untyped. */
const allows = (types: readonly EntityType[], m: SentenceMention): boolean => m.source === 'unknown' || types.includes(m.type);

/** The candidates of one sentence, and the paragraph state for the next one. */
export function candidatesOf(tokens: readonly Token[], mentions: readonly SentenceMention[], paragraph: ParagraphState): { candidates: Candidate[]; next: ParagraphState } {
  const typed = mentions.filter((m) => m.type !== 'place' && m.type !== 'person');
  const frames = new Map(paragraph.frames);
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const add = (source: SentenceMention, relation: RelationKind, target: SentenceMention, trigger: number, reach: Candidate['reach']): void => {
    const id = `${source.key}\u0000${relation}\u0000${target.key}`;
    if (source.key === target.key || seen.has(id)) return;
    seen.add(id);
    out.push({ source, relation, target, trigger, reach });
  };
  const triggered = sentenceTriggers(tokens);
  for (const [relation, trigger] of triggered) {
    const spec = RELATIONS[relation];
    const sources = typed.filter((m) => allows(spec.source, m));
    const targets = typed.filter((m) => allows(spec.target, m));
    for (const source of sources) for (const target of targets) add(source, relation, target, trigger, 'sentence');
    // No actor before the trigger here: the actor may be the previous sentence's.
    const actors = sources.filter((m) => m.last <= trigger);
    const before = paragraph.before.filter((m) => allows(spec.source, m));
    if (actors.length === 0) for (const source of before) for (const target of targets) add(source, relation, target, trigger, 'before');
    const frameActors = actors.length > 0 ? actors : before.length > 0 ? before : (frames.get(relation) ?? []);
    if (frameActors.length > 0) frames.set(relation, frameActors);
  }
  // A sentence with no trigger of a framed relation may go on with its list.
  for (const [relation, actors] of paragraph.frames) {
    if (triggered.has(relation)) continue;
    const spec = RELATIONS[relation];
    for (const target of typed.filter((m) => allows(spec.target, m))) for (const source of actors) add(source, relation, target, -1, 'frame');
  }
  return { candidates: out, next: { before: typed, frames } };
}
