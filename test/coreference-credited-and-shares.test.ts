import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper cor95, from launch news read for stop 95: the maker named after the words pointing to it ("The company released its Zeta
// watch, Zenco Inc said"), and a firm named only as "Shares of Zenco" before "it" or "the maker". Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('the firm credited at the end of the sentence', () => {
  it('is what "the company", an opening "It" and "its" mean when no firm was named before', () => {
    expect(develops('The company released its Ionic smartwatch on Tuesday, Zenco Inc said.')).toContain('Zenco Inc -develops-> Ionic');
    expect(develops('On Tuesday, the company took the wraps off the Vela X2 phone, Zenco Inc said.')).toContain('Zenco Inc -develops-> Vela X2');
    expect(develops('It launched the Vela X2 phone in March, said Zenco Inc.')).toContain('Zenco Inc -develops-> Vela X2');
    expect(develops('Its new Vela headphones go on sale Friday, Zenco Inc said in a statement.')).toContain('Zenco Inc -develops-> Vela');
  });

  it('stays the subject the next sentence\'s "It" means', () => {
    expect(develops('On Tuesday, the company took the wraps off the Vela X2 phone, Zenco Inc said. It also introduced the Vela Pay service.')).toContain('Zenco Inc -develops-> Vela Pay');
  });

  it('near misses: a quotation, another firm in between, a firm named before, an outlet told, a plan or a denial', () => {
    expect(develops('"The company copied our Vela design," Zenco Inc said.')).toEqual([]);
    expect(develops('The startup\'s Vela app was launched by Qorva Corp, Zenco Inc said.')).not.toContain('Zenco Inc -develops-> Vela');
    expect(develops('The company, a rival of Qorva Corp, launched Vela, Zenco Inc said.')).not.toContain('Zenco Inc -develops-> Vela');
    expect(develops('Qorva Corp agreed to buy Zenco Inc. The company launched Vela last year, Zenco Inc said.')).not.toContain('Zenco Inc -develops-> Vela');
    expect(develops('The company launched Vela last year, Zenco Inc told Reuters.')).toEqual([]);
    expect(develops('The company plans to launch Vela next year, Zenco Inc said.')).toEqual([]);
    expect(develops('The company did not launch Vela, Zenco Inc said.')).toEqual([]);
    expect(develops('The company launched Vela, Zenco Inc said, citing Qorva Corp.')).toEqual([]);
  });
});

describe('a firm named as "Shares of …"', () => {
  it('is what a later "it", "its" or "the maker" means', () => {
    expect(develops('Shares of Zenco Corp rose after it launched Vela, a budgeting app.')).toContain('Zenco Corp -develops-> Vela');
    expect(develops('Shares of Zenco Corp rose. Its new Vela phone sold out.')).toContain('Zenco Corp -develops-> Vela');
    expect(develops('Hong Kong-listed shares of Zenco Corp opened up 8 percent on Friday. The shares rose after the phone maker on Thursday priced its new Vela phone at 2,000 yuan.')).toContain('Zenco Corp -develops-> Vela');
  });

  it('near misses: shares as an object, another firm as the subject of "it", a product\'s "it"', () => {
    expect(develops('Qorva Corp bought shares of Zenco Corp after it launched Vela, a budgeting app.')).not.toContain('Zenco Corp -develops-> Vela');
    expect(develops('Shares of Zenco Corp fell after Qorva Corp said it launched Vela, a budgeting app.')).not.toContain('Zenco Corp -develops-> Vela');
    expect(develops('Qorva Corp sold its shares of Zenco Corp. Its new Vela phone sold out.')).not.toContain('Zenco Corp -develops-> Vela');
    expect(develops('Shares of Zenco Corp rose after Ruritania said it would ban Vela, a budgeting app.')).not.toContain('Zenco Corp -develops-> Vela');
    expect(develops('Shares of Zenco Corp rose after the Vela app topped the charts when it launched in May.')).not.toContain('Vela -develops-> Vela');
  });
});

describe('a firm\'s noun opening the sentence as the maker of a named thing, after an untyped subject', () => {
  it('is the subject of the sentence before', () => {
    expect(develops('Zenco said revenue grew 20%. The Beijing-based firm unveiled Vela on Monday.')).toContain('Zenco -develops-> Vela');
    expect(develops('Zenco said revenue grew 20%. The company launched the Vela X1 drone on Monday.')).toContain('Zenco -develops-> Vela X1');
  });

  it('near misses: another name after the subject, a person\'s act, a person, a plan', () => {
    expect(develops('Roe said Zenco would grow. The company launched the Vela X1 drone on Monday.')).toEqual([]);
    expect(develops('Zenco told reporters it was growing. The company launched the Vela X1 drone on Monday.')).toEqual([]);
    expect(develops('Lim Roe joined the board in May. The company launched the Vela X1 drone on Monday.')).toEqual([]);
    expect(develops('Zenco said revenue grew 20%. The company plans to launch the Vela X1 drone.')).toEqual([]);
    expect(develops('Qorva sued Zenco in May. The company launched the Vela X1 drone on Monday.')).toEqual([]);
  });
});

describe('the firm whose officer speaks, named after "of"', () => {
  it('is what the next sentence\'s "Its" or "The company" means', () => {
    expect(develops('"We are thrilled," said Mark Roe, chief executive of Zenco Inc. Its new Vela headphones go on sale Friday.')).toContain('Zenco Inc -develops-> Vela');
    expect(develops('"We are thrilled," said Mark Roe, chief executive of Zenco Inc. The company launched the Vela X1 drone on Monday.')).toContain('Zenco Inc -develops-> Vela X1');
  });

  it('near misses: another firm as the subject, no speaking, an analyst at a firm', () => {
    expect(develops('Qorva Corp launched Vela, said Mark Roe, chief executive of Zenco Inc. Its new Vela headphones go on sale Friday.')).not.toContain('Zenco Inc -develops-> Vela');
    expect(develops('Mark Roe, chief executive of Zenco Inc, joined the board of Qorva Corp. Its new Vela headphones go on sale Friday.')).toEqual([]);
    expect(develops('"We are thrilled," said Mark Roe, an analyst at Zenco Inc. Its new Vela headphones go on sale Friday.')).toEqual([]);
  });
});

describe('a firm\'s noun after four or five describing words', () => {
  it('points back as a shorter description does', () => {
    expect(develops('Zenco Inc reported strong results. The Chinese electric vehicle and smartphone maker launched the Vela SUV on Monday.')).toContain('Zenco Inc -develops-> Vela');
  });

  it('near misses: a distinguishing word, a possessive', () => {
    expect(develops('Zenco Inc reported strong results. The other Chinese electric vehicle maker launched the Vela SUV on Monday.')).toEqual([]);
    // A clause before the noun is no description: its own "the company" still points back.
    expect(develops('Zenco Inc reported strong results. The court said on Monday the company launched the Vela SUV.')).toContain('Zenco Inc -develops-> Vela');
    expect(develops('Zenco Inc bought Qorva Corp. The world\'s second-largest smartphone maker launched the Vela SUV on Monday.')).toEqual([]);
  });
});
