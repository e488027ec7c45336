import { describe, expect, it } from 'vitest';
import { lexiconWith } from './extract-helpers';
import { extractArticle } from '../src/pipeline/extract/extract-article';
import { writtenLabel } from '../src/pipeline/extract/written-labels';
import { buildGraph } from '../src/pipeline/graph/build-graph';

// Helper labels (stop 103): a firm the lexicon knows under a name no sentence of the article writes is labelled by the lexicon's
// form the article writes most ("Jio Platforms" was shown as the lexicon's "Reliance Jio" in fresh samples); its key, and so every
// fold, stays the lexicon's, and the lexicon's name stays an alias. Made-up names, in a test lexicon: "Zembla Zenco" written
// "Zenco Platforms" or "Zenco", "Qorva Group" written "Qorva Technologies".

const lexicon = lexiconWith({
  entities: [
        { id: 'zembla-zenco', name: 'Zembla Zenco', type: 'company', aliases: ['Zenco', 'Zenco Platforms'] },
        { id: 'qorva-group', name: 'Qorva Group', type: 'company', aliases: ['Qorva', 'Qorva Technologies'] },
  ],
});

function firm(text: string, key: string): { label: string; aliases: string[] } | undefined {
  const entity = extractArticle({ id: 'a', text }, lexicon).entities.find((e) => e.key === key);
  return entity && { label: entity.label, aliases: entity.aliases };
}

describe("a firm labelled by the lexicon's form its article writes", () => {
  it('an alias that is no part of the name: the alias written, whatever the verb or tense', () => {
    expect(firm('Zenco Platforms launched the Vela phone.', 'zembla-zenco')?.label).toBe('Zenco Platforms');
    expect(firm('Zenco Platforms has released the Vela 2 handset in Ruritania.', 'zembla-zenco')?.label).toBe('Zenco Platforms');
    expect(firm('Qorva Technologies unveiled the Plix router and the Plix Mesh.', 'qorva-group')?.label).toBe('Qorva Technologies');
    expect(firm('The Plix router was built by Qorva Technologies.', 'qorva-group')?.label).toBe('Qorva Technologies');
  });

  it('an alias written with its legal form is shown without it', () => {
    expect(firm('Qorva Technologies Ltd will release the Plix router next year.', 'qorva-group')?.label).toBe('Qorva Technologies');
  });

  it("the lexicon's name stays an alias, and the key stays the lexicon's", () => {
    const zenco = firm('Zenco Platforms launched the Vela phone.', 'zembla-zenco');
    expect(zenco?.aliases).toContain('Zembla Zenco');
  });

  it('the form written most wins; a tie goes to the longer form', () => {
    expect(firm('Zenco Platforms launched the Vela phone. Zenco said the phone sold out. Zenco will ship more.', 'zembla-zenco')?.label).toBe('Zenco');
    expect(firm('Zenco Platforms launched the Vela phone. Zenco said the phone sold out.', 'zembla-zenco')?.label).toBe('Zenco Platforms');
  });

  it('the graph shows the label, with the other names as aliases', () => {
    const records = [
      extractArticle({ id: 'a1', text: 'Zenco Platforms launched the Vela phone.' }, lexicon),
      extractArticle({ id: 'a2', text: 'Zenco Platforms released the Vela 2 phone.' }, lexicon),
    ];
    const graph = buildGraph(records);
    expect(graph.getNodeAttribute('zembla-zenco', 'label')).toBe('Zenco Platforms');
    expect(graph.getNodeAttribute('zembla-zenco', 'aliases')).toContain('Zembla Zenco');
  });
});

describe('near misses: the label stays', () => {
  it("the lexicon's name, when the article writes it besides another form", () => {
    expect(firm('Zembla Zenco launched the Vela phone. Zenco Platforms said it sold out. Zenco Platforms will ship more.', 'zembla-zenco')?.label).toBe('Zembla Zenco');
  });

  it("the lexicon's name, when the article writes only a clipped name the rules folded into the firm", () => {
    expect(firm('Qorva Digital Technology Co released the Plix router.', 'qorva-group')?.label).toBe('Qorva Group');
    expect(firm('Qorva Technology launched the Plix router.', 'qorva-group')?.label).toBe('Qorva Group');
  });

  it('a firm the article writes by the short form that is its name', () => {
    expect(firm('Qorva released the Plix router.', 'qorva-group')?.label).toBe('Qorva');
  });

  it('nothing written: the name', () => {
    expect(writtenLabel('Zembla Zenco', new Map())).toBe('Zembla Zenco');
    expect(writtenLabel('Zembla Zenco', new Map([['Zenco', 2], ['Zembla Zenco', 1]]))).toBe('Zembla Zenco');
  });
});
