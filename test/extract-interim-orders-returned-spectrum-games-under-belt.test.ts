import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 71, second round, from its first six samples (drawn at c0c66c8). Sentences written for the tests.

const labels = (text: string): string[] => entitiesOf(text).map((e) => e.replace(/ \(.*$/, ''));

describe('orders and decisions a body lays on a firm', () => {
  it('"decided to issue an interim order against A" restricts A', () => {
    expect(only('restricts')(scoredClaimsOf('Ofcom decided to issue an interim order against Virgin Media.'))).toEqual(['Ofcom -restricts-> Virgin Media']);
  });

  it('"the decision of the body required A to …" restricts A, whatever A must do, but not a fine alone', () => {
    expect(only('restricts')(scoredClaimsOf('The decision of the Federal Communications Commission required Comcast to carry the channel on its basic tier.'))).toEqual([
      'Federal Communications Commission -restricts-> Comcast',
    ]);
    expect(only('restricts')(claimsOf('The decision of the Federal Communications Commission required Comcast to pay a fine.'))).toEqual([]);
  });

  it('orders to return spectrum, list shares, keep staff or lower rates restrict the firm', () => {
    expect(only('restricts')(scoredClaimsOf('The Communications Commission ordered Orange Uganda to return its spectrum.'))).toEqual(['Communications Commission -restricts-> Orange Uganda']);
    expect(only('restricts')(scoredClaimsOf('The Communications Commission ordered Orange Uganda to list its shares on the local exchange.'))).toEqual([
      'Communications Commission -restricts-> Orange Uganda',
    ]);
    expect(only('restricts')(scoredClaimsOf('Safaricom has been mandated by the Competition Authority of Kenya to keep all staff for three years.'))).toEqual([
      'Competition Authority of Kenya -restricts-> Safaricom',
    ]);
    expect(only('restricts')(scoredClaimsOf('The decision of Ofcom required Vodafone to lower its termination rates.'))).toEqual(['Ofcom -restricts-> Vodafone']);
  });
});

describe('botnets taken down, services stopped, licences cancelled', () => {
  it('a firm or a police force taking down a botnet bans it, however told', () => {
    expect(only('banned')(scoredClaimsOf('Microsoft took down the Rustock botnet in March.'))).toEqual(['Microsoft -banned-> Rustock']);
    expect(only('banned')(scoredClaimsOf('Microsoft and the FBI disrupted the Citadel botnet.'))).toEqual(['FBI -banned-> Citadel', 'Microsoft -banned-> Citadel']);
    expect(only('banned')(scoredClaimsOf('Microsoft announced the takedown of a botnet known as Waledac.'))).toEqual(['Microsoft -banned-> Waledac']);
    expect(only('banned')(scoredClaimsOf("Microsoft's takedown of the Bamital botnet was a success."))).toEqual(['Microsoft -banned-> Bamital']);
    expect(only('banned')(scoredClaimsOf('The Nitol botnet was taken down by Microsoft.'))).toEqual(['Microsoft -banned-> Nitol']);
  });

  it('a firm taking down its own app or service bans nothing', () => {
    expect(only('banned')(claimsOf('Microsoft took down the Tay chatbot in March.'))).toEqual([]);
    expect(only('banned')(claimsOf('Microsoft shut down the Zune service.'))).toEqual([]);
  });

  it('an order to stop a firm\'s own service bans the service, not the firm', () => {
    expect(only('banned')(scoredClaimsOf('The Reserve Bank of Zimbabwe ordered Simbisa Brands to halt operations of its money-transfer platform, InnBucks.'))).toEqual([
      'Reserve Bank of Zimbabwe -banned-> InnBucks',
    ]);
  });

  it('"cancelled the licences issued to A" bans A', () => {
    expect(only('banned')(scoredClaimsOf('Ofcom has cancelled the licences issued to Vodafone.'))).toEqual(['Ofcom -banned-> Vodafone']);
  });

  it('"ordered A, B and C to halt the processing of personal data" bans each', () => {
    expect(only('banned')(scoredClaimsOf('The National Privacy Commission ordered Facebook, Tencent and ByteDance to halt the processing of personal data.'))).toEqual([
      'National Privacy Commission -banned-> ByteDance',
      'National Privacy Commission -banned-> Facebook',
      'National Privacy Commission -banned-> Tencent',
    ]);
  });
});

describe('what a maker has or runs', () => {
  it('"With games such as A, B and C under their belt, X …" makes X the maker of each', () => {
    expect(only('develops')(scoredClaimsOf('With games such as Rift, Defiance and Trove under their belt, Trion Worlds is growing.'))).toEqual([
      'Trion Worlds -develops-> Defiance',
      'Trion Worlds -develops-> Rift',
      'Trion Worlds -develops-> Trove',
    ]);
  });

  it('"X – which runs 14 websites including a.com, b.com and c.com –" makes X the maker of each site', () => {
    expect(only('develops')(scoredClaimsOf('Rank Group – which runs 14 websites including grosvenorcasinos.com, meccabingo.com and rankcasino.com – has been warned.'))).toEqual([
      'Rank Group -develops-> grosvenorcasinos.com',
      'Rank Group -develops-> meccabingo.com',
      'Rank Group -develops-> rankcasino.com',
    ]);
  });

  it('"said that its game \\"Y\\"": the quoted name after the kind is the firm\'s', () => {
    expect(only('develops')(scoredClaimsOf('Hi-Rez Studios said that its game "Paladins" would launch on consoles.'))).toEqual(['Hi-Rez Studios -develops-> Paladins']);
  });

  it('a firm named as a person\'s employer is not what "its" goes back to', () => {
    expect(only('develops')(scoredClaimsOf('Obi Worldphone, backed by former Apple CEO John Sculley, has launched its new phone, the SF1.'))).toEqual([
      'Obi Worldphone -develops-> SF1',
    ]);
  });

  it('units and trade nouns are no names', () => {
    expect(labels('The Atom runs at 1.6 Ghz vs. the Celeron at 900 Mhz.')).not.toContain('Ghz');
    expect(only('competes_with')(claimsOf('The Atom runs at 1.6 Ghz vs. the Celeron at 900 Mhz.'))).not.toContain('Atom -competes_with-> Ghz');
    expect(labels('Skype and Vonage sell VoIP services to businesses.')).not.toContain('VoIP');
  });
});
