import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper dty93 (stop 93), from stop 92's last fresh sample (set 87: duties on a state's timber and paper, customs orders on
// plantation groups): customs detention orders and forced-labour findings restrict the maker whose goods they hold (never a ban),
// and duties told indirectly restrict what they fall on: firms a body says "will pay duties", a firm's rate set by a
// determination, deposits customs is told to collect on goods from a state, and a state named by its demonym on goods after
// "imported", "most" or "for". Orders lifted, weighed or urged, duties of nothing, refunded or only faced, and goods sold, bound for
// or counterfeited give nothing. Sentences written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();

const CUSTOMS = 'Customs and Border Protection';

describe('customs detention orders and findings', () => {
  it('customs detaining goods made by a firm restricts the firm', () => {
    expect(restricts(`US ${CUSTOMS} will detain gloves made by Zenco Holdings at all ports.`)).toEqual([`${CUSTOMS} -restricts-> Zenco Holdings`]);
    expect(restricts(`US ${CUSTOMS} will detain palm oil and products containing palm oil produced by Zenco Holdings.`)).toEqual([`${CUSTOMS} -restricts-> Zenco Holdings`]);
  });

  it('an order or a finding issued against a firm or its goods restricts the firm, and bans nothing', () => {
    const order = `US ${CUSTOMS} issued a withhold release order against Zenco Holdings last year.`;
    expect(restricts(order)).toEqual([`${CUSTOMS} -restricts-> Zenco Holdings`]);
    expect(banned(order)).toEqual([]);
    expect(restricts(`US ${CUSTOMS} issued a detention order on goods made by Zenco Holdings.`)).toEqual([`${CUSTOMS} -restricts-> Zenco Holdings`]);
    expect(restricts(`US ${CUSTOMS} imposed a withhold release order on palm oil from Zenco Holdings.`)).toEqual([`${CUSTOMS} -restricts-> Zenco Holdings`]);
    expect(restricts(`US ${CUSTOMS} issued a withhold release order against palm oil producer Zenco Holdings.`)).toEqual([`${CUSTOMS} -restricts-> Zenco Holdings`]);
    expect(restricts(`US ${CUSTOMS} published a finding against products produced by Zenco Holdings.`)).toEqual([`${CUSTOMS} -restricts-> Zenco Holdings`]);
  });

  it('no order laid: goods sold or counterfeited, an order lifted, weighed, urged or negated, another firm\'s supplier', () => {
    expect(restricts(`US ${CUSTOMS} detained gloves sold by Zenco Holdings.`)).toEqual([]);
    expect(restricts(`US ${CUSTOMS} detained gloves bound for Zenco Holdings.`)).toEqual([]);
    expect(restricts(`US ${CUSTOMS} seized counterfeit handbags made by Zenco Holdings.`)).toEqual([]);
    expect(restricts(`US ${CUSTOMS} lifted the withhold release order against Zenco Holdings.`)).toEqual([]);
    expect(restricts(`US ${CUSTOMS} is considering a withhold release order against Zenco Holdings.`)).toEqual([]);
    expect(restricts(`Activists urged US ${CUSTOMS} to issue a withhold release order against Zenco Holdings.`)).toEqual([]);
    expect(restricts(`US ${CUSTOMS} will not detain gloves made by Zenco Holdings.`)).toEqual([]);
    expect(restricts(`Zenco Holdings said it would detain gloves made by Qorva Inc.`)).toEqual([]);
    expect(restricts(`US ${CUSTOMS} issued a finding on the origin of gloves made by Zenco Holdings.`)).toEqual([]);
  });
});

describe('duties told indirectly', () => {
  it('"announced that A and B will pay duties": the body restricts each firm', () => {
    expect(restricts('The US Trade Agency announced on Tuesday that Zenco Corp and Qorva Inc will pay duties of 20% and 18%.')).toEqual([
      'US Trade Agency -restricts-> Qorva Inc',
      'US Trade Agency -restricts-> Zenco Corp',
    ]);
    expect(restricts('The US Trade Agency said that Zenco Corp will pay final anti-dumping duties of 9%.')).toEqual(['US Trade Agency -restricts-> Zenco Corp']);
  });

  it('a determination setting a firm\'s duty rate restricts the firm', () => {
    expect(restricts('The US Commerce Department issued its final determination setting Zenco Corp\'s duty rate at 3%.')).toEqual(['Commerce Department -restricts-> Zenco Corp']);
    expect(restricts('The US Commerce Department\'s final determination setting Zenco Corp\'s duty rate at 3% was welcomed.')).toEqual(['Commerce Department -restricts-> Zenco Corp']);
  });

  it('customs told to collect deposits on goods from a state restricts that state', () => {
    expect(restricts(`The US Commerce Department will instruct US ${CUSTOMS} to collect cash deposits from importers of solar glass from Canada.`)).toContain('Commerce Department -restricts-> Canada');
  });

  it('a demonym on goods after "imported", "most" or "for" names the state the duties fall on', () => {
    expect(restricts('The United States is raising duties for most Canadian lumber.')).toEqual(['United States -restricts-> Canada']);
    expect(restricts('The United States will levy duties on imported Canadian newsprint.')).toEqual(['United States -restricts-> Canada']);
  });

  it('no duty laid: a firm speaking, a rate of nothing, duties only faced, refunded, lifted or for people', () => {
    expect(restricts('Zenco Holdings said that Qorva Inc will pay duties of 20%.')).toEqual([]);
    expect(restricts('The US Trade Agency announced that Zenco Corp will pay duties of zero percent.')).toEqual([]);
    expect(restricts('The US Trade Agency said that Zenco Corp could face duties of 20%.')).toEqual([]);
    expect(restricts('The US Trade Agency said that Zenco Corp will pay its lawyers.')).toEqual([]);
    expect(restricts('The US Commerce Department issued its final determination setting Zenco Corp\'s duty rate at zero.')).toEqual([]);
    expect(restricts('The United States refunded duties for Canadian lumber.')).toEqual([]);
    expect(restricts('The United States lifted duties for most Canadian lumber.')).toEqual([]);
    expect(restricts('The United States lowered tariffs for Canadian consumers.')).toEqual([]);
    expect(restricts('The United States will raise duties for Canadian importers.')).toEqual([]);
    expect(restricts('The US Commerce Department\'s report setting out Zenco Corp\'s views on duty rates was published.')).toEqual([]);
  });
});

describe('orders and rulings said undone later in the clause', () => {
  it('a determination overturned, an order lifted: nothing', () => {
    expect(restricts('The US Commerce Department\'s decision setting Zenco Corp\'s rate was overturned by the US Court of International Trade.')).toEqual([]);
    expect(restricts(`US ${CUSTOMS} issued a withhold release order against Zenco Holdings, which was lifted in 2023.`)).toEqual([]);
  });
});

describe('duties and taxes on goods from a state, told with the market or as a tax', () => {
  it('"duties on imports into the Union of biodiesel originating in Zembla" restricts the goods\' state', () => {
    expect(restricts('The European Commission imposed anti-dumping duties on imports into the European Union of biodiesel originating in Argentina and Indonesia.')).toEqual(
      expect.arrayContaining(['European Commission -restricts-> Argentina', 'European Commission -restricts-> Indonesia']),
    );
  });

  it('"raised taxes on refined oil from Zembla" restricts the state; taxes on income, by a firm, cut or negated do not', () => {
    expect(restricts('India raised taxes on refined oil from Malaysia.')).toEqual(['India -restricts-> Malaysia']);
    expect(restricts('India raised import taxes on palm oil from Malaysia and Indonesia.')).toEqual(['India -restricts-> Indonesia', 'India -restricts-> Malaysia']);
    expect(restricts('India raised taxes on income from Malaysia.')).toEqual([]);
    expect(restricts('India raised taxes on refined oil from Zenco Holdings.')).toEqual([]);
    expect(restricts('India cut taxes on refined oil from Malaysia.')).toEqual([]);
    expect(restricts('India will not raise taxes on refined oil from Malaysia.')).toEqual([]);
    expect(restricts('Zenco Holdings raised taxes on refined oil from Malaysia.')).toEqual([]);
    expect(restricts('India proposed raising taxes on refined oil from Malaysia.')).toEqual([]);
  });
});

describe('a rate or a deposit is a duty only with a trade remedy\'s word', () => {
  it('"a combined countervailing and anti-dumping rate", "setting Zenco\'s anti-dumping rate": the firm is restricted', () => {
    expect(restricts('The US Trade Agency said that Zenco Corp will pay a combined countervailing and anti-dumping rate of 20.8%.')).toEqual(['US Trade Agency -restricts-> Zenco Corp']);
    expect(restricts('The US Commerce Department issued its final determination setting Zenco Corp\'s anti-dumping rate at 3%.')).toEqual(['Commerce Department -restricts-> Zenco Corp']);
  });

  it('higher rates, an interest rate, duties in another state: nothing', () => {
    expect(restricts('The US Trade Agency said that Zenco Corp will pay higher rates.')).toEqual([]);
    expect(restricts('The US Commerce Department\'s decision setting Zenco Corp\'s interest rate was welcomed.')).toEqual([]);
    expect(restricts('The US Trade Agency said that Zenco Corp will pay duties in Canada.')).toEqual([]);
  });
});
