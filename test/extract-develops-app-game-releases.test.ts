import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rlf94, from real app, software and game news: an update of a firm's own thing and a release credited with "by" name its
// maker; a title opening with a capitalised small word ("Until Dawn") keeps that word; a participle describing a noun ("a game
// designed for the Vexa console using Tolan pads") and the past work of a firm's founders name no maker. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('an update of a firm\'s own thing', () => {
  it('"rolled out an update to Zeta Quest", "its latest update for Zeta Quest" make the firm the maker', () => {
    expect(develops('Zenco Games has rolled out a major update to Zeta Quest.')).toEqual(['Zenco Games -develops-> Zeta Quest']);
    expect(develops('Zenco Games has rolled out its latest major update for Zeta Quest.')).toEqual(['Zenco Games -develops-> Zeta Quest']);
    expect(develops('Qorva Labs began rolling out an update to the Zeta app on Tuesday.')).toEqual(['Qorva Labs -develops-> Zeta']);
    expect(develops('Qorva Labs pushed a 2.0 patch to Vexa Racer last week.')).toEqual(['Qorva Labs -develops-> Vexa Racer']);
  });

  it('an update for a platform, for its users, for another\'s thing, or one not released names no maker of it', () => {
    expect(develops('Zenco Games released an update for Android.')).toEqual([]);
    expect(develops('Zenco Games released an update to Android.')).toEqual([]);
    expect(develops('Zenco Games released an update for Zeta Quest.')).toEqual([]);
    expect(develops('Zenco Games released an update to Zeta Quest users.')).toEqual([]);
    expect(develops('Zenco Games did not release an update to Zeta Quest.')).toEqual([]);
    expect(develops('Zenco Games released an update to Qorva\'s Zeta app.')).not.toContain('Zenco Games -develops-> Zeta');
  });
});

describe('a release credited with "by"', () => {
  it('"the release of Zeta Quest by Zenco" names the maker', () => {
    expect(develops('The recent release of Zeta Quest by Zenco Games shows the studio has vision.')).toEqual(['Zenco Games -develops-> Zeta Quest']);
    expect(develops('The launch of Vexa Racer by Qorva Labs last year was a success.')).toEqual(['Qorva Labs -develops-> Vexa Racer']);
  });

  it('a review, a purchase or a ban of a thing by a firm names no maker', () => {
    expect(develops('The review of Zeta Quest by Zenco Games was harsh.')).toEqual([]);
    expect(develops('The purchase of Zeta Quest by Zenco Games closed in May.')).toEqual([]);
    expect(develops('The removal of Zeta Quest by Zenco Games angered players.')).toEqual([]);
  });
});

describe('titles opening with a capitalised small word', () => {
  it('"Until Dawn", "As We Descend" keep their first word', () => {
    expect(develops('Zenco Games released Until Dawn last year.')).toEqual(['Zenco Games -develops-> Until Dawn']);
    expect(develops('Zenco Games, the studio behind Until Dawn, faces layoffs.')).toEqual(['Zenco Games -develops-> Until Dawn']);
    expect(develops('Zenco Games is currently developing a deckbuilder called As We Descend.')).toEqual(['Zenco Games -develops-> As We Descend']);
  });

  it('a small word opening a sentence or ending a clause opens no title', () => {
    expect(develops('Until Dawn, Zenco Games released nothing.')).toEqual([]);
    expect(develops('After Qorva Labs, Zenco Games released nothing.')).toEqual([]);
  });
});

describe('no making by a describing participle or by a firm\'s founders', () => {
  it('keeps the maker of the described thing, not what follows the participle', () => {
    expect(develops('Zenco Games announced Zeta Quest, a party game designed for the Vexa console using Tolan Pad controllers.')).toEqual(['Zenco Games -develops-> Zeta Quest']);
    expect(develops('Zenco Games unveiled Zeta Quest, a racing game built for Vexa headsets.')).toEqual(['Zenco Games -develops-> Zeta Quest']);
  });

  it('a making verb after its firm or an auxiliary still makes its object', () => {
    expect(develops('Zenco Labs offers small models and large models designed for complex tasks ("Zeta Pro").')).toContain('Zenco Labs -develops-> Zeta Pro');
    expect(develops('Zenco Games designed Zeta Quest for the Vexa console.')).toEqual(['Zenco Games -develops-> Zeta Quest']);
    expect(develops('Zenco Games has designed Zeta Quest for young players.')).toEqual(['Zenco Games -develops-> Zeta Quest']);
  });

  it('what a firm\'s founders or former staff worked on is no one\'s here', () => {
    expect(develops('Qorva Labs will publish the first game from Zenco Games, whose founders previously worked on Zeta Quest.')).toEqual([]);
    expect(develops('Qorva Labs signed Zenco Games, whose founders built Zeta Quest.')).toEqual([]);
    expect(develops('Qorva Labs backed Zenco Games, whose developers previously worked on Vexa Racer.')).toEqual([]);
  });
});

describe('a firm\'s own studio', () => {
  it('"Zeta Quest, the new RPG from Qorva\'s internal studio Zenco Games" names the studio as maker', () => {
    expect(develops('Zeta Quest, the new RPG from Qorva Labs\' internal studio Zenco Games, is due next year.')).toContain('Zenco Games -develops-> Zeta Quest');
    expect(develops('Zeta Quest, the new RPG from the latter\'s internal studio Zenco Games, is due next year.')).toEqual(['Zenco Games -develops-> Zeta Quest']);
    expect(develops('Zeta Quest, a shooter from Qorva\'s studio Zenco Games, sold well.')).toContain('Zenco Games -develops-> Zeta Quest');
  });

  it('the owner before an internal studio is no thing the studio makes', () => {
    expect(develops('Qorva\'s in-house studio Zenco Games released Zeta Quest in May.')).toEqual(['Zenco Games -develops-> Zeta Quest']);
    expect(develops('Zeta Quest, the new RPG from Qorva\'s internal studio Zenco Games, is due next year.')).not.toContain('Zenco Games -develops-> Qorva');
  });

  it('a rival or a publisher named with "from" is no studio of the title', () => {
    expect(develops('Zeta Quest, a shooter from a rival of Zenco Games, sold well.')).toEqual([]);
    expect(develops('Zeta Quest, a shooter from Qorva\'s publisher Zenco Games, sold well.')).not.toContain('Zenco Games -develops-> Zeta Quest');
  });
});
