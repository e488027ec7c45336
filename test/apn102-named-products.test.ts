import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper apn102 (stop 101), from fresh news whose new product or model, named after its maker, was lost: sentences made up for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe("a maker's made thing named by its standing, a compound kind or a naming word gets its maker", () => {
  it.each([
    // A brainchild or an innovation is a standing, as a creation is (cue-words.ts, STANDING_NOUNS).
    ["Zenco's latest brainchild, Qorva, can write songs.", ['Zenco -develops-> Qorva']],
    ["Zenco Labs' latest brainchild, Qorva, can write songs.", ['Zenco Labs -develops-> Qorva']],
    ["Last week, Zenco's newest brainchild, Qorva, wrote songs.", ['Zenco -develops-> Qorva']],
    ["Zenco's latest innovation, Qorva, can fold laundry.", ['Zenco -develops-> Qorva']],
    // A kind of two words before "from" its maker (compound-kind-from-makers.ts); a cam, a feeder and a dispenser are made kinds.
    ['Regulators looked at the Zebo treat cam from pet-tech firm Zebola.', ['Zebola -develops-> Zebo']],
    ['The Zebo treat cam from pet-tech firm Zebola sold out.', ['Zebola -develops-> Zebo']],
    ['Buyers like the Zebo treat dispenser from Zebola.', ['Zebola -develops-> Zebo']],
    ['Buyers like a Zebo smart feeder from the start-up Zebola.', ['Zebola -develops-> Zebo']],
    ['Buyers like the Zebo cam from Zebola.', ['Zebola -develops-> Zebo']],
    // The name before a kind a naming word follows is the maker (maker-before-called-kind.ts).
    ['The new Zenco service, called Zeeplay, costs $5.', ['Zenco -develops-> Zeeplay']],
    ['A Zenco app called Vexa went viral.', ['Zenco -develops-> Vexa']],
    ['Users flocked to a Zenco app named Vexa.', ['Zenco -develops-> Vexa']],
    // A possessed made thing said to be a kind a naming word calls (possessed-kind-is-called.ts).
    ["Zenco's latest creation is a robot named Robix.", ['Zenco -develops-> Robix']],
    ["Zenco's newest product is an app called Vexa.", ['Zenco -develops-> Vexa']],
    ["Zenco's first robot is a humanoid dubbed Robix.", ['Zenco -develops-> Robix']],
  ])('"%s"', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });

  it.each([
    // A person, a customer or a period apposed to the possessive is nothing made.
    ["Zenco's latest hire, Jane Doe, joins from Vexa.", []],
    ["Zenco's chief executive, Sam Roe, said sales rose.", []],
    ["Zenco's biggest customer, Qorva, cut orders.", []],
    ["Zenco's latest quarter, Q3, was strong.", []],
    // A name then a saying verb is the speaker, not the thing apposed (speaker-after-apposed-name.ts).
    ["The plan was Zenco's brainchild, Roe said.", []],
    ["The phone is Zenco's latest model, Vexa said.", []],
    // A clause's verb is no describing word; a buyer takes the thing from its seller.
    ['Zenco sells cameras from Qorva.', []],
    ['Zenco bought the Zebo treat cam from pet-tech firm Zebola.', []],
    // A person or a firm the naming word calls is nothing made.
    ["Zenco's latest hire is a man named Roe.", []],
    ["Zenco's biggest customer is a firm called Qorva.", []],
  ])('near miss "%s"', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });
});
