import type { RelationKind } from '../types';
import type { SentenceMention } from './mention';
import { LANGUAGE_NAMES } from './language-names';
import { US_STATE_SHORT } from './firm-town-addresses';

/**
 * Places read as parties (helper fpx97, stop 97, from set 95's readers and real regional recall notices and market-share news): a
 * place takes a role only as the actor of its own act, never as the address of a firm, the market a rivalry is in, or the origin of
 * goods. These guards look at the words around a claim's names; each keeps the place's own acts ("Ohio banned Zeta").
 */

/**
 * Before a state that completes an address: a preposition of place and a town, "Zenco Foods of Dayton, Ohio,", "a plant in Tulsa,
 * Okla.,", "based in Topeka, Kansas,". The town is one to three capitalised words; "In" opening a sentence is left out ("In Austin,
 * Texas, lawmakers banned …" may be the state's act).
 */
const TOWN_BEFORE = /(?:^|[\s(])(?:of|in|from|near|outside|based in|headquartered in) (?:\p{Lu}[\p{L}'’.-]* ){0,2}\p{Lu}[\p{L}'’.-]*\s?, $/u;
/** After an address's state: its closing comma before a verb or a lower-case word ("…, Ohio, is recalling"), not a list going on ("…, Texas, and Utah"). */
const ADDRESS_CLOSED_AFTER = /^\.?(?:, (?!and |or |\p{Lu})|\.? *$)/u;

/** Whether the mention is the state or country of a town's address ("of Dayton, Ohio, is recalling"): no actor of the sentence's act. */
export function isAddressState(m: SentenceMention, text: string): boolean {
  // A state's short form is still untyped when the claim is read ("of Astoria, NY,"); another untyped name there may be a firm set
  // off as the maker's name ("the maker of Zeta, Qorva, is recalling …").
  if (m.type !== 'government' && !(m.source === 'unknown' && US_STATE_SHORT.has(m.surface.replace(/\.$/, '')))) return false;
  return TOWN_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)) && ADDRESS_CLOSED_AFTER.test(text.slice(m.end, m.end + 6));
}

/** A site's nouns after a town's address: "Zenco's Dayton, Ohio plant", "its Velaton, MI facility". */
const SITE_AFTER = /^\.?,? (?:facility|facilities|plant|plants|factory|factories|site|sites|campus|headquarters|offices?|warehouse|warehouses|mill|mills|store|stores|branch|location|operations)\b/;

/** Between a firm and its address's state: " of Dayton, ", ", based in Dayton, ", ", a firm in Dayton, ". */
const FIRM_TO_STATE = /^\.?,? (?:(?:which is |that is |an? [a-z-]+ (?:company |firm |maker )?)?(?:based|headquartered|located) )?(?:(?:an? [a-z-]+ (?:company |firm |maker )?)?(?:in|of|from|near|outside) )(?:\p{Lu}[\p{L}'’.-]* ){0,2}\p{Lu}[\p{L}'’.-]*, $/u;
/** The end of a firm's name that kept its town's words ("Zenco Foods of Dayton", firm-town-addresses.ts). */
const TOWN_ENDED_NAME = / of (?:\p{Lu}[\p{L}'’.-]* ){0,2}\p{Lu}[\p{L}'’.-]*$/u;

/**
 * The firm whose address an address's state completes: "Zenco Foods of Dayton, Ohio, is recalling …" names Zenco Foods as the one
 * recalling (the state was read as the verb's subject, the nearest name before it). The nearest firm-like name before the state.
 */
export function firmOfAddress(state: SentenceMention, mentions: readonly SentenceMention[], text: string): SentenceMention | undefined {
  // The nearest name, or the one before it when the nearest is the town ("Zenco Inc. of Dayton, Ohio": the town a name of its own).
  const before = mentions.filter((m) => m.end <= state.start && (m.type === 'company' || m.type === 'organization')).sort((a, b) => b.end - a.end).slice(0, 2);
  return before.find((firm) => {
    const between = text.slice(firm.end, state.start);
    return FIRM_TO_STATE.test(between) || (/^\.?, $/.test(between) && TOWN_ENDED_NAME.test(text.slice(firm.start, firm.end)));
  });
}

/**
 * Whether the mention is the town of an address, a state's name and its comma after it: "a shoe maker of Portland, Oregon,", "its
 * Velaton, MI facility". The town read as a name after "maker of" or an owner is no made thing. A firm after the comma ("the maker
 * of Zeta, Texas Instruments, said") keeps it.
 */
export function isAddressTown(m: SentenceMention, mentions: readonly SentenceMention[], text: string): boolean {
  const after = text.slice(m.end, m.end + 40);
  // A US state's short form after the comma ("Velaton, MI", "Dayton, Wash.,"), closing the address or before a site's noun.
  const short = /^, ((?:[A-Z]\.){1,2}[A-Z]|[A-Z][a-z]{1,4}\.|[A-Z]{2})(?=[ ,.]|$)/.exec(after);
  if (short && US_STATE_SHORT.has(short[1]!.replace(/\.$/, '')) && (ADDRESS_CLOSED_AFTER.test(after.slice(short[0].length)) || SITE_AFTER.test(after.slice(short[0].length)))) return true;
  if (!/^\.?, /.test(after)) return false;
  const state = mentions.find((o) => o.type === 'government' && o.start > m.end && o.start <= m.end + 3);
  if (state === undefined) return false;
  const rest = text.slice(state.end, state.end + 20);
  if (SITE_AFTER.test(rest)) return true;
  return /\b(?:of|in|from|near|outside) $/.test(text.slice(Math.max(0, m.start - 8), m.start)) && ADDRESS_CLOSED_AFTER.test(rest);
}

/** A rival's noun and "in" right before a name: "Qorva's main rival in Zembla is Zenco", "competitors in Ruritania". The name is the market. */
const MARKET_AFTER_RIVAL = /\b(?:rival|rivals|competitor|competitors|challenger|challengers|competition|contender|contenders) in (?:the )?$/;
/** "has found a new rival in Qorva", "sees a challenger in Qorva": a rival found or had "in" a name is that name (the idiom). */
const RIVAL_FOUND_IN = /\b(?:(?:a|an)(?: [a-z-]+){0,2}|(?:found|finds|find|sees|saw|see)(?: [a-z-]+){0,3}) (?:rival|rivals|competitor|competitors|challenger|challengers|contender|contenders) in (?:the )?$/;

/** Whether either party of a rivalry is the market it is in, named right after a rival's noun and "in" (not the idiom "found a rival in"). */
export function isRivalsMarket(m: SentenceMention, text: string): boolean {
  const before = text.slice(Math.max(0, m.start - 50), m.start);
  return MARKET_AFTER_RIVAL.test(before) && !RIVAL_FOUND_IN.test(before);
}

/**
 * The shape of a people's adjective, glued to "-made", "-built" ("an English-made tire", "Ruritanian-built cars"): where goods come
 * from, no maker. A firm's name glued so ("Zenco-made tires") keeps its claim: only these endings and the languages' names
 * ("French", "Dutch"; not any "-ch": "Zorch-made" may be a firm's).
 */
const PEOPLES_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish)$/u;
const ORIGIN_AFTER = /^-(?:made|built|produced|manufactured|grown|brewed|designed|assembled)\b/;

/** Whether the mention is a people's adjective naming where goods were made ("English-made"). */
export function isOriginAdjective(m: SentenceMention, text: string): boolean {
  if (m.source === 'lexicon' || m.source === 'coref' || m.surface.includes(' ')) return false;
  return (PEOPLES_ADJECTIVE.test(m.surface) || LANGUAGE_NAMES.has(m.surface)) && ORIGIN_AFTER.test(text.slice(m.end, m.end + 14));
}

/** What a quarrel is over that only a state levies: "locked horns with Ruritania over taxes" names a taxing state, no rival. */
const LEVY_AFTER = /^,? (?:over|about) (?:(?:unpaid|back|its|their|the|new|higher) )?(?:taxes|tax|tax bills?|levies|levy|fines|customs duties)\b/;

/**
 * Whether a rivalry's second party, a name the lexicon does not know, is set against the first over taxes or fines it levies: a state
 * whose name is unknown, no rival. A known firm keeps it ("fought Qorva over a tax break" is rare, but the name says it is a firm).
 */
export function isLevyingParty(relation: RelationKind, target: SentenceMention, text: string): boolean {
  return relation === 'competes_with' && target.source !== 'lexicon' && LEVY_AFTER.test(text.slice(target.end, target.end + 40));
}

/**
 * Whether a recall's named actor follows a preposition of place: "Officials in Ruritania are recalling 300,000 Lumo cars" (the place,
 * no maker). Not "at", "of" or "from", which may name the firm itself ("executives at Zenco recalled …", "a recall from Zenco of …").
 */
export function isRecallersPlace(source: SentenceMention, trigger: string, text: string): boolean {
  return /^recall/i.test(trigger) && /\b(?:in|across|throughout|near) $/.test(text.slice(Math.max(0, source.start - 12), source.start));
}
