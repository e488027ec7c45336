import type { RelationPattern } from './relation-patterns';

// Helper lvy93 (stop 93, round 3), from the eighty-seventh and eighty-eighth fresh samples (set 87's timber and set 88's apparel
// readers): duties whose target is named only in a clause of purpose after the goods ("reimposed tariffs on imports of fabrics to
// protect its industry from cheap goods coming mostly from Zembla"). A table of its own, spread at the end of RELATION_PATTERNS: one
// more literal there overflows the type checker (TS2590).

/** Verbs that lay a trade measure. */
const LAYS = 'T(imposed|imposes|impose|imposing|reimposed|reimposes|reimpose|reimposing|raised|raises|raise|raising|levied|levies|levy|slapped|slaps|introduced|introduces|extended|extends)';
/** The measure, after its kinds: "additional tariffs", "new anti-dumping duties", "import levies". */
const MEASURE = '(?:(?:the|its|a|an) )?(?:(?:new|additional|higher|extra|further|steep|stiff|anti-dumping|antidumping|countervailing|safeguard|import|punitive) ){0,3}(?:tariffs|tariff|duties|duty|levies|levy|surtaxes)';
/** The goods hit, with no origin of their own: "on imports of fabrics", "on steel and aluminium" (no "from", "in" or "for" inside). */
const GOODS = '(?:(?!(?:from|in|for|to|by|but|while|which|that)(?= ))[a-z0-9-]+ ){1,5}';
/** The purpose: "to protect its industry from", "to shield local mills against", "in order to protect domestic producers from". */
const PROTECTS_FROM = '(?:in order )?to (?:protect|shield|defend|safeguard) (?:its |their |the |local |domestic |national |home )*(?:[a-z-]+ ){0,2}(?:from|against)';
/** The goods it is protected from, and their coming: "cheap goods coming mostly from", "a flood of imports, mainly from". */
const OTHERS_GOODS_FROM = '(?:[a-z-]+ ){0,3}(?:goods|imports|products|supplies|shipments|competition|textiles|fabrics|steel)(?: ,)? (?:(?:coming|arriving|shipped|imported|flowing) )?(?:(?:mostly|mainly|largely|primarily|chiefly|particularly|especially) )?from (?:the )?Y';

export const DUTIES_WITH_ORIGIN_IN_PURPOSE: readonly RelationPattern[] = [
  // "Ruritania reimposed additional tariffs on imports of fabrics to protect its industry from cheap goods coming mostly from Zembla":
  // the state whose goods the purpose names is the one the duties fall on. A state's act only; "imposed" read by the template's
  // verb, so "plans to impose" comes out a plan.
  { relation: 'restricts', id: 'pattern:restricts:lvy93-duties-to-protect-from-goods-of', template: `X P AUX ${LAYS} ${MEASURE} on ${GOODS}${PROTECTS_FROM} ${OTHERS_GOODS_FROM}`, verb: true, stateActor: true, requires: ['protect|shield|defend|safeguard'] },
];
