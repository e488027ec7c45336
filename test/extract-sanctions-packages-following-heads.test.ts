import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper lst89 (round 3 of stop 89), from fresh samples on sanctions whose targets come as a list after the act: a firm put in a
// state's or a union's numbered sanctions package, and "The following companies were sanctioned:" right after a listing act, the
// members after the colon (or one bullet each); and an act on a firm imposed, in the passive, by several states. Sentences written
// for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));

describe('a firm included in or added to a sanctions package', () => {
  it('the package\'s owner restricts each firm put in it', () => {
    expect(restricts('Zenco Inc was included in the EU\'s fifth sanctions package.')).toEqual(['European Union -restricts-> Zenco Inc']);
    expect(restricts('Zenco Inc was added to the EU\'s 14th sanctions package.')).toEqual(['European Union -restricts-> Zenco Inc']);
    expect(restricts('Zenco Inc and Qorva Corp were included in the latest EU sanctions package.')).toEqual([
      'European Union -restricts-> Qorva Corp',
      'European Union -restricts-> Zenco Inc',
    ]);
  });

  it('a package not stated, proposed, drafted or not of sanctions puts no one in it', () => {
    expect(restricts('Zenco Inc was not included in the EU\'s fifth sanctions package.')).toEqual([]);
    expect(restricts('Zenco Inc could be included in the EU\'s next sanctions package.')).toEqual([]);
    expect(restricts('Zenco Inc was included in the EU\'s proposed sanctions package.')).toEqual([]);
    expect(restricts('Zenco Inc was included in the EU\'s draft sanctions package.')).toEqual([]);
    expect(restricts('Zenco Inc was included in the EU\'s stimulus package.')).toEqual([]);
    expect(restricts('Zenco Inc was included in the EU\'s aid package.')).toEqual([]);
  });
});

describe('"The following companies were sanctioned:" after a listing act', () => {
  it('the act just before restricts each member after the colon', () => {
    expect(restricts('Japan sanctioned three firms on Monday. The following companies were sanctioned: Zenco Inc, Vexa Ltd and Qorva Corp.')).toEqual([
      'Japan -restricts-> Qorva Corp',
      'Japan -restricts-> Vexa Ltd',
      'Japan -restricts-> Zenco Inc',
    ]);
    expect(restricts('Japan imposed new sanctions on Monday. The following entities have been designated: Zenco Inc and Qorva Corp.')).toEqual([
      'Japan -restricts-> Qorva Corp',
      'Japan -restricts-> Zenco Inc',
    ]);
  });

  it('one bullet each under the head', () => {
    expect(restricts('Japan imposed new sanctions on Monday. The following companies were sanctioned:\n• Zenco Inc\n• Vexa Ltd\n• Qorva Corp')).toEqual([
      'Japan -restricts-> Qorva Corp',
      'Japan -restricts-> Vexa Ltd',
      'Japan -restricts-> Zenco Inc',
    ]);
  });

  it('no act before, a lifted act, a negated head or firms taken off name no target', () => {
    expect(restricts('Markets fell on Monday. The following companies were sanctioned: Zenco Inc and Qorva Corp.')).toEqual([]);
    expect(restricts('Japan lifted its sanctions on three firms. The following companies were delisted: Zenco Inc and Qorva Corp.')).toEqual([]);
    expect(restricts('Japan imposed new sanctions on Monday. The following companies were not sanctioned: Zenco Inc and Qorva Corp.')).toEqual([]);
    expect(restricts('Japan imposed new sanctions on Monday. The following companies were removed: Zenco Inc and Qorva Corp.')).toEqual([]);
    expect(restricts('Japan imposed new sanctions on Monday. The following companies welcomed the move: Zenco Inc and Qorva Corp.')).toEqual([]);
  });
});

describe('an act on a firm imposed by several states, in the passive', () => {
  it('each agent after "imposed by" restricts the firm', () => {
    expect(restricts('Sanctions on Zenco Inc were imposed by Japan, Canada and Australia in 2022.')).toEqual([
      'Australia -restricts-> Zenco Inc',
      'Canada -restricts-> Zenco Inc',
      'Japan -restricts-> Zenco Inc',
    ]);
    expect(restricts('Sanctions on Zenco Inc have been imposed by Japan and Canada.')).toEqual([
      'Canada -restricts-> Zenco Inc',
      'Japan -restricts-> Zenco Inc',
    ]);
  });

  it('an act denied or lifted by them restricts nothing', () => {
    expect(restricts('Sanctions on Zenco Inc were not imposed by Japan and Canada.')).toEqual([]);
    expect(restricts('Sanctions on Zenco Inc were lifted by Japan and Canada.')).toEqual([]);
    expect(restricts('Sanctions on Zenco Inc were criticised by Japan and Canada.')).toEqual([]);
    expect(restricts('Sanctions on Zenco Inc were imposed by Japan and Canada in 2020 and lifted in 2024.')).toEqual([]);
    expect(restricts("Sanctions on Zenco Inc were announced by Japan's opposition party.")).toEqual([]);
  });
});
