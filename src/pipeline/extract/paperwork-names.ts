import type { Token } from '../text/tokens';
import type { SentenceMention } from './mention';
import { LEAVE_PAPER_WORDS } from './cue-words';

/**
 * Capitalised words that only say which kind of document, filing, granted status or event is meant, no made thing, firm or
 * target (helper fp82's fresh news samples): "writes SOAP notes", "a Breakthrough Device designation", "entering DFS contests",
 * "filed a De Novo request", "an IND application", "released a White Paper".
 */

/** Kinds of paper or event a name before them only qualifies: "SOAP notes", "510(k) clearance", "DFS contests". */
const KIND_WORDS_AFTER: ReadonlySet<string> = new Set(['notes', 'clearance', 'clearances', 'designation', 'designations', 'pathway', 'contests', 'contest']);
/**
 * Filings a name before them may also have filed ("a Qorva Labs filing"): only a name in capitals alone ("an IND application")
 * or one after "a"/"an" that no rule typed a firm ("filed a De Novo request") names the kind of filing.
 */
const FILED_WORDS_AFTER: ReadonlySet<string> = new Set(['request', 'requests', 'application', 'applications', 'submission', 'submissions', 'petition', 'petitions']);
/**
 * Last words of a name that make it a document's title: "a White Paper", "its Annual Report", "Breakthrough Device Designation".
 * A leave's paper too (LEAVE_PAPER_WORDS: "suspended the airline's TCO Authorisation").
 */
const PAPERWORK_LAST_WORDS: ReadonlySet<string> = new Set(['Paper', 'Papers', 'Designation', 'Request', 'Clearance', 'Submission', 'Petition', ...LEAVE_PAPER_WORDS]);
/**
 * "Report" ends outlets' names too ("news website Zembla Report", "the Qorva Report"): a report's title only after a word that says
 * which kind of report ("its Annual Report", "a Transparency Report").
 */
const REPORT_WORDS: ReadonlySet<string> = new Set(['Report', 'Reports']);
const REPORT_KINDS: ReadonlySet<string> = new Set(['Annual', 'Quarterly', 'Interim', 'Final', 'Technical', 'Progress', 'Sustainability', 'Transparency', 'Impact', 'Status', 'Special', 'Safety', 'Risk', 'Earnings', 'Financial', 'Half-Year', 'Half-Yearly', 'Preliminary', 'Validation', 'Evaluation', 'Assessment', 'Audit', 'Investigation', 'Inquiry', 'Review', 'Study', 'Incident', 'Research', 'Threat', 'Market']);

/** Whether a name no lexicon entry holds only names a kind of paperwork or event (see above). */
export function namesPaperwork(m: SentenceMention, tokens: readonly Token[]): boolean {
  if (m.source === 'lexicon') return false;
  const next = tokens[m.last];
  const after = next && !next.capitalized ? next.lower : '';
  if (KIND_WORDS_AFTER.has(after) && !kindWordIsVerb(tokens, m.last)) return !ruledParty(m);
  if (FILED_WORDS_AFTER.has(after)) {
    if (m.last - m.first === 1 && /^\p{Lu}{2,5}$/u.test(m.surface)) return true;
    return /^an?$/i.test(tokens[m.first - 1]?.text ?? '') && !ruledParty(m);
  }
  // "the Third Country Operator (TCO) Authorisation": a leave's paper word left alone after a bracket names no one (helper fpy93).
  if (m.last - m.first === 1 && LEAVE_PAPER_WORDS.has(m.surface)) return true;
  if (m.last - m.first < 2 || firmApposition(tokens, m.last)) return false;
  if (namesDrugFiling(tokens, m)) return true;
  const lastWord = tokens[m.last - 1]!.text;
  return PAPERWORK_LAST_WORDS.has(lastWord) || (REPORT_WORDS.has(lastWord) && REPORT_KINDS.has(tokens[m.last - 2]!.text));
}

/** Words that make an "Application" a regulator's filing: "Investigational New Drug Application", "Biologics License Application". */
const DRUG_FILING_WORDS: ReadonlySet<string> = new Set(['Drug', 'Biologics', 'Biologic', 'License', 'Licence', 'Marketing', 'Investigational', 'Exemption', 'Authorization', 'Authorisation']);

/**
 * Whether the name holds a drug regulator's filing, "… Drug Application" or "… License Application", though words run on after it
 * ("the Investigational New Drug Application for Zeta"): a filing is no made thing (helper vcx93, from set 88's vaccine reader).
 */
function namesDrugFiling(tokens: readonly Token[], m: SentenceMention): boolean {
  for (let k = m.first + 1; k < m.last; k++) {
    if ((tokens[k]!.text === 'Application' || tokens[k]!.text === 'Applications') && DRUG_FILING_WORDS.has(tokens[k - 1]!.text)) return true;
  }
  return false;
}

/** Whether a rule typed the name a firm or a body: such a name is a party, not a kind of paper ("a Qorva Labs filing"). */
function ruledParty(m: SentenceMention): boolean {
  return m.source === 'rule' && (m.type === 'company' || m.type === 'government');
}

/** Words after a kind word that make it a verb with its object: "Zenco notes that …", "Qorva contests the ban", "notes its rival Zenco". */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'some', 'any', 'all', 'every', 'each']);

/** Whether the kind word at `k` is a verb (review 82b): a determiner, "that", a possessive pronoun or a capitalised name follows it. */
function kindWordIsVerb(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return next !== undefined && (OBJECT_OPENERS.has(next.lower) || next.capitalized);
}

/** Nouns of a firm an apposition may say a name is: "Vexa Request, a ticketing startup, …". */
const FIRM_NOUNS: ReadonlySet<string> = new Set(['startup', 'start-up', 'company', 'firm', 'maker', 'developer', 'provider', 'operator', 'group', 'business', 'platform', 'unicorn', 'outfit', 'subsidiary', 'unit', 'vendor', 'supplier']);

/** Whether an apposition after the name ending before `k` calls it a firm: "Vexa Request, a ticketing startup, develops …". */
function firmApposition(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.text !== ',' || !/^(?:a|an|the)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  for (let i = k + 2; i < tokens.length && i <= k + 6; i++) {
    if (tokens[i]!.text === ',') return false;
    if (FIRM_NOUNS.has(tokens[i]!.lower)) return true;
  }
  return false;
}
