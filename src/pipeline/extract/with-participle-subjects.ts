import { mentionAt, type MentionList } from './clause';

/** Kind nouns a model or product may carry after its name before the participle: "with the Zeta 3 Max model surpassing …". */
const KIND_AFTER_NAME: ReadonlySet<string> = new Set(['model', 'models', 'version', 'variant', 'chatbot', 'assistant', 'system', 'llm', 'edition', 'chip', 'phone', 'app']);

/** Words that may describe the name between "with the" and it: "with its flagship Max model", "with the new Zeta". */
const DESCRIBING_BEFORE_NAME = /^(?:flagship|new|newest|latest|largest|biggest|smallest|top|top-end|high-end|premium|lead|leading|most|powerful|capable|advanced|cheapest|fastest|open|open-source|open-weight|reasoning|base|[0-9]+b)$/;

/**
 * Helper rll94 (stop 94), from real AI-model coverage: "Zenco released the Zeta 3 family, with the Zeta 3 Max model surpassing Qorva's
 * Vexa-4 on benchmarks". In an absolute clause "with <name> <participle>", the name after "with" is the participle's subject, not the
 * main clause's subject (the family or its maker). Returns that name's list, when the words fit that shape exactly.
 */
export function withParticipleSubject(words: readonly string[], t: number, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  if (!words[t]?.endsWith('ing')) return undefined;
  let k = t - 1;
  if (KIND_AFTER_NAME.has(words[k] ?? '')) k--;
  const m = mentionAt(words, k);
  const list = m === undefined ? undefined : lists.get(m);
  if (!list || list.last !== k) return undefined;
  let b = list.first - 1;
  for (let n = 0; n < 2 && DESCRIBING_BEFORE_NAME.test(words[b] ?? ''); n++) b--;
  if (/^(?:the|its|their|a|an)$/.test(words[b] ?? '')) b--;
  return words[b] === 'with' ? list : undefined;
}
