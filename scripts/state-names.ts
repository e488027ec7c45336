/**
 * Derives `data/states.json` (every state's names and demonyms) from the maintained
 * `world-countries` package (mledoze/countries, ODbL-1.0). Run `npm run states` after updating
 * the package; test/lexicon-states.test.ts checks that the file is what this derivation gives.
 * The package is a dev dependency only: the pipeline and the explorer read the small derived file.
 */
import type { Country } from 'world-countries';
import type { StateNames } from '../src/pipeline/lexicon/lexicon-data';

/** States that are not `independent` in the package but act as states in the news (partly recognised). */
const PARTLY_RECOGNISED = new Set(['TWN', 'PSE', 'UNK']);

/** A name news text writes: Latin letters without diacritics, no inverted "Korea, Republic of", no "(…)". */
const WRITTEN_NAME = /^[A-Z][A-Za-z .'’-]*[A-Za-z.]$/;

/**
 * A name English news writes for the state. Codes of two letters ("IN", "IT", "NO") are words in
 * capitalised text (the field lexicon keeps "US", "UK"). A single word is kept only as an acronym
 * ("DRC", "UAE") or a spelling of the common name ("Turkiye"): the others are native names that
 * are English words or start other names ("Island" for Iceland, "Nippon Steel", "Emirates").
 */
function isUsableAlias(alias: string, c: Country, demonyms: readonly string[]): boolean {
  if (!WRITTEN_NAME.test(alias) || /^[A-Z]{1,2}$/.test(alias) || demonyms.includes(alias)) return false;
  // "The Netherlands": "the" is written lower case mid-sentence, and every "The" would start a lookup.
  if (alias.includes(' ')) return !alias.startsWith('The ');
  return /^[A-Z]{3,}$/.test(alias) || alias.slice(0, 4) === c.name.common.normalize('NFD').replace(/\p{M}/gu, '').slice(0, 4);
}

/** Lowercase with dashes, as lexicon ids are ("south-korea"). */
export const stateId = (name: string): string => name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * The language named after the state is also its adjective ("Nepali" beside "Nepalese"):
 * a language whose name shares the state's first four letters, or is its name cut short ("Lao").
 */
function languageAdjectives(c: Country): string[] {
  const name = c.name.common;
  return Object.values(c.languages ?? {}).filter((lang) => /^[A-Z][a-z]+$/.test(lang) && (lang.length >= 4 ? name.startsWith(lang.slice(0, 4)) : name.startsWith(lang)));
}

export function stateNames(countries: readonly Country[]): StateNames[] {
  const states = countries.filter((c) => c.independent || PARTLY_RECOGNISED.has(c.cca3));
  const demonymsOf = (c: Country): string[] => {
    const eng = c.demonyms?.eng;
    return [...new Set([eng?.m, eng?.f, ...languageAdjectives(c)].filter((d): d is string => !!d && WRITTEN_NAME.test(d) && !d.includes(' or ')))];
  };
  // "Congolese", "Dominican": a demonym two states share names neither.
  const claims = new Map<string, number>();
  for (const c of states) for (const d of demonymsOf(c)) claims.set(d, (claims.get(d) ?? 0) + 1);
  return states
    .map((c) => {
      const name = c.name.common;
      const aliases = [...new Set([c.name.official, ...c.altSpellings].filter((s) => s !== name && isUsableAlias(s, c, demonymsOf(c))))];
      const demonyms = demonymsOf(c).filter((d) => claims.get(d) === 1);
      return { id: stateId(name), name, ...(aliases.length > 0 && { aliases }), ...(demonyms.length > 0 && { demonyms }) };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The file's text: one state per line, so a package update reads as a small diff. */
export function statesFileText(states: readonly StateNames[]): string {
  return `{\n  "source": "world-countries (mledoze/countries, ODbL-1.0), derived by scripts/state-names.ts",\n  "states": [\n${states.map((s) => `    ${JSON.stringify(s)}`).join(',\n')}\n  ]\n}\n`;
}

// `npm run states` writes the file.
if (process.argv[1]?.endsWith('state-names.ts')) {
  const { default: countries } = await import('world-countries');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(new URL('../data/states.json', import.meta.url), statesFileText(stateNames(countries)));
  console.log('written: data/states.json');
}
