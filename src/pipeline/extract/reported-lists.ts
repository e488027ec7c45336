import type { SentenceMention } from './mention';
import { BANNED_NOUNS, LISTED_NOUNS, LISTING_VERBS, PASSIVE_BANS, leadingReporter, trailingReporter } from './listing-phrases';

/**
 * "The sanctioned companies are A, B and C, the Treasury said", "The blocked websites include A and B, according to the
 * ministry", "The Commerce Department said the blacklisted entities include A and B": a list headed by its act's participle,
 * with no act before it, whose actor is the state body reporting it. Stop 81, from stop 80's fresh samples: the act stated
 * only in the participle of the list's head.
 */
export interface ReportedList {
  reporter: SentenceMention;
  relation: 'banned' | 'restricts';
  /** The head's words, from its noun phrase to its verb ("sanctioned companies are"). */
  head: readonly string[];
  /** Where the members may stand: after the head's verb, up to the reporting clause. */
  from: number;
  to: number;
}

/** The verbs that set out a list after its head. */
const LIST_VERBS: ReadonlySet<string> = new Set(['include', 'includes', 'included', 'are', 'were']);
/** The most words between the head's determiner and its verb: "firms sanctioned on Monday are". */
const MAX_HEAD_WORDS = 5;
/** Words that make the list a guess or a plan: "The sanctioned firms could include A". */
const HEDGES: ReadonlySet<string> = new Set(['could', 'may', 'might', 'would', 'will', 'should', 'likely', 'reportedly', 'possibly']);

/** The list the sentence reports, headed by a listing or ban participle and its noun, or none. */
export function reportedListAt(words: readonly string[], mentions: readonly SentenceMention[]): ReportedList | undefined {
  const lead = leadingReporter(words, mentions);
  let at = lead ? lead.last + 1 : 0;
  if (lead && words[at] === 'that') at++;
  if (words[at] === 'the' || words[at] === 'these') at++;
  let verb = -1;
  for (let k = at + 1; k <= at + MAX_HEAD_WORDS && k < words.length; k++) {
    if (LIST_VERBS.has(words[k]!)) {
      verb = k;
      break;
    }
  }
  if (verb < 0 || mentions.some((m) => m.first >= at && m.first < verb)) return undefined;
  const head = words.slice(at, verb);
  if (head.some((w) => HEDGES.has(w)) || !head.some((w) => LISTED_NOUNS.has(w) || BANNED_NOUNS.has(w))) return undefined;
  const relation = head.some((w) => PASSIVE_BANS.has(w)) ? 'banned' : head.some((w) => w.endsWith('ed') && LISTING_VERBS.has(w)) ? 'restricts' : undefined;
  const reporter = relation && (lead ?? trailingReporter(words, mentions, verb));
  // The members right after the verb: "The sanctioned firms are subsidiaries of Zenco Group" names their owner, no member.
  const first = mentions.find((m) => m.first > verb);
  const named = first !== undefined && (first.first === verb + 1 || (first.first === verb + 2 && (words[verb + 1] === ':' || words[verb + 1] === 'the')));
  if (!relation || !reporter || !named) return undefined;
  return { reporter, relation, head: words.slice(at, verb + 1), from: verb + 1, to: lead ? words.length : words.lastIndexOf(',', reporter.first) };
}
