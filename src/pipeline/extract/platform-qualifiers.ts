import { isPossessive, type Token } from '../text/tokens';
import type { SentenceMention } from './mention';

/**
 * Platforms (lexicon ids) whose name may only say which version of another's thing is meant, each
 * with its own maker, whose goods the platform still names ("Apple's iOS app" is Apple's iOS).
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
 * The mentions a sentence's relations are read from. A platform named only to say which version of
 * another's thing is meant ("Zenco suspended Zapp's iOS app") is left out, so that the verb acts on the thing's owner and the owner is not taken for the
 * platform's maker (stop 67's readers: "suspended Zapp's Android client" gave a ban of Android and
 * Zapp as its maker). The platform stays an entity of the article; its own maker's goods keep it
 * ("Apple's iOS app"), and so does a store ("Zapp's iOS App Store page").
 */
export function withoutPlatformQualifiers(mentions: readonly SentenceMention[], tokens: readonly Token[]): readonly SentenceMention[] {
  if (!mentions.some((m) => PLATFORM_MAKERS.has(m.key))) return mentions;
  const kept = mentions.filter((m) => !qualifiesAnothersThing(m, mentions, tokens));
  return kept.length === mentions.length ? mentions : kept;
}

function qualifiesAnothersThing(m: SentenceMention, mentions: readonly SentenceMention[], tokens: readonly Token[]): boolean {
  const maker = PLATFORM_MAKERS.get(m.key);
  // The noun may be read into the name ("iOS app" as a mention of iOS) or follow it.
  const at = m.last - m.first > 1 && VERSION_NOUNS.has(tokens[m.last - 1]!.lower) ? m.last - 1 : m.last;
  const noun = tokens[at]?.lower ?? '';
  if (maker === undefined || !VERSION_NOUNS.has(noun)) return false;
  if (noun === 'app' && tokens[at + 1]?.lower === 'store') return false;
  const anothers = (o: SentenceMention | undefined): boolean => o !== undefined && o !== m && o.key !== maker;
  // "Zapp's iOS app": the owner's possessive right before the platform. ("The Android version of Zapp" keeps the platform:
  // the trigger rules read the thing of which a version is named, trigger-relations.ts versionOwner.)
  return isPossessive(tokens[m.first - 1]) && anothers(mentions.find((o) => o.last === m.first - 1));
}
