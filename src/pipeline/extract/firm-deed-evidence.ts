import { isPossessive, type Token } from '../text/tokens';
import { isMadeKind } from './cue-words';

/**
 * What a firm says it got, right after an unknown name: "Zenco said on Tuesday it has received a firm order for 40 turbines", "Qorva
 * said it had won a contract worth $5 million", "Vexa announced that it has received FDA clearance". Orders, contracts and a
 * regulator's approval of goods come to a firm, and "it" (not "he" or "she") speaks of the name as a thing: the name is a firm's for
 * the whole article, though the tagger knows a first name or a common word in it ("Harmony", "Summit") (helper unk95, real company
 * news of firms the lexicon does not know). Not "said it was …", "said it would …": "it" there may be anything.
 */
const SAID_IT_GOT = /^,? ?(?:said|says|announced|announces|reported|reports|confirmed|confirms)(?: (?:on|late on|early on) \w+| today| yesterday| this week| last week| in a (?:statement|filing|regulatory filing|press release))?,?(?: that)? it (?:has |had |have )?(?:received|won|secured|signed|booked|landed|bagged|clinched|obtained) (?:[a-z0-9$€£.,-]+ ){0,5}?(?:orders?|contracts?|(?:regulatory|marketing|fda|ce|ce mark|510\(k\)) (?:approval|clearance|certification))\b/;
/** An order of goods the name itself got, counted or priced: "Zenco has received a firm order for 40 turbines", "Qorva won orders worth $9 million". */
const GOT_ORDER = /^(?:has |had |have )?(?:received|won|secured|booked|landed|bagged|clinched) (?:an? )?(?:[a-z0-9$€£.,-]+ ){0,3}?orders? (?:for|worth|valued at) (?:up to |more than |about |another )?(?:\d|\$|€|£|us\$|two|three|four|five|six|seven|eight|nine|ten|twelve|dozens)/;
/**
 * A regulator's approval the name got for goods "its" own: "Zenco has obtained CE mark approval for two new sizes of its Vela stent",
 * "Qorva won FDA clearance to market its Zeta pump" (helper pos95, real device makers' news: the firm stayed untyped before "has").
 * "its" speaks of the name as a thing (a person's is "his" or "her"); an approval alone ("Gordon won approval for the plan") is not enough.
 */
const GOT_APPROVAL_FOR_ITS = /^(?:has |had |have )?(?:now |also |finally )?(?:received|won|secured|obtained|gained|earned|got) (?:[a-z0-9.()'-]+ ){0,4}?(?:approvals?|clearances?|certifications?|authori[sz]ations?|marks?) (?:for|of|to (?:market|sell|launch|use)) (?:(?!his |her |their |a |an |the )[a-z0-9,-]+ ){0,4}?its [a-z0-9]*[^\s]/;
/**
 * "Misty, which makes the Vela pump, …": a maker's verb in a relative clause opened by "which" (a person takes "who") before a
 * made thing: an article, a possessive or a capitalised name. Not "which makes it easy", "which makes up", "which makes sense".
 */
const WHICH_MAKES = /^, which (?:makes|manufactures|produces|develops|designs|builds) (?:the |a |an |its |[A-Z0-9])/;
/**
 * A recall of goods the name made or sold: "Zenco is recalling its Zeta treats", "Qorva recalls 300,000 Vexa models", "Kappa issued a
 * voluntary recall of …" (helper rcl97, from real car, toy and pet-food recalls whose firms the lexicon did not know). A count or
 * "its" must follow the verb, and "its" only after "is recalling" or "has recalled": a person who "recalled its founding" remembers it,
 * as one who "recalled 20 years of …" does.
 */
const RECALLS_GOODS = /^(?:(?:is|are|was|has|have|had) (?:now |also |voluntarily |again |quietly )*(?:recalling|recalled) (?:(?:all|some|certain|select|more|several) (?:of )?)?(?:its|their) |(?:(?:is|are|was|were|has|have|had) )?(?:now |also |voluntarily |again |quietly )*(?:recalling|recalled|recalls) (?:(?:about|approximately|nearly|almost|around|roughly|some|more than|over|up to|another|an additional|an estimated) )*\d[\d,.]*(?: (?:million|thousand|m|k))? (?!(?:years?|days?|months?|weeks?|hours?|decades?|times|percent|per cent|%|am|pm|a\.m\.|p\.m\.)(?= |$)))|^(?:(?:has|have|had) )?(?:now |also |voluntarily )*(?:issued|issues|announced|announces|expanded|expands|initiated|initiates) (?:a |an |its |the )?(?:(?:voluntary|worldwide|nationwide|global|urgent|field|expanded|new|product|safety|separate|second|precautionary|limited) )*recall (?:of|for|on|covering) /;
/** Prepositions whose object a name right after them is ("the state of Ruritania", "a unit of Kappa"). */
export const PREPOSITIONS_BEFORE: ReadonlySet<string> = new Set(['of', 'in', 'from', 'by', 'for', 'to', 'with', 'at', 'on']);
/**
 * "Zenco & Zenco has defended its Lumo baby shampoo", "Qorva renamed its fairness cream Vela": a name that opens the sentence before a verb a
 * brand's owner does to "its" named brand ("its" speaks of the name as a thing; a person's is "his" or "her"). Helper nam97 (real
 * Indian and Nigerian consumer-goods news: an owner the lexicon does not know, opening such a sentence, stayed untyped and its brand
 * ownerless). Not "praised its", "backed its": anyone may praise another's brand. The words between "its" and
 * the brand describe it: "recalled its ambassador to Zembla" names a place after a preposition, no brand (lead, stop 97).
 * A firm selling "its" named goods is their owner too ("Zenco sells its Vexa vacuum in Europe": helper lineup, from made-up launch
 * news, where the seller stayed untyped and its goods ownerless); a shop selling another's names no "its" ("the retailer sells Qorva's Plix").
 */
const OWNED_BRAND_DEED = /^(?:has |had |have )?(?:also |now |since |recently )?(?:defended|recalled|relaunched|re-launched|renamed|rebranded|repositioned|reformulated|discontinued|withdrew|withdrawn|revamped|refreshed|redesigned|repackaged|repriced|extended|diversified|sells|sold|markets|marketed|is selling|was selling|began selling|started selling) its (?:(?!(?:to|in|into|of|for|with|from|at|on|by|and|or|the|a|an) )[a-z-]+ ){0,2}$/;

/**
 * "Zenco has recalled Zeta Air Fryers", "Qorva is recalling Vela space heaters": a name opening the sentence before a recall of goods named
 * by their brand and kind (helper typ97a, real recall notices). A person who "recalled Paris in the sixties" recalls no made kind.
 */
const RECALL_VERB = /^(?:(?:has|have|had|is|are|was|were) (?:now |also |voluntarily )?)?(?:recalled|recalling|recalls)$/;

/** Words that may stand capitalised before such a deed and are no firm's name: bodies, groups of people, the company itself. */
const NO_FIRM_WORDS: ReadonlySet<string> = new Set(['management', 'police', 'staff', 'board', 'government', 'parliament', 'council', 'court', 'ministry', 'agency', 'authority', 'commission', 'committee', 'team', 'club', 'company', 'firm', 'group', 'it', 'he', 'she', 'they', 'we', 'this', 'that', 'spokesperson', 'spokesman', 'spokeswoman']);

/** Orders a court or an official gives, which people get too: "said it had received a court order", "won a restraining order". */
const OFFICIAL_ORDER = /\b(?:court|restraining|gag|executive|protection|protective|removal|deportation|eviction|stop-work|cease-and-desist|compliance|enforcement|closure|detention|arrest|search|administrative|government|ministerial|presidential) orders?\b/;

/**
 * Whether the words from token `end` show the name at `start` is a firm's: a "which makes" clause (WHICH_MAKES), an order, a
 * contract or a regulator's approval it got (SAID_IT_GOT, GOT_ORDER, GOT_APPROVAL_FOR_ITS), no court's order, or a recall (RECALLS_GOODS).
 */
export function firmDeedAfter(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start === 1 && NO_FIRM_WORDS.has(tokens[start]!.lower)) return false;
  // The words as written for the made thing's capital, in lower case for the rest.
  if (tokens[end]?.text === ',' && tokens[end + 1]?.lower === 'which' && WHICH_MAKES.test(`${tokens.slice(end, end + 4).map((t, k) => (k < 3 ? t.lower : t.text)).join(' ')} `) && !/^(?:the|a|an)$/i.test(tokens[start - 1]?.text ?? '') && !isPossessive(tokens[start - 1])) return true;
  // The owner's verb and "its" in lower case, then a capitalised brand: only for a name opening the sentence.
  if (start === 0) {
    for (let k = end + 2; k <= end + 6 && k < tokens.length; k++) {
      if (tokens.slice(k - 3, k).some((t) => t.lower === 'its')) {
        if (tokens[k]!.capitalized && tokens[k]!.word && OWNED_BRAND_DEED.test(`${tokens.slice(end, k).map((t) => t.text).join(' ')} `)) return true;
      }
    }
    if (recallsNamedGoods(tokens, end)) return true;
  }
  const after = `${tokens.slice(end, end + 18).map((t) => t.lower).join(' ')} `;
  // "The state of Ruritania recalled 5,000 …": a name after a preposition is that word's object, not the recall's maker.
  const recall = PREPOSITIONS_BEFORE.has(tokens[start - 1]?.lower ?? '') ? null : RECALLS_GOODS.exec(after);
  const deed = SAID_IT_GOT.exec(after) ?? GOT_ORDER.exec(after) ?? GOT_APPROVAL_FOR_ITS.exec(after) ?? recall;
  return deed !== null && !OFFICIAL_ORDER.test(deed[0]);
}

/** Whether a recall verb (RECALL_VERB) from token `end` is followed by one to three capitalised words and a plural made kind. */
function recallsNamedGoods(tokens: readonly Token[], end: number): boolean {
  for (let v = end + 1; v <= end + 3 && v < tokens.length; v++) {
    if (!RECALL_VERB.test(tokens.slice(end, v).map((t) => t.lower).join(' '))) continue;
    let k = v;
    while (k < v + 3 && tokens[k]?.capitalized && tokens[k]!.word) k++;
    if (k === v) return false;
    // The kind may be a capitalised word of the name ("Zeta Air Fryers") or a lower-case one after it ("Vela space heaters").
    for (let j = Math.max(v + 1, k - 1); j <= k + 1 && j < tokens.length; j++) {
      const word = tokens[j]!.lower;
      if (word.endsWith('s') && isMadeKind(word) && tokens.slice(k, j).every((t) => /^[a-z-]+$/.test(t.text))) return true;
    }
    return false;
  }
  return false;
}

/** Verbs of saying a speaker's name follows in news ("…, said Gordon"): people, as a rule, though firms speak so too. */
const SPEAKER_BEFORE: ReadonlySet<string> = new Set(['said', 'says', 'added', 'adds', 'told', 'explained', 'noted', 'asked', 'wrote']);

/**
 * Words the article uses of people: the last word of two capitalised words written together ("Gordon" of "Jane Gordon") and a
 * capitalised word right after a verb of saying ("…, said Gordon"). A bare "Gordon said it has received an order" may be that person
 * speaking of the firm, and must not make a firm of the name.
 */
export function personLikeWords(sentences: readonly (readonly Token[])[]): Set<string> {
  const words = new Set<string>();
  for (const tokens of sentences) {
    for (let i = 1; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (!token.capitalized) continue;
      const before = tokens[i - 1]!;
      if ((before.capitalized && token.start === before.end + 1) || SPEAKER_BEFORE.has(before.lower)) words.add(token.text);
    }
  }
  return words;
}
