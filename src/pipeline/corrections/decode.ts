import { RELATION_KINDS } from '../relation-registry';
import { array, name, object, oneOf, SchemaError, text, type Decoder } from '../schema/decode';
import { entityKey, entityName, entityType, isoDate } from '../schema/records';
import type { Correction, CorrectionsFile, EntityRef, SentenceRef } from './types';

/**
 * Reads a corrections file (already parsed JSON) field by field: a SchemaError names the
 * correction and the field that is wrong (`corrections[3].entity.names[0]: expected a string`).
 */
export function decodeCorrections(value: unknown): CorrectionsFile {
  const file = object(value, 'corrections file');
  if (file.version !== 1) throw new SchemaError(`version: expected 1, got ${JSON.stringify(file.version) ?? 'nothing'}`);
  const corrections = array(file.corrections, 'corrections').map((item, i) => correction(item, `corrections[${i}]`));
  return { version: 1, corrections };
}

const ACTIONS = ['merge', 'rename', 'retype', 'delete', 'reject', 'add'] as const;
const relation = oneOf(RELATION_KINDS);

const entityRef: Decoder<EntityRef> = (value, where) => {
  const raw = object(value, where);
  const ref: EntityRef = {};
  if (raw.key !== undefined) ref.key = entityKey(raw.key, `${where}.key`);
  if (raw.names !== undefined) ref.names = array(raw.names, `${where}.names`).map((n, i) => entityName(n, `${where}.names[${i}]`)).filter((n) => n.trim() !== '');
  if (ref.key === undefined && (ref.names ?? []).length === 0) throw new SchemaError(`${where}: expected a key or names`);
  return ref;
};

const sentenceRef: Decoder<SentenceRef> = (value, where) => {
  const raw = object(value, where);
  return { article: name(raw.article, `${where}.article`), sentence: name(raw.sentence, `${where}.sentence`) };
};

function correction(value: unknown, where: string): Correction {
  const raw = object(value, where);
  const action = oneOf(ACTIONS)(raw.action, `${where}.action`);
  const base: { who?: string; when?: string } = {};
  if (raw.who !== undefined) base.who = text(raw.who, `${where}.who`);
  if (raw.when !== undefined) base.when = when(raw.when, `${where}.when`);
  switch (action) {
    case 'merge': {
      const entities = array(raw.entities, `${where}.entities`).map((e, i) => entityRef(e, `${where}.entities[${i}]`));
      if (entities.length < 2) throw new SchemaError(`${where}.entities: expected two or more entities`);
      return { ...base, action, entities, label: name(raw.label, `${where}.label`) };
    }
    case 'rename':
      return { ...base, action, entity: entityRef(raw.entity, `${where}.entity`), label: name(raw.label, `${where}.label`) };
    case 'retype':
      return { ...base, action, entity: entityRef(raw.entity, `${where}.entity`), type: entityType(raw.type, `${where}.type`) };
    case 'delete':
      return { ...base, action, entity: entityRef(raw.entity, `${where}.entity`) };
    case 'reject': {
      const claim = { source: entityRef(raw.source, `${where}.source`), relation: relation(raw.relation, `${where}.relation`), target: entityRef(raw.target, `${where}.target`) };
      if (raw.sentences === undefined) return { ...base, action, ...claim };
      return { ...base, action, ...claim, sentences: array(raw.sentences, `${where}.sentences`).map((s, i) => sentenceRef(s, `${where}.sentences[${i}]`)) };
    }
    case 'add': {
      const claim = { source: entityRef(raw.source, `${where}.source`), relation: relation(raw.relation, `${where}.relation`), target: entityRef(raw.target, `${where}.target`) };
      return raw.note === undefined ? { ...base, action, ...claim } : { ...base, action, ...claim, note: text(raw.note, `${where}.note`) };
    }
  }
}

/** An ISO date or date-time ("2026-11-23" or "2026-11-23T10:04:00Z"). */
const when: Decoder<string> = (value, where) => {
  const s = text(value, where);
  if (/^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s))) return s;
  return isoDate(s, where);
};
