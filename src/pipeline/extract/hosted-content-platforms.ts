/**
 * "restricted access to some media on Vidzo", "blocked state outlets' content on Vidzo": the platform after "on" only hosts the unnamed
 * content acted on; the platform itself is not banned or restricted (helper cla102, from fresh news on a platform's curbs on state
 * media, read as a curb on the platform). Advertising on a platform keeps its reading (bansAdvertisingOn).
 */
export function isHostOfUnnamedContent(words: readonly string[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && HOST_DETERMINERS.has(words[k]!)) k--;
  return HOSTING_PREPOSITIONS.has(words[k] ?? '') && HOSTED_CONTENT.has(words[k - 1] ?? '');
}

/** Determiners before a platform's name: "on the Vidzo platform". */
const HOST_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their']);
/** Prepositions that put content on a platform. */
const HOSTING_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'across']);
/** Unnamed content a platform hosts. */
const HOSTED_CONTENT: ReadonlySet<string> = new Set(['media', 'content', 'outlets', 'channels', 'news', 'accounts', 'pages', 'videos', 'posts', 'material', 'materials', 'publications', 'broadcasters', 'sources']);
