import { readFileSync } from 'node:fs';
import countries from 'world-countries';
import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../src/pipeline/lexicon/lexicon';
import type { LexiconData, StatesData } from '../src/pipeline/lexicon/lexicon-data';
import { withStates } from '../src/pipeline/lexicon/state-lexicon';
import { tokenize } from '../src/pipeline/text/tokens';
import { stateNames, statesFileText } from '../scripts/state-names';
import { claimsOf, entitiesOf } from './extract-helpers';

// Every state of the world comes from maintained data (world-countries, via data/states.json);
// the field lexicon (data/lexicon.json) adds only what news writes about states.

const STATES_TEXT = readFileSync(new URL('../data/states.json', import.meta.url), 'utf8');
const STATES = (JSON.parse(STATES_TEXT) as StatesData).states;
const FIELD = JSON.parse(readFileSync(new URL('../data/lexicon.json', import.meta.url), 'utf8')) as LexiconData;

describe('data/states.json', () => {
  it('is what `npm run states` derives from the installed world-countries package', () => {
    expect(STATES_TEXT).toBe(statesFileText(stateNames(countries)));
  });

  it('holds every independent state with a name the lexicon resolves to a government', () => {
    const lexicon = defaultLexicon();
    const independent = countries.filter((c) => c.independent);
    expect(independent.length).toBeGreaterThan(190);
    for (const c of independent) {
      const words = tokenize(c.name.common).map((t) => t.text);
      const match = lexicon.longestMatch(words, 0);
      const entry = match?.length === words.length ? match.entry : undefined;
      expect(entry?.type, c.name.common).toBe('government');
    }
  });

  it('keeps native names that are English words or open other names out ("Island", "Nippon")', () => {
    const aliases = STATES.flatMap((s) => s.aliases ?? []);
    expect(aliases.filter((a) => ['Island', 'Nippon', 'Emirates', 'Suomi', 'The Netherlands'].includes(a))).toEqual([]);
    expect(entitiesOf('Residents of Staten Island praised the Nippon Steel plan.').filter((e) => e.includes('government'))).toEqual([]);
  });

  it('keeps demonyms two states share out ("Congolese")', () => {
    expect(STATES.filter((s) => s.demonyms?.includes('Congolese'))).toEqual([]);
  });
});

describe('the field lexicon with every state', () => {
  const merged = withStates(FIELD, STATES);

  it('keeps the field ids and names and adds the maintained names', () => {
    const china = merged.entities.find((e) => e.id === 'china')!;
    expect(china.name).toBe('China');
    expect(china.aliases).toEqual(expect.arrayContaining(['Beijing', "People's Republic of China"]));
    expect(china.demonyms).toContain('Chinese');
  });

  it('lets no surface form name two entries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of merged.entities) {
      for (const s of new Set([e.name, ...(e.aliases ?? [])])) {
        if (owner.has(s) && owner.get(s) !== e.id) clashes.push(`${s}: ${owner.get(s)} / ${e.id}`);
        owner.set(s, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('leaves a demonym the field lexicon gives to one state to that state ("Korean" → South Korea)', () => {
    expect(defaultLexicon().stateOfDemonym('Korean')?.id).toBe('south-korea');
  });
});

describe('states the field lexicon never wrote', () => {
  it.each([
    ['The Nepali government blocked TikTok last week.', 'Nepal -banned-> TikTok'],
    ['Nepalese authorities blocked Telegram on Monday.', 'Nepal -banned-> Telegram'],
    ['Sri Lankan authorities banned Facebook for a week.', 'Sri Lanka -banned-> Facebook'],
    ['The Azerbaijani government blocked TikTok.', 'Azerbaijan -banned-> TikTok'],
    ['Turkmenistan blocked WhatsApp in 2023.', 'Turkmenistan -banned-> WhatsApp'],
  ])('"%s" → %s', (text, claim) => {
    expect(claimsOf(text)).toContain(claim);
  });

  it.each([
    ['Kenyan officials summoned Meta.', 'Kenya (government)'],
    ['South Korean authorities summoned Meta.', 'South Korea (government)'],
    ['The U.S. government summoned Meta.', 'United States (government)'],
    ['Emirati regulators summoned Meta.', 'United Arab Emirates (government)'],
  ])('a demonym before a generic body is the state: "%s"', (text, state) => {
    expect(entitiesOf(text)).toEqual(['Meta (company)', state].sort());
  });

  it('names a state by its official name', () => {
    expect(entitiesOf('The Federal Democratic Republic of Nepal restricted exports to Myanmar.')).toEqual(['Myanmar (government)', 'Nepal (government)']);
  });

  it('finds a state used as a place after "in"', () => {
    expect(entitiesOf('Telegram was blocked in Turkmenistan, the Azerbaijani government said.')).toContain('Turkmenistan (government)');
  });

  it('reads a state after a place and a comma as where the place is ("Atlanta, Georgia")', () => {
    expect(entitiesOf('Zenco Labs, based in Atlanta, Georgia, launched Zeta.').filter((e) => e.includes('government'))).toEqual([]);
    expect(claimsOf('Russia, Georgia and Armenia banned Telegram.')).toContain('Georgia -banned-> Telegram');
    expect(entitiesOf('Zenco Labs has offices in the United States, Australia and Japan.')).toContain('Australia (government)');
  });

  it('does not take a first name or a company that opens with a state name for the state', () => {
    expect(entitiesOf('Chad Hurley praised YouTube.')).not.toContain('Chad (government)');
    expect(entitiesOf('Jordan Peterson criticised OpenAI.')).not.toContain('Jordan (government)');
    expect(claimsOf('Jordan banned WhatsApp.')).toEqual(['Jordan -banned-> WhatsApp']);
  });
});
