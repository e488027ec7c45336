import type { RelationKind } from '../relation-registry';
import { claimStatus } from './claim-status';
import type { ClaimCollector, SentenceContext } from './claim-check';
import { afterEnumerationCue, mentionAt } from './clause';

/**
 * Relations written inside a hyphenated compound before a name: "Meta-owned WhatsApp",
 * "ByteDance-made Doubao", "Alibaba-backed Moonshot AI". The name in the compound is a mention
 * of its own (lexicon-mentions.ts reads the parts of a hyphenated word); what it does to the
 * name after it is the compound's participle. Rules as data: each says why it holds.
 */
export interface CompoundRule {
  /** The participle after the hyphen. */
  suffix: string;
  relation: RelationKind;
  /** The name after the compound acts on the one inside it ("ChatGPT-maker OpenAI": OpenAI makes ChatGPT). */
  nameAfterActs?: true;
  reason: string;
}

export const COMPOUND_RULES: readonly CompoundRule[] = [
  { suffix: 'owned', relation: 'develops', reason: '"Meta-owned WhatsApp": owning a product is providing it' },
  { suffix: 'made', relation: 'develops', reason: '"ByteDance-made Doubao": the maker' },
  { suffix: 'developed', relation: 'develops', reason: '"Google-developed Gemma": the developer' },
  { suffix: 'built', relation: 'develops', reason: '"OpenAI-built Codex": the builder' },
  { suffix: 'designed', relation: 'develops', reason: '"Huawei-designed Ascend": the designer' },
  { suffix: 'operated', relation: 'develops', reason: '"Tencent-operated WeChat": the operator provides it' },
  { suffix: 'manufactured', relation: 'develops', reason: '"Zenco-manufactured Vela": the manufacturer' },
  { suffix: 'produced', relation: 'develops', reason: '"Zenco-produced Zeta": the producer' },
  { suffix: 'issued', relation: 'develops', reason: '"Zenco-issued Zeta": a coin\'s or a card\'s issuer makes it, as the noun "issuer" says (stop 56\'s readers)' },
  { suffix: 'backed', relation: 'invests_in', reason: '"Alibaba-backed Moonshot AI": the backer invests' },
  { suffix: 'sanctioned', relation: 'restricts', reason: '"US-sanctioned Huawei": the state whose sanctions the firm is under restricts it' },
  { suffix: 'blacklisted', relation: 'restricts', reason: '"US-blacklisted SMIC": a blacklist restricts (the real-dev rules)' },
  { suffix: 'banned', relation: 'banned', reason: '"India-banned TikTok": the state that banned it' },
  { suffix: 'designated', relation: 'restricts', reason: '"Washington-designated Zenco": a state\'s designation puts the firm under its sanctions' },
  { suffix: 'blocklisted', relation: 'restricts', reason: '"US-blocklisted Zenco": a blocklist restricts, as a blacklist does' },
  // A maker's noun after the hyphen: the name after the compound is the maker ("ChatGPT-maker OpenAI", written as "ChatGPT maker OpenAI" too).
  { suffix: 'maker', relation: 'develops', nameAfterActs: true, reason: '"ChatGPT-maker OpenAI": the name after the compound makes the one in it' },
  { suffix: 'owner', relation: 'develops', nameAfterActs: true, reason: '"TikTok-owner ByteDance": owning a product is providing it' },
  { suffix: 'parent', relation: 'develops', nameAfterActs: true, reason: '"TikTok-parent ByteDance": the parent provides the product' },
  { suffix: 'developer', relation: 'develops', nameAfterActs: true, reason: '"Zeta-developer Zenco": the developer' },
  { suffix: 'creator', relation: 'develops', nameAfterActs: true, reason: '"ChatGPT-creator OpenAI": the creator' },
  { suffix: 'publisher', relation: 'develops', nameAfterActs: true, reason: '"Zeta-publisher Zenco": a game\'s publisher provides it (as in "Zenco published Zeta")' },
];

const BY_SUFFIX = new Map(COMPOUND_RULES.map((r) => [r.suffix, r]));

/** The text right after a state's name that makes it the actor of a compound: "-sanctioned", "-banned" (the rules above whose relation a state carries out). */
const STATE_ACT_AFTER = new RegExp(`^-(?:${COMPOUND_RULES.filter((r) => r.relation === 'banned' || r.relation === 'restricts').map((r) => r.suffix).join('|')})\\b`, 'i');

/** Whether `afterName` (the text after a state's name) opens a compound in which the state acts: "US-sanctioned firms A and B" names no firms' location. */
export function opensStateActCompound(afterName: string): boolean {
  return STATE_ACT_AFTER.test(afterName);
}
/** Between two names sharing one participle: the first's bare hyphen and "and" ("US- and UN-designated"), or a comma ("US-, EU- and UK-sanctioned" reads its last two). */
const SUSPENDED_HYPHEN = /^-\s*(?:,|and|or)\s+$/;
/** Lower-case words allowed between the compound and the name: "Meta-owned messaging app WhatsApp". */
const REACH = 3;
/** Prepositions end those words: "a Zenco-owned app similar to Qorva's Orbit" names no Qorva-owned thing. */
const RUN_STOPS: ReadonlySet<string> = new Set(['to', 'for', 'with', 'from', 'by', 'of', 'in', 'on', 'at', 'than', 'like', 'as', 'and', 'or']);

/** A stake's nouns after the name: "a Qorva-owned Zeta stake" (the owner holds shares, it makes nothing). */
const HOLDING_AFTER = /^(?:stakes?|shares?|holdings?|interests?|equity)$/;

export function findCompoundRelations(context: SentenceContext, claims: ClaimCollector): void {
  const { sentence, mentions, text } = context;
  const { words } = sentence;
  for (let i = 0; i < words.length; i++) {
    const a = mentionAt(words, i);
    if (a === undefined) continue;
    const owner = mentions[a]!;
    const compound = /^-([a-z]+)\b/.exec(text.slice(owner.end, owner.end + 16));
    const rule = compound ? BY_SUFFIX.get(compound[1]!) : undefined;
    if (!rule) continue;
    // "U.S.-sanctioned": after a name ending in a stop the hyphen and the participle are words of their own.
    const from = words[i + 1] === '-' && words[i + 2] === compound![1] ? i + 3 : i + 1;
    let k = from;
    while (k < words.length && k < from + REACH && /^[a-z][a-z-]*$/.test(words[k]!) && !RUN_STOPS.has(words[k]!)) k++;
    // "Zenco-owned apps, such as Vela and Orbo": the names a plural enumerates after it.
    if (k > from && /s$/.test(words[k - 1] ?? '') && mentionAt(words, k) === undefined) k = enumerationAt(words, k);
    // "Zeta, a Zenco-owned app, …": a compound in an apposition says what it did to the name the apposition describes.
    const b = mentionAt(words, k) ?? (k > from && !/s$/.test(words[k - 1]!) ? describedBefore(words, i) : undefined);
    if (b === undefined) continue;
    // "a Qorva-owned Zeta stake": what is owned is a stake in the name, which is no product of the owner.
    if (HOLDING_AFTER.test(words[k + 1] ?? '')) continue;
    const trigger = text.slice(owner.start, owner.end + compound![0].length);
    const at = sentence.tokens[i]!.at;
    const status = claimStatus(sentence.text.slice(0, at), '');
    if (rule.nameAfterActs) {
      // The maker is named right after the compound (a description may stand between: "TikTok-owner Chinese firm ByteDance").
      if (mentionAt(words, k) !== undefined) claims.add(mentions[b]!, rule.relation, owner, status, trigger, `compound:${rule.suffix}`);
      continue;
    }
    claims.add(owner, rule.relation, mentions[b]!, status, trigger, `compound:${rule.suffix}`);
    // "US- and UN-designated Zenco": a name whose hyphen waits for the participle after "and" acts as well (stop 81, from stop 80's fresh samples).
    for (let c = a - 1, next = owner; c >= 0 && SUSPENDED_HYPHEN.test(text.slice(mentions[c]!.end, next.start)) && mentions[c] !== mentions[b]; next = mentions[c--]!) {
      claims.add(mentions[c]!, rule.relation, mentions[b]!, status, text.slice(mentions[c]!.start, owner.end + compound![0].length), `compound:${rule.suffix}`);
    }
    // "Meta-owned apps WhatsApp, Instagram and Messenger": after a plural noun, every name of the list.
    if (!/s$/.test(words[pluralBefore(words, k)] ?? '') || k === from) continue;
    for (let j = k + 1; ; ) {
      if (words[j] === ',') j++;
      if (words[j] === 'and' || words[j] === 'or') j++;
      const next = j > k + 1 ? mentionAt(words, j) : undefined;
      if (next === undefined || words[j + 1] === "'s") break;
      claims.add(owner, rule.relation, mentions[next]!, status, trigger, `compound:${rule.suffix}`);
      k = j;
      j = k + 1;
    }
  }
}

/** The name an apposition opening with "a"/"an"/"the" right before word `i` describes: "@0 , a" → @0. */
function describedBefore(words: readonly string[], i: number): number | undefined {
  return /^(?:a|an|the)$/.test(words[i - 1] ?? '') && words[i - 2] === ',' ? mentionAt(words, i - 3) : undefined;
}

/** After a plural, where the names it enumerates begin (", such as", "like", "including"), else `at`. */
function enumerationAt(words: readonly string[], at: number): number {
  const k = afterEnumerationCue(words, at, PLURAL_LIST_CUES);
  if (k < 0) return at;
  return words[k] === 'the' ? k + 1 : k;
}

const PLURAL_LIST_CUES: ReadonlySet<string> = new Set(['like', 'including']);

/** The word before the one at `k`, over an enumeration's cue ("apps , such as"): the plural it follows. */
function pluralBefore(words: readonly string[], k: number): number {
  let j = k - 1;
  while (j > 0 && /^(?:,|such|as|like|including|the)$/.test(words[j]!)) j--;
  return j;
}
