import { GOVERNMENT_HEADS, MINISTRY_SHORT_NAMES } from './cue-words';
import type { SentenceMention } from './mention';
import { BANNED_NOUNS, LIST_NOUNS, LISTED_NOUNS, LISTING_VERBS, PASSIVE_AUX, PASSIVE_BANS, leadingReporter, trailingReporter } from './listing-phrases';

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
/**
 * Words that make the list a guess, a plan, a past or an exception: "The sanctioned firms could include A", "The companies to be
 * sanctioned …", "The apps no longer banned …", "The previously blacklisted firms …", "The firms not sanctioned …".
 */
const HEDGES: ReadonlySet<string> = new Set(['could', 'may', 'might', 'would', 'will', 'should', 'likely', 'reportedly', 'possibly', 'not', 'no', 'never', 'longer', 'formerly', 'previously', 'former', 'expected', 'set', 'due', 'proposed', 'planned', 'potential', 'unsanctioned', 'unblocked', 'delisted', 'removed']);
/** Participles that alone make a listing act; the others ("listed", "added", "placed", "targeted", "identified") need the list named. */
const ACT_PARTICIPLES: ReadonlySet<string> = new Set(['sanctioned', 'blacklisted', 'designated', 'blocklisted']);
/** A reporter who goes on to condemn the list is its target's side, not its author: "…, China's foreign ministry said, vowing to …". */
const CONDEMNING: ReadonlySet<string> = new Set(['calling', 'criticising', 'criticizing', 'condemning', 'vowing', 'slamming', 'denouncing', 'accusing', 'urging', 'warning', 'demanding', 'protesting', 'rejecting']);

/** Lower-case words of a body's name as written: "India's IT ministry", "Pakistan's telecom regulator". */
const BODY_WORDS = /\b(?:ministry|department|regulator|watchdog|authority|agency|commission|office|bureau|council|treasury)\b/i;

/**
 * Whether the reporter is a body that issues acts, not a state or its seat alone: "…, Moscow said", "…, the Kremlin said" report the
 * sanctions on their own firms as often as their authors do (stop 78's review of "Among the companies sanctioned were …, Moscow said").
 */
function isIssuingBody(m: SentenceMention): boolean {
  // "OFAC", "BIS", "MeitY": an acronym names a body; "EU" is the Union's own.
  const acronym = /^[A-Z][A-Za-z]{2,6}$/.test(m.surface) && /[A-Z].*[A-Z]/.test(m.surface);
  if (BODY_WORDS.test(m.surface) || acronym || m.surface === 'EU') return true;
  return m.surface.split(/\s+/).some((w) => GOVERNMENT_HEADS.has(w) || MINISTRY_SHORT_NAMES.has(w));
}

/** Whether the reporting clause goes on to condemn: "…, the Kremlin said, calling the measures illegal". */
function condemns(words: readonly string[], reporter: SentenceMention): boolean {
  const said = reporter.last;
  return words[said + 1] === ',' && CONDEMNING.has(words[said + 2] ?? '');
}

/** The list the sentence reports, headed by a listing or ban participle and its noun, or none. */
export function reportedListAt(words: readonly string[], mentions: readonly SentenceMention[]): ReportedList | undefined {
  // "Among the companies sanctioned were A and B, …" is the construction patterns' (among-the-blocked-were-body-said).
  if (words[0] === 'among' || words[0] === 'amongst') return undefined;
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
  // "Those added to the list include A and B": "those" stands for the listed noun.
  const noun = head[0] === 'those' || head.some((w) => LISTED_NOUNS.has(w) || BANNED_NOUNS.has(w));
  if (!noun || head.some((w, k) => HEDGES.has(w) || (w === 'to' && head[k + 1] === 'be'))) return undefined;
  // "The listed companies include A" may name a stock exchange's list: a weak participle needs the list named ("added to the Entity List").
  const listing = head.some((w) => ACT_PARTICIPLES.has(w)) || (head.some((w) => w.endsWith('ed') && LISTING_VERBS.has(w)) && head.some((w) => LIST_NOUNS.has(w)));
  const relation = head.some((w) => PASSIVE_BANS.has(w)) ? 'banned' : listing ? 'restricts' : undefined;
  const reporter = relation && (lead ?? trailingReporter(words, mentions, verb));
  // The members right after the verb: "The sanctioned firms are subsidiaries of Zenco Group" names their owner, no member.
  const first = mentions.find((m) => m.first > verb);
  const named = first !== undefined && (first.first === verb + 1 || (first.first === verb + 2 && (words[verb + 1] === ':' || words[verb + 1] === 'the')));
  if (!relation || !reporter || !named || !isIssuingBody(reporter) || (!lead && condemns(words, reporter))) return undefined;
  return { reporter, relation, head: words.slice(at, verb + 1), from: verb + 1, to: lead ? words.length : words.lastIndexOf(',', reporter.first) };
}

/**
 * "Three firms were sanctioned: A, B and C, the Treasury said", "Five apps were blocked, the ministry said: A and B": an agentless
 * passive act before a colon, its list after it, its actor the body reporting it (stop 81). `to` is where the members end.
 */
export function reportedColonAct(words: readonly string[], mentions: readonly SentenceMention[], colon: number): Omit<ReportedList, 'head' | 'from'> | undefined {
  let act = -1;
  for (let k = 1; k < colon; k++) {
    if (!PASSIVE_AUX.has(words[k - 1]!)) continue;
    const w = words[k]!;
    const listed = ACT_PARTICIPLES.has(w) || (w.endsWith('ed') && LISTING_VERBS.has(w) && words.slice(k, colon).some((x) => LIST_NOUNS.has(x)));
    if (listed || PASSIVE_BANS.has(w)) {
      act = k;
      break;
    }
  }
  if (act < 0 || words[act + 1] === 'by' || words.slice(0, act).some((w) => HEDGES.has(w))) return undefined;
  const reporter = trailingReporter(words, mentions, act);
  if (!reporter || !isIssuingBody(reporter) || mentions.some((m) => m.first < colon && m !== reporter) || condemns(words, reporter)) return undefined;
  const relation = PASSIVE_BANS.has(words[act]!) ? 'banned' : 'restricts';
  return { reporter, relation, to: reporter.first < colon ? words.length : words.lastIndexOf(',', reporter.first) };
}
