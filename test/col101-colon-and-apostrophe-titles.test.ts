import { describe, expect, it } from 'vitest';
import { claimsOf } from './extract-helpers';

// Helper col101 (stop 101), from a fresh sample of headset news whose game titles were cut at a colon or an apostrophe inside
// them: sentences made up for the tests.

describe('a title with a colon or a possessive inside it stays one name', () => {
  it.each([
    // A ban's verb before the title.
    ['Ruritania banned Iron Harbor: Rising last week.', ['Ruritania -banned-> Iron Harbor: Rising']],
    ['Ruritania blocked Iron Harbor: Rising in March.', ['Ruritania -banned-> Iron Harbor: Rising']],
    ['Ruritania prohibits Iron Harbor: Rising and Silent Tide: Reckoning.', ['Ruritania -banned-> Iron Harbor: Rising', 'Ruritania -banned-> Silent Tide: Reckoning']],
    // The title in apposition to a work's kind.
    ["Zenco's new game, Silent Tide: Reckoning, was banned in Ruritania.", ['Ruritania -banned-> Silent Tide: Reckoning', 'Zenco -develops-> Silent Tide: Reckoning']],
    // A maker's credit before a one-word subtitle closed by a comma.
    ['Zenco, the maker of Silent Tide: Reckoning, said sales rose.', ['Zenco -develops-> Silent Tide: Reckoning']],
    ['Zenco, the developer of Silent Tide: Reckoning, competes with Qorva.', ['Zenco -competes_with-> Qorva', 'Zenco -develops-> Silent Tide: Reckoning']],
    // An apposition naming the work's kind after the title.
    ['Iron Harbor: Rising, a VR shooter from Qorva, sold well.', ['Qorva -develops-> Iron Harbor: Rising']],
    ['Iron Harbor: Rising, a new shooter from Qorva, launched in May.', ['Qorva -develops-> Iron Harbor: Rising']],
    // A possessive inside a title after its maker's own possessive, straight or curly.
    ["Qorva's Baron’s Quest topped the charts.", ['Qorva -develops-> Baron’s Quest']],
    ['Qorva’s Baron’s Quest topped the charts.', ['Qorva -develops-> Baron’s Quest']],
    ["Qorva's Zembla’s Quest topped the charts.", ['Qorva -develops-> Zembla’s Quest']],
    ["Zenco's Vexa’s Wrath 2 sold well.", ['Zenco -develops-> Vexa’s Wrath 2']],
    ["Qorva's Zembla's Quest was banned in Ruritania.", ["Qorva -develops-> Zembla's Quest", "Ruritania -banned-> Zembla's Quest"]],
  ])('"%s"', (text, claims) => {
    expect(claimsOf(text).sort()).toEqual(claims);
  });

  it.each([
    // A headline's label, a list or a quote after a colon, a time.
    ['Zenco: We will appeal the ban.', []],
    ['Update: Qorva banned Zeta.', ['Qorva -banned-> Zeta']],
    ['Exclusive: Ruritania bans Zeta.', ['Ruritania -banned-> Zeta']],
    ['Ruritania banned three apps: Zeta, Vexa and Z9.', ['Ruritania -banned-> Vexa', 'Ruritania -banned-> Z9', 'Ruritania -banned-> Zeta']],
    ['Ruritania banned Zenco: The ministry said the firm broke the law.', ['Ruritania -banned-> Zenco']],
    ['Qorva said: "We will appeal."', []],
    ['At 10:30 Zenco launched Zeta.', ['Zenco -develops-> Zeta']],
    // Possessives with a curly apostrophe stay possessives.
    ['Zenco’s Zeta sold well.', ['Zenco -develops-> Zeta']],
    ['Ruritania banned Qorva’s Zeta app.', ['Qorva -develops-> Zeta', 'Ruritania -banned-> Zeta']],
    // Stacked possessives of a firm's unit, a kind after the name, a firm named before, a seller's launch.
    ["The ban covers Zenco's Vexa's Zeta app.", ['Vexa -develops-> Zeta']],
    ["Qorva makes the Zeta phone. Zenco's Qorva's Zeta deal fell through.", ['Qorva -develops-> Zeta']],
    ['Zenco released Qorva’s Zeta in Europe.', ['Qorva -develops-> Zeta']],
  ])('"%s" keeps today\'s reading', (text, claims) => {
    expect(claimsOf(text).sort()).toEqual(claims);
  });
});
