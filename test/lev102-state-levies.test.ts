import { describe, expect, it } from 'vitest';
import { extract, only, scoredClaimsOf } from './extract-helpers';

// Helper lev102 (stop 102), from fresh samples on levies laid on streaming services: sentences made up for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));

describe("a state's levy, tax or investment duty laid on named firms restricts them", () => {
  it.each([
    ['Denmark has become the latest country to rule that services such as Zenflix and Qorva must pay a levy.', ['Denmark -restricts-> Qorva', 'Denmark -restricts-> Zenflix']],
    ['Denmark ruled that streaming services like Zenflix must pay a 2% levy.', ['Denmark -restricts-> Zenflix']],
    ['Denmark charges streamers such as Zenflix a 5% tax.', ['Denmark -restricts-> Zenflix']],
    ['Poland charged Zenflix and Qorva a streaming surcharge.', ['Poland -restricts-> Qorva', 'Poland -restricts-> Zenflix']],
    ["Denmark's corrected law now requires services such as Zenflix and Qorva to contribute 2% of their revenue.", ['Denmark -restricts-> Qorva', 'Denmark -restricts-> Zenflix']],
    ["Zenflix and Qorva must now pay Spain's 5% streaming tax.", ['Spain -restricts-> Qorva', 'Spain -restricts-> Zenflix']],
    ['Italy imposed a digital services tax on Zenco and Qorva.', ['Italy -restricts-> Qorva', 'Italy -restricts-> Zenco']],
    ['France levies a 3% tax on foreign streamers such as Zenflix, Qorva and Vexa.', ['France -restricts-> Qorva', 'France -restricts-> Vexa', 'France -restricts-> Zenflix']],
    ['Portugal now requires Zenflix to invest 4% of its revenue in local films.', ['Portugal -restricts-> Zenflix']],
    ["Under Spain's new law, platforms including Zenflix and Qorva must pay a 1.5% levy.", ['Spain -restricts-> Qorva', 'Spain -restricts-> Zenflix']],
    ['Switzerland has become the first country to require streamers such as Zenflix to invest 4% of their turnover in Swiss films.', ['Switzerland -restricts-> Zenflix']],
    ['Belgium forced Zenflix to pay a 2% levy.', ['Belgium -restricts-> Zenflix']],
    ["France's 3% digital tax on Zenco and Qorva took effect in May.", ['France -restricts-> Qorva', 'France -restricts-> Zenco']],
    ["Italy's new streaming tax on platforms such as Zenflix and Qorva came into force on Monday.", ['Italy -restricts-> Qorva', 'Italy -restricts-> Zenflix']],
  ])('"%s"', (text, claims) => {
    expect(restricts(text)).toEqual(claims);
  });

  it('reads a Title Case headline with the names its article teaches', () => {
    const record = extract('Denmark Charges Streamers Such As Zenflix A 5% Tax\n\nThe tax will hit Zenflix, the streaming service, from January.');
    const label = (key: string): string | undefined => record.entities.find((e) => e.key === key)?.label;
    const claims = record.claims.filter((c) => c.relation === 'restricts' && c.status === 'asserted').map((c) => `${label(c.source)} -restricts-> ${label(c.target)}`);
    expect(claims).toEqual(['Denmark -restricts-> Zenflix']);
  });

  it.each([
    // Proposals, a vote still ahead and what a state only weighs.
    ['Denmark is considering a tax on Zenflix.', []],
    ['Denmark is considering requiring services such as Zenflix to contribute 2% of their revenue.', []],
    ['Swiss voters will decide in a referendum whether streamers such as Zenflix must pay a levy.', []],
    // Firms paying or charging others, and other senses of the words.
    ['Zenflix pays a 2% dividend.', []],
    ['Zenflix will charge users a fee.', []],
    ['Zenflix charges subscribers a 5% surcharge.', []],
    ['Spain charged Zenco with tax fraud.', []],
    ['Zenco requires suppliers such as Qorva to invest 2% of their revenue in training.', []],
    // Exemptions, negations, fines, sums owed and taxes every payer owes.
    ['Denmark exempted Zenflix from the levy.', []],
    ['Denmark ruled that Zenflix must not pay the levy.', []],
    ['Denmark ruled that Zenflix does not have to pay the 2% levy.', []],
    ['France ordered Zenco to pay a 5 million euro fine.', []],
    ["Zenco must pay Spain's corporate tax like any other firm.", []],
    ["France's proposed 3% digital tax on Zenco would take effect in May.", []],
    ["Italy's tax on Zenco's profits is among Europe's highest.", []],
  ])('near miss "%s"', (text, claims) => {
    expect(restricts(text)).toEqual(claims);
  });
});
