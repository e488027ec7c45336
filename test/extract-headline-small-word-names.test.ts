import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper typ97c, from real delivery-app and fintech news: a firm's name that opens with a small word NOT_NAMES trims ("Just", "Next")
// was cut to its second word; a Title Case headline glued ordinary words to a name the body taught ("Rival Bidders Qorva"), or left a
// taught name unread beside one ("Vexa Team Up"). Sentences written for the tests.

const competes = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('a small word opening a firm\'s name', () => {
  it('mid-sentence, after a lower-case word or a possessive, "Just" and "Next" open the name', () => {
    expect(competes('The delivery group Just Vend competes with Qorva Inc in Zembla.')).toEqual(['Just Vend -competes_with-> Qorva Inc']);
    expect(competes('Qorva Inc said its rival Just Vend lost market share in Zembla.')).toEqual(['Qorva Inc -competes_with-> Just Vend']);
    expect(competes("Britain's Just Vend competes with Qorva Inc.")).toEqual(['Just Vend -competes_with-> Qorva Inc']);
    expect(competes('The fashion chain Next Vexa competes with Qorva Inc in Zembla.')).toEqual(['Next Vexa -competes_with-> Qorva Inc']);
  });

  it('at a sentence\'s start only as a name the article writes elsewhere', () => {
    expect(competes('Just Vend rivals Qorva Inc in Zembla. Shares in Just Vend fell on Tuesday.')).toEqual(['Just Vend -competes_with-> Qorva Inc']);
  });

  it('an adverb opening a sentence, a clause or a quotation, or a date after "Next", is no name\'s word', () => {
    expect(competes('Just Qorva Inc and Zenco Ltd compete in Zembla.')).toEqual(['Qorva Inc -competes_with-> Zenco Ltd']);
    expect(competes('He said: Just Qorva Inc competes with Zenco Ltd in Zembla.')).toEqual(['Qorva Inc -competes_with-> Zenco Ltd']);
    expect(entitiesOf('Zenco Ltd said: "Just Qorva Inc competes with us."')).not.toContain('Just Qorva Inc (company)');
    expect(competes('Zenco Ltd competes with Qorva Inc, and Next Tuesday Qorva Inc will cut prices.')).toEqual(['Zenco Ltd -competes_with-> Qorva Inc']);
  });
});

describe('a Title Case headline\'s names the body taught', () => {
  const bid = 'Rival Bidders Qorva, Vexa Team Up to Raise Bid\n\nShares in Qorva Inc. fell. The board of Vexa Corp. said the offer was too low.';

  it('ordinary words glued to a taught name are cut, and a taught name beside them is read', () => {
    const entities = entitiesOf(bid);
    expect(entities).not.toContain('Bidders Qorva (company)');
    expect(entities).toContain('Qorva (company)');
    expect(entities).toContain('Vexa (company)');
  });

  it('no name is read from headline words the body never writes as names', () => {
    const text = 'Angry Investors Desert Zenco After Loss\n\nShares in Zenco Ltd fell 20% on Tuesday after the firm reported a loss.';
    expect(entitiesOf(text)).toEqual(['Zenco (company)']);
    const fines = 'Zembla Regulator Fines Zenco Over Data Breach\n\nThe regulator said Zenco Ltd had failed to protect its users.';
    expect(entitiesOf(fines).filter((e) => /Regulator|Data|Breach/.test(e))).toEqual([]);
  });

  it('a firm the body names only after its officer ("the chief executive of Vexa") is read in the headline', () => {
    const text = 'Vexa Says Zenco Is Its Biggest Threat\n\nThe chief executive of Vexa said on Monday that Zenco, a startup, had hired 300 engineers.';
    expect(entitiesOf(text)).toEqual(['Vexa (company)', 'Zenco (company)']);
  });

  it('a state\'s president, a possessive after the name, or a founder types nothing', () => {
    expect(entitiesOf('The president of Zembla said on Monday that sales rose.')).toEqual([]);
    expect(entitiesOf("The chief executive of Zembla's largest bank said on Monday that sales rose.")).toEqual([]);
    expect(entitiesOf('The founder of Vexa said on Monday that sales rose.')).toEqual([]);
    // A hospital's, a trust's or a club's officers are no firm's (critic crit97b).
    expect(entitiesOf('The chief executive of Brellow Hospital said on Monday that waits rose.')).not.toContain('Brellow Hospital (company)');
    expect(entitiesOf('The chairman of Brellow Trust said on Monday that waits rose.')).not.toContain('Brellow Trust (company)');
    expect(entitiesOf('The chief executive of Brellow Retail Consortium said on Monday that sales rose.')).not.toContain('Brellow Retail Consortium (company)');
  });

  it('a rival named in the headline still gives the rivalry', () => {
    const text = 'Zenco Rival Qorva Raises $10 Million\n\nQorva Inc said on Tuesday it had raised $10 million. It competes with Zenco Ltd.';
    expect(competes(text)).toContain('Zenco -competes_with-> Qorva');
  });
});
