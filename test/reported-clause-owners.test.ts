import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Helper reported (stop 103), from real launch news whose makers the lexicon did not know: the one who reports a clause is what the
// clause's "its", "it" or "the company" means when nothing else in the sentence can be (reported-clause-owners.ts). Sentences written
// for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('"its" in a clause its maker reports', () => {
  it('after a phrase of where, when or to whom and "that"', () => {
    expect(develops('Zenco wrote in a blog post that its Zeta model outperforms rivals.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Qorva wrote that its Plix app keeps no logs.')).toEqual(['Qorva -develops-> Plix']);
    expect(develops('Vexa said in a statement to investors that its Zeta drone flies for an hour.')).toEqual(['Vexa -develops-> Zeta']);
    expect(develops('Borin writes on Tuesday that its Plix browser is safer.')).toEqual(['Borin -develops-> Plix']);
  });

  it('after a verb that reads as a noun too, or the one told', () => {
    expect(develops('Zenco estimates its Zeta app has 5 million users.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Qorva estimated that its Plix chatbot answered a billion questions.')).toEqual(['Qorva -develops-> Plix']);
    expect(develops('Zenco told Reuters that its Zeta app is private.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Vexa told the newspaper Zembla Times that its Plix headset sold out.')).toEqual(['Vexa -develops-> Plix']);
  });

  it('after a firm credited at the opening', () => {
    expect(develops('According to Zenco, its Zeta app gained users.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('According to Qorva Robotics, its Plix robot folds laundry.')).toEqual(['Qorva Robotics -develops-> Plix']);
  });

  it('no other owner, no person, no outlet and no thing of another kind', () => {
    expect(develops('Zenco says Qorva\'s Plix app is popular.')).toEqual(['Qorva -develops-> Plix']);
    expect(develops('Zenco wrote in a blog post that Qorva\'s Plix app is popular.')).toEqual(['Qorva -develops-> Plix']);
    expect(develops('Zenco claims its rivals copied Plix.')).toEqual([]);
    expect(develops('Zenco says its chief, Ana Borin, will step down.')).toEqual([]);
    expect(develops('Zenco said its sales rose.')).toEqual([]);
    expect(develops('Zenco wrote in a blog post that its sales rose.')).toEqual([]);
    expect(develops('Zenco said in a blog post that its Berlin plant will close.')).toEqual([]);
    expect(develops('According to Reuters, its Zeta app gained users.')).toEqual([]);
    expect(develops('According to Vexa Research, its Zeta app gained users.')).toEqual([]);
    expect(develops('According to Ana Borin, its Zeta app gained users.')).toEqual([]);
    // The firm the text is about owns it: the credited source only when nothing else may.
    expect(develops('Qorva launched the Plix app. According to Zenco, its Zeta app gained users.')).toEqual(['Qorva -develops-> Plix', 'Qorva -develops-> Zeta']);
  });
});

describe('"it" and "the company" in a clause its maker reports', () => {
  it('"it" after "that" is the untyped firm that reports', () => {
    expect(develops('Zenco confirmed that it had developed the Zeta chatbot.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Qorva announced that it has released the Plix app.')).toEqual(['Qorva -develops-> Plix']);
    expect(develops('Vexa said on Monday that it built the Zeta robot.')).toEqual(['Vexa -develops-> Zeta']);
    expect(develops('Zenco told Qorva that it had built the Zeta app.')).toEqual(['Zenco -develops-> Zeta']);
  });

  it('a plan stays a plan', () => {
    expect(develops('Qorva said that it would launch the Plix app next year.')).toEqual([]);
    expect(only('develops')(claimsOf('Qorva said that it would launch the Plix app next year.', 'proposed'))).toEqual(['Qorva -develops-> Plix']);
  });

  it('the firm credited at the opening is the clause\'s "the company" or "it"', () => {
    expect(develops('According to Zenco, the company built Zeta in six months.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('According to Qorva, the firm developed the Plix app in six months.')).toEqual(['Qorva -develops-> Plix']);
    expect(develops('According to Vexa Robotics, the company built the Zeta robot.')).toEqual(['Vexa Robotics -develops-> Zeta']);
    expect(develops('According to Zenco, it built the Zeta app in six months.')).toEqual(['Zenco -develops-> Zeta']);
  });

  it('no outlet, no person, no denial, no other subject', () => {
    expect(develops('According to Reuters, the company built Zeta in six months.')).toEqual([]);
    expect(develops('According to Ana Borin, the company built the Zeta app.')).toEqual([]);
    expect(develops('According to Vexa Research, the company built the Zeta app.')).toEqual([]);
    expect(develops('Zenco denied that it built the Zeta app.')).toEqual([]);
    expect(develops('Zenco did not say that it built the Zeta app.')).toEqual([]);
    expect(develops('Zenco said Qorva believes that it built the Zeta app.')).toEqual([]);
    expect(develops('Qorva launched the Plix app. According to Zenco, the company built the Zeta app.')).toEqual(['Qorva -develops-> Plix', 'Qorva -develops-> Zeta']);
  });
});
