import { describe, expect, it } from 'vitest';
import { lexiconWith } from './extract-helpers';
import { extractArticle } from '../src/pipeline/extract/extract-article';
import { writtenLexiconNames } from '../src/pipeline/extract/written-labels';

// Helper labels2 (stop 103): a product or model the lexicon knows under a name its article never writes is labelled by the form the
// article writes most, as a firm is (written-labels.ts): "Harmony OS" was shown as the lexicon's "HarmonyOS". Spaced, joined and
// hyphenated forms of a name count as written; a name followed by lower-case words ("Zeta models") counts as the name; a clipped
// part a rule folds in ("R2" of "Zeta-R2", "Instinct" of "Vexa Instinct") does not. Made-up names, in a test lexicon.

const lexicon = lexiconWith({
  entities: [
        { id: 'zenco', name: 'Zenco', type: 'company' },
        { id: 'zenos', name: 'ZenOS', type: 'product', aliases: ['Zen OS', 'Zen-OS'] },
        { id: 'plixos', name: 'PlixOS', type: 'product', aliases: ['Plix OS'] },
        { id: 'vexa-lens', name: 'Vexa Lens', type: 'product', aliases: ['Borin Lens', 'Vexa Lens glasses', 'Vexa Lens smart glasses'] },
        { id: 'qorva-chat', name: 'Qorva Chat', type: 'product', aliases: ['Qorva', 'Qorva chatbot'] },
        { id: 'zeta', name: 'Zeta', type: 'model', aliases: ['Zeta models', 'Zeta family', 'Zeta family of models', 'Zeta-2', 'Zeta 2 mini'] },
        { id: 'zembla-agency', name: 'Zembla Digital Agency', type: 'government', aliases: ['ZDA'] },
  ],
});

function label(text: string, key: string): string | undefined {
  return extractArticle({ id: 'a', text }, lexicon).entities.find((e) => e.key === key)?.label;
}

function aliases(text: string, key: string): string[] | undefined {
  return extractArticle({ id: 'a', text }, lexicon).entities.find((e) => e.key === key)?.aliases;
}

describe("a product or model labelled by the lexicon's form its article writes", () => {
  it('a spaced form of a joined name, whatever the verb or tense', () => {
    expect(label('Zenco released Zen OS for its phones.', 'zenos')).toBe('Zen OS');
    expect(label('Zenco has launched Zen OS in Ruritania.', 'zenos')).toBe('Zen OS');
    expect(label('Zen OS was built by Zenco.', 'zenos')).toBe('Zen OS');
    expect(label('Zenco will ship Plix OS on its tablets next year.', 'plixos')).toBe('Plix OS');
  });

  it('a hyphenated form of the name', () => {
    expect(label('Zenco unveiled Zen-OS for its watches.', 'zenos')).toBe('Zen-OS');
  });

  it('an alias that is another name', () => {
    expect(label('Zenco launched the Borin Lens in Zembla.', 'vexa-lens')).toBe('Borin Lens');
  });

  it('the form written most; the key stays the lexicon\'s and its name an alias', () => {
    expect(label('Zenco released Zen OS. Zen-OS runs on its phones. Zen OS sold well.', 'zenos')).toBe('Zen OS');
    expect(aliases('Zenco released Zen OS for its phones.', 'zenos')).toContain('ZenOS');
  });

  it('a spaced or hyphenated form of a version the rules fold', () => {
    expect(label('Zenco released Zeta-2-mini for its phones.', 'zeta--2-mini')).toBe('Zeta-2-mini');
    expect(label('Zeta-2-mini was trained by Zenco.', 'zeta--2-mini')).toBe('Zeta-2-mini');
    const counted = writtenLexiconNames(['Zeta-2-mini'], { name: 'Zeta-2 mini', type: 'model' });
    expect([...counted.keys()]).toEqual(['Zeta-2-mini']);
    expect([...writtenLexiconNames(['Zen OS', 'Zen-OS'], { name: 'ZenOS', type: 'product' }).keys()]).toEqual(['Zen OS', 'Zen-OS']);
  });
});

describe('near misses: the label stays', () => {
  it("the lexicon's name written once among variants", () => {
    expect(label('Zenco released Zen OS. Zen OS runs on its phones. ZenOS sold well.', 'zenos')).toBe('ZenOS');
    expect(label('Zenco shipped Plix OS and Plix OS tablets. PlixOS sold out.', 'plixos')).toBe('PlixOS');
  });

  it('a name followed by lower-case words counts as the name: a description, no label', () => {
    expect(label('Zenco trained the Zeta models on Zembla data.', 'zeta')).toBe('Zeta');
    expect(label('Zenco released the Zeta family of models.', 'zeta')).toBe('Zeta');
    expect(label('Zenco released the Vexa Lens smart glasses.', 'vexa-lens')).toBe('Vexa Lens');
    expect(label('Zenco launched the Qorva chatbot.', 'qorva-chat')).toBe('Qorva');
  });

  it("an alias that is the name after its maker's name, or its plural, counts as the name", () => {
    const pad = { name: 'Plix Pad', aliases: ['Plix Pads', 'Zenco Plix Pad', 'Zenco Plix Pads'], type: 'product' as const };
    expect([...writtenLexiconNames(['Zenco Plix Pad', 'Plix Pads', 'Zenco Plix Pads'], pad)]).toEqual([['Plix Pad', 3]]);
  });

  it('a clipped part folded in by a rule, no alias: the name', () => {
    expect([...writtenLexiconNames(['Lens', 'Lens'], { name: 'Vexa Lens', aliases: ['Borin Lens'], type: 'product' }).keys()]).toEqual([]);
    expect([...writtenLexiconNames(['OS'], { name: 'ZenOS', type: 'product' }).keys()]).toEqual([]);
    // A firm's first or last words still count (labels-written-lexicon-names.test.ts): "Airtel" of "Bharti Airtel".
    expect([...writtenLexiconNames(['Lens'], { name: 'Vexa Lens', type: 'company' }).keys()]).toEqual(['Lens']);
  });

  it('another capitalisation is no spacing variant', () => {
    expect([...writtenLexiconNames(['Zenos'], { name: 'ZenOS', type: 'product' }).keys()]).toEqual([]);
  });

  it('an agency keeps its standard name', () => {
    expect(label('The ZDA banned the Plix app in Zembla.', 'zembla-agency')).toBe('Zembla Digital Agency');
  });
});
