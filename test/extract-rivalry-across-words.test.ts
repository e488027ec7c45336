import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rlc94 (stop 94), from real market-share and rivalry coverage: rivalry whose parts stand apart, with a share, a place or
// a description between them (a firm trailing another with a share, a firm ahead of another in a measure, competition in a place
// from a rival, a contest between described firms, rivals listed after an opening clause about a firm). Sentences written for the
// tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('a firm trailing another with a share', () => {
  it('the firm trailed is the rival', () => {
    expect(rivals('Zenco now trails Qorva with a market share of 15%, up from 9% a year earlier.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Vexa trailed Qorva with a 12% share in the quarter.')).toEqual(['Vexa -competes_with-> Qorva']);
    expect(rivals('Zenco still lags behind Qorva with a share of about 10%.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('near misses: no firm trailed, a state, another\'s thing, no share, a hedge', () => {
    expect(rivals('Zenco trails analysts\' estimates with a share of 5%.')).toEqual([]);
    expect(rivals('Zenco trails Germany with a share of 5% of exports.')).toEqual([]);
    expect(rivals('Zenco trails Qorva\'s forecast with a share of 5%.')).toEqual([]);
    expect(rivals('Zenco trails Qorva with a gap of three points.')).toEqual([]);
    expect(rivals('Zenco could trail Qorva with a share of 5% next year.')).toEqual([]);
  });
});

describe('a firm ahead of another in a measure', () => {
  it('the firm behind is the rival', () => {
    expect(rivals('Zenco remained ahead of Qorva in shipments in Europe.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco is well ahead of Qorva in cloud revenue.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Vexa stayed ahead of rival Zeta in market share last year.')).toEqual(['Vexa -competes_with-> Zeta']);
  });

  it('near misses: a timing, no measure, a state, another\'s thing, a negation, a plan', () => {
    expect(rivals('Zenco launched its phone ahead of Qorva in the spring.')).toEqual([]);
    expect(rivals('Zenco is ahead of Qorva in talks with the city.')).toEqual([]);
    expect(rivals('Zenco is ahead of Germany in chip sales.')).toEqual([]);
    expect(rivals('Zenco is ahead of Qorva\'s forecast in sales.')).toEqual([]);
    expect(rivals('Zenco is not ahead of Qorva in market share.')).toEqual([]);
    expect(rivals('Zenco plans to stay ahead of Qorva in sales.')).toEqual([]);
  });
});

describe('competition in a place from a rival', () => {
  it('the firm the competition comes from is the rival', () => {
    expect(rivals('Zenco is facing increasingly strong competition in Ruritania, particularly from local phone maker Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco faces stiff competition in the tablet market from Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Vexa has faced fierce competition in Europe, especially from Zeta, since the launch.')).toEqual(['Vexa -competes_with-> Zeta']);
  });

  it('near misses: a state, pressure from a regulator, questions from an investor, a negation, a hedge', () => {
    expect(rivals('Zenco is facing competition in Europe, particularly from Germany.')).toEqual([]);
    expect(rivals('Zenco is facing pressure in Ruritania from regulator Qorva.')).toEqual([]);
    expect(rivals('Zenco is facing questions in Ruritania from investor Qorva.')).toEqual([]);
    expect(rivals('Zenco is not facing competition in Ruritania from Qorva.')).toEqual([]);
    expect(rivals('Zenco could face competition in Ruritania from Qorva.')).toEqual([]);
  });
});

describe('a contest between described firms', () => {
  it('the two firms named after the description are rivals', () => {
    expect(rivals('The race between the two largest chip makers Zenco and Qorva is getting closer.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('The rivalry between phone giants Vexa and Zeta has heated up.')).toEqual(['Vexa -competes_with-> Zeta']);
    expect(rivals('The battle between the cloud providers Zenco and Qorva is fierce.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('near misses: a deal, a partnership, another\'s thing, states, no names', () => {
    expect(rivals('The deal between the two largest chip makers Zenco and Qorva closed.')).toEqual([]);
    expect(rivals('The partnership between the two chip makers Zenco and Qorva has grown.')).toEqual([]);
    expect(rivals('The fight between the two chip makers Zenco and Qorva\'s union is over.')).toEqual([]);
    expect(rivals('The war between the two neighbours Germany and France goes on.')).toEqual([]);
    expect(rivals('The race between the two chip makers is getting closer, Zenco said.')).toEqual([]);
  });
});

describe('rivals listed after an opening clause about a firm', () => {
  it('the listed rivals are the clause\'s firm\'s', () => {
    expect(rivals('As Zenco continues to dominate, rivals such as Qorva and Vexa are speeding up their work.')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
    expect(rivals('While Zenco holds most of the market, smaller rivals like Qorva are growing fast.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('near misses: another\'s clause, a report, a role, no list, a state', () => {
    expect(rivals('As Zenco\'s partner grows, rivals such as Qorva and Vexa are cutting prices.')).not.toContain('Zenco -competes_with-> Qorva');
    expect(rivals('As Zenco said on Monday, rivals such as Qorva and Vexa are cutting prices.')).toEqual([]);
    expect(rivals('As Zenco expected, rivals such as Qorva and Vexa are cutting prices.')).toEqual([]);
    expect(rivals('As Zenco buys Qorva, its rivals are worried.')).toEqual([]);
    expect(rivals('As Germany tightens its rules, rivals such as Qorva and Vexa are leaving.')).not.toContain('Germany -competes_with-> Qorva');
  });
});

describe('a rivalry verb\'s -s form that is a plural noun after a verb of facing or a describing word', () => {
  it('the verb still reads after a name or a thing, and the noun keeps its "from"', () => {
    expect(rivals('Zenco\'s new phone challenges Qorva in the premium market.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco now directly challenges Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco faces challenges from Qorva in phones.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('near misses: difficulties faced, overcome or described, with another firm named after them', () => {
    expect(rivals('Zenco has faced significant challenges in yields, unlike Qorva.')).toEqual([]);
    expect(rivals('Zenco has faced significant challenges in yields compared to Qorva.')).toEqual([]);
    expect(rivals('Zenco overcame technical challenges that Qorva never solved.')).toEqual([]);
    expect(rivals('Zenco faces regulatory challenges in Europe, as does Qorva.')).toEqual([]);
  });
});
