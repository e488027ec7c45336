import type { SentenceMention } from './mention';

/**
 * Helper intro (news that lists a maker's models as examples): "products such as Zenco's Vexa Cam, Vexa Bell and Vexa Lock". A
 * possessive inside an example list belongs to its own member only ("apps such as Zenco's Zapp and Qorvachat": relations.ts's
 * `chained` and claim-check.ts's listed possessor), and the later members were lost, names and all. Members that open with the first
 * member's brand word are one brand's models, the possessor's every one. Only where the first member is itself more than that word,
 * so the word is a brand and not another firm's own name ("such as Zenco's Qorva and Qorva Bank" keeps Qorva Bank apart).
 */

/** A name's words: capitalised or numbered ("Vexa", "9", "S24+"). */
const NAME_WORDS = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}.+-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.+-]*)*`;
/**
 * Between a possessor and a later member of its list: the possessive, the first member (its first word, the brand, caught) and
 * perhaps other members, names and list glue only: "'s Vexa Cam and ", "'s Vexa Cam, Vexa Bell and ".
 */
const POSSESSED_LIST_TO_MEMBER = new RegExp(String.raw`^['’‘]s\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}-]*)\s+[\p{Lu}\p{N}][\p{L}\p{N}.+-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.+-]*)*(?:\s*,\s*(?:the\s+)?${NAME_WORDS})*\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?$`, 'u');

/** Whether `target`, a later member of a list whose first member `source` possesses, opens with that member's brand word. */
export function sharesPossessedBrandWord(source: SentenceMention, target: SentenceMention, text: string): boolean {
  if (target.start < source.end || target.start - source.end > 160) return false;
  const brand = POSSESSED_LIST_TO_MEMBER.exec(text.slice(source.end, target.start))?.[1];
  return brand !== undefined && target.surface.startsWith(`${brand} `);
}

/**
 * Whether every member of an abstract list ("@2 , @3 and @4") opens with the first member's brand word, the first being more than
 * it: then the list after a possessive is the possessor's, whole.
 */
export function isOneBrandsList(list: string, mentions: readonly SentenceMention[]): boolean {
  const surfaces = [...list.matchAll(/@(\d+)(?! 's)/g)].map((m) => mentions[Number(m[1])]?.surface ?? '');
  const brand = surfaces[0]?.split(' ')[0] ?? '';
  return surfaces.length > 1 && /^\p{Lu}/u.test(brand) && surfaces[0] !== brand && surfaces.every((s) => s.startsWith(`${brand} `));
}
