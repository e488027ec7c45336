import type { Lexicon } from '../lexicon/lexicon';
import { surfaceOf, type Token } from '../text/tokens';
import { cleanLabel, keyOfName, withChanges, type SentenceMention } from './mention';
import { US_STATE_SHORT_FORMS } from './site-places';

/**
 * Helper mkr97 (stop 97), from real pet-food and device recall news: the FDA's way of naming a firm with its town, "Zenco Foods of
 * Tukwila, Wash.", "Zenco International SA of Neuchatel, Switzerland". The name ran on over "of" and the town ("Zenco Foods of
 * Tukwila" made the goods), as "of" joins the words of most names ("Bank of America", "Zenco Corporation of America"); name-rules.ts's
 * `withoutFirmsPlace` reads only a one-word head ("Zenco of Basel"). Here a longer head: after a legal form that closes a name
 * (Inc, LLC, SA ...), or before a town whose US state or country follows its comma. As there, the mention keeps its words (the town
 * is no name of its own) and names the firm alone. Banks, universities and other bodies named for their town ("Federal Reserve Bank
 * of Kansas City, Mo.") keep the whole.
 */

/** Legal forms after which a name does not go on with "of" ("Zenco SA of Neuchatel"); not "Co", "Corp", "Corporation" ("Aluminum Co. of America"). */
const CLOSING_LEGAL_FORMS: ReadonlySet<string> = new Set(['Inc', 'LLC', 'Ltd', 'SA', 'Sarl', 'SARL', 'GmbH', 'AG', 'PLC', 'plc', 'LLP', 'BV', 'NV', 'Pty', 'Pte', 'SpA', 'SAS', 'SRL']);

/** Words before "of" that a town completes: "Bank of Montreal", "University of Kansas", "City of Tukwila". */
const TOWN_NAMED_HEADS: ReadonlySet<string> = new Set(['Bank', 'University', 'College', 'Institute', 'School', 'Hospital', 'Museum', 'Church', 'Society',
  'Association', 'Council', 'Department', 'Board', 'Court', 'City', 'County', 'State', 'District', 'Port', 'Diocese', 'Archdiocese', 'Mayor', 'Governor',
  'Chamber', 'Club', 'Library', 'Center', 'Centre', 'Clinic', 'Zoo', 'Township', 'Village', 'Town', 'Republic', 'Commonwealth', 'Federation', 'Authority']);

/** US states' AP short forms ("Wash.", "Calif.", "N.J.", site-places.ts) and postal codes ("KS"). */
export const US_STATE_SHORT: ReadonlySet<string> = new Set([...US_STATE_SHORT_FORMS, 'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN',
  'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD',
  'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY']);

/** Whether a US state or a country opens at `at`: a short form above, or a government the lexicon knows ("Switzerland", "Texas"). */
function stateOpensAt(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const word = tokens[at]?.text ?? '';
  if (US_STATE_SHORT.has(word.replace(/\.$/, ''))) return true;
  return lexicon.longestMatch(tokens.slice(at, at + 4).map((t) => t.text), 0)?.entry.type === 'government';
}

/** The mention's firm alone when its words are a firm, "of" and its town (see above); else the mention. */
export function withoutFirmsTown(m: SentenceMention, tokens: readonly Token[], lexicon: Lexicon): SentenceMention {
  if (m.source !== 'unknown' || m.last - m.first < 4) return m;
  // The last "of" of the mention, one to three capitalised words before its end.
  let of = -1;
  for (let k = m.last - 2; k >= Math.max(m.first + 2, m.last - 4); k--) if (tokens[k]!.text === 'of') { of = k; break; }
  if (of < 0 || !tokens.slice(of + 1, m.last).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))) return m;
  const last = tokens[of - 1]!.text === '.' ? of - 2 : of - 1;
  if (last <= m.first || TOWN_NAMED_HEADS.has(tokens[last]!.text) || tokens.slice(m.first, of).some((t) => t.text === 'of')) return m;
  const town = tokens[m.last]?.text === ',' && stateOpensAt(tokens, m.last + 1, lexicon);
  if (!CLOSING_LEGAL_FORMS.has(tokens[last]!.text) && !town) return m;
  const label = cleanLabel(surfaceOf(tokens, m.first, of));
  return withChanges(m, { label, key: keyOfName(label) });
}
