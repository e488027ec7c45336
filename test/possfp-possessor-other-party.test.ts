import { describe, expect, it } from 'vitest';
import { defaultLexicon, extractArticle } from '../src/pipeline';

const lexicon = defaultLexicon();
const claims = (text: string): string[] => extractArticle({ id: 'a', text }, lexicon).claims.map((c) => `${c.source} ${c.relation} ${c.target}`);
const develops = (text: string): string[] => claims(text).filter((c) => c.includes(' develops '));

describe('helper possfp: another party beside a possessive is not the possessor\'s made thing', () => {
  it('reads the name after a possessor\'s rival noun as the rival, not its thing', () => {
    expect(develops("Zenco's rival Qorva phone sold well last year.")).toEqual([]);
    expect(develops("Zenco Inc's rival Vexa chatbot sold well last year.")).toEqual([]);
    expect(develops("Zenco's closest rival Qorva tablet sold well.")).toEqual([]);
    // The rivalry itself stays.
    expect(claims("Zenco's rival Qorva phone sold well last year.")).toContain('zenco competes_with qorva');
  });
  it('keeps a possessor\'s own thing described as a rival, and the lexicon\'s products', () => {
    expect(develops("Zenco Inc's rival chatbot Vexa was tested.")).toEqual(['zenco develops vexa']);
    expect(develops("Zenco's competing Vexa phone sold well last year.")).toEqual(['zenco develops vexa']);
    expect(develops("Microsoft's rival Bing chatbot was tested.")).toEqual(['microsoft develops bing']);
  });

  it('reads a later possessor in a list as the owner of its own thing, not a member of the first one\'s', () => {
    const both = develops("Zenco's new phone, the Vexa 9, and Qorva's tablet, the Plix Tab, went on sale on Monday.");
    expect(both).not.toContain('zenco develops qorva');
    expect(both).toEqual(expect.arrayContaining(['zenco develops vexa-9', 'qorva develops plix-tab']));
    expect(develops("Zenco's latest model, Vexa 2, and Qorva's chatbot, Plix, were tested.")).not.toContain('zenco develops qorva');
    expect(develops("Zenco's tablet, the Plix Tab, and Qorva's phone went on sale.")).toEqual(['zenco develops plix-tab']);
    const enumerated = develops("Zenco's phones, such as the Vexa and the Plix, and Qorva's tablets sold well.");
    expect(enumerated).not.toContain('zenco develops qorva');
    expect(enumerated).toEqual(expect.arrayContaining(['zenco develops vexa', 'zenco develops plix']));
  });
  it('keeps a thing that owns a part, and a list owned by one possessor', () => {
    expect(develops("Zenco's Vexa phone's camera was praised.")).toEqual(['zenco develops vexa']);
    expect(develops("Zenco's phone, the Vexa, and its tablet, the Plix, went on sale.")).toEqual(['zenco develops vexa', 'zenco develops plix']);
  });

  it('reads the maker a reduced passive names before the thing, not the subject that shows it', () => {
    expect(develops('Zenco Inc unveiled a tablet made by Qorva Inc, the Plix Tab, on Monday.')).toEqual([]);
    expect(develops('Zenco Inc launched a phone built by Qorva Inc, the Vexa 9.')).toEqual([]);
  });
  it('keeps the passive\'s own maker, the source\'s own team or unit', () => {
    expect(develops('Zenco Inc unveiled the Plix Tab, a tablet made by Qorva Inc, on Monday.')).toEqual(['qorva develops plix-tab']);
    expect(develops('Zenco Inc unveiled a tablet designed by its own team, the Plix Tab.')).toEqual(['zenco develops plix-tab']);
    expect(develops('Zenco Inc launched a tablet made by Zenco Labs, the Plix Tab.')).toEqual(['zenco develops plix-tab']);
  });
});
