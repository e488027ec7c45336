import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';
import { extractArticle } from '../src/pipeline/extract/extract-article';
import { defaultLexicon } from '../src/pipeline/lexicon/lexicon';

// Re-read rr93 of stop 93's first round (stopped deals, duties told after "said that"): the faults real-looking and written
// sentences showed, each with the phrasing the rule still reads. Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();
const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();
const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();
const actsOn = (text: string): string[] => [...banned(text), ...restricts(text)].sort();

describe('a ban verb holding a firm back "from buying": the verb\'s own reading stays', () => {
  it('"banned A from buying B", "barred A from buying chips", "banned A and B from merging" keep a claim on A', () => {
    expect(restricts('Norway banned Zenco Inc from buying Qorva Ltd.')).toEqual(['Norway -restricts-> Zenco Inc']);
    expect(actsOn('Norway barred Zenco Inc from buying American chips.')).toEqual(['Norway -banned-> Zenco Inc']);
    expect(restricts('Norway banned Zenco Inc and Qorva Ltd from merging.')).toEqual(['Norway -restricts-> Qorva Ltd', 'Norway -restricts-> Zenco Inc']);
  });

  it('a deal carried through ("going ahead with its open offer") is still only restricted, no ban', () => {
    const text = 'The Supreme Court restrained Zenco Holdings from going ahead with its open offer for Qorva Group.';
    expect(banned(text)).toEqual([]);
    expect(restricts(text)).toEqual(['Supreme Court -restricts-> Zenco Holdings']);
  });
});

describe('"said that X will pay duties": a firm named by the duty-setting body, not a state, nor on a condition', () => {
  it('a state said to pay the tariffs, or a duty on a condition, restricts no one', () => {
    expect(restricts('Norway said that Canada will pay the tariffs.')).toEqual([]);
    expect(restricts('The US Trade Agency said that Zenco Corp would pay duties of 20% if it fails to cooperate.')).toEqual([]);
    expect(restricts('The US Trade Agency said that Zenco Corp will face duties of 20% unless it cuts prices.')).toEqual([]);
  });

  it('a firm told it will pay a duty still is restricted', () => {
    expect(restricts('The US Trade Agency said that Zenco Corp will pay final anti-dumping duties of 9%.')).toEqual(['US Trade Agency -restricts-> Zenco Corp']);
  });
});

describe('a merger owned by a party named by a kind of several words is stopped, no ban', () => {
  it('"prohibited the private hospital group\'s proposed merger with B" bans no one', () => {
    expect(banned("The Competition Tribunal prohibited the private hospital group's proposed merger with Qorva Health.")).toEqual([]);
    expect(banned("The Competition Tribunal prohibited the group's proposed merger with Qorva Health.")).toEqual([]);
  });

  it('a possessed thing that is no deal is still banned', () => {
    expect(banned("Norway banned the Chinese-owned company's app Zeta.")).toEqual(['Norway -banned-> Zeta']);
  });
});

describe("a state's ban on goods from one of its own regions bans no region", () => {
  it('"Australia banned the export of raw logs from Tasmania" gives no ban', () => {
    expect(banned('Australia banned the export of raw logs from Tasmania in 2020.')).toEqual([]);
    expect(banned('Australia halted timber shipments from Tasmania in May.')).toEqual([]);
  });

  it("another state's region is still banned", () => {
    expect(banned('China halted log timber from Tasmania and Queensland from Wednesday.')).toEqual(['China -banned-> Queensland', 'China -banned-> Tasmania']);
  });
});

describe('a quoted run of capitalised words is one name, typed by what the sentence does with it', () => {
  it('a title released is still one product', () => {
    expect(develops("The album, 'Rain, Iron and Salt', was released by Zenco Records.")).toEqual(['Zenco Records -develops-> Rain, Iron and Salt']);
  });

  it('a slogan or a quoted headline clause is no product', () => {
    const names = (text: string): string[] => extractArticle({ id: 't', text }, defaultLexicon()).entities.map((e) => e.label);
    expect(names("Zenco's chief said 'Speed, Scale and Trust' define Qorva.")).not.toContain('Speed, Scale and Trust');
    expect(names("Zenco CEO says 'Qorva, Vexa And Plix Are Done'")).not.toContain('Qorva, Vexa And Plix Are Done');
  });
});

describe('an action "under its authority" is a designation only under a sanctions authority', () => {
  it("a regulator's action under its general or enforcement authority restricts no one", () => {
    expect(restricts('The FTC took action against Zenco Corp under its authority to police deceptive advertising.')).toEqual([]);
    expect(restricts('The SEC took action against Zenco Corp under its enforcement authority for misleading investors.')).toEqual([]);
  });

  it('an action under a counterterrorism authority or an executive order still restricts the firm', () => {
    expect(restricts('The Treasury took action against Zenco Bank under its counterterrorism authority.')).toEqual(['Treasury -restricts-> Zenco Bank']);
    expect(restricts('The Treasury took action against Zenco Bank pursuant to Executive Order 13224.')).toEqual(['Treasury -restricts-> Zenco Bank']);
  });
});
