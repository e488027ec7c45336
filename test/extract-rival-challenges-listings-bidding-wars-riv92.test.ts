import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper riv92 (stop 92), from stop 91's fresh set 84: rivalry told as a challenge, a contest, a chase or a listing. A firm
// challenging rival firms named after "such as"; a firm joining a field whose members all vie for the same prize; rivals "its"
// names in brackets before the firm; bidders in a bidding war; a filing's list of rivals "and others" (the firm's rivals, not each
// other's); a challenge whose nearest name qualifies people ("iPhone owners"). Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('a challenge to rival firms named after "such as"', () => {
  it('"is challenging heavyweights such as A, B and C" sets each against the subject', () => {
    expect(rivals('Zenco Inc is challenging heavyweights such as Qorva Corp, Vexa Ltd and Lumo Corp.')).toEqual(['Zenco Inc -competes_with-> Lumo Corp', 'Zenco Inc -competes_with-> Qorva Corp', 'Zenco Inc -competes_with-> Vexa Ltd']);
    expect(rivals('Zenco Inc is taking on established giants like Qorva Corp and Vexa Ltd.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp', 'Zenco Inc -competes_with-> Vexa Ltd']);
    expect(rivals('Zenco Inc is taking on giants such as Qorva Corp on price.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
  });

  it('a dare, a suit, a challenge to regulators or to customers names no rival', () => {
    expect(rivals('Zenco Inc is challenging giants such as Qorva Corp to match its prices.')).toEqual([]);
    expect(rivals('Zenco Inc is challenging giants such as Qorva Corp in court.')).toEqual([]);
    expect(rivals('Zenco Inc is challenging customers like Qorva Corp to switch.')).toEqual([]);
    expect(rivals('Zenco Inc is challenging retailers such as Qorva Corp to stock its goods.')).toEqual([]);
    expect(rivals('Zenco Inc is challenging rules set by agencies such as Qorva Corp.')).toEqual([]);
    expect(rivals('Zenco Inc filed a court challenge to Qorva Corp\'s patent.')).toEqual([]);
    expect(rivals('These are challenging times for Qorva Corp.')).toEqual([]);
  });

  it('a state taking on firms is no rival of theirs; a negated or planned challenge states none', () => {
    expect(rivals('France is challenging giants such as Qorva Corp.')).toEqual([]);
    expect(rivals('The European Union is taking on tech giants such as Qorva Corp.')).toEqual([]);
    expect(rivals('Zenco Inc plans to challenge giants such as Qorva Corp.')).toEqual([]);
    expect(rivals('Zenco Inc is not challenging giants such as Qorva Corp.')).toEqual([]);
  });

  it('the firm\'s people, or others it helps, challenging rivals make it none of theirs', () => {
    expect(rivals("Zenco Inc's lawyers are challenging giants such as Qorva Corp.")).toEqual([]);
    expect(rivals('Zenco Inc is helping startups challenge giants such as Qorva Corp.')).toEqual([]);
  });
});

describe('a firm joining a field that all vie for one prize', () => {
  it('"joins A, B and C, all vying for merchants" sets the joiner against each', () => {
    const found = rivals('Zenco Inc joins Qorva Corp, Brix Inc and Lumo Corp, all vying for merchants.');
    expect(found).toEqual(expect.arrayContaining(['Zenco Inc -competes_with-> Brix Inc', 'Zenco Inc -competes_with-> Lumo Corp', 'Zenco Inc -competes_with-> Qorva Corp']));
  });

  it('a field that is not striving, or a partner joined, names no rival of the joiner', () => {
    expect(rivals('Zenco Inc joins Qorva Corp, Brix Inc and Lumo Corp, all backed by Vexa Ltd.')).toEqual([]);
    expect(rivals('Zenco Inc joins Qorva Corp as a partner, all vying for merchants.')).toEqual([]);
    expect(rivals('France joins Germany and Italy, all vying for investment.')).toEqual([]);
    expect(rivals('Zenco Inc joins investors Qorva Corp and Brix Inc, all vying for a stake.')).not.toContain('Zenco Inc -competes_with-> Qorva Corp');
    expect(rivals('Zenco Inc joins Qorva Corp and Brix Inc, all vying for merchants through a partnership.')).not.toContain('Zenco Inc -competes_with-> Qorva Corp');
  });
});

describe('rivals "its" names in brackets before the firm', () => {
  it('"Unlike its two main competitors (A and B), Zenco …" sets each against the firm', () => {
    expect(rivals('Unlike its two main competitors (Qorva Corp and Vexa Ltd), Zenco Inc is profitable.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp', 'Zenco Inc -competes_with-> Vexa Ltd']);
  });

  it('former rivals, suppliers or partners in the brackets, or no firm after them, name none', () => {
    expect(rivals('Unlike its former competitors (Qorva Corp and Vexa Ltd), Zenco Inc is profitable.')).toEqual([]);
    expect(rivals('Unlike its two main suppliers (Qorva Corp and Vexa Ltd), Zenco Inc is profitable.')).toEqual([]);
    expect(rivals('Like its partners (Qorva Corp and Vexa Ltd), Zenco Inc grew.')).toEqual([]);
    expect(rivals('Unlike its two main competitors (Qorva Corp and Vexa Ltd), the industry is growing.')).toEqual([]);
    expect(rivals("Unlike its two main competitors (Qorva Corp and Vexa Ltd), Zenco Inc's unit Lumo Corp grew.")).toEqual([]);
  });
});

describe('bidders in a bidding war', () => {
  it('"after winning / prevailing in a bidding war with Qorva (for Vexa), Zenco …" sets the bidders against each other', () => {
    expect(rivals('After winning a bidding war with Qorva Corp, Zenco Inc raised prices.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
    expect(rivals('After prevailing in a bidding war with Qorva Corp for Vexa Ltd, Zenco Inc raised prices.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
    expect(rivals('Zenco Inc prevailed in a bidding war with Qorva Corp for Vexa Ltd.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
  });

  it('the target bid for, or a partner\'s help, is no rival', () => {
    expect(rivals('After losing a bidding war for Vexa Ltd, Zenco Inc bought Qorva Corp.')).toEqual([]);
    expect(rivals("After winning a bidding war with Qorva Corp's help, Zenco Inc bought Vexa Ltd.")).toEqual([]);
    expect(rivals('Zenco Inc won a bidding war for Vexa Ltd.')).toEqual([]);
    expect(rivals('After winning a bidding war with Qorva Corp as its partner, Zenco Inc bought Vexa Ltd.')).toEqual([]);
    expect(rivals('After winning a bidding war alongside Qorva Corp, Zenco Inc bought Vexa Ltd.')).toEqual([]);
    expect(rivals('Zenco Inc won a bidding war with a $5 billion offer for Qorva Corp.')).toEqual([]);
    expect(rivals("Zenco Inc won a bidding war with Qorva Corp's backing.")).toEqual([]);
    expect(rivals("Zenco Inc is in a price war with Qorva Corp's help.")).toEqual([]);
    expect(rivals('Zenco Inc is in a price war with Qorva Corp.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
  });
});

describe('a filing\'s list of rivals', () => {
  it('"listed A, B and others as its top competitors" names the lister\'s rivals, not each other\'s', () => {
    expect(rivals('Zenco Inc listed Qorva Corp, Velmar Inc and others as its top competitors in its filing.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp', 'Zenco Inc -competes_with-> Velmar Inc']);
    expect(rivals('Zenco Inc named Qorva Corp and Velmar Inc as its main rivals.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp', 'Zenco Inc -competes_with-> Velmar Inc']);
  });

  it('"A, B and others are its top competitors" pairs no member with another', () => {
    expect(rivals('Qorva Corp, Velmar Inc and others are its top competitors.')).toEqual([]);
    expect(rivals('Analysts listed Qorva Corp, Velmar Inc and others as its top competitors.')).toEqual([]);
  });

  it('customers or suppliers listed are no rivals; a list of plain rivals still pairs its members', () => {
    expect(rivals('Zenco Inc listed Qorva Corp, Velmar Inc and others as its top customers.')).toEqual([]);
    expect(rivals('Zenco Inc listed Qorva Corp and Velmar Inc as suppliers.')).toEqual([]);
    expect(rivals("Zenco Inc listed Qorva Corp, Velmar Inc and others as its top competitors' suppliers.")).toEqual([]);
    expect(rivals('Zenco Inc did not list Qorva Corp, Velmar Inc and others as its top competitors.')).toEqual([]);
    expect(rivals('Qorva Corp, Velmar Inc and Lumo Corp are fierce competitors.')).toEqual(['Qorva Corp -competes_with-> Lumo Corp', 'Qorva Corp -competes_with-> Velmar Inc', 'Velmar Inc -competes_with-> Lumo Corp']);
  });
});

describe('a challenge whose nearest name qualifies people', () => {
  it('"…, allowing iPhone owners to pay …, in a major challenge to A and B": the firm, not the device, is the rival', () => {
    expect(rivals('Zenco Inc launched a pay-later service, allowing iPhone owners to pay in four instalments in a major challenge to Qorva Corp and Brix Inc.')).toEqual(['Zenco Inc -competes_with-> Brix Inc', 'Zenco Inc -competes_with-> Qorva Corp']);
    expect(rivals('Zenco Inc is entering the market, letting Zeta users split bills, in a direct challenge to Qorva Corp.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
  });

  it('a challenge with no firm before it names no rival', () => {
    expect(rivals('iPhone owners can now pay in four instalments, a challenge to Qorva Corp.')).not.toContain('iPhone -competes_with-> Qorva Corp');
  });
});
