import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper dvq93 (stop 93, round 2), from set 88's search, chatbot and film readers: makers told through "led by" in a copula frame,
// a long description before "company behind", a thing under work named after a comma ("codenamed"); an aside after a list that
// describes its last member alone; a ticker with its index in brackets. Investors, agencies, campaigns, people, other firms' things,
// plans and denials name no maker. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a maker through "led by" in a copula frame', () => {
  it('"Y is the result of an effort led by X", "Known as Y, the project is led by X", "Y\'s development is led by X"', () => {
    expect(develops('Zeta-LM is the result of an effort led by Zenco Labs.')).toEqual(['Zenco Labs -develops-> Zeta-LM']);
    expect(develops('Zeta is the product of a research project headed by the Ruritanian AI Agency.')).toEqual(['Ruritanian AI Agency -develops-> Zeta']);
    expect(develops('Zeta was the outcome of a collaboration spearheaded by Zenco Labs.')).toEqual(['Zenco Labs -develops-> Zeta']);
    expect(develops('Known as ZetaGPT, the project is led by Zenco Labs.')).toEqual(['Zenco Labs -develops-> ZetaGPT']);
    expect(develops("Zeta-LM is a new model. Zeta-LM's development is led by Zenco Labs.")).toEqual(['Zenco Labs -develops-> Zeta-LM']);
  });

  it('an investor\'s round, a campaign, an inquiry, people, a denial, a hedge or a plan names no maker', () => {
    expect(develops('Zeta is the result of a funding round led by Qorva Capital.')).toEqual([]);
    expect(develops('Zeta is the result of a lobbying effort led by Zenco Labs.')).toEqual([]);
    expect(develops('Zeta is the product of years of work led by Zenco Labs engineers.')).toEqual([]);
    expect(develops('Zeta is not the result of an effort led by Zenco Labs.')).toEqual([]);
    expect(develops('Zeta could be the result of an effort led by Zenco Labs.')).toEqual([]);
    expect(develops('Known as Zeta, the project will be led by Zenco Labs.')).toEqual([]);
    expect(develops('Known as Zeta, the campaign is led by Zenco Labs.')).toEqual([]);
    expect(develops('Known as Zeta, the investigation is led by the Ruritanian AI Agency.')).toEqual([]);
    expect(develops("Zeta's funding is led by Qorva Capital.")).toEqual([]);
    expect(develops("Zeta's marketing is led by Qorva Agency.")).toEqual([]);
    expect(develops("Zeta's development was led by Zenco Labs veterans.")).toEqual([]);
    expect(develops("Zeta is the result of an effort led by Zenco Labs' rival Qorva Inc.")).not.toContain('Zenco Labs -develops-> Zeta');
  });
});

describe('a long description before "company behind"', () => {
  it('"X, the $300 billion AI company behind chatbot Y"', () => {
    expect(develops('Qorva Inc, the $300 billion AI company behind chatbot Zeta, raised money.')).toEqual(['Qorva Inc -develops-> Zeta']);
    expect(develops('Qorva Inc, the San Francisco-based startup behind the Zeta app, raised money.')).toEqual(['Qorva Inc -develops-> Zeta']);
  });

  it('an investor, an agency, a law firm, a holder, a unit of another, another\'s thing or a denial is no maker', () => {
    expect(develops('Qorva Inc, the venture capital firm behind chatbot Zeta, raised money.')).toEqual([]);
    expect(develops('Qorva Inc, the big Ruritanian investment group behind chatbot Zeta, opened.')).toEqual([]);
    expect(develops('Qorva Inc, the big Ruritanian holding company behind chatbot Zeta, opened.')).toEqual([]);
    expect(develops('Qorva Inc, the Paris-based advertising agency behind the Zeta campaign, won an award.')).toEqual([]);
    expect(develops('Qorva Inc, the Paris-based law firm behind the Zeta lawsuit, won.')).toEqual([]);
    expect(develops('Qorva Inc, the largest shareholder in the company behind chatbot Zeta, raised money.')).toEqual([]);
    expect(develops('Qorva Inc, a former unit of the company behind chatbot Zeta, raised money.')).toEqual([]);
    expect(develops('Qorva Inc, the big Ruritanian company not behind chatbot Zeta, opened.')).toEqual([]);
    expect(develops("Qorva Inc, the San Francisco-based company behind Vexa Corp's chatbot Zeta, raised money.")).not.toContain('Qorva Inc -develops-> Zeta');
  });
});

describe('a thing under work named after a comma', () => {
  it('"X was found to be prototyping an engine, codenamed Y"', () => {
    expect(develops('Zenco Inc was found to be prototyping a search engine, codenamed Zeta.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Zenco Inc has been testing an app, internally dubbed Zeta.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Zenco Inc is secretly building a new chip, codenamed Zeta.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });

  it('an operation, a person, another\'s thing, a plan, a denial or a hedge', () => {
    expect(develops('Zenco Inc is investigating an operation, codenamed Zeta.')).toEqual([]);
    expect(develops('Zenco Inc is hiring an engineer, codenamed Zeta.')).toEqual([]);
    expect(develops("Zenco Inc is testing Qorva Corp's engine, codenamed Zeta.")).not.toContain('Zenco Inc -develops-> Zeta');
    expect(develops('Zenco Inc is testing a chip from Qorva Corp, codenamed Zeta.')).not.toContain('Zenco Inc -develops-> Zeta');
    expect(develops('Zenco Inc is working with Qorva Corp on an engine, codenamed Zeta.')).not.toContain('Qorva Corp -develops-> Zeta');
    expect(develops('Zenco Inc plans to build a chip, codenamed Zeta.')).toEqual([]);
    expect(develops('Zenco Inc is not developing a chip, codenamed Zeta.')).toEqual([]);
    expect(develops('Zenco Inc would be building a chip, codenamed Zeta.')).toEqual([]);
  });
});

describe('an aside after a list that describes its last member alone', () => {
  it('"A, B and the review site C, now owned by X": C only, and a review site is no review', () => {
    expect(develops('Complaints came from Qorva, Vexa and the review site Zeta, now owned by Zenco Inc.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Complaints came from the apps Qorva, Vexa and the review site Zeta, now owned by Zenco Inc.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Zenco Inc bought Qorva and the review site Zeta, now owned by Vexa Group.')).toEqual(['Vexa Group -develops-> Zeta']);
    expect(develops('The review site Zeta, now owned by Zenco Inc, complained.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });

  it('a list with no member described alone keeps its reading; a real review still hedges', () => {
    expect(develops('Complaints came from Qorva, Vexa and Zeta, now owned by Zenco Inc.')).toEqual(['Zenco Inc -develops-> Qorva', 'Zenco Inc -develops-> Vexa', 'Zenco Inc -develops-> Zeta']);
    expect(develops('Complaints came from Qorva and the review site Zeta, both owned by Zenco Inc.')).not.toContain('Zenco Inc -develops-> Qorva');
    expect(claimsOf('Ruritania is reviewing a ban on Zeta.')).toEqual([]);
  });
});

describe('a ticker with the index it is listed in, in brackets', () => {
  it('"X (ZNC, Index 500)" names no product; "X\'s (ZNC, Index 500) Zeta" is X\'s', () => {
    expect(develops('Zenco Inc (ZNC, Index 500) said it would appeal.')).toEqual([]);
    expect(entitiesOf('Zenco Inc (ZNC, Index 500) said it would appeal.')).toEqual(['Zenco Inc (company)']);
    expect(develops("Zenco Inc's (ZNC, Index 500) Zeta search engine was fined.")).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops("Zenco Inc's (ZNC.O, S&P 500) Zeta search engine was fined.")).toEqual(['Zenco Inc -develops-> Zeta']);
  });

  it('another firm\'s ticker is not the subject\'s; brackets with no index keep their reading', () => {
    expect(develops('Zenco Inc, a Qorva Corp (QRV, Index 500) unit, makes apps.')).toEqual([]);
    expect(develops("Qorva Corp's (QRV, Index 500) rival Zenco Inc makes Zeta phones.")).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops("Zenco Inc's (Zeta, Vexa) apps were fined.")).toEqual([]);
  });
});
