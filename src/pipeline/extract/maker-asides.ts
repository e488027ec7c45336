import type { RelationPattern } from './relation-patterns';
import { GOODS_NOUNS, PRODUCT_NOUN_WORDS } from './cue-words';

/**
 * Helper mkr96 (stop 96), from set 93's readers (drinks groups, supermarkets' and DIY chains' own labels): a maker told by an
 * apposition or by a retailer's own brand. Most of the family already held ("Qorva, the company behind soft drink Vexa", "Zemline
 * is Ruritania Mart's proprietary brand"); the general faults were fixed where they lay (a region's people's adjective read as the
 * thing, "Qorva Works" read as a verb, a trade's maker nouns before "behind"). This table holds the three phrasings left. A table of
 * its own, spread at the end of RELATION_PATTERNS (TS2590).
 */

/** A kind of made thing, singular or plural: "drink", "beers". */
const KINDS = [...new Set([...GOODS_NOUNS, ...PRODUCT_NOUN_WORDS])].flatMap((noun) => (noun.endsWith('s') ? [noun] : [noun, `${noun}s`])).join('|');

/** A maker's noun and "behind" (the registry's own list is not importable here, this table being spread into that file's list). */
const MAKERS_BEHIND = 'company|firm|group|giant|maker|manufacturer|producer|brewer|brewery|distiller|bottler|winemaker|studio|developer|publisher|startup|outfit|team'.split('|').map((noun) => `${noun} behind`).join('|');

/**
 * One word describing the thing before its kind: a known people's adjective ("german": the patterns' sentence is lower-cased and
 * keeps it as a plain word), or any word that is no function word, nor one making the thing another's ("rival") or no thing made.
 */
const DESCRIBING_WORD = String.raw`(?!(?:and|or|of|for|in|on|at|by|with|from|to|as|against|over|about|into|through|toward|towards|after|before|behind|under|among|between|without|within|versus|vs|the|a|an|its|their|rival|rivals|partner|partners|deal|bid|campaign|acquisition|takeover|merger|stake|ban|lawsuit|push)(?= ))[a-z][a-z.-]* `;

export const MAKER_ASIDES: readonly RelationPattern[] = [
  // "Qorva, the company behind German soft drink Vexa, …": the thing's origin and its kind of two words stand between "behind" and
  // its name (the apposed pattern reads up to two words there; a coined people's adjective is set aside in relations.ts).
  { relation: 'develops', id: 'pattern:develops:mkr96-behind-described-kind', template: `X1 , (?:the |a |an )?(?:[^@\\s,]+ |@\\d+ )?T(${MAKERS_BEHIND}) (?:the )?(?:${DESCRIBING_WORD}){2,3}(?:${KINDS}) Y1(?=[ ,.;:)]|$)`, notFollowedBy: /^'s /, requires: ['behind', ','], sentenceHolds: /\bbehind (?:the )?[A-Za-z.-]+ [a-z-]+ [a-z-]+ /u },
  // "Ruritania Mart carries a proprietary brand of tools, called Zemline", "Zenco sells its own label of teas named Vexa": a firm's
  // own, house or private brand is its own, whatever verb has it (a retailer selling another's brand is not: no own-brand word;
  // nor "sold its own brand called Vexa to Qorva", a sale of the brand: no past "sold").
  { relation: 'develops', id: 'pattern:develops:mkr96-own-brand-called', template: `X1 P AUX T(carries|carry|carried|carrying|sells|sell|stocks|stock|stocked|offers|offer|offered|offering|has|have|had|owns|own|owned|launched|launches|launch|launching|introduced|introduces|introduce|unveiled|unveils|added|adds|created|creates|developed|develops) (?:a |an |its |their )(?:new |first |second )?(?:own |own-brand |own-label |proprietary |private-label |private label |house |store |in-house |exclusive )(?:brand|label|line|range) (?:of (?:[a-z-]+ ){1,3})?(?:, )?(?:called|named|dubbed|known as|branded) Y1(?=[ ,.;:)]|$)`, verb: true, requires: ['called|named|dubbed|known|branded'], sentenceHolds: /\b(?:own|own-brand|own-label|proprietary|private|house|store|in-house|exclusive) (?:brand|label|line|range)\b/u },
  // "four Vexa products under Zenco Group", "the Vexa brand under the Zenco umbrella": a brand or its goods under a group are the
  // group's. Not "under Zenco's licence" nor "under Zenco management": the group's name closes the phrase.
  { relation: 'develops', id: 'pattern:develops:mkr96-kind-under-group', template: `Y1 (?:[a-z-]+ )?(?:brand|brands|label|labels|product|products|line|lines|range|ranges) T(under) (?:the )?X1(?=(?:(?:umbrella|banner|portfolio) )?(?:[,.;:)]|$))`, targetType: 'product', requires: ['under'] },
];
