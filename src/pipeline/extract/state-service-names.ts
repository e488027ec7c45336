/**
 * A state's service named by its field: "Federal Service for Technical and Export Control", "State Service for Special
 * Communications and Information Protection", "National Service for Agri-Food Health and Quality". "Service" alone heads firms'
 * names as often as bodies' ("Zenco Web Service"), so only a state's qualifier right before it and "for" or "of" right after it make
 * the name a state body (helper xwork, from real news of a federal media watchdog banning messengers: the name was cut at its first
 * comma, typed a firm, and two of its fields, "Information Technology" and "Mass Media", became firms that banned the apps).
 */

/** Words that say a service is the state's: "Federal Service", "State Service", "National Service". */
const STATE_SERVICE_QUALIFIERS: ReadonlySet<string> = new Set(['Federal', 'State', 'National']);

/** Whether words `k - 1`, `k` and `k + 1` read "<Federal|State|National> Service <for|of>". */
export function isStateServiceAt(words: readonly string[], k: number): boolean {
  return words[k] === 'Service' && STATE_SERVICE_QUALIFIERS.has(words[k - 1] ?? '') && (words[k + 1] === 'for' || words[k + 1] === 'of');
}

/** Whether a name's words hold such a service: "Federal Service for Supervision of Communications". */
export const namesStateService = (words: readonly string[]): boolean => words.some((_, k) => isStateServiceAt(words, k));
