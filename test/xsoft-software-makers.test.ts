import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './extract-helpers';

// Helper xsoft, from real news on software (browsers, office suites, work apps, AI assistants): makers linked to the wrong names or
// lost. Sentences made up for the tests.

const develops = (text: string): string[] => only('develops')(claimsOf(text));

describe('the platforms a kind of product is for are not made by its maker', () => {
  it.each([
    ['Plix is a note-taking app for Windows, macOS and Android, developed by Zenco.', ['Zenco -develops-> Plix']],
    ['Plix is an office suite for Windows and Linux, developed by Zhuhai-based software maker Zenco.', ['Zenco -develops-> Plix']],
    ['Plix is a browser for Windows, made by Zenco Labs.', ['Zenco Labs -develops-> Plix']],
  ])('"%s"', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });

  it.each([
    // No kind of product before "for": the name after it is what was made.
    ['Users asked for Plix, developed by Zenco.', 'Zenco -develops-> Plix'],
    ['The Vexa phone runs Plix, developed by Zenco.', 'Zenco -develops-> Plix'],
  ])('"%s" keeps its maker', (text, claim) => {
    expect(develops(text).some((c) => c.startsWith(claim))).toBe(true);
  });
});

describe('each member of a list with its own bracketed maker is that maker\'s alone', () => {
  it.each([
    ['Among those tools were Plix (owned by Zenco) and Vexa Work (owned by Qorva).', ['Qorva -develops-> Vexa Work', 'Zenco -develops-> Plix']],
    ['Rivals include Plix (owned by Alibaba) and Vexa Work (owned by Tencent).', ['Alibaba -develops-> Plix', 'Tencent -develops-> Vexa Work']],
    ['Plix (made by Zenco) and Vexa (made by Qorva) both gained users.', ['Qorva -develops-> Vexa', 'Zenco -develops-> Plix']],
    ['Plix (developed by Zenco) and Vexa (developed by Qorva) both gained users.', ['Qorva -develops-> Vexa', 'Zenco -develops-> Plix']],
  ])('"%s"', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });

  it.each([
    // One bracket after the last member may tell of the whole list: left to it.
    ['Plix and Vexa (owned by Zenco) both gained users.', ['Zenco -develops-> Plix', 'Zenco -develops-> Vexa']],
    ['Plix (owned by Zenco) gained users last year.', ['Zenco -develops-> Plix']],
  ])('"%s" is read as before', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });
});

describe('a firm\'s kind set off after its product, then the kind\'s launch time', () => {
  it.each([
    ['Qorva signed up customers for Plixo, its conversational AI chatbot launched in 2023.', ['Qorva -develops-> Plixo']],
    ['Qorva signed up customers for Plixo, its AI chatbot released last year.', ['Qorva -develops-> Plixo']],
    ['Zenco said Plixo, its chatbot launched in 2023, grew.', ['Zenco -develops-> Plixo']],
  ])('"%s"', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });

  it.each([
    // Not a rival set off after the name, nor a clause's own verb after "its" with no name.
    'Zenco bought Qorva, its rival launched in 2019.',
    'Zenco said its chatbot launched in 2023 and grew.',
  ])('"%s" names no maker', (text) => {
    expect(develops(text)).toEqual([]);
  });
});
