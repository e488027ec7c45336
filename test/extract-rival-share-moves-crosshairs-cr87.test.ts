import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper cr87, from a fresh rivals sample: a firm's rivals or peers named by their share moves after the rivals' noun ("Zenco's
// rivals rose, with Qorva up 5% and Vexa up 6%"), and a firm put in the crosshairs or sights of others ("Zenco is in the crosshairs
// of Qorva"). Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));
const pairs = (text: string): string[] => rivals(text).map((c) => c.split(' -competes_with-> ').sort().join(' ~ ')).sort();

describe("a firm's rivals or peers named by their share moves", () => {
  it('"shares of Zenco\'s rivals rose, with A up 5% and B up 6%"', () => {
    expect(pairs("Shares of Zenco Inc's rivals rose on Tuesday, with Qorva Labs up 5% and Vexa Systems up 6%.")).toEqual([
      'Qorva Labs ~ Zenco Inc',
      'Vexa Systems ~ Zenco Inc',
    ]);
  });

  it('"Zenco\'s peers also fell: A lost 3% and B 2%"', () => {
    expect(pairs("Zenco Inc's peers also fell: Qorva Labs lost 3% and Vexa Systems 2%.")).toEqual([
      'Qorva Labs ~ Zenco Inc',
      'Vexa Systems ~ Zenco Inc',
    ]);
  });

  it('"Zenco\'s competitors were mixed, with A gaining 2% and B shedding 1%"', () => {
    expect(pairs("Zenco Inc's competitors were mixed, with Qorva Labs gaining 2% and Vexa Systems shedding 1%.")).toEqual([
      'Qorva Labs ~ Zenco Inc',
      'Vexa Systems ~ Zenco Inc',
    ]);
  });

  it('"Zenco\'s rivals rallied: A jumped 4%, B climbed 3% and C added 1%"', () => {
    expect(pairs("Zenco Inc's rivals rallied: Qorva Labs jumped 4%, Vexa Systems climbed 3% and Lumo Corp added 1%.")).toEqual([
      'Lumo Corp ~ Zenco Inc',
      'Qorva Labs ~ Zenco Inc',
      'Vexa Systems ~ Zenco Inc',
    ]);
  });

  it('stock moves with no rival word, or a former rival, name no rivals', () => {
    expect(rivals('Zenco Inc rose 3% and Qorva Labs fell 2%.')).toEqual([]);
    expect(rivals("Zenco Inc's suppliers also fell: Qorva Labs lost 3% and Vexa Systems 2%.")).toEqual([]);
    expect(rivals("Zenco Inc's former rivals rose, with Qorva Labs up 5% and Vexa Systems up 6%.")).toEqual([]);
    expect(rivals("Zenco Inc's partners rose, with Qorva Labs up 5%.")).toEqual([]);
  });

  it('a move with no number, or a name that does not move, is no member of the list', () => {
    expect(rivals("Zenco Inc's rivals have been quiet, with Qorva Labs declining to comment.")).toEqual([]);
    expect(rivals("Zenco Inc's rivals rose, with analysts at Qorva Bank up 5% on their targets.")).toEqual([]);
  });
});

describe('a firm in the crosshairs or sights of its rivals', () => {
  it('"Zenco\'s new phone puts it in the crosshairs of A and B"', () => {
    expect(pairs("Zenco Inc's new phone puts it in the crosshairs of Qorva Labs and Vexa Systems.")).toEqual([
      'Qorva Labs ~ Zenco Inc',
      'Vexa Systems ~ Zenco Inc',
    ]);
  });

  it('"The launch puts Zenco squarely in the sights of A"', () => {
    expect(pairs('The launch puts Zenco Inc squarely in the sights of Qorva Labs.')).toEqual(['Qorva Labs ~ Zenco Inc']);
  });

  it('"Zenco is now in the crosshairs of A and B", "Zenco finds itself in the firing line of A"', () => {
    expect(pairs('With the launch, Zenco Inc is now in the crosshairs of Qorva Labs and Vexa Systems.')).toEqual([
      'Qorva Labs ~ Zenco Inc',
      'Vexa Systems ~ Zenco Inc',
    ]);
    expect(pairs('Zenco Inc finds itself in the firing line of Qorva Labs.')).toEqual(['Qorva Labs ~ Zenco Inc']);
  });

  it('"Zenco has A in its sights", "has A squarely in its crosshairs"', () => {
    expect(pairs('With its new chip, Zenco Inc has Qorva Labs squarely in its crosshairs.')).toEqual(['Qorva Labs ~ Zenco Inc']);
    expect(pairs('Zenco Inc has Qorva Labs in its sights.')).toEqual(['Qorva Labs ~ Zenco Inc']);
  });

  it('a regulator, a state, an investor or a takeover in the crosshairs names no rival', () => {
    expect(rivals("Zenco Inc's new app puts it in the crosshairs of the FTC.")).toEqual([]);
    expect(rivals('Zenco Inc is in the crosshairs of regulators in Ruritania.')).toEqual([]);
    expect(rivals('Zenco Inc is in the crosshairs of Qorva Capital, an activist investor.')).toEqual([]);
    expect(rivals('Zenco Inc has Qorva Labs in its sights as a takeover target.')).toEqual([]);
    expect(rivals("Zenco Inc is in the crosshairs of Qorva Labs's lawyers.")).toEqual([]);
  });

  it('a firm not in the crosshairs, or only perhaps, names none', () => {
    expect(rivals('Zenco Inc is not in the crosshairs of Qorva Labs.')).toEqual([]);
    expect(rivals('Zenco Inc could end up in the crosshairs of Qorva Labs.')).toEqual([]);
  });
});

describe('a state body after a name in the crosshairs', () => {
  it('"in the crosshairs of the Zembla government" names no rival', () => {
    expect(rivals("Zenco Inc's new app puts it in the crosshairs of the Zembla government.")).toEqual([]);
    expect(rivals('Zenco Inc is in the sights of Zembla authorities.')).toEqual([]);
  });
});

describe("peers named after the firm's own share move", () => {
  it('"Zenco fell 4%, while peers A and B lost 2%", "Zenco fell 3%, dragging down peers A and B"', () => {
    expect(pairs('Zenco Inc fell 4%, while peers Qorva Labs and Vexa Systems lost 2%.')).toEqual(['Qorva Labs ~ Zenco Inc', 'Vexa Systems ~ Zenco Inc']);
    expect(pairs('Zenco Inc shares fell 3% on Monday, dragging down peers Qorva Labs and Vexa Systems.')).toEqual(['Qorva Labs ~ Zenco Inc', 'Vexa Systems ~ Zenco Inc']);
    expect(pairs('Zenco Inc jumped 9%, and its peers Qorva Labs and Vexa Systems also gained.')).toEqual(['Qorva Labs ~ Zenco Inc', 'Vexa Systems ~ Zenco Inc']);
    expect(pairs("Zenco Inc's shares lost 2%, and peers such as Qorva Labs fell too.")).toEqual(['Qorva Labs ~ Zenco Inc']);
  });

  it('former peers, peers of another, or no move of the firm name none', () => {
    expect(rivals('Zenco Inc fell 4%, while former peers Qorva Labs and Vexa Systems lost 2%.')).toEqual([]);
    expect(rivals('Zenco Inc said on Monday, while peers were quiet, that Qorva Labs had cut prices.')).toEqual([]);
    expect(rivals("Zenco Inc fell 4%, while peers of Vexa Systems's unit Qorva Labs held steady.")).toEqual([]);
  });
});
