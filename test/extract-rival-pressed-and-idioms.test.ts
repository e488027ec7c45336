import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Rivalry read from a contest noun opening the sentence that presses a firm ("Competition from A and B has forced Zenco to …"), and the
// figures of the "David and Goliath" idiom, which name no party. Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('a contest from named rivals that presses a firm', () => {
  it('"Competition from A and B has forced Zenco to …" sets Zenco against each', () => {
    expect(rivals('Competition from Qorva and Vexa has forced Zenco to defend its lead.')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
    expect(rivals('Fierce competition from Qorva has pushed Zenco to cut prices.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('The threat from Qorva and Vexa has prompted Zenco to launch a cheaper phone.')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
    expect(rivals('Competition from Qorva is squeezing Zenco, analysts said.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('no firm pressed, a firm not the verb\'s object, or a verb that presses nothing: no rival', () => {
    expect(rivals('Competition from Qorva and Vexa has grown this year.')).toEqual([]);
    expect(rivals('Competition from Qorva has hurt margins at Zenco.')).toEqual([]);
    expect(rivals('Competition from Qorva and Vexa was praised by Zenco.')).toEqual([]);
    expect(rivals('Competition from Qorva has forced prices down across Ruritania.')).toEqual([]);
    expect(rivals('Competition from Qorva has forced France to change its rules.')).toEqual([]);
    expect(rivals("Competition from Qorva's Vexa app has forced Zenco to redesign its phone.")).toEqual([]);
  });
});

describe('the David and Goliath idiom', () => {
  it('its figures are no parties; the firms named with it still compete', () => {
    expect(rivals('Zenco is locked in a David versus Goliath battle with Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Analysts called it a David and Goliath contest.')).toEqual([]);
    expect(rivals('It is a David vs. Goliath fight: Zenco versus Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('a person who bears one of the names is left as he is', () => {
    expect(rivals("Zenco's chief executive David Goliath said the firm competes with Qorva.")).toEqual(['Zenco -competes_with-> Qorva']);
  });
});
