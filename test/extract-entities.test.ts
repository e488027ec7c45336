import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, entityLabelled, extract } from './extract-helpers';

// Entities the curated lexicon knows: every surface form folds into one node with the
// canonical label, and labels are always clean names.

describe('lexicon entities', () => {
  it('finds companies, products and models by name, with their types', () => {
    expect(entitiesOf('The Financial Times reported that Tencent is testing Hunyuan in WeChat.')).toEqual([
      'Financial Times (company)',
      'Hunyuan (model)',
      'Tencent (company)',
      'WeChat (product)',
    ]);
  });

  it('finds every item of a list of names', () => {
    expect(entitiesOf('Investors poured money into Anthropic, OpenAI and xAI this year.')).toEqual([
      'Anthropic (company)',
      'OpenAI (company)',
      'xAI (company)',
    ]);
  });

  it('folds an alias into its canonical entity: "Tongyi Qianwen" is Qwen', () => {
    const record = extract('Tongyi Qianwen now powers customer service bots at several banks.');
    // The key is Qwen's; the label is the name the article writes (written-labels.ts), the lexicon's name an alias.
    const qwen = record.entities.find((e) => e.key === 'qwen');
    expect(qwen?.type).toBe('model');
    expect(qwen?.label).toBe('Tongyi Qianwen');
    expect(qwen?.aliases).toContain('Qwen');
  });

  it('makes a model version its own node, a version of its family: "Llama 3" of Llama, "Ernie 4.0" of Ernie', () => {
    expect(entitiesOf('Meta said Llama 3 would be available to researchers.')).toContain('Llama 3 (model)');
    expect(claimsOf('Meta said Llama 3 would be available to researchers.')).toContain('Llama 3 -version_of-> Llama');
    // Versions the lexicon does not list: a number or a tier after the family, or inside one hyphenated token.
    expect(claimsOf('Baidu unveiled Ernie 4.0 at a launch event.')).toContain('Ernie 4.0 -version_of-> Ernie Bot');
    expect(claimsOf('The lab tested GPT-5-mini and o1-preview on the benchmark.')).toEqual(expect.arrayContaining(['GPT-5-mini -version_of-> GPT-5', 'o1-preview -version_of-> o1']));
    // A company's name with a model code is its model.
    expect(claimsOf('Engineers compared DeepSeek-V3.1 with earlier releases.')).toContain('DeepSeek -develops-> DeepSeek-V3.1');
    // Years are not versions.
    expect(entitiesOf('Llama 2024 roadmaps were discussed.')).not.toContain('Llama 2024 (model)');
  });

  it('folds a company and its longer legal name into one node', () => {
    const record = extract('Samsung Electronics and SK Hynix supply memory chips. Samsung declined to comment.');
    const samsung = record.entities.filter((e) => e.label.startsWith('Samsung'));
    expect(samsung).toHaveLength(1);
    expect(samsung[0]!.mentions).toHaveLength(2);
    expect(entitiesOf('Samsung Electronics and SK Hynix supply memory chips.')).toContain('SK Hynix (company)');
  });

  it('counts every mention of an entity across sentences', () => {
    const record = extract('Baidu unveiled a model. Analysts said Baidu was late. Baidu disagreed.');
    expect(entityLabelled(record, 'Baidu')?.mentions).toHaveLength(3);
  });
});

describe('possessives', () => {
  it('records "Baidu\'s" as Baidu, not as a new name', () => {
    const record = extract("Analysts said Baidu's stock rose after the earnings call.");
    expect(entitiesOf("Analysts said Baidu's stock rose after the earnings call.")).toEqual(['Baidu (company)']);
    expect(entityLabelled(record, 'Baidu')?.aliases).toEqual([]);
  });

  it('handles a curly apostrophe the same way', () => {
    expect(entitiesOf('Baidu’s Ernie Bot drew 200 million users.')).toEqual(['Baidu (company)', 'Ernie Bot (product)']);
  });

  it('types the named thing a company owns as its product', () => {
    expect(entitiesOf("Nvidia's H20 chip is the most powerful part it may still sell.")).toContain('H20 (product)');
  });
});

describe('clean labels', () => {
  const text = [
    '"Qwen," said one analyst, "is everywhere."',
    'Regulators opened a review of “DeepSeek” last week.',
    'Vantor Labs Inc. said it had raised $40 million.',
    "Staff at 'Anthropic' were surprised.",
  ].join(' ');
  const record = extract(text);
  const names = record.entities.flatMap((e) => [e.label, ...e.aliases, ...e.mentions.map((m) => m.surface)]);

  it('keeps quotes and trailing punctuation out of labels, aliases and mention surfaces', () => {
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).not.toMatch(/^["'“”‘’]|["'“”‘’.,;:!?]$/);
  });

  it('finds the quoted names themselves', () => {
    expect(record.entities.map((e) => e.label)).toEqual(expect.arrayContaining(['Qwen', 'DeepSeek', 'Vantor Labs Inc', 'Anthropic']));
  });

  it('records each mention at the offsets where its surface is written', () => {
    for (const e of record.entities) {
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    }
  });
});

describe('what is not one of the four types', () => {
  it('types people as people, never as companies', () => {
    const found = entitiesOf('"We are not a threat," said Liang Wenfeng, the founder of DeepSeek.');
    expect(found).toContain('DeepSeek (company)');
    expect(found).toContain('Liang Wenfeng (person)');
  });

  it('does not turn generic words of the trade into entities', () => {
    expect(entitiesOf('AI startups and LLM developers are hiring GPU engineers in March.')).toEqual([]);
  });

  it('makes no relation out of names that no pattern links', () => {
    expect(claimsOf('Jensen Huang said Nvidia would keep selling chips to its customers.')).toEqual([]);
  });
});
