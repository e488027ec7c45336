import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper lst (stop 100), from the readers' lists and pairs whose later members lost their names: bullets written on the head's line
// (or under it) with dash glosses, rivals listed after a rival noun no firm owns, goods named before "and … by" a maker after the
// verb "use", and rivals named by their figures alone after "against". Sentences made up for the tests.

// competes_with is symmetric: each pair is written with its ends in alphabetical order.
const rivals = (text: string): string[] =>
  only('competes_with')(scoredClaimsOf(text))
    .map((c) => c.split(' -competes_with-> ').sort().join(' -competes_with-> '))
    .sort();
const makes = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

const THREE_MUTUAL = ['Qorva -competes_with-> Vexo Plus', 'Qorva -competes_with-> Zenco', 'Vexo Plus -competes_with-> Zenco'];
const ZENCO_THREE = ['Qorva -competes_with-> Zenco', 'Vexo -competes_with-> Zenco', 'Zenco -competes_with-> Zeta Labs'];

describe('bullets of a list on the line of its head, each with a dash gloss', () => {
  it('every bullet mark, numbers and dashes name each member', () => {
    for (const mark of ['●', '•', '▪']) {
      expect(rivals(`The tender drew three rival bidders: ${mark} Zenco – a camera company ${mark} Qorva – a local brand ${mark} Vexo Plus – another brand`)).toEqual(THREE_MUTUAL);
      expect(rivals(`Zenco faces three rivals: ${mark} Qorva ${mark} Vexo ${mark} Zeta Labs`)).toEqual(ZENCO_THREE);
    }
    expect(rivals('The tender drew three rival bidders: 1. Zenco – a camera company 2. Qorva – a local brand 3. Vexo Plus – another brand')).toEqual(THREE_MUTUAL);
    expect(rivals('The tender drew three rival bidders: - Zenco - a camera company - Qorva - a local brand - Vexo Plus - another brand')).toEqual(THREE_MUTUAL);
    expect(rivals('Zenco faces three rivals: 1. Qorva – a camera company 2. Vexo – a local brand 3. Zeta Labs – another brand. The tender closes in May.')).toEqual(ZENCO_THREE);
    expect(rivals("Zenco's rivals include: • Qorva • Vexo")).toEqual(['Qorva -competes_with-> Zenco', 'Vexo -competes_with-> Zenco']);
  });

  it('bullets on lines of their own keep their names with a gloss too', () => {
    expect(rivals('The tender drew three rival bidders:\n• Zenco – a camera company\n• Qorva – a local brand\n• Vexo Plus – another brand')).toEqual(THREE_MUTUAL);
    expect(rivals('Zenco faces three rivals:\n• Qorva – a camera company\n• Vexo – a local brand\n• Zeta Labs – another brand')).toEqual(ZENCO_THREE);
  });

  it('a bullet list of features or of facts names nothing', () => {
    expect(scoredClaimsOf('The new phone has three features: • faster charging • a bigger screen • a better camera')).toEqual([]);
    expect(scoredClaimsOf('Zenco said the results were strong: • revenue rose 5% • profit doubled')).toEqual([]);
    expect(rivals("Zenco's shares rose 5%: analysts said the rally – a rare one – would last.")).toEqual([]);
  });
});

describe('rivals listed after a rival noun that no firm owns', () => {
  it('compete with each other', () => {
    expect(rivals('The tender drew three rival bidders: Zenco, Qorva and Vexo Plus.')).toEqual(THREE_MUTUAL);
    expect(rivals('Three rival bidders – Zenco, Qorva and Vexo Plus – entered the tender.')).toEqual(THREE_MUTUAL);
    expect(rivals('The three rivals are Zenco, Qorva and Vexo Plus.')).toEqual(THREE_MUTUAL);
    expect(rivals('The contract has two competing bidders: Zenco and Qorva Labs.')).toEqual(['Qorva Labs -competes_with-> Zenco']);
  });

  it('no contest among owned, former or joined rivals, nor people', () => {
    expect(rivals('Its rivals: Qorva and Vexo.')).toEqual([]);
    expect(rivals('Former rivals: Qorva and Vexo now work together.')).toEqual([]);
    expect(rivals('The rival bidders – Qorva and Vexo – formed a joint consortium.')).toEqual([]);
    expect(rivals('The rival bidders: Senator Ana Lee and Governor Tom Roe.')).toEqual([]);
    expect(rivals('The rivals are expected to bid again next year.')).toEqual([]);
  });
});

describe('goods listed before "and … by" their maker after the verb "use"', () => {
  it('names each member', () => {
    expect(makes('The agency told hospitals not to use Zeta Markers and Zeta LP Markers by Qorva Inc.')).toEqual(['Qorva Inc -develops-> Zeta LP Markers', 'Qorva Inc -develops-> Zeta Markers']);
    expect(makes('Doctors should not use Zeta Markers and Vexo Pens by Qorva Inc.')).toEqual(['Qorva Inc -develops-> Vexo Pens', 'Qorva Inc -develops-> Zeta Markers']);
  });

  it('"by" a date or a means names no maker; the noun "use" keeps its reading', () => {
    expect(makes('The agency told hospitals not to use Zeta Markers and Zeta LP Markers by 2027.')).toEqual([]);
    expect(makes('Clinics were told to use Zeta Markers and Vexo Pens by phone.')).toEqual([]);
    expect(makes('The use of Zeta Markers and Vexo Pens by Qorva Inc. drew criticism.')).not.toContain('Qorva Inc -develops-> Zeta Markers');
  });
});

describe('rivals named by their figures alone after a comparing word', () => {
  it('compete with the firm that opens the sentence', () => {
    expect(rivals("Zenco has twice as many terminals in use as competitors, against Qorva's 36 million and Vexo's 35 million.")).toEqual(['Qorva -competes_with-> Zenco', 'Vexo -competes_with-> Zenco']);
    expect(rivals("Zenco sells more phones than its rivals, compared with Qorva's 30% and Vexo's 20%.")).toEqual(['Qorva -competes_with-> Zenco', 'Vexo -competes_with-> Zenco']);
    expect(rivals("Zenco has more users than rivals, versus Qorva's 36 million.")).toEqual(['Qorva -competes_with-> Zenco']);
  });

  it('no rivals without a rival noun, a figure, or with another owner of the rivals', () => {
    expect(rivals("Zenco has 70 million users, against Qorva's 36 million and Vexo's 35 million.")).toEqual([]);
    expect(rivals("Zenco has more users than rivals, against Qorva's wishes.")).toEqual([]);
    expect(rivals("Zenco's rivals have 70 million users, against Qorva's 36 million.")).toEqual([]);
  });
});
