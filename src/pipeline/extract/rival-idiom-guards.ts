import type { SentenceMention } from './mention';
import { mentionAt } from './clause';

/**
 * Guards on rivals' idioms read from a verb (helper fixrv, from an adversarial review of the rv81 idioms): what the idiom is done to
 * must be the rival itself or its market, not another's bid or gains, nor a firm named by its tie to the subject; inflation or a
 * political race is no party; a firm set against another's product is set against its owner only after a rival's noun.
 */

/** After "Qorva's": what makes an idiom's object no rival ("stood up to Qorva's hostile bid", "kept pace with Qorva's gains"). */
const NOT_A_RIVALS_THING: ReadonlySet<string> = new Set(['bid', 'bids', 'offer', 'offers', 'order', 'orders', 'gains', 'gain', 'losses', 'executives', 'executive', 'argument', 'arguments', 'proposal', 'proposals', 'demand', 'demands', 'approach', 'overtures', 'advances', 'takeover', 'lawsuit', 'claims', 'claim', 'board', 'management', 'founder', 'founders', 'chief', 'ceo', 'boss', 'investors', 'shareholders', 'creditors', 'lenders', 'terms', 'request', 'requests', 'pressure', 'criticism', 'tactics', 'deadline', 'stock', 'shares', 'rally', 'results', 'earnings', 'forecast', 'forecasts']);

/** A bid's nouns, before "from" or "by" and the bidder. */
const BIDS: ReadonlySet<string> = new Set(['bid', 'bids', 'offer', 'offers', 'approach', 'approaches', 'takeover', 'proposal', 'proposals', 'overtures', 'advances']);

/** A firm named by its tie to the subject ("its landlord Qorva", "Qorva, its main lender"): a counterpart, no rival. */
const TIE_NOUNS: ReadonlySet<string> = new Set(['landlord', 'landlords', 'tenant', 'tenants', 'customer', 'customers', 'client', 'clients', 'supplier', 'suppliers', 'parent', 'partner', 'partners', 'owner', 'owners', 'investor', 'investors', 'backer', 'backers', 'lender', 'lenders', 'creditor', 'creditors', 'shareholder', 'shareholders', 'subsidiary', 'subsidiaries', 'distributor', 'distributors', 'licensee', 'licensor', 'contractor', 'contractors', 'ally', 'allies', 'affiliate', 'acquirer', 'buyer', 'insurer', 'auditor', 'union', 'regulator', 'regulators']);

const LOWER_WORD = /^[a-z]+(?:-[a-z]+)*$/;

/** Conjunctions opening a clause of its own after a verb's object: "beat the market as Qorva faltered" (fewer than clause.ts's
 * CLAUSE_OPENERS, which also end a list at relative pronouns, reporting words and "and"). */
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['as', 'while', 'whereas', 'when', 'because', 'since', 'after', 'before', 'but', 'although', 'though']);
/** Prepositions that put a rival past a verb's first words ("compete with", "hold its own against"): no plain object. */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'against', 'to', 'for', 'in', 'on', 'at', 'from', 'of', 'up', 'off']);

/**
 * An object that no rival is, named right after a rival's verb before any name: "beat estimates as Qorva reported", "took on the
 * project with Qorva", "took on debt from Qorva" (helper cmp90b). A name past it is a partner, a lender or another clause's subject.
 */
const NO_PARTY_OBJECTS: ReadonlySet<string> = new Set(['estimates', 'estimate', 'expectations', 'forecasts', 'consensus', 'guidance', 'targets', 'project', 'projects', 'role', 'roles', 'job', 'jobs', 'task', 'tasks', 'work', 'debt', 'debts', 'loans', 'risk', 'risks', 'responsibility', 'responsibilities', 'staff', 'workers', 'employees', 'contract', 'contracts', 'assignment', 'case', 'cases', 'duties', 'mantle', 'position', 'post']);

/** What a firm takes over from another, after its possessive: "took on Qorva's debt", "Qorva's staff", "Qorva's role" (no standing). */
const TAKEN_OVER_LOADS: ReadonlySet<string> = new Set([...[...NO_PARTY_OBJECTS].filter((w) => !['mantle', 'position', 'post'].includes(w)), 'liabilities', 'obligations', 'pensions', 'leases', 'workforce']);

/**
 * Whether the object of a rival's verb ending before `at` is no rival: another's bid, offer or gains after the name, or a tie
 * noun before the name or set off after it ("stood up to its biggest customer, Qorva", "squared up to its landlord Qorva").
 */
export function idiomObjectIsNoRival(words: readonly string[], at: number): boolean {
  let k = at;
  // "compete for customers", "vie for the same clients": what firms contend "for" is the prize, no counterpart, unless a firm is
  // named as it ("battled for its customer Qorva") (helper cp85).
  let prize = words[at - 1] === 'for';
  let tieAt = -1;
  // Up to five words before the name: "its parent company", "its biggest customer ,".
  // ("its@0", a resolved "its", is no name here.)
  for (; k < at + 6 && k < words.length && (mentionAt(words, k) === undefined || words[k]!.startsWith('its@')); k++) {
    if (words[k] === 'for' && k === at) prize = true;
    if (!prize && NO_PARTY_OBJECTS.has(words[k]!)) return true;
    // "outfoxed the critics as Qorva watched": a plain object, then a clause of its own whose subject is the name (helper cmp90b).
    if (k > at && CLAUSE_CONJUNCTIONS.has(words[k]!) && words.slice(at, k).every((w) => LOWER_WORD.test(w) && !OBJECT_PREPOSITIONS.has(w) && !/ly$/.test(w))) return true;
    if (TIE_NOUNS.has(words[k]!)) {
      if (!prize) return true;
      tieAt = k;
    }
  }
  if (mentionAt(words, k) === undefined) return false;
  // "fend off a hostile bid from Qorva", "rebuffed an approach by Qorva": the bidder for the subject is no rival by that (stop 91,
  // from the eighty-second fresh sample).
  if (/^(?:from|by)$/.test(words[k - 1] ?? '') && words.slice(at, k - 1).some((w) => BIDS.has(w))) return true;
  // Past the prize only a firm after "with" or "against" is a rival ("compete for clients with Qorva"); the rest name the prize's
  // members ("for its client Qorva", "for customers such as Qorva") or a place the tagger may take for a firm ("for clients in Zembla").
  if (tieAt >= 0) return words[k - 1] !== 'with' && words[k - 1] !== 'against';
  if (words[k + 1] === "'s") {
    // "Qorva's hostile bid", "Qorva's latest offer": up to two describing words before the noun.
    // "took on Qorva's debt", "will take on Qorva's role as supplier": a load taken over from the name is no contest with it (helper
    // relfam); a standing challenged ("challenged Qorva's position") or a prize ("competes for Qorva's contracts") still is.
    for (let n = k + 2; n < k + 5 && LOWER_WORD.test(words[n] ?? ''); n++) if (NOT_A_RIVALS_THING.has(words[n]!) || (!prize && TAKEN_OVER_LOADS.has(words[n]!))) return true;
    return false;
  }
  // "Qorva, its main lender", "Qorva, the company's landlord".
  if (words[k + 1] === ',' && /^(?:its|their|the)$/.test(words[k + 2] ?? '')) {
    for (let n = k + 3; n < k + 6 && LOWER_WORD.test(words[n] ?? ''); n++) if (TIE_NOUNS.has(words[n]!)) return true;
  }
  return false;
}

/** Common words the tagger may take for a firm that wear down margins or share: "Inflation ate into Zenco's margins". */
const NOT_A_FIRM: ReadonlySet<string> = new Set(['inflation', 'brexit', 'costs', 'tariffs', 'taxes', 'recession', 'pandemic', 'covid', 'covid-19', 'weather', 'demand', 'competition', 'regulation', 'interest rates', 'rates', 'currency', 'war', 'strikes']);

/** Figures of an idiom of an uneven contest, which name no party: "a David versus Goliath battle with Qorva". */
const IDIOM_FIGURES: ReadonlySet<string> = new Set(['david', 'goliath', 'goliaths']);

/** Whether a party is a figure of the idiom, both figures named in the sentence ("David and Goliath", "David vs. Goliath", "a David to Qorva's Goliath"). */
export function isIdiomFigure(party: SentenceMention, names: readonly SentenceMention[]): boolean {
  const figure = (m: SentenceMention): boolean => IDIOM_FIGURES.has(m.surface.toLowerCase());
  return figure(party) && new Set(names.filter(figure).map((m) => m.surface.toLowerCase().replace(/s$/, ''))).size === 2;
}

/** A political contest: the parties of "closing the gap in the polls", "the race for the White House" are candidates, not firms. */
const POLITICAL_CONTEST = /\b(?:polls?|polling|elections?|electoral|presidency|presidential|nomination|primaries|ballots?|voters|caucus(?:es)?|white house|senate|congress|parliament|governorship|mayoralty)\b/i;

/**
 * Whether a rival claim between these parties is no rivalry: a common word as a party, or untyped names in a political contest.
 * `words` is the sentence's abstract text (names as "@0"); `names` its mentions, for a contest named by a name ("the White House").
 */
export function notRivalParties(parties: readonly SentenceMention[], words: string, names: readonly SentenceMention[]): boolean {
  if (parties.some((m) => NOT_A_FIRM.has(m.surface.toLowerCase()))) return true;
  return parties.every((m) => m.source === 'unknown') && (POLITICAL_CONTEST.test(words) || names.some((m) => POLITICAL_CONTEST.test(m.surface)));
}

/**
 * "copied features from rival Qorva's Vexa app": a firm set against a thing another owns by a rival's noun is set against its owner
 * (the thing owned is a rival only of a thing). After a verb the owner is not named as the rival ("Zenco kept pace with Qorva's
 * Vexa", "a startup with the ambition to rival Zenco's Qorva": real news's readers take no firm pair there), so the owned thing
 * stays the target only for a firm that is also a product ("AWS competes with Microsoft's Azure"), else there is none.
 * `ownerOf` gives the name right before "'s" before a target.
 */
export function firmsRivals(source: SentenceMention, targets: readonly SentenceMention[], ownerOf: (m: SentenceMention) => SentenceMention | undefined, byNoun: boolean): SentenceMention[] {
  if (source.type !== 'company') return [...targets];
  const alsoThing = source.alsoTypes?.some((t) => t === 'product' || t === 'model') ?? false;
  const out: SentenceMention[] = [];
  for (const target of targets) {
    const owner = target.type === 'company' && target.source !== 'unknown' ? undefined : ownerOf(target);
    const party = !owner || owner === source || alsoThing ? target : byNoun ? owner : undefined;
    if (party && !out.includes(party)) out.push(party);
  }
  return out;
}

/** Verbs of a rank taken or a contest won, right before "its competitor": what they beat is a thing set against the subject. */
const RANK_TAKEN_BEFORE = /^(?:surpass|surpasses|surpassed|surpassing|overtake|overtakes|overtook|overtaken|overtaking|outsell|outsells|outsold|outselling|outpace|outpaces|outpaced|outpacing|beat|beats|beating|eclipse|eclipses|eclipsed|eclipsing|outperform|outperforms|outperformed|outperforming|top|tops|topped|topping|dethrone|dethroned|dethroning|displace|displaced|displacing|unseat|unseated|unseating)$/;

/** Singular nouns of a firm's unnamed thing: "its competitor Qorva's product" names a product as the competitor. */
const UNNAMED_THINGS: ReadonlySet<string> = new Set(['product', 'offering', 'fund', 'service', 'app', 'platform', 'device', 'model', 'chatbot', 'token', 'coin']);

/**
 * Whether a singular rival's noun after "its" or "their", the object of a verb of a rank taken, names another's unnamed thing, not the
 * firm: "ZFND grew, surpassing its competitor Qorva's product" sets the fund against a product of Qorva's, and names no rival firm
 * (helper riv100). Plural things after the name keep the firm ("outsold rival Qorva's products"), so does a named thing ("its rival
 * Qorva's Vexa app"), and so does the noun in a subject ("Zenco and its rival Qorva's product both sold well").
 */
export function rivalIsOthersThing(words: readonly string[], t: number): boolean {
  if (!RANK_TAKEN_BEFORE.test(words[t - 2] ?? '') || !/^(?:its|their)(?:@\d+)?$/.test(words[t - 1] ?? '') || !/^(?:rival|competitor|challenger)$/.test(words[t] ?? '')) return false;
  if (mentionAt(words, t + 1) === undefined || words[t + 2] !== "'s") return false;
  const head = LOWER_WORD.test(words[t + 3] ?? '') && !UNNAMED_THINGS.has(words[t + 3]!) ? t + 4 : t + 3;
  return UNNAMED_THINGS.has(words[head] ?? '') && mentionAt(words, head + 1) === undefined;
}
