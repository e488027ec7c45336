import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './extract-helpers';

// Helper rvt93, from a fresh sample of music, chip, social and image news: rivalry told as a contest of bids, a direct shot, a
// thing launched as another's substitute, a rival thing set against a list, and firms' competitiveness against named rivals.
// Rule output before the scorer (the lead retrains it). Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(claimsOf(text)).sort();

describe('a contest of bids', () => {
  it('a bidder that topped, beat or outbid a rival bid from a firm competes with it', () => {
    expect(rivals('Zenco Inc topped a rival bid from Qorva Capital.')).toEqual(['Zenco Inc -competes_with-> Qorva Capital']);
    expect(rivals('Zenco Inc has outbid a competing offer from buyout firm Qorva Capital.')).toEqual(['Zenco Inc -competes_with-> Qorva Capital']);
    expect(rivals('Zenco Inc trumped a rival takeover bid from Qorva Capital on Monday.')).toEqual(['Zenco Inc -competes_with-> Qorva Capital']);
  });

  it('a target that rebuffed or backed a rival bid, a beaten forecast, a bid from a firm\'s fund or from clients: no rivalry', () => {
    expect(rivals('Zenco Inc rebuffed a rival bid from Qorva Capital.')).toEqual([]);
    expect(rivals("Zenco Inc's board backed a rival bid from Qorva Capital.")).toEqual([]);
    expect(rivals('Zenco Inc topped analysts\' estimates, Qorva Inc said.')).toEqual([]);
    expect(rivals("Zenco Inc topped a rival bid from Qorva Capital's fund.")).toEqual([]);
    expect(rivals('Zenco Inc topped a rival bid from clients of Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Inc did not top a rival bid from Qorva Capital.')).toEqual([]);
    expect(rivals('Zenco Inc said the offer topped a rival bid from Qorva Capital.')).toEqual([]);
  });
});

describe('a direct shot', () => {
  it('a firm taking a direct shot or dead aim at a firm competes with it', () => {
    expect(rivals('Zenco Inc is taking a direct shot at Qorva Inc.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Inc took dead aim at Qorva Inc with a cheaper phone.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
  });

  it('a gibe over a deed, a shot at a title or a person, a hedged or negated shot: no rivalry', () => {
    expect(rivals('Zenco Inc took a direct shot at Qorva Inc over its pricing.')).toEqual([]);
    expect(rivals('Zenco Inc took a direct shot at the title in Germany.')).toEqual([]);
    expect(rivals("Zenco Inc took a direct shot at Qorva Inc's chief executive.")).toEqual([]);
    expect(rivals('Zenco Inc could take a direct shot at Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Inc was not taking a direct shot at Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Inc took a direct shot at Qorva Inc in a blog post.')).toEqual([]);
    expect(rivals("Zenco Inc's chief took a direct shot at Qorva Inc.")).toEqual([]);
  });
});

describe('a thing launched as a substitute', () => {
  it('the thing launched or pitched as a substitute to another competes with it, not its launcher', () => {
    expect(rivals('Zenco Inc launched the Zapp app as a local substitute to the Qorvify app.')).toEqual(['Zapp -competes_with-> Qorvify']);
    expect(rivals('Zenco Inc released the Zapp app as a cheaper replacement to the Qorvify app.')).toEqual(['Zapp -competes_with-> Qorvify']);
  });

  it('a planned launch, a substitute teacher, a possible substitute: no rivalry', () => {
    expect(rivals('Zenco Inc plans to launch the Zapp app as a substitute to the Qorvify app.')).toEqual([]);
    expect(rivals('Zenco Inc hired a substitute teacher to help the Qorvify app team.')).toEqual([]);
    expect(rivals('Zenco Inc launched the Zapp app as a possible substitute to the Qorvify app.')).toEqual([]);
    expect(rivals('Zenco Inc will pitch the Zapp app as a substitute to the Qorvify app.')).toEqual([]);
    expect(rivals("Zenco Inc launched the Zapp app as a substitute to Qorva Inc's Lumo app.")).not.toContain('Zapp -competes_with-> Qorva Inc');
  });
});

describe('a rival thing set against a list', () => {
  it('each member of the list after "a rival service to" is a rival, not the first only', () => {
    expect(rivals('The Zenmusic app, a rival service to Qorvify and Orbitly, launched on Monday.')).toEqual(['Orbitly -competes_with-> Zenmusic', 'Qorvify -competes_with-> Zenmusic']);
    expect(rivals('The Zenmusic app, a rival service to Qorvify, Orbitly and others, launched on Monday.')).toEqual(['Orbitly -competes_with-> Zenmusic', 'Qorvify -competes_with-> Zenmusic']);
  });

  it('a former rival service, or a service sold to a list of clients: no rivalry with the list', () => {
    expect(rivals('The Zenmusic app, a former rival service to Qorvify and Orbitly, closed.')).not.toContain('Zenmusic -competes_with-> Orbitly');
    expect(rivals('The Zenmusic app, a service sold to Qorvify and Orbitly, closed.')).toEqual([]);
    expect(rivals('The Zenmusic app, a rival service to Qorvify owned by Orbit Inc, launched.')).not.toContain('Zenmusic -competes_with-> Orbit Inc');
  });
});

describe('competitiveness against named rivals', () => {
  it('each firm whose competitiveness is weighed against named rivals competes with each of them', () => {
    expect(rivals('The levy will hurt the competitiveness of Zenco Inc and Qorva Inc against foreign giants, notably Zentune Inc and Lumo Inc.')).toEqual([
      'Qorva Inc -competes_with-> Lumo Inc',
      'Qorva Inc -competes_with-> Zentune Inc',
      'Zenco Inc -competes_with-> Lumo Inc',
      'Zenco Inc -competes_with-> Zentune Inc',
    ]);
    expect(rivals('The ruling improves the competitiveness of Zenco Inc against Qorva Inc.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
  });

  it('competitiveness against costs or a state, or of an economy: no rivalry', () => {
    expect(rivals('The levy will hurt the competitiveness of Zenco Inc against rising costs.')).toEqual([]);
    expect(rivals('The levy will hurt the competitiveness of Zenco Inc against Germany.')).toEqual([]);
    expect(rivals('The levy will hurt the competitiveness of the economy against Qorva Inc, the minister said.')).toEqual([]);
    expect(rivals('The ruling helps the competitiveness of Zenco Inc against partners such as Qorva Inc.')).toEqual([]);
    expect(rivals('The ruling helps the competitiveness of Zenco Inc against imports from Qorva Inc.')).toEqual([]);
  });
});
