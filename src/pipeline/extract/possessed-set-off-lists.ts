import { PRODUCT_NOUN_WORDS } from './cue-words';
import type { RelationPattern } from './relation-patterns';

/**
 * Helper its96 (stop 96), from set 93's diggers reader and trade news on diggers, trucks and jets: a possessed plural kind with its
 * members set off after it, each with its own kind ("Zenco's three electric machines - the ZX12 loader, ZX1000 swing loader and ZMX
 * dumper - provide …"). The dashes read as commas; the first member, right after the set-off comma, was read already (the possessed
 * kind's own pattern), the later ones were lost. Every member must carry a kind of its own, so a list of places, people or buyers
 * ("its three markets, Zembla, Vela and …") gives nothing. A table of its own, spread at the end of RELATION_PATTERNS (TS2590).
 */

/** A kind's last word, as the sentence's words hold it: "loader", "dumper". */
const KINDS = [...new Set(PRODUCT_NOUN_WORDS.map((noun) => noun.slice(noun.lastIndexOf(' ') + 1)))].join('|');
/** One describing word: lower case, no function word nor a role that makes the thing another's ("its rival …", "its partner's"). */
const DESCRIBER = String.raw`(?!(?:and|or|nor|but|to|of|for|in|on|at|by|with|from|as|than|like|unlike|including|is|was|are|were|be|been|has|had|have|will|would|can|could|may|not|that|which|who|the|a|an|its|their|rival|rivals|partner|partners|customer|customers|client|clients|supplier|suppliers|dealer|dealers|former|planned|proposed)(?= ))[a-z0-9][a-z0-9-]* `;
/** A member's kind after up to two describing words: "loader", "swing loader". */
const MEMBER_KIND = `(?:${DESCRIBER}){0,2}(?:${KINDS})(?:s|es)? `;
/** The possessed plural kind that opens the list, after up to three describing words: "three electric machines". */
const OPENING_KIND = `(?:${DESCRIBER}){0,3}(?:${KINDS})(?:s|es) `;
/** What every match spells: a possessive, a plural kind, a set-off comma and a first member (tested before the template is compiled). */
const SET_OFF_LIST = /(?:'s|its@\d+) (?:[a-z0-9-]+ ){0,3}[a-z]+(?:s|es) , (?:the )?@\d+ /;
/** After a member's kind: no plant, unit, deal or ban of the thing's ("the ZX12 loader plant"). */
const NOT_MADE_NEXT = /^(?:ban|bans|sanctions|acquisition|takeover|deal|deals|stake|unit|division|subsidiary|plant|plants|factory|factories|facility|facilities|site|contract|contracts|dealers?|dealership|owners|buyers|customers|users|drivers) /;

export const POSSESSED_SET_OFF_LISTS: readonly RelationPattern[] = [
  // "Zenco's three electric machines, the ZX12 loader, ZX1000 swing loader and ZMX dumper, …": the later members (the first is the
  // possessed kind's own pattern's).
  { relation: 'develops', id: 'pattern:develops:its96-set-off-list-later-member', template: `(?=@\\d+ ${MEMBER_KIND})(?<=POSS ${OPENING_KIND}, (?:the )?@\\d+ ${MEMBER_KIND}(?:, (?:the )?@\\d+ ${MEMBER_KIND})*(?:, (?:and |or )?|(?:and|or) )(?:the )?)(?<y>@\\d+ )${MEMBER_KIND}`, notFollowedBy: NOT_MADE_NEXT, requires: ["'s|its", 'and|or|,'], sentenceHolds: SET_OFF_LIST },
];
