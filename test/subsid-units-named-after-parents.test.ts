import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { claimStrings, only, scoredClaimsOf } from './extract-helpers';
import { extractArticle } from '../src/pipeline/extract/extract-article';
import { Lexicon } from '../src/pipeline/lexicon/lexicon';
import type { LexiconData, StatesData } from '../src/pipeline/lexicon/lexicon-data';
import { withStates } from '../src/pipeline/lexicon/state-lexicon';

// Helper subsid: a firm's unit or subsidiary named after its parent ("Zenco Semiconductor", "Zenco AI", "Qorva Cloud") is a company
// of its own where the sentence shows it as a unit; a firm's name closed by its trade's word ends before the product named after
// it ("the Zenco Electronics Plix 9"); the older model a successor is named after is no product of the successor's maker. Made-up
// names; the parents are added to a test lexicon, as a known group's name is what folded its units into it.

const lexiconJson = JSON.parse(readFileSync(new URL('../data/lexicon.json', import.meta.url), 'utf8')) as LexiconData;
const statesJson = JSON.parse(readFileSync(new URL('../data/states.json', import.meta.url), 'utf8')) as StatesData;
const knownParents = new Lexicon(withStates({ ...lexiconJson, entities: [...lexiconJson.entities, { id: 'zenco', name: 'Zenco', type: 'company' }, { id: 'qorva', name: 'Qorva', type: 'company' }] }, statesJson.states));

function withParents(text: string): { entities: string[]; claims: string[] } {
  const record = extractArticle({ id: 'subsid', text }, knownParents);
  return { entities: record.entities.map((e) => `${e.label} (${e.type})`).sort(), claims: claimStrings(record).filter((c) => !/-(version_of|part_of|reported|partners_with)->/.test(c)) };
}

describe('a unit named after a known parent, shown as a unit, is a company of its own', () => {
  it('a unit noun before the name', () => {
    expect(withParents("Zenco's research arm, Zenco Labs, released the Zeta model.").claims).toEqual(['Zenco Labs -develops-> Zeta']);
    expect(withParents('Zenco and its chip unit Zenco Semiconductor were placed on the Entity List by the Commerce Department.').entities).toContain('Zenco Semiconductor (company)');
    expect(withParents("Qorva's cloud division, Qorva Cloud, launched Plixbase.").claims).toEqual(['Qorva Cloud -develops-> Plixbase']);
  });

  it('the unit is no product of its parent', () => {
    const unit = withParents('Qorva and its unit Qorva Cloud reported higher profits.');
    expect(unit.entities).toContain('Qorva Cloud (company)');
    expect(unit.claims).toEqual([]);
  });

  it('"AI" after the parent, when the sentence shows a division', () => {
    expect(withParents('Plixbot is a chatbot developed by Zenco AI, a division of Zenco.').claims).toEqual(['Zenco AI -develops-> Plixbot']);
    expect(withParents('Zenco AI, the AI division of Zenco, released Plixbot.').claims).toEqual(['Zenco AI -develops-> Plixbot']);
  });
});

describe('a firm closed by its trade word before a product named after it', () => {
  it('an unknown firm', () => {
    expect(only('banned')(scoredClaimsOf('Italy banned the Zenco Electronics Plix 9.'))).toEqual(['Italy -banned-> Plix 9']);
    expect(scoredClaimsOf('The Zenco Motors Vexa EV competes with the Qorva Plix.')).toContain('Vexa EV -competes_with-> Qorva Plix');
    expect(only('banned')(scoredClaimsOf('The Qorva Technologies Plix router was banned in Italy.'))).toEqual(['Italy -banned-> Plix']);
  });

  it('after a known parent the trade word is no part of the product', () => {
    expect(only('banned')(withParents('Italy banned the Zenco Electronics Plix 9.').claims)).toEqual(['Italy -banned-> Plix 9']);
    expect(withParents('Buyers of the Zenco Motors Vexa sedan got a refund.').entities).toEqual(['Vexa (product)', 'Zenco Motors (company)']);
  });
});

describe('the model a successor follows', () => {
  it('gets no maker from the successor', () => {
    expect(only('develops')(scoredClaimsOf('The Plix 9, successor to the Plix 8, is made by Zenco.'))).toEqual(['Zenco -develops-> Plix 9']);
  });
});

describe('near misses stay as they were', () => {
  it('a unit alone, with no unit noun, folds into its known parent', () => {
    expect(withParents('Zenco AI built the Zeta model.').claims).toEqual(['Zenco -develops-> Zeta']);
    expect(withParents('Zenco Labs released the Zeta model.').claims).toEqual(['Zenco -develops-> Zeta']);
  });

  it('a cloud sold as a service keeps its reading', () => {
    expect(withParents('Customers of Zenco Cloud storage complained about outages.').entities).toContain('Zenco Cloud (product)');
  });

  it('a longer firm name is not cut', () => {
    expect(withParents('Zenco Electronics America said sales rose.').entities).toContain('Zenco Electronics America (company)');
    expect(scoredClaimsOf('Italy fined Zenco Semiconductor Manufacturing Company.').join(' ')).not.toMatch(/Manufacturing Company/);
    expect(scoredClaimsOf('Italy banned the Zenco Technologies Group.')).toEqual(['Italy -banned-> Zenco Technologies Group']);
    expect(withParents('Zenco Motors Q3 results beat forecasts.').entities).not.toContain('Q3 (product)');
  });

  it('a product naming its maker stays the maker\'s', () => {
    expect(only('develops')(scoredClaimsOf("Zenco's Plix 8 was followed by the Plix 9."))).toEqual(['Zenco -develops-> Plix 8']);
  });
});
