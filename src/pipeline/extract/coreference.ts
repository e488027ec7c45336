import type { Token } from '../text/tokens';
import type { EntityType } from '../types';
import type { SentenceMention } from './mention';

/** Definite descriptions and the type of entity they point back to. */
const ANAPHORS: ReadonlyMap<string, EntityType> = new Map([
  ...(['company', 'firm', 'startup', 'group', 'giant', 'chipmaker', 'lab', 'conglomerate', 'retailer', 'maker'] as const).map((w) => [w, 'company'] as const),
  ...(['app', 'chatbot', 'tool', 'assistant', 'service', 'platform', 'product', 'software', 'chip'] as const).map((w) => [w, 'product'] as const),
  ...(['model', 'llm'] as const).map((w) => [w, 'model'] as const),
  ...(['agency', 'regulator', 'ministry', 'watchdog', 'commission', 'department'] as const).map((w) => [w, 'government'] as const),
  ...(['country'] as const).map((w) => [w, 'government'] as const),
]);

/** Words allowed between "the" and the noun: "the tech giant", "the Chinese e-commerce giant". */
const MODIFIERS = new Set(['tech', 'technology', 'e-commerce', 'internet', 'ai', 'chinese', 'american', 'us', 'u.s.', 'search', 'cloud', 'chip', 'software', 'social', 'media', 'hangzhou-based', 'beijing-based', 'shenzhen-based', 'ai-powered', 'coding', 'popular', 'messaging', 'video', 'shopping', 'data', 'privacy', 'protection', 'italian', 'french', 'japanese', 'korean', 'european', 'san', 'francisco-based', 'paris-based', 'chatgpt', 'e-commerce', 'and', 'technology']);

/** Sentences back that a description may reach. */
const REACH = 3;

/**
 * Remembers which entity of each type the text is about, to resolve "the company",
 * "the app", "the regulator" and "its" to the entity just named. Resolution only happens when
 * it is unambiguous: a single candidate in reach, or the subject (first mention) of a recent sentence.
 */
export class DiscourseMemory {
  private readonly recent: { sentence: number; mention: SentenceMention; subject: boolean }[] = [];

  /** Record the named mentions of sentence `index`, in order. */
  remember(index: number, mentions: readonly SentenceMention[]): void {
    const seen = new Set<EntityType>();
    for (const mention of mentions) {
      const subject = !seen.has(mention.type);
      seen.add(mention.type);
      this.recent.push({ sentence: index, mention, subject });
    }
    while (this.recent.length > 0 && this.recent[0]!.sentence < index - REACH) this.recent.shift();
  }

  /** The entity of `type` a description in sentence `index`, before token `before`, points to. */
  resolve(type: EntityType, index: number, inSentence: readonly SentenceMention[], before: number): SentenceMention | undefined {
    const local = inSentence.filter((m) => m.type === type && m.last <= before);
    if (local.length > 0) return local[0];
    const inReach = this.recent.filter((r) => r.mention.type === type && r.sentence >= index - REACH && r.sentence < index);
    if (inReach.length === 0) return undefined;
    const keys = new Set(inReach.map((r) => r.mention.key));
    if (keys.size === 1) return inReach[inReach.length - 1]!.mention;
    // Several candidates: the most recent sentence subject wins.
    const subjects = inReach.filter((r) => r.subject);
    return subjects[subjects.length - 1]?.mention;
  }
}

/**
 * Mentions for "the company", "the app", … and for "its" when a product or model of
 * theirs follows ("its Qwen family of models"). Coreferences carry the entity they resolve to
 * but are never recorded as names or aliases.
 */
export function findCoreferences(
  tokens: readonly Token[],
  named: readonly SentenceMention[],
  memory: DiscourseMemory,
  sentence: number,
): SentenceMention[] {
  const found: SentenceMention[] = [];
  const covered = new Uint8Array(tokens.length);
  for (const m of named) covered.fill(1, m.first, m.last);
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.text.toLowerCase();
    if (word === 'the' && !covered[i]) {
      let j = i + 1;
      while (j < tokens.length && j - i <= 3 && MODIFIERS.has(tokens[j]!.text.toLowerCase())) j++;
      const noun = tokens[j]?.text.toLowerCase();
      const type = noun !== undefined ? ANAPHORS.get(noun) : undefined;
      // "the company Alibaba" names it; "the company that ..." still points back.
      if (!type || covered[j] || tokens[j + 1]?.capitalized) continue;
      const target = memory.resolve(type, sentence, [...named, ...found], i);
      if (target) found.push(corefAt(tokens, i, j + 1, target));
      i = j;
    } else if (word === 'its' && !covered[i]) {
      const owned = named.find((m) => m.first > i && m.first <= i + 4 && (m.type === 'product' || m.type === 'model'));
      if (!owned) continue;
      const target = memory.resolve('company', sentence, [...named, ...found], i);
      if (target) found.push(corefAt(tokens, i, i + 1, target));
    }
  }
  return found;
}

function corefAt(tokens: readonly Token[], first: number, last: number, target: SentenceMention): SentenceMention {
  return {
    first,
    last,
    key: target.key,
    label: target.label,
    type: target.type,
    surface: '',
    start: tokens[first]!.start,
    end: tokens[last - 1]!.end,
    source: 'coref',
  };
}
