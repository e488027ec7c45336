import type { ClaimStatus, EntityType, RelationKind } from '../types';
import type { AbstractSentence } from './abstract-sentence';
import { claimStatus } from './claim-status';
import type { SentenceMention } from './mention';
import { compileTemplate, RELATION_PATTERNS, triggerWords } from './relation-patterns';
import { relationAccepts, typeFromRole } from './relation-types';

/** A relation found in one sentence, between two mentions of it. */
export interface FoundRelation {
  source: SentenceMention;
  target: SentenceMention;
  relation: RelationKind;
  status: ClaimStatus;
  /** The trigger as written in the article. */
  trigger: string;
}

/** The key of the company a word names ("Google" → google), if any. */
export type CompanyNamed = (word: string) => string | undefined;

/** Decides the type of a name no rule could type; undefined rejects it (a person, a place). */
export type TypeUnknown = (mention: SentenceMention, fallback: EntityType, acting: boolean) => EntityType | undefined;

const COMPILED = RELATION_PATTERNS.map((p) => ({ ...p, regex: compileTemplate(p.template), triggers: triggerWords(p.template) }));

/** Runs every relation pattern over the sentence; `text` is the article text. */
export function findRelations(
  sentence: AbstractSentence,
  mentions: readonly SentenceMention[],
  text: string,
  typeUnknown: TypeUnknown,
  companyNamed: CompanyNamed,
): FoundRelation[] {
  const found: FoundRelation[] = [];
  const seen = new Set<string>();
  if (!sentence.text.includes('@')) return found;

  const words = new Set(sentence.text.split(' ').map((w) => (w.startsWith('its@') ? 'its' : w)));
  for (const pattern of COMPILED) {
    if (pattern.triggers && !pattern.triggers.some((w) => words.has(w))) continue;
    // Matches may overlap ("Google's Gemini and Anthropic's Claude" holds two possessives), so
    // each search restarts one character after the previous match began.
    pattern.regex.lastIndex = 0;
    for (let match = pattern.regex.exec(sentence.text); match; pattern.regex.lastIndex = match.index + 1, match = pattern.regex.exec(sentence.text)) {
      const groups = match.groups ?? {};
      const at = match.indices?.groups ?? {};
      const [tAt, tEnd] = at.t ?? at.pt ?? at.its ?? [match.index, match.index];
      if (pattern.notFollowedBy?.test(sentence.text.slice(match.index + match[0].length))) continue;
      if (pattern.notPrecededBy?.test(sentence.text.slice(0, match.index))) continue;
      if (pattern.verb && !isActiveVerb(sentence.text.slice(match.index, tAt), groups.t ?? '')) continue;

      const targets = pattern.targetIsTopic
        ? topicOf(mentions, heads(groups.x ?? ''))
        : heads(groups.y ?? '').map((i) => mentions[i]!);
      const sources = pattern.subject
        ? subjectFor(mentions, targets, sentence.text.slice(0, match.index))
        : heads(groups.x ?? groups.its ?? '').map((i) => mentions[i]!);
      const status = claimStatus(sentence.text.slice(0, tAt), sentence.text.slice(match.index, tAt));
      const trigger = triggerText(sentence, text, tAt, tEnd);

      for (const source of sources) {
        if (isStateAsAdjective(source, sentence, mentions)) continue;
        for (const target of targets) {
          if (source.key === target.key) continue;
          if (pattern.relation === 'develops' && !mayDevelop(source, target, sentence, mentions, companyNamed)) continue;
          const sourceType = resolveType(source, pattern.relation, 'source', typeUnknown);
          const targetType = resolveType(target, pattern.relation, 'target', typeUnknown);
          if (!sourceType || !targetType || !relationAccepts(pattern.relation, sourceType, targetType)) continue;
          const id = `${source.key}|${pattern.relation}|${target.key}`;
          if (seen.has(id)) continue;
          seen.add(id);
          source.type = sourceType;
          target.type = targetType;
          found.push({ source, target, relation: pattern.relation, status, trigger });
        }
      }
    }
  }
  return found;
}

const DETERMINER_BEFORE = /(?:^| )(?:the|a|an|its|their|these|those|such|any|similar|formal|new|recent|outright|of) $/;
const PASSIVE_BEFORE = /(?:^| )(?:is|are|was|were|be|been|being|get|got|gets)(?: \S+ly)? $/;

/** "the bans are …" is a noun, and "X have been restricted" makes X the patient, not the actor. */
function isActiveVerb(beforeTrigger: string, trigger: string): boolean {
  if (DETERMINER_BEFORE.test(beforeTrigger)) return false;
  return !(/ed $|en $/.test(trigger) && PASSIVE_BEFORE.test(beforeTrigger));
}

/** The mentions a list stands for: "@1 's @2" is @2 (the possessor only qualifies it). */
function heads(list: string): number[] {
  const out: number[] = [];
  for (const m of list.matchAll(/@(\d+)(?! 's)/g)) out.push(Number(m[1]));
  return out;
}

/**
 * Whether `source` can be the developer of `target` here: not when the text names another owner
 * ("Microsoft has built OpenAI's GPT-4 into Bing") or the product's name starts with another
 * company's ("Microsoft's Azure and Google Cloud").
 */
function mayDevelop(source: SentenceMention, target: SentenceMention, sentence: AbstractSentence, mentions: readonly SentenceMention[], companyNamed: CompanyNamed): boolean {
  const owner = possessorOf(target, sentence, mentions);
  if (owner && owner !== source) return false;
  // "Google Cloud", "DeepSeek-V3": the first part of the name.
  const namedAfter = companyNamed(target.label.split(/[ -]/)[0]!);
  return namedAfter === undefined || namedAfter === source.key;
}

/** The mention written as the owner of `m` ("@1 's @2" → @1 for @2), if any. */
function possessorOf(m: SentenceMention, sentence: AbstractSentence, mentions: readonly SentenceMention[]): SentenceMention | undefined {
  const owned = new RegExp(String.raw`(?:^| )@(\d+) 's ${'@' + mentions.indexOf(m)} `).exec(sentence.text);
  return owned ? mentions[Number(owned[1])] : undefined;
}

/** The first mention of the sentence that is none of `excluded`: what a report is about. */
function topicOf(mentions: readonly SentenceMention[], excluded: number[]): SentenceMention[] {
  const topic = mentions.find((m, i) => !excluded.includes(i) && m.source !== 'unknown');
  return topic ? [topic] : [];
}

/** Nouns after which a state's name is an adjective, not an actor: "U.S. companies restrict …". */
const NOT_THE_STATE = /^(?:companies|company|firms|firm|tech|technology|chip|chipmakers|users|developers|investors|startups|businesses|corporations|banks|labs|makers|groups|models|ai|supplier|suppliers|customers|rivals|competitors|giants|market|markets|consumers|employees|engineers) /;

function isStateAsAdjective(m: SentenceMention, sentence: AbstractSentence, mentions: readonly SentenceMention[]): boolean {
  if (m.type !== 'government') return false;
  const marker = `@${mentions.indexOf(m)} `;
  const at = sentence.text.indexOf(marker);
  return at >= 0 && NOT_THE_STATE.test(sentence.text.slice(at + marker.length));
}

/**
 * The sentence's subject: its first mention of the same kind as the target, before the trigger,
 * with the mentions coordinated with it ("Kimi and Doubao are in a race against Ernie Bot").
 */
function subjectFor(mentions: readonly SentenceMention[], targets: readonly SentenceMention[], before: string): SentenceMention[] {
  const target = targets[0];
  if (!target) return [];
  const wantsCompany = target.type === 'company';
  const fits = (m: SentenceMention): boolean =>
    !targets.includes(m) && m.type !== 'government' && m.source !== 'unknown' && (m.type === 'company') === wantsCompany;
  const earlier = new Set(heads(before));
  for (const found of before.matchAll(/@(\d+)/g)) {
    const i = Number(found[1]);
    if (!earlier.has(i) || !fits(mentions[i]!)) continue;
    const list = new RegExp(String.raw`^@${i}((?: , @\d+)*(?: ,)? (?:and|or) @\d+)`).exec(before.slice(found.index));
    return [mentions[i]!, ...heads(list?.[1] ?? '').map((k) => mentions[k]!).filter(fits)];
  }
  return [];
}

function resolveType(m: SentenceMention, relation: RelationKind, role: 'source' | 'target', typeUnknown: TypeUnknown): EntityType | undefined {
  const acting = role === 'source' && (relation === 'banned' || relation === 'restricts' || relation === 'sued');
  return m.source === 'unknown' ? typeUnknown(m, typeFromRole(relation, role), acting) : m.type;
}

function triggerText(sentence: AbstractSentence, text: string, from: number, to: number): string {
  const inside = sentence.tokens.filter((t) => t.at >= from && t.at < to);
  if (inside.length === 0) return '';
  return text.slice(inside[0]!.start, inside[inside.length - 1]!.end);
}
