import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper vcx93, from set 88's vaccine reader: makers named after a long object in a reduced relative, at the body a thing was
// developed at, before "known as", as coordinated possessors or fronted, and candidates or bracketed names after a possessive.
// Distributors, funders, testers, regulators, stakes and investments, places and markets name no maker. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a kind made by a firm, then the name it is known by', () => {
  it('"the vaccine produced by Zenco Corp. - officially known as Z-101 -"', () => {
    expect(develops('Regulators approved the vaccine produced by the Zenco Corp. - officially known as Z-101 - for emergency use.')).toEqual(['Zenco Corp -develops-> Z-101']);
    expect(develops('Regulators approved the vaccine produced by the Zenco Corp., officially known as Z-101, for emergency use.')).toEqual(['Zenco Corp -develops-> Z-101']);
    expect(develops('Regulators approved the vaccine produced by Zenco, known as Z-101.')).toEqual(['Zenco -develops-> Z-101']);
  });

  it('"Developed by Zenco and Qorva, the vaccine, known as ZQ-154, …"', () => {
    expect(develops('Developed by Zenco, the vaccine, known as ZQ-154, uses a new platform.')).toEqual(['Zenco -develops-> ZQ-154']);
    expect(develops('Developed by Zenco and Qorva, the vaccine, known as ZQ-154, uses a new platform.')).toEqual(['Qorva -develops-> ZQ-154', 'Zenco -develops-> ZQ-154']);
  });

  it('a supplier, a tester, a funder, a regulator or a plan names no maker', () => {
    expect(develops('Regulators approved the vaccine supplied by Zenco, known as Zeta.')).toEqual([]);
    expect(develops('Regulators approved the vaccine tested by the Qorva Hospital, known as Zeta.')).toEqual([]);
    expect(develops('Regulators approved the vaccine that will be developed by Zenco, known as Zeta.')).toEqual([]);
    expect(develops('Funded by Zenco and Qorva, the vaccine, known as Zeta, uses a new platform.')).toEqual([]);
    expect(develops("Approved by Zembla's agency, the vaccine, known as Zeta, uses a new platform.")).toEqual([]);
    expect(develops("Regulators approved the vaccine produced by Zenco, known as Zeta's successor.")).toEqual([]);
  });
});

describe('the body a thing was developed at', () => {
  it('"developed at the Qorva Institute", "developed in the QRI"', () => {
    expect(develops('Zenco said Zeta was developed at the Qorva Institute.')).toContain('Qorva Institute -develops-> Zeta');
    expect(develops('The Zeta vaccine, developed at the Qorva Institute, won approval.')).toEqual(['Qorva Institute -develops-> Zeta']);
    expect(develops('The Zeta vaccine, which was developed in the Qorva Research Center, won approval.')).toEqual(['Qorva Research Center -develops-> Zeta']);
  });

  it('a place, a market, a plant, a tool, a request or a test names no maker', () => {
    expect(develops('The Zeta vaccine, developed in Zembla, won approval.')).toEqual([]);
    expect(develops('Zenco unveiled Zeta, a game developed in Unity.')).not.toContain('Unity -develops-> Zeta');
    expect(develops("Zenco's Zeta, developed at Qorva's request, won approval.")).not.toContain('Qorva -develops-> Zeta');
    expect(develops('Zeta was developed in the Qorva market.')).toEqual([]);
    expect(develops('Zeta was developed at the Qorva plant of Vexa Group.')).not.toContain('Qorva -develops-> Zeta');
    expect(develops('The Zeta vaccine, tested at the Qorva Hospital, won approval.')).toEqual([]);
    expect(develops('Zeta uses a technology developed at the Qorva Institute.')).toEqual([]);
  });
});

describe('candidates and bracketed names after a possessive', () => {
  it('"Zenco\'s first-generation candidate, Zeta", "its vaccine candidate Z-48"', () => {
    expect(develops("Zenco's first-generation candidate, Zeta, did not meet its goals.")).toEqual(['Zenco -develops-> Zeta']);
    expect(develops("Zenco's vaccine candidate, Zeta, did not meet its goals.")).toEqual(['Zenco -develops-> Zeta']);
    expect(develops("Zenco's lead candidate, Zeta, did not meet its goals.")).toEqual(['Zenco -develops-> Zeta']);
    expect(develops("Zenco said that the company's trial of its vaccine candidate Z-48 was halted.")).toEqual(['Zenco -develops-> Z-48']);
  });

  it('"Zenco\'s vaccine (ZQ-154)"', () => {
    expect(develops("The agency approved Zenco's vaccine (ZQ-154) on Friday.")).toEqual(['Zenco -develops-> ZQ-154']);
  });

  it('a stake, an investment, a rival\'s or another owner\'s candidate is not the possessor\'s', () => {
    expect(develops("Zenco's investment in the vaccine candidate Zeta paid off.")).toEqual([]);
    expect(develops("Zenco's stake in the vaccine (Zeta) rose.")).toEqual([]);
    expect(develops("Zenco is testing Qorva's vaccine candidate, Zeta, in Ruritania.")).toEqual(['Qorva -develops-> Zeta']);
    expect(develops("Zenco's rival vaccine candidate, Zeta, failed.")).toEqual([]);
    expect(develops("Zenco's candidate is not Zeta.")).toEqual([]);
    expect(develops("Zenco's lead candidate, Jane Smith, won the election.")).toEqual([]);
  });
});

describe('coordinated possessors and lists of described things', () => {
  it('"Zenco Ltd.\'s and Qorva Inc.\'s vaccine (ZQ-154)": both make it', () => {
    expect(develops("The agency approved Zenco Ltd.'s and Qorva Inc.'s vaccine (ZQ-154) on Friday.")).toEqual(['Qorva Inc -develops-> ZQ-154', 'Zenco Ltd -develops-> ZQ-154']);
    expect(develops("The agency approved Zenco Ltd.'s and Qorva Inc.'s vaccine ZQ-154 on Friday.")).toEqual(['Qorva Inc -develops-> ZQ-154', 'Zenco Ltd -develops-> ZQ-154']);
  });

  it('"the Zeta, manufactured by Zenco, and Vela, manufactured by Qorva": each its own maker', () => {
    expect(develops('The country uses the Zeta, manufactured by Zenco, and Vela, manufactured by Qorva.')).toEqual(['Qorva -develops-> Vela', 'Zenco -develops-> Zeta']);
  });

  it('shares, stakes and a list\'s next thing are no coordinated maker\'s', () => {
    expect(develops("Zenco's and Qorva's shares rose after Zeta won approval.")).toEqual([]);
    expect(develops("Zenco's and Qorva's stake in the vaccine (Zeta) rose.")).toEqual([]);
    expect(develops('The country uses the Zeta, manufactured by Zenco, and Vela, manufactured by Qorva.')).not.toContain('Vela -develops-> Zeta');
    expect(develops('The country uses the Zeta, manufactured by Zenco, and the Vela, manufactured by Qorva.')).toEqual(['Qorva -develops-> Vela', 'Zenco -develops-> Zeta']);
    // Two possessors before a list may pair one by one: the first is given none of it.
    expect(develops("The agency approved Zenco's and Qorva's vaccines, Zeta and Vela, on Friday.")).not.toContain('Zenco -develops-> Zeta');
  });
});

describe('a regulator\'s filing is no made thing', () => {
  it('"its Investigational New Drug Application", "a Biologics License Application for Zeta"', () => {
    expect(develops('Zenco submitted its Investigational New Drug Application to the agency.')).toEqual([]);
    expect(develops("The agency placed a hold on Zenco's Investigational New Drug Application for Zeta.")).toEqual([]);
    expect(develops('Zenco filed its Biologics License Application with the agency.')).toEqual([]);
    expect(develops("Zenco said its vaccine Zeta won approval.")).toEqual(['Zenco -develops-> Zeta']);
  });
});
