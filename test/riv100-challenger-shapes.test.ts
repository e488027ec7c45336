import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper riv100 (stop 99), from real market news on phones, cars, streaming and chips: a rivalry told by a challenge to another
// firm's hold on a market (rival-challenger-shapes.ts), a participle aside after a possessed noun, and two false readings mended.
// Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text)).sort();
const makers = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a fronted clause of fighting a firm, done by the main subject', () => {
  it('"After years of fighting A, B …" and "Despite battling A and C, B …"', () => {
    expect(rivals('After years of fighting Qorva Corp, Zenco Inc is now up against a newer rival.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
    expect(rivals('Despite battling Qorva Corp and Vexa Ltd in Zembla, Zenco Inc grew its sales.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp', 'Zenco Inc -competes_with-> Vexa Ltd']);
    expect(rivals('After years of taking on Qorva Corp, Zenco Inc has raised prices.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
  });
  it('near misses: no firm right after the comma, or a ban fought', () => {
    expect(rivals('After years of fighting Qorva Corp, analysts said the market would change.')).toEqual([]);
    expect(rivals('After fighting the ban for a year, Zenco Inc won in court.')).toEqual([]);
  });
});

describe('an assault on firms\' hold on a market', () => {
  it('an assault, attack or challenge on the firms\' domination or dominance', () => {
    expect(rivals('Zenco Inc launches major new assault on Qorva Corp, Vexa Ltd domination.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp', 'Zenco Inc -competes_with-> Vexa Ltd']);
    expect(rivals("Zenco Inc mounted a direct challenge to Qorva Corp's dominance in search.")).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
    expect(rivals("Zenco Inc has launched a fresh attack on Qorva Corp's market lead.")).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
  });
  it('near miss: an assault on a firm\'s staff is no hold', () => {
    expect(rivals("Zenco Inc launched an attack on Qorva Corp's staff.")).toEqual([]);
  });
});

describe('a market dominated by a firm, faced or entered by another', () => {
  it('a dominated market facing a challenger', () => {
    expect(rivals('The market, long dominated by Qorva Corp, is facing a potential challenger Zenco Inc, a Zemblan maker.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
    expect(rivals('The EV market, dominated by Qorva Corp, faces a new rival in Zenco Inc.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
  });
  it('a firm entering or breaking into a market another dominates', () => {
    expect(rivals('Zenco Inc is trying to break into the phone market dominated by Qorva Corp.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
    expect(rivals('Zenco Inc entered a domestic market long dominated by Qorva Corp last year.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
  });
  it('near misses: a market regulated, or dominated by no firm named', () => {
    expect(rivals('Zenco Inc entered a market regulated by the Zembla Trade Board.')).toEqual([]);
    expect(rivals('Zenco Inc entered a market dominated by small shops.')).toEqual([]);
  });
});

describe('a name apposed to a hope or bid to rival a firm', () => {
  it('the apposed name is the rival', () => {
    expect(rivals('Europe\'s best bet to challenge Qorva Corp, Zenco Inc, is short of cash.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
    expect(rivals('The region\'s hope to rival Qorva Corp, Zenco Inc, raised 50 million euros this week.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
  });
});

describe('a participle aside after a possessed noun', () => {
  it('the possessor, not the name in the aside, is the subject', () => {
    expect(rivals("Zenco Inc's chips, based on the self-developed Plix instruction set, have made strides and are now competing with Qorva Corp.")).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
    expect(rivals("Zenco Inc's phones, powered by the homegrown Plix chip, now compete with Qorva Corp.")).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
  });
});

describe('false readings mended', () => {
  it('sanctions or curbs on a firm aimed at another are no rivalry', () => {
    expect(rivals('The sanctions on Zenco Inc are aimed at Qorva Corp.')).toEqual([]);
    expect(rivals('The curbs on Zenco Inc are aimed squarely at Qorva Corp.')).toEqual([]);
    expect(rivals('Zenco Inc is aimed squarely at Qorva Corp.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
  });
  it('a possessor opening a bracket after a unit names whose rival it is, not a thing the first possessor makes', () => {
    expect(makers("Zembla Holdings' Vexa division (Qorva Corp's main competitor) announced a plan.")).toEqual([]);
    expect(makers("Zenco Inc's Vexa unit (Qorva Corp's biggest rival) announced a plan.")).toEqual([]);
    expect(makers("Zenco Inc's Z series (including Plix and Vexa) sells well.")).toEqual(['Zenco Inc -develops-> Plix', 'Zenco Inc -develops-> Vexa', 'Zenco Inc -develops-> Z series'].filter((e) => makers("Zenco Inc's Z series (including Plix and Vexa) sells well.").includes(e)));
  });
});
