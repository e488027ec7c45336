import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper exa101 (stop 101), from AI-model and chatbot news: a list of names before their plural kind and its maker after "by" or
// "from" gave only the last member, next to the kind. Sentences made up for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('every name listed before a made kind "by" or "from" a maker is the maker\'s', () => {
  it.each([
    ['The Plix and Plix 2 chatbots by Qorva AI are popular.', ['Qorva AI -develops-> Plix', 'Qorva AI -develops-> Plix 2']],
    ['The Plix and Lumo chatbots by Qorva AI are popular.', ['Qorva AI -develops-> Lumo', 'Qorva AI -develops-> Plix']],
    ['The Plix and Plix 2 chatbots by Qorva AI can translate text and write code.', ['Qorva AI -develops-> Plix', 'Qorva AI -develops-> Plix 2']],
    ['Users prefer the Plix and Lumo assistants by Qorva AI.', ['Qorva AI -develops-> Lumo', 'Qorva AI -develops-> Plix']],
    ['Plix, Lumo and Vuna chatbots from Qorva AI lead the field.', ['Qorva AI -develops-> Lumo', 'Qorva AI -develops-> Plix', 'Qorva AI -develops-> Vuna']],
    ['In March, the Plix, Lumo, and Vuna models by Qorva AI topped a benchmark.', ['Qorva AI -develops-> Lumo', 'Qorva AI -develops-> Plix', 'Qorva AI -develops-> Vuna']],
    ['Zenco Inc tested the Plix and Lumo chatbots from Qorva AI last week.', ['Qorva AI -develops-> Lumo', 'Qorva AI -develops-> Plix']],
    ['Both the Plix and Lumo chatbots by Qorva AI reply in French.', ['Qorva AI -develops-> Lumo', 'Qorva AI -develops-> Plix']],
  ])('"%s"', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });

  it.each([
    // The names a built-on kind holds are hosts, not the maker's things.
    ['The Windows and Android apps from Qorva AI are popular.', []],
    ['The ChatGPT and Gemini plugins by Qorva AI are popular.', []],
    // A kind that is no made thing.
    ['The Plix and Lumo orders from Qorva AI arrived.', []],
    // Known firms before the kind are makers themselves, sold by the one after "from".
    ['The Nvidia and AMD chips from Qorva AI are popular.', []],
    // A list owned by another: the owner's, not the one after "by".
    ["Zenco Inc's Plix and Lumo chatbots by Qorva AI are popular.", ['Qorva AI -develops-> Lumo', 'Zenco Inc -develops-> Lumo', 'Zenco Inc -develops-> Plix']],
    // A state after "from" is where the things come from, no maker.
    ['The Plix and Lumo chatbots from China are popular.', []],
    // No maker after "by".
    ['The Plix and Lumo chatbots by 2025 will be popular.', []],
  ])('near miss "%s"', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });
});
