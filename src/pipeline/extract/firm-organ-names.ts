/**
 * A firm's roles and governing bodies (helper makerfp, from families of false makers readers of real news met): "Zenco's Head of
 * Sales", "Zenco's Vice President of Marketing", "Qorva's Advisory Panel" were read as products of the firm by the possessive. A role
 * or a body of a firm is no thing it makes. Products named with a body's word keep it: "Zenco's Plix Board" (a coined word before).
 */

/** A role's head word, perhaps after a rank ("Global Head", "Senior Vice President"), then "of" and what the role is over. */
const ROLE_OF = /^(?:(?:Global|Senior|Deputy|Executive|Group|Regional|Interim|Acting|Corporate|Associate|Assistant) )*(?:Head|Heads|Director|Directors|Vice President|Vice-President|VP|SVP|EVP|President|General Manager|Manager|Lead|Leader|Chief|Chair|Chairman|Chairwoman|Officer|Dean|Secretary|Treasurer|Controller) of \S/;

/** Words that make a firm's body what it is ("Advisory Panel", "Trust and Safety Council", "Ethics Committee"). */
const BODY_DESCRIBERS: ReadonlySet<string> = new Set(
  'Advisory Oversight Supervisory Executive Audit Ethics Safety Trust Compliance Risk Governance Remuneration Compensation Nominating Nomination Nominations Scientific Technical Steering Review Content Editorial Management Works Policy Strategy Investment Finance Operating Operations Disciplinary Independent Standing Special Sustainability Privacy Security Responsible AI Global Youth Consumer Customer Creator Employee Staff Shareholder Shareholders Stakeholder Expert Experts Academic Medical Research Innovation Diversity Inclusion and &'.split(' '),
);
/** A body's head words, closing the name. */
const BODY_HEADS: ReadonlySet<string> = new Set(['Board', 'Council', 'Committee', 'Panel', 'Forum', 'Commission', 'Taskforce', 'Task Force', 'Office', 'Team']);

/** Whether a name is a role in a firm ("Head of Sales", "Vice President of Marketing") or one of its governing bodies ("Advisory Panel"). */
export function isFirmOrganName(surface: string): boolean {
  if (ROLE_OF.test(surface)) return true;
  const words = surface.split(' ');
  if (words.length < 2) return false;
  const head = BODY_HEADS.has(words.slice(-2).join(' ')) ? 2 : BODY_HEADS.has(words.at(-1)!) ? 1 : 0;
  if (head === 0) return false;
  const describers = words.slice(0, -head);
  return describers.length > 0 && describers[0] !== 'and' && describers.every((w) => BODY_DESCRIBERS.has(w));
}
