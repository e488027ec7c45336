import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf } from './extract-helpers';

// Helper cap101 (stop 101), from text pasted from news pages whose photo caption and credit ran into the next sentence:
// sentences made up for the tests.

describe('a photo credit run into the next sentence is cut out, the caption and the sentence read apart', () => {
  it.each([
    ['The Zeta phone at a trade show Getty Images Zenco launched the Zeta phone in March.', ['Zenco -develops-> Zeta']],
    ['Qorva chief executive at the launch event Reuters/Jane Doe Qorva unveiled the Vexa chip on Tuesday.', ['Qorva -develops-> Vexa']],
    ['Shoppers look at Vexa tablets AFP via Getty Images Qorva makes the Vexa tablet.', ['Qorva -develops-> Vexa']],
    ['Photo: Getty Images Zenco has launched the Zeta watch.', ['Zenco -develops-> Zeta']],
    ['Credit: Jane Doe/Bloomberg Zenco launched the Zeta glasses.', ['Zenco -develops-> Zeta']],
    ['The Zeta headset in a shop window AP Photo/John Roe Zenco launched the Zeta headset.', ['Zenco -develops-> Zeta']],
    ["Image: Qorva Qorva's Vexa app was pulled from stores.", ['Qorva -develops-> Vexa']],
    ["Qorva's new Vexa chip (Image credit: Qorva) Qorva said the Vexa chip ships in May.", ['Qorva -develops-> Vexa']],
    ["Zenco's Zeta speaker (Photo: Zenco) Qorva competes with Zenco.", ['Qorva -competes_with-> Zenco', 'Zenco -develops-> Zeta']],
    ['Picture: Zenco Qorva and Zenco are rivals.', ['Qorva -competes_with-> Zenco']],
    ['Zenco chief executive at the launch event Reuters/Jane Doe India blocked Zeta on Friday.', ['India -banned-> Zeta']],
    ['The Z9 module at a trade show. AFP India banned the Z9 module last week.', ['India -banned-> Z9']],
    ['The Zeta phone in a shop Bloomberg India banned the Zeta phone.', ['India -banned-> Zeta']],
    ['The Zeta app on a phone Photo by Jane Doe/Reuters Russia bans Zeta app', ['Russia -banned-> Zeta']],
    // A label whose words go on as a sentence or a caption: the label alone is cut.
    ["Image: Zenco's Zeta phone on display in Delhi.", ['Zenco -develops-> Zeta']],
    ['The Vexa phone in a shop window Photo: Qorva launched the Vexa phone in May.', ['Qorva -develops-> Vexa']],
    // The credit's agency is no node, and is nobody's maker.
    ['The Zeta phone on display Bloomberg Zenco will stop selling the Zeta phone.', []],
  ])('"%s"', (text, claims) => {
    expect(claimsOf(text).filter((c) => !c.includes('-part_of->'))).toEqual(claims);
  });

  it.each([
    ['Zenco chief executive at the launch event Reuters/Jane Doe\nIndia blocked Zeta on Friday.', ['India', 'Zenco', 'Zeta']],
    ['The Zeta app on a phone. Reuters/Jane Doe\nRussia has blocked the Zeta app, Zenco said.', ['Russia', 'Zeta']],
    ["Qorva's new Vexa chip (Image credit: Qorva) Qorva said the Vexa chip ships in May.", ['Qorva', 'Vexa']],
  ])('leaves no node of the credit: "%s"', (text, nodes) => {
    expect(entitiesOf(text).map((e) => e.replace(/ \(.*$/, '')).sort()).toEqual(nodes);
  });
});

describe('words of credits that are words of the sentence stay', () => {
  it.each([
    ['Photo app Zeta was banned by India.', ['India -banned-> Zeta']],
    ["Zenco's Image Studio app was banned in India.", ['India -banned-> Image Studio', 'Zenco -develops-> Image Studio']],
    ["Qorva's Vexa Image Search was blocked by Brazil.", ['Brazil -banned-> Vexa Image Search', 'Qorva -develops-> Vexa Image Search']],
    ['India banned Zeta, Reuters reported.', ['India -banned-> Zeta']],
    ['Zenco told Reuters that India banned Zeta.', ['India -banned-> Zeta']],
    ['LONDON (Reuters) - India banned Zeta.', ['India -banned-> Zeta']],
    ['Photo: A Zeta phone on sale in Delhi. India banned the Zeta phone.', ['India -banned-> Zeta']],
    ['Credit Suisse banned the Zeta app.', ['Credit Suisse -banned-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(claimsOf(text).filter((c) => !c.includes('-part_of->'))).toEqual(claims);
  });

  it.each([
    ['India banned Zeta, Reuters reported.', 'Reuters'],
    ['Zenco told Reuters that India banned Zeta.', 'Reuters'],
    ['Zenco sued Getty Images Inc. over the Zeta photos.', 'Getty Images'],
    ['Data from Bloomberg News showed India banned Zeta.', 'Bloomberg'],
  ])('keeps the agency a sentence names: "%s"', (text, node) => {
    expect(entitiesOf(text).some((e) => e.startsWith(node))).toBe(true);
  });
});
