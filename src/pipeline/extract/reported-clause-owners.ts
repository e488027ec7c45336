import type { Token } from '../text/tokens';
import type { SentenceMention } from './mention';
import { COMPANY_SUFFIXES, FIRM_LAST_WORDS, FIRM_PLURALS, MONTH_NAMES, WEEKDAYS } from './cue-words';

/**
 * The one who reports a clause is what the clause's own "its", "it" or "the company" means, when nothing else in the sentence can be:
 * "Zenco wrote in a blog post that its Zeta model beats rivals", "Zenco confirmed that it had developed the Zeta chatbot", "According
 * to Zenco, the company built Zeta in six months" (helper reported, from real launch news whose makers the lexicon did not know: the
 * maker was left untyped and its product ownerless). coreference.ts asks these only after the sentence's typed firms and the firm the
 * text is about, so "Zenco said Qorva's Zeta app …" and "Qorva launched Zeta. According to Zenco, its Zeta app …" keep their owners.
 */

/**
 * Verbs of belief, hope and claim whose subject owns the "its" right after them: "Zenco believes its new Zeta display is the answer",
 * "Zenco hopes its Vexa app will win users" (helper cor94, from set 90's fresh sample: the possession is asserted even in a hope; the
 * hope is about success); and verbs of writing, telling and estimating, which read as nouns too ("Zenco wrote …", "Zenco estimates its
 * Zeta app has 5 million users"; helper reported).
 */
const REPORTING_OWN_VERBS: ReadonlySet<string> = new Set(['believes', 'believed', 'hopes', 'hoped', 'expects', 'expected', 'thinks', 'thought', 'claims', 'claimed', 'insists', 'insisted', 'argues', 'argued', 'reckons', 'maintains', 'contends', 'boasts', 'boasted', 'touts', 'touted', 'notes', 'noted', 'stated', 'states', 'added', 'adds', 'confirmed', 'confirms',
  'wrote', 'writes', 'estimates', 'estimated', 'told', 'tells', 'said', 'says', 'announced', 'announces', 'explained', 'explains', 'stressed', 'stresses', 'reported', 'reports', 'revealed', 'reveals', 'disclosed', 'discloses', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'warned', 'warns']);

/** Words that open a short phrase of where, when or to whom between a verb of saying and its "that": "in a blog post", "on Tuesday", "to investors". */
const ADJUNCT_OPENERS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'to', 'during', 'via', 'through', 'late', 'early', 'last', 'this', 'earlier', 'today', 'yesterday', 'recently', 'also', 'previously']);
/** How many words such a phrase may run to before "that". */
const ADJUNCT_REACH = 6;
/** Words that never stand in such a phrase: a negation, another owner, a clause of its own. */
const NOT_IN_ADJUNCT: ReadonlySet<string> = new Set(['not', 'never', 'its', 'their', 'his', 'her', 'it', 'they', 'which', 'who', 'whose', 'and', 'or', 'but', 'if', 'whether']);

/**
 * Whether the `subject` stands before a verb of saying, belief or claim whose reported clause opens at `at`: right after the verb, after
 * its "that", or after a short phrase of where, when or to whom and "that" ("wrote in a blog post that its …", "told Reuters that
 * its …", "said on Tuesday that it …"). `told` says whether a name is the one told ("Reuters"), the only name such a phrase may hold.
 */
export function reportsClauseAt(tokens: readonly Token[], subject: SentenceMention, at: number, named: readonly SentenceMention[], told: (m: SentenceMention) => boolean): boolean {
  const verb = subject.last;
  if (!REPORTING_OWN_VERBS.has(tokens[verb]?.lower ?? '')) return false;
  if (at === verb + 1 || (at === verb + 2 && tokens[verb + 1]!.lower === 'that')) return true;
  // "… in a blog post that its", "… Reuters that its": a phrase of up to six words, then "that" right before the clause.
  if (tokens[at - 1]?.lower !== 'that' || at - 1 - (verb + 1) > ADJUNCT_REACH) return false;
  const toldName = named.find((m) => m.first > verb && m.first <= verb + 2 && told(m));
  if (!toldName && !ADJUNCT_OPENERS.has(tokens[verb + 1]?.lower ?? '') && !WEEKDAYS.has(tokens[verb + 1]?.text ?? '')) return false;
  for (let k = verb + 1; k < at - 1; k++) {
    const t = tokens[k]!;
    if (toldName && k >= toldName.first && k < toldName.last) continue;
    if (NOT_IN_ADJUNCT.has(t.lower)) return false;
    if (!/^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(t.text) && !WEEKDAYS.has(t.text) && !MONTH_NAMES.has(t.text)) return false;
  }
  return true;
}

/** Wires and last words of outlets' names: a report they are credited with is of another ("According to Reuters, the company …"). */
const WIRES: ReadonlySet<string> = new Set(['Reuters', 'Bloomberg', 'AFP', 'AP', 'Xinhua', 'Yonhap', 'Kyodo', 'Dow Jones', 'TASS', 'Interfax']);
const OUTLET_END = /(?:^| )(?:News|Times|Post|Herald|Tribune|Journal|Gazette|Chronicle|Observer|Telegraph|Daily|Today|Insider|Wire|Magazine|Press|Radio|TV|Television|Research|Analytics|Intelligence|Consulting|Securities)$/;

/**
 * "According to Zenco, its Zeta app has 5 million users", "According to Qorva, the company built Zeta in-house", "According to Zenco,
 * it developed Zeta alone": the source credited at the sentence's opening is what the clause's pointing word at `at`, right after the
 * credit's comma, means, when nothing else can be (a firm's own news credited to it). An outlet, a wire or an analysts' firm credited
 * ("According to Reuters, …", "According to Vexa Research, …") reports on another; a name of people ("According to Ana Borin, …")
 * owns nothing here. A name no rule typed is typed a company, as ownerBySubject types the subject of a firm's deed.
 */
export function creditedReporter(tokens: readonly Token[], named: readonly SentenceMention[], untyped: readonly SentenceMention[], at: number): SentenceMention | undefined {
  if (tokens[0]?.lower !== 'according' || tokens[1]?.lower !== 'to' || tokens[at - 1]?.text !== ',') return undefined;
  const first = tokens[2]?.lower === 'the' ? 3 : 2;
  const credit = [...named, ...untyped].find((m) => m.first === first && m.last === at - 1);
  if (!credit || WIRES.has(credit.surface) || OUTLET_END.test(credit.surface)) return undefined;
  if (credit.source === 'coref') return undefined;
  // A name the lexicon knows as a firm, or one of one word or with a firm's word at its end ("According to Zenco Robotics, …");
  // "According to Ana Borin, the company …" names a person, whom a name rule may have typed a company by the description after her.
  const end = tokens[credit.last - 1]!.text;
  if (credit.source !== 'lexicon' && credit.last - credit.first > 1 && !COMPANY_SUFFIXES.has(end) && !FIRM_PLURALS.has(end) && !FIRM_LAST_WORDS.has(end)) return undefined;
  if (credit.type === 'company') return credit;
  if (credit.source !== 'unknown' || !untyped.includes(credit)) return undefined;
  credit.type = 'company';
  credit.source = 'rule';
  return credit;
}
