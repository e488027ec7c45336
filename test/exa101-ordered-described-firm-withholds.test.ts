import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper exa101 (stop 101), from AI-chatbot news: a state body ordering a firm to withhold its own product bans the firm, also when
// the firm's own description comes before its name ("the Chinese AI startup Zenco") and when the product is to be removed from
// stores. Sentences made up for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('an order to a described firm to block, suspend or remove its own product bans the firm', () => {
  it.each([
    ['The Garante ordered the Chinese AI startup Qorva AI to block its chatbot in Italy.', ['Garante -banned-> Qorva AI']],
    ["Italy's privacy regulator has ordered the AI startup Qorva AI to suspend its chatbot.", ["Italy's privacy regulator -banned-> Qorva AI"]],
    ['The Garante on Thursday ordered the US company Qorva AI to immediately block its chatbot.', ['Garante -banned-> Qorva AI']],
    ["Italy's privacy regulator ordered the Chinese developer Qorva AI to disable its assistant.", ["Italy's privacy regulator -banned-> Qorva AI"]],
    ["Italy's data protection authority told the startup Qorva AI to withdraw its chatbot service.", ['Garante -banned-> Qorva AI']],
    ["Italy's privacy regulator ordered Qorva AI to remove its chatbot from app stores.", ["Italy's privacy regulator -banned-> Qorva AI"]],
    ["South Korea's privacy watchdog ordered the Chinese AI firm Qorva AI to remove its app from local app stores.", ['Personal Information Protection Commission -banned-> Qorva AI']],
    ["Italy's privacy regulator ordered Qorva AI and Zenco Inc to remove their chatbots from app stores.", ["Italy's privacy regulator -banned-> Qorva AI", "Italy's privacy regulator -banned-> Zenco Inc"]],
  ])('"%s"', (text, claims) => {
    expect(banned(text)).toEqual(claims);
  });

  it.each([
    // Not ordered, or not yet.
    ["Italy's privacy regulator did not order Qorva AI to remove its chatbot from app stores.", []],
    ["Italy's privacy regulator may order the startup Qorva AI to remove its chatbot.", []],
    // The firm named is not the one described ("of"), nor is its product withheld.
    ["Italy's privacy regulator ordered the parent company of Qorva AI to remove its chatbot.", []],
    ["Italy's privacy regulator ordered the startup Qorva AI to remove its users' data.", []],
    ["Italy's privacy regulator ordered the Chinese AI startup Qorva AI to explain its chatbot.", []],
  ])('near miss "%s"', (text, claims) => {
    expect(banned(text)).toEqual(claims);
  });
});
