import { isPossessive, type Token } from '../text/tokens';
import type { SentenceMention } from './mention';

/**
 * Names that only qualify what another's possessive owns, left out of the mentions a sentence's
 * relations are read from (entities still come from every name found):
 * - a platform saying which version of another's thing is meant: "Zenco suspended Zapp's iOS app"
 *   bans Zapp, and Zapp is not iOS's maker (stop 67's readers: "suspended Zapp's Android client"
 *   banned Android and made Zapp its maker); so does "Zapp for iPhone";
 * - a licence's or scheme's own name: "suspended Zenco's Zenid licence" bans Zenco, not Zenid (stop
 *   67's sixth bans sample, 8 false edges).
 */

/**
 * Platforms (lexicon ids) with their own maker, whose goods the platform still names ("Apple's iOS
 * app" is Apple's iOS).
 */
const PLATFORM_MAKERS: ReadonlyMap<string, string> = new Map([
  ['ios', 'apple'],
  ['iphone', 'apple'],
  ['ipad', 'apple'],
  ['mac', 'apple'],
  ['macos', 'apple'],
  ['apple-watch', 'apple'],
  ['android', 'google'],
  ['chrome', 'google'],
  ['windows', 'microsoft'],
  ['windows-phone', 'microsoft'],
  ['xbox', 'microsoft'],
  ['playstation', 'sony'],
  ['nintendo-switch', 'nintendo'],
  ['harmonyos', 'huawei'],
]);

/** Nouns of one platform's version of a thing: "Zapp's iOS app", "the Android version of Zapp", "Zapp's Chrome extension". */
export const VERSION_NOUNS: ReadonlySet<string> = new Set([
  'app', 'apps', 'application', 'applications', 'version', 'versions', 'client', 'clients', 'edition', 'port', 'build',
  'extension', 'extensions', 'plugin', 'plug-in', 'add-on',
]);

/**
 * Nouns of a permission a body grants and takes away: "Zenco's Zenid licence", "its Zenpay e-money permit"; the listing rules read a
 * licence's loss by them too ("A and B lost their licences").
 */
export const LICENCE_NOUNS: ReadonlySet<string> = new Set(['licence', 'license', 'licences', 'licenses', 'permit', 'permits', 'registration', 'registrations', 'authorisation', 'authorisations',
  'authorization', 'authorizations', 'certificate', 'certificates', 'accreditation', 'accreditations']);

export function withoutQualifyingNames(mentions: readonly SentenceMention[], tokens: readonly Token[]): readonly SentenceMention[] {
  if (mentions.length < 2) return mentions;
  const kept = mentions.filter((m) => !namesAnothersVersion(m, mentions, tokens) && !namesAnothersLicence(m, mentions, tokens));
  return kept.length === mentions.length ? mentions : kept;
}

/** The mention whose possessive ("Zapp's") stands right before `m`, if one does. */
function possessorOf(m: SentenceMention, mentions: readonly SentenceMention[], tokens: readonly Token[]): SentenceMention | undefined {
  return isPossessive(tokens[m.first - 1]) ? mentions.find((o) => o !== m && o.last === m.first - 1) : undefined;
}

/** "Zapp's iOS app" (not Apple's own, nor "Zapp's iOS App Store page"); "Zapp for iPhone", a thing's name for its port. */
function namesAnothersVersion(m: SentenceMention, mentions: readonly SentenceMention[], tokens: readonly Token[]): boolean {
  const maker = PLATFORM_MAKERS.get(m.key);
  if (maker === undefined) return false;
  // "Zapp for iPhone", "Office for Mac": the port's name ends with its platform (stop 68's first bans sample: "Zapp for iPhone
  // … built by Zenco" made Zenco the iPhone's maker).
  const named = tokens[m.first - 1]?.lower === 'for' ? mentions.find((o) => o !== m && o.last === m.first - 1) : undefined;
  if (named !== undefined && named.key !== maker && named.type !== 'government') return true;
  // The noun may be read into the name ("iOS app" as a mention of iOS) or follow it.
  const at = m.last - m.first > 1 && VERSION_NOUNS.has(tokens[m.last - 1]!.lower) ? m.last - 1 : m.last;
  const noun = tokens[at]?.lower ?? '';
  if (!VERSION_NOUNS.has(noun) || (noun === 'app' && tokens[at + 1]?.lower === 'store')) return false;
  // ("The Android version of Zapp" keeps the platform: the trigger rules read the thing a version is of, trigger-relations.ts versionOwner.)
  const owner = possessorOf(m, mentions, tokens);
  return owner !== undefined && owner.key !== maker;
}

/** "Zenco's Zenid licence", "Zenco's Zenid e-KYC licence": a name that is not a firm, between a possessive and a licence's noun. */
function namesAnothersLicence(m: SentenceMention, mentions: readonly SentenceMention[], tokens: readonly Token[]): boolean {
  if (m.type === 'company' || m.type === 'government' || possessorOf(m, mentions, tokens) === undefined) return false;
  for (let k = m.last; k < m.last + 3 && k < tokens.length; k++) {
    const word = tokens[k]!.lower;
    if (LICENCE_NOUNS.has(word)) return true;
    if (!/^[a-z][a-z-]*$/.test(word)) return false;
  }
  return false;
}
