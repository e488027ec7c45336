import type { Lexicon } from '../lexicon/lexicon';
import type { EntityRecord } from '../types';
import { cleanLabel, type SentenceMention } from './mention';

/** Folds the mentions of an article into one record per entity key. */
export class EntityCollector {
  private readonly byKey = new Map<string, EntityRecord>();

  constructor(private readonly lexicon: Lexicon) {}

  add(m: SentenceMention): void {
    const record = this.byKey.get(m.key) ?? { key: m.key, label: m.label, type: m.type, aliases: [], mentions: [] };
    if (record.type === 'organization' && m.type !== 'organization') record.type = m.type;
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

  records(): EntityRecord[] {
    return [...this.byKey.values()]
      .map((r) => ({ ...r, aliases: [...r.aliases].sort() }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}
