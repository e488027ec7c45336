import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// A rival named last in a list of the subject's buyers, partners or backers ("talks with buyers, including Vexa and rival Qorva")
// is the subject's rival, not the rival of the names listed before it. Sentences written for the tests.

const rivals = only('competes_with');

describe('"including A and rival B" after a counterpart noun', () => {
  it('the rival is the subject\'s', () => {
    expect(rivals(scoredClaimsOf('Zenco Inc is in talks with buyers, including Vexa Capital and rival Qorva Labs.'))).toEqual([
      'Zenco Inc -competes_with-> Qorva Labs',
    ]);
    expect(rivals(scoredClaimsOf('Zenco Inc has courted partners such as Lumo Systems, Vexa Capital and rival Qorva Labs.'))).toEqual([
      'Zenco Inc -competes_with-> Qorva Labs',
    ]);
    expect(rivals(scoredClaimsOf('Zenco Inc drew interest from several bidders, among them Vexa Capital and rival Qorva Labs, people said.'))).toEqual([
      'Zenco Inc -competes_with-> Qorva Labs',
    ]);
  });

  it('the names before the rival are not its rivals', () => {
    const claims = rivals(scoredClaimsOf('Zenco Inc sold stakes to investors including Vexa Capital, Brill Partners and rival Qorva Labs.'));
    expect(claims).not.toContain('Vexa Capital -competes_with-> Qorva Labs');
    expect(claims).not.toContain('Brill Partners -competes_with-> Qorva Labs');
  });
});

describe('guards', () => {
  it('a list of firms hit by an act keeps the rival of the name before it', () => {
    expect(rivals(scoredClaimsOf('Ruritania fined several firms, including Zenco Inc and rival Qorva Labs.'))).toEqual([
      'Zenco Inc -competes_with-> Qorva Labs',
    ]);
  });

  it('a list with no rival noun names no rival', () => {
    expect(rivals(scoredClaimsOf('Zenco Inc is in talks with buyers, including Vexa Capital and Qorva Labs.'))).toEqual([]);
    expect(rivals(scoredClaimsOf('Zenco Inc counts partners such as Vexa Capital and Qorva Labs.'))).toEqual([]);
  });

  it('a rival that is a person names no firm rival', () => {
    expect(rivals(scoredClaimsOf('Zenco Inc is in talks with buyers, including Vexa Capital and rival bidder John Smith.'))).toEqual([]);
  });
});
