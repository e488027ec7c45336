import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf } from './extract-helpers';

// Names that stand near a relation but are not its party (issue 17, the fresh samples' false
// edges): where a firm is registered, a protocol, the dateline's outlet, the object of an
// earlier verb of a series, and the party a targeted firm deals with.

describe('names that are no party of the relation', () => {
  it('reads a bracketed country code after a firm as no name, and "General Trading" as a firm\'s word', () => {
    const text = 'The Treasury sanctioned Zenco SARL (RUS), Qorva General Trading (CHN) and Lumo Ltd (ARE).';
    expect(claimsOf(text)).toEqual(['Treasury -restricts-> Lumo Ltd', 'Treasury -restricts-> Qorva General Trading', 'Treasury -restricts-> Zenco SARL']);
    expect(entitiesOf(text).filter((e) => /^(?:RUS|CHN|ARE|Trading) /.test(e))).toEqual([]);
    // An acronym the name defines stays its alias.
    expect(claimsOf('The Bureau of Industry and Security (BIS) added Zenco Ltd to the Entity List. BIS also added Qorva Ltd.')).toContain('Bureau of Industry and Security -restricts-> Zenco Ltd');
  });

  it('takes no protocol or trade word for a product', () => {
    expect(claimsOf('Iran had blocked Zenco News, throttled encrypted HTTPS connections, and had attempted to block Telegram.')).toEqual(['Iran -banned-> Telegram', 'Iran -banned-> Zenco News']);
    expect(claimsOf('Egypt blocked VoIP calls on WhatsApp and Skype.')).not.toContain('Egypt -banned-> VoIP');
  });

  it('gives "it" after a government\'s reporting verb to the government, not to the dateline\'s outlet', () => {
    expect(claimsOf('DOHA (Al Jazeera) — The Qatari ministry said it was banning Telegram.')).toContain('Qatari ministry -banned-> Telegram');
    expect(claimsOf('DOHA (Al Jazeera) — The Qatari ministry said it was banning Telegram.')).not.toContain('Al Jazeera -banned-> Telegram');
  });

  it('does not take the party that targeted firms deal with for the target', () => {
    expect(claimsOf('The EU imposed sanctions on firms dealing with the Wagner Group.')).toEqual([]);
    expect(claimsOf('The Treasury imposed sanctions on firms that helped Russia evade controls.')).toEqual([]);
    expect(claimsOf('The Treasury sanctioned companies including Zenco Ltd and Qorva Ltd.')).toEqual(['Treasury -restricts-> Qorva Ltd', 'Treasury -restricts-> Zenco Ltd']);
  });
});

describe('stop 35: pairs of a "vs" series, measures broken, and a regime\'s kind', () => {
  it('pairs "A vs B or C vs D" within each pair only, and "A vs B or C" both ways', () => {
    expect(claimsOf("Whether Samsung vs Apple or Pepsi vs Coke or Burger King vs McDonald's, brands fight.")).toEqual([
      "Burger King -competes_with-> McDonald's",
      'Pepsi -competes_with-> Coke',
      'Samsung -competes_with-> Apple',
    ]);
    expect(claimsOf('Samsung vs Apple or Google?')).toEqual(['Samsung -competes_with-> Apple', 'Samsung -competes_with-> Google']);
  });

  it('takes no one who violates or evades a measure for its actor', () => {
    expect(claimsOf('BIS issued temporary denial orders against Aeroflot, Azur Air and UTair for violating export controls on Russia.')).toEqual([
      'Bureau of Industry and Security -part_of-> United States',
      'Bureau of Industry and Security -restricts-> Aeroflot',
      'Bureau of Industry and Security -restricts-> Azur Air',
      'Bureau of Industry and Security -restricts-> UTair',
    ]);
    expect(claimsOf('The US imposed export controls on Russia.')).toEqual(['United States -restricts-> Russia']);
  });

  it('reads "the Chinese Communist government" as the state, and freezing assets as a restriction', () => {
    expect(claimsOf('The Chinese Communist government sanctioned Boeing and Northrop Grumman.')).toEqual(['China -restricts-> Boeing', 'China -restricts-> Northrop Grumman']);
    expect(claimsOf('The EU froze the assets of Zenco Ltd and Qorva Ltd.')).toEqual(['European Union -restricts-> Qorva Ltd', 'European Union -restricts-> Zenco Ltd']);
    expect(claimsOf('Britain will freeze all assets held in the country by Zenco Ltd and Qorva Ltd.')).toEqual(['United Kingdom -restricts-> Qorva Ltd', 'United Kingdom -restricts-> Zenco Ltd']);
    expect(claimsOf('Apple froze hiring in May.')).toEqual([]);
  });
});
