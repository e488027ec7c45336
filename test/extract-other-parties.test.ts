import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf } from './extract-helpers';

// Names that stand near a relation but are not its party (issue 17, the fresh samples' false
// edges): where a firm is registered, a protocol, the dateline's outlet, the object of an
// earlier verb of a series, and the party a targeted firm deals with.

describe('names that are no party of the relation', () => {
  it('reads a bracketed country code after a firm as no name, and "General Trading" as a firm\'s word', () => {
    const text = 'The Treasury sanctioned Zenco SARL (RUS), Qorva General Trading (CHN) and Lumo Ltd (ARE).';
    expect(claimsOf(text)).toEqual(['Treasury -restricts-> Lumo', 'Treasury -restricts-> Qorva General Trading', 'Treasury -restricts-> Zenco SARL']);
    expect(entitiesOf(text).filter((e) => /^(?:RUS|CHN|ARE|Trading) /.test(e))).toEqual([]);
    // An acronym the name defines stays its alias.
    expect(claimsOf('The Bureau of Industry and Security (BIS) added Zenco Ltd to the Entity List. BIS also added Qorva Ltd.')).toContain('Bureau of Industry and Security -restricts-> Zenco');
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
    expect(claimsOf('The Treasury sanctioned companies including Zenco Ltd and Qorva Ltd.')).toEqual(['Treasury -restricts-> Qorva', 'Treasury -restricts-> Zenco']);
  });
});
