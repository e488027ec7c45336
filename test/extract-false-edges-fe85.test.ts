import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper fe85, from a fresh sample's false edges: "respective" lists read across, writers and namers read as makers, a firm
// ending its own thing read as a ban, a trade name or an owner after "operates as / under" read as a thing made, and a
// group's utility or finance arm read as the group's product. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('"respective" pairs by place or not at all', () => {
  it('never pairs across: a list "with their respective services" after three firms gives no maker to all three', () => {
    expect(develops('Zenco, Qorva and Vexa, with their respective services Lumo, Nova and Zeta, dominate the market.')).toEqual([]);
    expect(develops('Zenco, Qorva and Vexa, with their respective chatbots Lumo, Nova and Zeta, lead the field.')).toEqual([]);
    expect(develops('Zenco and Qorva, whose respective apps Lumo and Nova are popular, merged.')).toEqual([]);
  });

  it('still pairs by place where both lists are the clause\'s', () => {
    expect(develops('Zenco and Qorva released their respective chatbots Lumo and Nova on Tuesday.')).toEqual(['Qorva -develops-> Nova', 'Zenco -develops-> Lumo']);
    expect(develops('Zenco and Qorva unveiled their respective models, Lumo and Nova.')).toEqual(['Qorva -develops-> Nova', 'Zenco -develops-> Lumo']);
    expect(develops('Zenco and Qorva are launching their Zeta 4 and Vexa One consoles next month.')).toEqual(['Qorva -develops-> Vexa One', 'Zenco -develops-> Zeta 4']);
  });

  it('"respective" before no name leaves a maker\'s list whole', () => {
    expect(develops('Zenco launched Lumo and Nova in their respective markets.')).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Nova']);
  });
});

describe('writing about a thing, or naming it, is not making it', () => {
  it('a post, a report or a study published about a thing names no maker', () => {
    expect(develops("Zenco's research group published a post analysing the Qorva framework.")).toEqual([]);
    expect(develops('Zenco published a report analysing the Qorva framework.')).toEqual([]);
    expect(develops('Zenco released a study of the Qorva app on Monday.')).toEqual([]);
  });

  it('a thing "dubbed" or "named" by a firm was named by it', () => {
    expect(develops('The spyware, dubbed Qorva by security firm Zembla, targeted journalists.')).toEqual([]);
    expect(develops('The botnet, nicknamed Vexa by Zenco, spread fast.')).toEqual([]);
  });

  it('a maker still publishes, releases and builds its own things', () => {
    expect(develops('Zenco published Qorva, a new game.')).toEqual(['Zenco -develops-> Qorva']);
    expect(develops("Zenco's lab published the Qorva model on Monday.")).toEqual(['Zenco -develops-> Qorva']);
    expect(develops('The Qorva chatbot, built by Zenco, went viral.')).toEqual(['Zenco -develops-> Qorva']);
  });
});

describe('a firm ending or pausing its own thing bans nothing', () => {
  it('"the shutdown of", "the closure of" by a firm', () => {
    expect(banned('Zenco announced the shutdown of Qorvo.')).toEqual([]);
    expect(banned('Zenco confirmed the closure of Qorvo next month.')).toEqual([]);
  });

  it('a firm suspending or blocking its own thing', () => {
    expect(banned('Zenco suspended its Vexa store in Ruritania.')).toEqual([]);
    expect(banned('Zenco has suspended its popular Vexa store in Ruritania.')).toEqual([]);
  });

  it('a state\'s shutdown or suspension still bans, and so does a firm\'s ban of another\'s app', () => {
    expect(banned('Russia ordered the shutdown of Qorvo.')).toEqual(['Russia -banned-> Qorvo']);
    expect(banned('Iran announced the closure of Qorvo.')).toEqual(['Iran -banned-> Qorvo']);
    expect(banned('Ruritania suspended Zenco and its Vexa app.')).toEqual(['Ruritania -banned-> Vexa', 'Ruritania -banned-> Zenco']);
    expect(banned("Zenco banned its employees from using Qorva's Lumo app.")).toEqual(['Zenco -banned-> Lumo']);
    expect(banned('Zenco suspended Vexa from its app store.')).toEqual(['Zenco -banned-> Vexa']);
  });
});

describe('"operates as", "operates under" name a trade name or an owner', () => {
  it('no thing made', () => {
    expect(develops('Zenco LLC, which operates publicly as Qorva, sells chips.')).toEqual([]);
    expect(develops('Zenco operates as Qorva in Ruritania.')).toEqual([]);
    expect(develops('Vexa operates under the ownership of Zenco.')).toEqual([]);
  });

  it('a firm still operates its service', () => {
    expect(develops('Zenco operates Vexa, a streaming service.')).toEqual(['Zenco -develops-> Vexa']);
  });
});

describe('a group\'s arm named after it is a firm of its own', () => {
  it('"Zenco Power", "Zenco Motors" make no product of the group', () => {
    expect(develops('Tata Power signed a deal with Zenco to supply electricity.')).toEqual([]);
    expect(develops('Tata Motors said sales rose.')).toEqual([]);
  });
});
