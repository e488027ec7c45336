import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper exa101 (stop 101), from AI-model and chatbot news: American spelling writes "rivaling" with one l, and that form was no
// verb at all, while "rivalling", "rivaled" and "rivalled" were. Sentences made up for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('"rivaling" with one l is the verb "rival"', () => {
  it.each([
    ["Qorva AI's Plix chatbot writes code, rivaling Zenco Inc's Zeta.", ['Plix -competes_with-> Zeta']],
    ['The Plix chatbot can translate text and write code, rivaling Zenco Inc\'s Zeta.', ['Plix -competes_with-> Zeta']],
    ["Qorva AI's Plix chatbot answers questions in five languages, rivaling Zeta.", ['Plix -competes_with-> Zeta']],
    ["Qorva AI's Plix, rivaling Zenco Inc's Zeta, grew fast.", ['Plix -competes_with-> Zeta']],
    ["Qorva AI's Plix is rivaling Zenco Inc's Zeta.", ['Plix -competes_with-> Zeta']],
    ["Plix, the chatbot from Qorva AI, is rivaling Zenco Inc's Zeta in China.", ['Plix -competes_with-> Zeta']],
    ['Qorva AI is rivaling Zenco Inc.', ['Qorva AI -competes_with-> Zenco Inc']],
    ['Qorva AI was rivaling Zenco Inc by 2024.', ['Qorva AI -competes_with-> Zenco Inc']],
    // Every member of the rivalled list.
    ["Qorva AI's Plix 2 chatbot can write code and answer questions, rivaling Zeta and Zenco Inc's Lumo.", ['Plix 2 -competes_with-> Lumo', 'Plix 2 -competes_with-> Zeta']],
    ["Qorva AI's Plix model is now rivaling Zenco Inc's Zeta, Vexa Labs' Nova and Borin Inc's Lumo.", ['Plix -competes_with-> Lumo', 'Plix -competes_with-> Nova', 'Plix -competes_with-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(rivals(text)).toEqual(claims);
  });

  it('reads the same as the British spelling', () => {
    const american = "Qorva AI's Plix chatbot writes code, rivaling Zenco Inc's Zeta.";
    expect(scoredClaimsOf(american)).toEqual(scoredClaimsOf(american.replace('rivaling', 'rivalling')));
  });

  it.each([
    // Negated or ended: no rivalry now.
    ["Qorva AI's Plix chatbot is not rivaling Zenco Inc's Zeta.", []],
    ["Qorva AI's Plix chatbot stopped rivaling Zenco Inc's Zeta years ago.", []],
    // The adjective before a noun names no rival.
    ['Qorva AI made a rivaling offer for Zenco Inc\'s Zeta unit.', []],
    ['The rivaling teams inside Zenco Inc built the Zeta chatbot.', []],
    // No named thing after the verb.
    ["Qorva AI's Plix chatbot is rivaling nothing Zenco Inc makes.", []],
  ])('near miss "%s"', (text, claims) => {
    expect(rivals(text)).toEqual(claims);
  });
});
