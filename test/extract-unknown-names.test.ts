import { describe, expect, it } from 'vitest';
import { entitiesOf, entityLabelled, extract } from './extract-helpers';

// Names no lexicon knows (invented here on purpose), typed by the words around them.

describe('organisation suffixes', () => {
  it('makes a name ending in Inc. a company and folds it with its bare form', () => {
    const text = 'Vantor Labs Inc. said on Monday it had raised $40 million. Vantor Labs plans to hire 60 engineers.';
    const record = extract(text);
    expect(entitiesOf(text)).toEqual(['Vantor Labs (company)']);
    expect(entityLabelled(record, 'Vantor Labs')?.mentions).toHaveLength(2);
  });

  it.each([
    ['Quillmark Technologies signed a supply deal with a carmaker.', 'Quillmark Technologies'],
    ['Brightwave Robotics Ltd. opened an office last year.', 'Brightwave Robotics Ltd'],
    ['Analysts expect Halvard Systems to list its shares.', 'Halvard Systems'],
  ])('types "%s" as a company named %s', (text, label) => {
    expect(entitiesOf(text)).toContain(`${label} (company)`);
  });
});

describe('appositions', () => {
  it('types "Zhelan, a Hangzhou-based AI startup" as a company and knows it later by name', () => {
    const text = 'Zhelan, a Hangzhou-based AI startup, unveiled a coding assistant on Monday. Zhelan said it had 300 staff.';
    const found = entitiesOf(text);
    expect(found).toContain('Zhelan (company)');
    expect(found).not.toContain('Hangzhou (company)');
    expect(entityLabelled(extract(text), 'Zhelan')?.mentions).toHaveLength(2);
  });

  it('types "Orinsa, the Paris company behind ..." as a company and Paris as no company', () => {
    const found = entitiesOf('Orinsa, the Paris company behind a popular chatbot, raised new funding.');
    expect(found).toContain('Orinsa (company)');
    expect(found).not.toContain('Paris (company)');
  });

  it('learns a name typed later in the article for its earlier mentions too', () => {
    const text = 'Zhelan raised money in May. Zhelan, a Hangzhou-based startup, now has 300 staff.';
    expect(entityLabelled(extract(text), 'Zhelan')?.mentions).toHaveLength(2);
  });
});

describe('cue nouns', () => {
  it('types "the Lumio app" as a product', () => {
    expect(entitiesOf('Users flocked to the Lumio app after the update.')).toEqual(['Lumio (product)']);
  });

  it('types "the Sorin model" as a model', () => {
    expect(entitiesOf('Customers can try the Sorin model through an API.')).toEqual(['Sorin (model)']);
  });

  it('keeps a version with letters in a chip name: "the Kestrel 910X chip"', () => {
    expect(entitiesOf('The Kestrel 910X chip will ship in volume next year.')).toEqual(['Kestrel 910X (product)']);
  });

  it('types "the Ascend 910B chip" as a product', () => {
    expect(entitiesOf('Huawei said the Ascend 910B chip is in mass production.')).toContain('Ascend 910B (product)');
  });

  it('types "startup Pennant" as a company', () => {
    expect(entitiesOf('Investors backed startup Pennant with $12 million.')).toEqual(['Pennant (company)']);
  });
});

describe('acronyms defined in the text', () => {
  it('folds "Cyberspace Regulation Office of Ruritania (CROR)" and a later "CROR" into one government node', () => {
    const text = 'The Cyberspace Regulation Office of Ruritania (CROR) issued new rules. The CROR said apps must register.';
    const record = extract(text);
    const office = entityLabelled(record, 'Cyberspace Regulation Office of Ruritania');
    expect(office?.type).toBe('government');
    expect(office?.aliases).toEqual(['CROR']);
    const later = text.lastIndexOf('CROR');
    expect(office?.mentions).toContainEqual({ start: later, end: later + 4, surface: 'CROR' });
    expect(record.entities.filter((e) => e.label === 'CROR')).toEqual([]);
  });

  it('folds a company acronym into the company', () => {
    const text = 'Halvard Systems (HSY) posted a loss. HSY shares fell 8 percent.';
    const found = entitiesOf(text);
    expect(found).toEqual(['Halvard Systems (company)']);
    expect(entityLabelled(extract(text), 'Halvard Systems')?.aliases).toContain('HSY');
  });
});
