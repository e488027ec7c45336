import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 60, from stop 59's readers: a platform's or a rival's name before the thing made, lists updated "to include" new members,
// and firms "on a" state's blacklist. Sentences written for the tests.

describe('a name that only qualifies the thing made', () => {
  it.each([
    ['Zentrix developed an iPhone app called Zapply.', 'Zentrix -develops-> Zapply'],
    ['Canonical develops a Linux distribution called Ubuntu.', 'Canonical -develops-> Ubuntu'],
    ['Xiaomi makes an Android phone called the Mi 5.', 'Xiaomi -develops-> Mi 5'],
  ])('"%s" makes the thing named, not its platform', (text, claim) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual([claim]);
  });

  it.each([['Zentrix built a Chrome extension that blocks ads.'], ['Zentrix makes Android apps.'], ['Zentrix launched a ChatGPT competitor last week.'], ['Zentrix launched a ChatGPT rival called Zenobot.']])('"%s" makes no platform', (text) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual([]);
  });

  it('a thing named before its kind is still made', () => {
    expect(only('develops')(scoredClaimsOf('Zentrix launched the Zapply app in 2019.'))).toEqual(['Zentrix -develops-> Zapply']);
    expect(only('develops')(scoredClaimsOf("Zentrix's Zapply app is popular."))).toEqual(['Zentrix -develops-> Zapply']);
    expect(only('develops')(scoredClaimsOf('Xiaomi released the Mi 5 phone.'))).toEqual(['Xiaomi -develops-> Mi 5']);
  });
});

describe('a platform before the thing a passive says was made', () => {
  it('"a Linux distribution developed by Canonical" makes no Linux', () => {
    expect(only('develops')(scoredClaimsOf('Zenbuntu is a Linux distribution developed by Canonical.'))).not.toContain('Canonical -develops-> Linux');
  });

  it('"Zapster, an iPhone app made by Zentrix" makes the app set off before it', () => {
    expect(only('develops')(scoredClaimsOf('Zapster, an iPhone app made by Zentrix, is popular.'))).toEqual(['Zentrix -develops-> Zapster']);
  });

  it('a thing named before its kind is still made by the agent', () => {
    expect(only('develops')(scoredClaimsOf('The Zapply app, made by Zentrix, is popular.'))).toEqual(['Zentrix -develops-> Zapply']);
  });
});

describe('a list updated to include its new members', () => {
  it.each([
    ['China updated its export control list to include Skydio and Lockheed Martin.', ['China -restricts-> Lockheed Martin', 'China -restricts-> Skydio']],
    ['The United States expanded its trade blacklist to cover SMIC and YMTC.', ['United States -restricts-> SMIC', 'United States -restricts-> YMTC']],
  ])('"%s"', (text, claims) => {
    expect(only('restricts')(scoredClaimsOf(text)).sort()).toEqual(claims);
  });

  it('an updated list that restricts nothing names no members', () => {
    expect(only('restricts')(scoredClaimsOf('China updated its list to include Skydio.'))).toEqual([]);
  });
});

describe('a firm "on a" state\'s blacklist', () => {
  it.each([['Huawei is on a US blacklist.'], ['Huawei, which is on a US trade blacklist, sells phones.'], ['Huawei was added to a US trade blacklist in 2019.']])('"%s"', (text) => {
    expect(only('restricts')(scoredClaimsOf(text))).toEqual(['United States -restricts-> Huawei']);
  });

  it('"a list" of anything else restricts nobody, even after a ban', () => {
    expect(only('restricts')(scoredClaimsOf('The United States banned Zapply in May. Zentrix is on a list of the largest firms.'))).toEqual([]);
  });
});

describe('peers at war', () => {
  it.each([['Samsung and Apple were locked in a format war.'], ['Google and Microsoft are at war over search.'], ['Nintendo and Samsung fought a console war in the 1990s.']])('"%s" compete', (text) => {
    expect(only('competes_with')(scoredClaimsOf(text))).toHaveLength(1);
  });

  it('a patent war is a dispute, and states at war are no rivals', () => {
    expect(only('competes_with')(scoredClaimsOf('Samsung and Apple fought a patent war.'))).toEqual([]);
    expect(only('competes_with')(scoredClaimsOf('Russia and Ukraine are at war.'))).toEqual([]);
  });
});
