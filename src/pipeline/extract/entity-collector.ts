import type { Lexicon } from '../lexicon/lexicon';
import type { EntityRecord } from '../types';
import { cleanLabel, LEGAL_FORMS, stripLegalSuffix, type SentenceMention } from './mention';
import { writtenLabel, writtenLexiconNames } from './written-labels';

/** Folds the mentions of an article into one record per entity key. */
export class EntityCollector {
  private readonly byKey = new Map<string, EntityRecord>();

  constructor(private readonly lexicon: Lexicon) {}

  add(m: SentenceMention): void {
    const record = this.byKey.get(m.key) ?? { key: m.key, label: m.label, type: m.type, aliases: [], mentions: [] };
    // A record a claim made before the article's mention was recorded (ensure) takes the mention's reading: "the Seattle City
    // Council banned …" is the city's government, though the lexicon knows Seattle as a place.
    if ((record.type === 'organization' && m.type !== 'organization') || record.mentions.length === 0) record.type = m.type;
    const surface = cleanLabel(m.surface);
    if (surface && surface !== record.label && !record.aliases.includes(surface)) record.aliases.push(surface);
    record.mentions.push({ start: m.start, end: m.end, surface });
    this.byKey.set(m.key, record);
  }

  /** An entity that claims refer to without the article naming it (a state of a named agency). */
  ensure(key: string): void {
    if (this.byKey.has(key)) return;
    const entry = this.lexicon.get(key);
    if (entry) this.byKey.set(key, { key, label: entry.name, type: entry.type, aliases: [], mentions: [] });
  }

  /** One record per entity, sorted by key; `text` is the article's, which the mentions' offsets point into. */
  records(text: string): EntityRecord[] {
    return [...this.byKey.values()]
      .map((r) => withWrittenLegalName(r, this.lexicon, text))
      .map((r) => withWrittenLexiconName(r, this.lexicon))
      .map((r) => ({ ...r, aliases: [...r.aliases].sort() }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}

/** Legal forms that may follow a firm's name after its mention ends ("Zenco Co., Ltd."): the ones the label check strips; like every label, the name drops its final dot. */
const LEGAL_TAIL = new RegExp(String.raw`^(?:\.?,? (?:${LEGAL_FORMS})(?![\p{L}\p{N}]))+`, 'u');

/**
 * A firm the article names only with its legal form ("sanctioned Zenco Multi Trading Co Ltd") is
 * labelled as written: the name without the form is nowhere in the text, and readers (and the
 * gold annotations, which list every written form) know it by the written one. A firm also named
 * without the form ("Zenco Ltd … Zenco said"), or known to the lexicon, keeps the short label.
 */
function withWrittenLegalName(record: EntityRecord, lexicon: Lexicon, text: string): EntityRecord {
  if (record.type !== 'company' || lexicon.get(record.key) || record.mentions.some((m) => m.surface === record.label)) return record;
  for (const m of record.mentions) {
    const tail = LEGAL_TAIL.exec(text.slice(m.end, m.end + 40))?.[0] ?? '';
    const name = cleanLabel(text.slice(m.start, m.end) + tail);
    if (name === record.label || stripLegalSuffix(name, true) !== record.label) continue;
    return { ...record, label: name, aliases: [record.label, ...record.aliases.filter((alias) => alias !== name && alias !== record.label)] };
  }
  return record;
}

/**
 * A firm the lexicon knows under a name the article never writes ("Vexa Group" or "Zenco Qorva" where the text says "Qorva", "Vexa
 * Platforms" where it says only that) is labelled by the lexicon's form the article writes most (written-labels.ts); the lexicon's name
 * stays an alias. Readers, and the gold annotations that list every written form, know it by that (stop 72's samples: about 10 false
 * edges and misses from group names over its sets, 10 in stop 71's; stop 73 widened it from group names to any first or last
 * words of the name: "Bharti Airtel" written "Airtel"; stop 103 to any written form: "Jio Platforms" is no word run of "Reliance
 * Jio", and to products and models: "Harmony OS" was shown as the lexicon's "HarmonyOS").
 */
/** Firms, products and models: a state or an agency keeps its standard name, which the gold annotations list too. */
const LABELLED_AS_WRITTEN: ReadonlySet<string> = new Set(['company', 'product', 'model']);

function withWrittenLexiconName(record: EntityRecord, lexicon: Lexicon): EntityRecord {
  const entry = lexicon.get(record.key);
  if (!LABELLED_AS_WRITTEN.has(record.type) || !entry) return record;
  const inTextOrder = [...record.mentions].sort((a, b) => a.start - b.start);
  const label = writtenLabel(record.label, writtenLexiconNames(inTextOrder.map((m) => m.surface), entry));
  if (label === record.label) return record;
  return { ...record, label, aliases: [record.label, ...record.aliases.filter((alias) => alias !== label && alias !== record.label)] };
}
