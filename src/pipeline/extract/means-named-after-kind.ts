import { GOODS_NOUNS, PRODUCT_NOUN_WORDS, WORDNET_GOODS } from './cue-words';
import type { RelationPattern } from './relation-patterns';

/**
 * Helper xhome (stop 103), from news on smart thermostats, locks and doorbells: a firm that takes on or challenges a rival "with" a
 * thing it names by its kind first brings its own thing ("Zenco is looking to challenge Qorva's Plix with a connected thermostat
 * called Vexa", "Zenco took on Qorva with a new doorbell, the Vexa"). means-against-rivals.ts reads the thing named right after
 * "with"; here a kind of made thing and "called", "named", "dubbed" or a comma come between. Only a kind of made thing: "with a
 * campaign called Vexa", "with a partner named Vexa" name no thing of the firm's. A table of its own, spread at the end of
 * RELATION_PATTERNS.
 */

/** Verbs of setting out against a rival, a verb of aiming or hoping before them allowed ("is looking to challenge"). */
const TAKING_ON = 'takes on|took on|take on|taking on|takes aim at|took aim at|take aim at|taking aim at|challenges|challenged|challenging|challenge|rivals|rivalled|rivaled|rival';
const AIMING = '(?:(?:looking|aiming|hoping|seeking|trying|planning|preparing|poised|set|aims|aimed|hopes|hoped|seeks|sought|plans|planned|wants|wanted|tries|tried) to )?';
/** Who is taken on: unnamed rivals ("its bigger rivals") or one or two named ones, a possessed thing too ("Qorva's Plix"). */
const OPPONENT = String.raw`(?:(?:its |their |the |its@\d+ )?(?:[a-z]+ )?(?:rivals|competitors|competition|incumbents)|(?:rivals? )?@\d+(?: 's @\d+)?(?: (?:and|&) @\d+(?: 's @\d+)?)?)`;
/**
 * Smart-home kinds whose last word alone is no cue elsewhere (a verb, or a part: "locks", "plugs"), safe here between "with a" and
 * "called": "a smart lock named Vexa", "a smart plug dubbed Vexa", "a home hub called Vexa", "a light strip called Vexa".
 */
const HOME_KINDS = ['lock', 'plug', 'bulb', 'hub', 'strip', 'switch'];
/** A kind's last word, singular or plural: the made things the name rules know, WordNet's goods with them ("thermostat", "doorbell"). */
const KINDS = [...new Set([...PRODUCT_NOUN_WORDS, ...GOODS_NOUNS, ...WORDNET_GOODS, ...HOME_KINDS].map((noun) => noun.slice(noun.lastIndexOf(' ') + 1)))]
  .filter((w) => /^[a-z-]+$/.test(w))
  .join('|');
/** How the kind gives the thing its name: "called Vexa", "named Vexa", "dubbed Vexa", ", the Vexa". */
const NAMING = '(?:called |named |dubbed |, (?:the )?)';

export const MEANS_NAMED_AFTER_KIND: readonly RelationPattern[] = [
  // "Zenco is looking to challenge Qorva with a connected thermostat called Vexa", "Zenco took on Qorva with a new doorbell, the Vexa".
  {
    relation: 'develops',
    id: 'pattern:develops:xhome-takes-on-rival-with-kind-named',
    template: `X1 P AUX ${AIMING}T(${TAKING_ON}) ${OPPONENT} with (?:a |an |the |its |their |its@\\d+ )?(?:[a-z-]+ ){0,3}(?:${KINDS})(?:s|es)? ${NAMING}Y1 (?!'s )`,
    targetNotType: 'company',
    requires: ['with'],
    sentenceHolds: /\bwith\b.*(?:\bcalled\b|\bnamed\b|\bdubbed\b|,)/,
  },
];
