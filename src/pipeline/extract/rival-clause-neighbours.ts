import type { RelationPattern } from './relation-patterns';
import { REPORTING_OR_ROLE } from './rival-gapped-patterns';

/**
 * Helper cmp95 (stop 95), from real rivalry news in consumer markets (streaming, supermarkets, airlines, sportswear): a firm and its
 * rival in two clauses side by side, an opening clause about one and a main clause whose subject is "rival NAME" or the reverse
 * ("As Zenco grows, rival Qorva is cutting prices"; "With rival Qorva ramping up, Zenco faces a hard year"). A table of its own,
 * spread at the end of RELATION_PATTERNS (that literal is at TypeScript's limit, TS2590).
 */

/** Describing words a singular rival noun may carry: "its closest rival", "fellow challenger". No past nor future rival ("former"). */
const RIVAL_DESCRIBED = String.raw`(?:(?:main|chief|closest|nearest|biggest|big|fierce|local|domestic|fellow|larger|smaller|bigger|longtime|long-time|top|key|major|old|traditional|discount|low-cost|budget|online) )?`;

/** One kind of firm between the rival noun and the name ("rival discounter Qorva"); no preposition ("a rival to Qorva") nor list word. */
const KIND_WORD = String.raw`(?:(?!(?:to|of|for|from|with|in|on|at|by|and|or|as|than|like)(?= ))[a-z-]+ )?`;

/** Words of a tie, not a rivalry, in a "with rival Qorva …" clause: "with rival Qorva as a partner", "with rival Qorva's help". */
const TIE_WORDS = 'partner|partners|partnering|partnered|ally|allies|backing|help|helping|support|supporting|investor|investors|investing|supplier|supplying|customer|client|owner|owning|parent|stake|merged|merging|acquired|acquiring|bought|buying|jointly|together|alongside';

export const RIVAL_CLAUSE_NEIGHBOURS: readonly RelationPattern[] = [
  // "As Zenco reaches new heights, rival Qorva is determined to challenge it", "While Zenco struggled, its closest rival Qorva
  // thrived": the firm the opening clause is about and the rival that opens the main clause (rlc94-as-clause-then-rivals-such-as
  // reads the plural list). Not another's clause ("As Zenco's partner grows": the 's), nor a report or a role ("As Zenco said"), nor
  // a past rival ("former rival Qorva"), nor a list after the name.
  { relation: 'competes_with', id: 'pattern:competes_with:cmp95-opening-clause-then-rival', template: `(?:^|; )(?:as|while|although|though|even as|whereas) X1 (?!'s )(?:(?!(?:${REPORTING_OR_ROLE})(?= ))[a-z-]+ ){1,7}, (?:its |their )?${RIVAL_DESCRIBED}T(rival|competitor|archrival|arch-rival|challenger) ${KIND_WORD}Y1 (?!'s |, |and |or |& )`, targetNotType: 'government', requires: [','] },
  // "With rival Qorva ramping up its own features, Zenco faces a hard year", "With rival discounter Qorva cutting prices, Zenco …":
  // the rival a fronted "with" clause names and the subject of the main clause. Not a tie ("With rival Qorva as a partner", "with
  // rival Qorva's backing"), nor a main clause whose subject is another's ("…, Zenco's chief said": the 's) or a list.
  { relation: 'competes_with', id: 'pattern:competes_with:cmp95-with-rival-clause-then-subject', template: `^with (?:its |their )?${RIVAL_DESCRIBED}T(rival|competitor|archrival|arch-rival|challenger) ${KIND_WORD}Y1 (?!'s )(?:(?!(?:${TIE_WORDS})(?= ))[a-z0-9$%.'-]+(?:@\\d+)? ){1,10}, (?:the )?X1 (?!'s |, |and |or |& )`, targetNotType: 'government', requires: ['with'] },
];
