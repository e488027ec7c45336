import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, entityLabelled, extract } from './extract-helpers';

// A state's stand-ins (capital, leadership, generic bodies) are the state itself; a named
// agency is its own node, part of its state; places and people are never companies.

describe('state stand-ins fold into the state', () => {
  it.each([
    ['Beijing has told state-owned banks to stop using foreign chatbots.', 'China', 'Beijing'],
    ['The Trump administration blocked sales of advanced chips.', 'United States', 'Trump administration'],
    ['The Biden administration tightened the rules in October.', 'United States', 'Biden administration'],
    ['U.S. authorities opened an inquiry on Friday.', 'United States', 'U.S. authorities'],
    ['Chinese regulators summoned Alibaba executives.', 'China', 'Chinese regulators'],
    ['The Kremlin has warned foreign platforms.', 'Russia', 'Kremlin'],
    ['The federal government issued guidance on chatbots.', 'United States', 'federal government'],
    ['The White House said the order was final.', 'United States', 'White House'],
  ])('"%s" → %s', (text, state, alias) => {
    const record = extract(text);
    const node = entityLabelled(record, state);
    expect(node?.type).toBe('government');
    expect(node?.aliases).toContain(alias);
    expect(record.entities.filter((e) => e.type === 'government')).toHaveLength(1);
  });

  it('folds every way of writing the United States into one node', () => {
    const text = 'The US said America would act. The United States government agreed, and Washington signed.';
    expect(entitiesOf(text)).toEqual(['United States (government)']);
    expect(entityLabelled(extract(text), 'United States')?.mentions).toHaveLength(4);
  });

  it('keeps two states apart when both capitals are named', () => {
    expect(entitiesOf('Washington and Beijing traded accusations over chip exports.')).toEqual(['China (government)', 'United States (government)']);
  });

  it('makes the state, not the lawmakers, the actor of a ban', () => {
    expect(claimsOf('U.S. lawmakers called for a ban on DeepSeek after the report.', 'proposed')).toEqual(['United States -banned-> DeepSeek']);
  });
});

describe('named agencies are their own node, part of their state', () => {
  it.each([
    ['The Securities and Exchange Commission sued Coinbase.', 'Securities and Exchange Commission', 'United States'],
    ['The Commerce Department placed Moore Threads on the entity list.', 'Commerce Department', 'United States'],
    ['The European Commission opened an investigation into Meta.', 'European Commission', 'European Union'],
    ["The People's Liberation Army uses domestic chatbots for planning.", "People's Liberation Army", 'China'],
    ['The Bundestag met on Thursday.', 'Bundestag', 'Germany'],
    ['California passed a law regulating frontier models.', 'California', 'United States'],
  ])('"%s" → %s, part of %s', (text, agency, state) => {
    const record = extract(text);
    expect(entityLabelled(record, agency)?.type).toBe('government');
    expect(entityLabelled(record, state)?.type).toBe('government');
    expect(claimsOf(text)).toContain(`${agency} -part_of-> ${state}`);
  });

  it('makes "Japan\'s trade ministry" an agency of Japan, not Japan itself', () => {
    const text = "Japan's trade ministry tightened its rules on Tuesday.";
    const record = extract(text);
    const ministry = record.entities.find((e) => e.aliases.includes("Japan's trade ministry"));
    expect(ministry?.type).toBe('government');
    expect(ministry?.label).not.toBe('Japan');
    expect(claimsOf(text)).toContain(`${ministry?.label} -part_of-> Japan`);
  });

  it('labels a possessive body as written and folds it with the same body named by demonym', () => {
    const record = extract("Nepal's telecoms ministry blocked Zenchat. The Nepali telecoms ministry later lifted the block.");
    const ministries = record.entities.filter((e) => e.type === 'government' && e.label.includes('ministry'));
    expect(ministries.map((e) => e.label)).toEqual(["Nepal's telecoms ministry"]);
    expect(ministries[0]!.aliases).toContain('Nepali telecoms ministry');
  });

  it('makes "Italy\'s privacy watchdog" an agency of Italy that can ban an app', () => {
    const text = "Italy's privacy watchdog blocked Ernie Bot in March.";
    const record = extract(text);
    const watchdog = record.entities.find((e) => e.aliases.includes("Italy's privacy watchdog"));
    expect(watchdog?.type).toBe('government');
    expect(claimsOf(text)).toEqual([`${watchdog?.label} -banned-> Ernie Bot`, `${watchdog?.label} -part_of-> Italy`]);
  });

  it('gives a defined agency of a known state a part_of edge to that state', () => {
    const text = 'The National Cyber Security Directorate of France opened a probe.';
    const found = claimsOf(text);
    expect(found.some((c) => c.endsWith('-part_of-> France'))).toBe(true);
  });
});

describe('places and people are not companies', () => {
  it('keeps the city in "a Hangzhou-based startup" out of the companies', () => {
    const found = entitiesOf('Kavro, a Shenzhen-based startup, raised $30 million.');
    expect(found).toContain('Kavro (company)');
    expect(found).not.toContain('Shenzhen (company)');
  });

  it('does not make a company of the place in "headquartered in Hangzhou"', () => {
    const found = entitiesOf('Lumen Mind is headquartered in Hangzhou and has 80 staff.');
    expect(found).not.toContain('Hangzhou (company)');
    expect(found).not.toContain('Hangzhou (government)');
    expect(found).not.toContain('China (government)');
  });

  it('types a named executive as a person', () => {
    const found = entitiesOf('Sam Altman, the chief executive of OpenAI, met investors.');
    expect(found).toContain('Sam Altman (person)');
    expect(found).toContain('OpenAI (company)');
  });

  it('does not let a demonym before companies make the state an actor', () => {
    expect(claimsOf('Chinese companies restrict employees from using ChatGPT.')).toEqual([]);
  });
});
