import type { Lexicon } from '../lexicon/lexicon';
import { YEAR } from '../lexicon/model-versions';
import type { Token } from '../text/tokens';
import type { EntityType } from '../types';
import { QUANTITY_UNITS } from './cue-words';
import { keyOfName, mentionOver, withChanges, type SentenceMention } from './mention';
import { TIER_WORDS } from './name-rules';

/** A model code ending a name: "S24", "9", "910C" (not a year); letters before and after the digits. */
const CODE_SHAPE = /^(\p{Lu}{0,2})(\d{1,4})(\p{Lu}{0,2})$/u;

/**
 * "Galaxy S24, S24+ and S24 Ultra", "Pixel 9, 9 Pro and 9 Pro XL": the later members of a list
 * that repeat only the first one's model code are the same line's releases, each named whole
 * ("Galaxy S24 Ultra"), instead of a stray "Pro" or a bare "S24+". A member of the list has the
 * first one's shape: the same letters before as many digits, letters after only when the first
 * has some ("Pixel 9 and 5G phones" lists no "Pixel 5G"). Runs over a sentence's final mentions,
 * so it reaches names no rule typed as well as known ones; the name rules' own pass covers the
 * known names they list first (name-rules.ts).
 */
export function expandShortenedListItems(mentions: readonly SentenceMention[], tokens: readonly Token[], lexicon: Lexicon): SentenceMention[] {
  let out: SentenceMention[] | undefined;
  for (const head of mentions) {
    if (head.type !== 'product' && head.type !== 'model' && head.source !== 'unknown') continue;
    const space = head.label.lastIndexOf(' ');
    const shape = space > 0 ? memberShape(head.label.slice(space + 1).replace(/\+$/, '')) : undefined;
    if (!shape) continue;
    const prefix = head.label.slice(0, space);
    // An untyped head whose line the list repeats ("featuring the Galaxy S25, S25+ and S25 Ultra") names a product line's
    // releases: the head and its members are products, where no verb before the list typed them (helper tch98).
    const lineOfUntyped = head.source === 'unknown';
    const memberEntity = (label: string, entry: { id: string; name: string; type: EntityType } | undefined) =>
      entry ? { key: entry.id, label: entry.name, type: entry.type } : { key: keyOfName(label), label, type: lineOfUntyped ? ('product' as const) : head.type };
    let members = 0;
    for (let k = head.last; k + 1 < tokens.length; ) {
      if (tokens[k]!.text === ',' && /^(?:and|or)$/.test(tokens[k + 1]!.text)) k++;
      if (!/^(?:,|and|or|&)$/.test(tokens[k]!.text)) break;
      const first = k + 1;
      if (!shape.test(tokens[first]!.text)) break;
      let end = first + 1;
      if (tokens[end]?.text === '+' && tokens[end]!.start === tokens[first]!.end) end++;
      while (end < tokens.length && end - first <= 3 && (TIER_WORDS.has(tokens[end]!.text) || tokens[end]!.text === 'XL')) end++;
      if (QUANTITY_UNITS.has(tokens[end]?.lower ?? '')) break;
      const list = out ?? [...mentions];
      const overlapping = list.filter((m) => m.first < end && m.last > first);
      // A name that runs past the member, or one already named whole, is left as it is.
      if (overlapping.some((m) => m.first < first || m.last > end || m.label.startsWith(`${prefix} `))) {
        k = end;
        continue;
      }
      const label = `${prefix} ${tokens.slice(first, end).map((t, i) => (i > 0 && t.text !== '+' ? ` ${t.text}` : t.text)).join('')}`;
      const entry = lexicon.longestMatch([label], 0)?.entry;
      const entity = memberEntity(label, entry);
      const member: SentenceMention = withChanges(mentionOver(tokens, first, end, entity, head.source === 'lexicon' || lineOfUntyped ? 'rule' : head.source), { ...(head.owner && { owner: head.owner }), ...(head.versionOf && { versionOf: head.versionOf }) });
      out = [...list.filter((m) => !overlapping.includes(m)), member].sort((a, b) => a.start - b.start);
      members++;
      k = end;
    }
    if (lineOfUntyped && members > 0 && out) {
      const typedHead = withChanges(head, { type: 'product', source: 'rule' });
      out = out.map((m) => (m === head ? typedHead : m));
    }
  }
  return out ?? (mentions as SentenceMention[]);
}

/** The shape of a code listed after `code` as the same line's, if `code` is a model code. */
function memberShape(code: string): RegExp | undefined {
  const parts = CODE_SHAPE.exec(code);
  if (!parts || YEAR.test(code)) return undefined;
  const [, before, digits, after] = parts;
  // A bare number of one or more digits: "Pixel 9, 9 Pro"; letters before: "Galaxy S24, S24+".
  return new RegExp(`^${before}\\d{${digits!.length}}${after ? '\\p{Lu}{0,2}' : ''}$`, 'u');
}
