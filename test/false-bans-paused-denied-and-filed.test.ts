import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper fpy93, from the eighty-second fresh sample and the round 1-2 helpers' lists: false ban and restriction edges. A firm
// pausing a flow of money through its own service, a market halting trading in a firm's shares, a measure suspended, a firm
// taking back another firm's licence, a leave's paper read as the holder, a dateline's place or wire read as the actor, a firm
// named in a concessive clause, and an act the actor denies. Each family keeps its right readings.
// Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));
const measures = (text: string): string[] => scoredClaimsOf(text).filter((c) => /-(?:banned|restricts)->/.test(c));

describe('a firm pausing a flow of money through its service bans nothing', () => {
  it('withdrawals, deposits, redemptions paused or frozen', () => {
    expect(measures('Zenco Exchange suspended deposits and withdrawals from ZenEarn after the lender collapsed.')).toEqual([]);
    expect(measures('Zenco froze deposits and withdrawals on Qorva, its lending arm.')).toEqual([]);
    expect(measures('Zenco Exchange halted redemptions from its ZenEarn product.')).toEqual([]);
    expect(measures('Zenco suspended customer withdrawals from ZenEarn.')).toEqual([]);
    expect(measures('Zenco Exchange paused all withdrawals and transfers on the Zoken network for a few hours.')).toEqual([]);
    expect(measures('The suspension of withdrawals from ZenEarn by Zenco angered users.')).toEqual([]);
  });

  it('keeps a state suspending the service itself, and an exchange halting trade in a token', () => {
    expect(banned('France suspended ZenEarn after the lender collapsed.')).toEqual(['France -banned-> ZenEarn']);
    expect(banned('Zenco Exchange halted trading in the Zoken token.')).toEqual(['Zenco Exchange -banned-> Zoken']);
    expect(banned('Zenco Exchange suspended trading of Zoken.')).toEqual(['Zenco Exchange -banned-> Zoken']);
  });
});

describe('a halt of trading in a firm\'s shares bans neither the firm nor its goods', () => {
  it('trading in its shares, its stock, or the firm', () => {
    expect(banned('The SEC suspended trading in Zenco Inc shares.')).toEqual([]);
    expect(banned('The SEC halted trading in Zenco Inc.')).toEqual([]);
    expect(banned("Nasdaq halted trading of Zenco's stock.")).toEqual([]);
    expect(banned('The SEC suspended trading in the shares of Zenco Inc.')).toEqual([]);
    expect(banned("The SEC's suspension of trading in Zenco Inc shares surprised investors.")).toEqual([]);
    expect(banned('The SEC suspended trading in Zenco Inc shares and Qorva Inc shares.')).toEqual([]);
  });

  it('keeps a regulator suspending the firm or its licence', () => {
    expect(banned("France revoked Zenco Air's operating licence.")).toEqual(['France -banned-> Zenco Air']);
    expect(banned('France suspended Zenco Air.')).toEqual(['France -banned-> Zenco Air']);
  });
});

describe('a measure suspended holds no act', () => {
  it('"suspended the ban on A", "paused its sanctions against A"', () => {
    expect(banned('The US suspended the ban on Zenco Air.')).toEqual([]);
    expect(claimsOf('The US suspended the ban on Zenco Air.', 'negated')).toEqual(['United States -banned-> Zenco Air']);
    expect(measures('France suspended the sanctions on Zenco last week.')).toEqual([]);
    expect(measures('The US paused its sanctions against Zenco for six months.')).toEqual([]);
    expect(banned('France has suspended the flight ban on Qorva Air.')).toEqual([]);
    expect(measures('Russia suspended the embargo on Zenco products.')).toEqual([]);
    expect(banned('The US lifted the ban on Zenco Air.')).toEqual([]);
  });

  it('keeps a ban imposed next to a suspension, and a suspended export', () => {
    expect(banned('France suspended Zenco Air and extended the ban on Qorva Air.')).toEqual(['France -banned-> Qorva Air', 'France -banned-> Zenco Air']);
    expect(banned('After suspending talks, France imposed a ban on Zenco Air.')).toEqual(['France -banned-> Zenco Air']);
    expect(banned('France suspended talks and imposed a ban on Zenco Air.')).toEqual(['France -banned-> Zenco Air']);
    expect(only('restricts')(scoredClaimsOf('France suspended the export of Zenco drones to Qorva.'))).toContain('France -restricts-> Qorva');
  });
});

describe('a firm taking back another firm\'s licence bans nothing', () => {
  it('a brand or distribution licence withdrawn by a firm', () => {
    expect(banned("Zenco Air withdrew Qorva Air's licence to use its brand.")).toEqual([]);
    expect(banned("Zenco withdrew Qorva's permit to sell cargo capacity.")).toEqual([]);
    expect(banned("Zenco cancelled Qorva's distribution licence.")).toEqual([]);
    expect(banned('Zenco terminated the licence of Qorva to sell its drinks.')).toEqual([]);
    expect(banned("Zenco Inc terminated Qorva Inc's franchise licence.")).toEqual([]);
    expect(banned("Zenco Inc pulled Qorva Inc's Zenix licence.")).toEqual([]);
    expect(banned("Zenco Inc did not renew Qorva Inc's licence.")).toEqual([]);
  });

  it('keeps a state doing so, and a platform taking back the certificate another firm\'s apps run under', () => {
    expect(banned("Zenco withdrew Qorva's developer certificates.")).toEqual(['Zenco -banned-> Qorva']);
    expect(banned("Zenco pulled Qorva's enterprise certificate.")).toEqual(['Zenco -banned-> Qorva']);
    expect(banned("The Indian government cancelled Qorva's licence.")).toEqual(['India -banned-> Qorva']);
    expect(banned("India withdrew Zenco's licence to operate.")).toEqual(['India -banned-> Zenco']);
    expect(banned('France cancelled the licence of Zeta TV.')).toEqual(['France -banned-> Zeta TV']);
  });
});

describe('a leave\'s paper is no banned holder', () => {
  it('"the airline\'s TCO Authorisation", "its Air Operator Certificate"', () => {
    expect(banned("The Zemblan regulator suspended the airline's TCO Authorisation.")).toEqual([]);
    expect(banned("The Namibian regulator suspended the airline's Air Operator Certificate.")).toEqual([]);
    expect(banned("Indonesia suspended the airline's Operating Permit for ten routes.")).toEqual([]);
    expect(banned('The EASA said that it had suspended the Third Country Operator (TCO) Authorisation to the carrier.')).toEqual([]);
    expect(entitiesOf('France suspended the TCO Authorisation of Zenco Air.')).not.toContain('TCO Authorisation of Zenco Air (product)');
    expect(entitiesOf("France suspended the airline's TCO Authorisation.")).toEqual(['France (government)']);
  });

  it('keeps the holder named with the paper', () => {
    expect(banned("France suspended Zenco Air's TCO Authorisation on Monday.")).toEqual(['France -banned-> Zenco Air']);
    expect(banned('The EASA suspended the TCO Authorisation of Zenco Air for six months.')).toEqual(['European Union Aviation Safety Agency -banned-> Zenco Air']);
    expect(banned("The EASA has suspended Zenco Air's air operations permit for six months.")).toEqual(['European Union Aviation Safety Agency -banned-> Zenco Air']);
  });
});

describe('a dateline\'s place and wire act in nothing', () => {
  it('"MOSCOW, Zenagency – As part of its sanctions against Georgia, …"', () => {
    expect(measures('MOSCOW, Zenagency – As part of its sanctions against Georgia, Russia banned flights.')).toEqual([]);
    expect(measures('TBILISI, Zenwire - As part of its sanctions against Georgia, Russia imposed a ban on flights.')).toEqual([]);
    expect(measures('MOSCOW, Interfax – Russia, as part of its sanctions against Georgia, banned flights.')).toEqual([]);
    expect(measures('MOSCOW, Interfax – Under its sanctions against Georgia, Russia banned flights.')).toEqual([]);
    expect(measures('PARIS (Zenwire) - As part of its crackdown, the ministry banned Zeta.')).toEqual([]);
    expect(measures('Moscow, Zenagency – As part of the sanctions against Georgia, Russia banned flights.')).toEqual([]);
  });

  it('keeps the acts the story tells, and a firm opening an aside with a dash', () => {
    expect(measures('MOSCOW, Zenagency – Russia imposed sanctions on Zenco.')).toEqual(['Russia -restricts-> Zenco']);
    expect(banned('BEIJING (Zenwire) - China banned Zenco from its market.')).toEqual(['China -banned-> Zenco']);
    expect(only('develops')(scoredClaimsOf("Zenco – Qorva's main rival – launched the Zeta phone on Monday."))).toEqual(['Zenco -develops-> Zeta']);
    expect(only('develops')(scoredClaimsOf("ZENCO – Qorva's main rival – launched the Zeta phone on Monday."))).toEqual(['ZENCO -develops-> Zeta']);
    expect(banned('Berlin – Germany banned Zenco from its market.')).toEqual(['Germany -banned-> Zenco']);
  });
});

describe('a firm in a concessive clause is no target', () => {
  it('"banned imports of A kits, even though B plans to …"', () => {
    expect(banned('Cameroon has banned imports of ZenNet kits, even though Qorva plans to stop service in the country.')).toEqual(['Cameroon -banned-> ZenNet']);
    expect(banned('Cameroon banned ZenNet kits although Qorva Inc said it would comply.')).toEqual(['Cameroon -banned-> ZenNet']);
    expect(banned('Cameroon banned ZenNet, even though Qorva Inc sells the kits in Chad.')).toEqual(['Cameroon -banned-> ZenNet']);
    expect(banned('Even though Qorva Inc objected, Cameroon banned ZenNet.')).toEqual(['Cameroon -banned-> ZenNet']);
    expect(banned('Cameroon seized ZenNet kits at its borders, even as Qorva Inc plans to launch service.')).toEqual(['Cameroon -banned-> ZenNet']);
    expect(banned('Cameroon banned the import of Zenco kits, even though Qorva sells them.')).toEqual(['Cameroon -banned-> Zenco']);
  });

  it('keeps a list of targets', () => {
    expect(banned('Cameroon banned ZenNet and Qorva Inc.')).toEqual(['Cameroon -banned-> Qorva Inc', 'Cameroon -banned-> ZenNet']);
  });
});

describe('an act the actor denies is negated', () => {
  it('"denied that it had banned …", "denies reports that it has blocked …"', () => {
    expect(measures('China denied that it had banned imports of coal from Australia.')).toEqual([]);
    expect(claimsOf('China denied that it had banned imports of coal from Australia.', 'negated')).toEqual(['China -banned-> Australia']);
    expect(measures('China denied it had halted imports of coal from Australia.')).toEqual([]);
    expect(banned('China denied that it had banned Zenco.')).toEqual([]);
    expect(banned('Russia denies reports that it has blocked Zapp.')).toEqual([]);
    expect(banned('China denied that the ministry had banned Zenco.')).toEqual([]);
    expect(measures('France denied that it had ever sanctioned Zenco.')).toEqual([]);
    expect(banned('China denied that it had imposed a ban on Zenco.')).toEqual([]);
    expect(banned('Zenco denied it was banned by China.')).toEqual([]);
  });

  it('keeps an act next to a denial of something else', () => {
    expect(banned('China denied the report and banned Zenco.')).toEqual(['China -banned-> Zenco']);
    expect(banned('Zenco denied that it had broken rules, but China banned Zeta.')).toEqual(['China -banned-> Zeta']);
    expect(banned('China banned Zenco after Qorva denied that it had sold drones.')).toEqual(['China -banned-> Zenco']);
    expect(banned('China, which denied that it had banned Zenco, blocked Qorva.')).toEqual(['China -banned-> Qorva']);
    expect(banned('China denied the claims and imposed a ban on Zenco.')).toEqual(['China -banned-> Zenco']);
  });
});
