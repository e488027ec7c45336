import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper fpx97 (stop 97): a place takes no role it does not have. The state of a firm's address ("Zenco Foods of Dayton, Ohio,
// is recalling …") is no actor; the town after "maker of" is no made thing; the place after "rival in" is the market; a people's
// adjective before "-made" is where goods come from; an unknown state a firm quarrels with over taxes is no rival. Each keeps the
// place's own acts. Sentences written for the tests.

const claims = (text: string): string[] => scoredClaimsOf(text).filter((c) => !c.includes('-part_of->'));
const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe("an address's state is no actor", () => {
  it('the state after "of <town>," recalls nothing and bans nothing', () => {
    expect(banned('Zenco Foods Inc. of Dayton, Ohio, is recalling its Lumo pies.')).toEqual([]);
    expect(banned('Zenco Pet Nutrition LLC of Topeka, Kansas, is recalling 3,000 bags of Zeta dog food.')).toEqual([]);
    expect(banned('Zenco Inc. of Astoria, NY, is recalling 2,000 Zeta blenders.')).toEqual([]);
    expect(banned('Zenco Medical of Dayton, Ohio, banned staff from using ChatGPT.')).toEqual([]);
  });

  it('the firm before the address is the one recalling, as without one', () => {
    expect(develops('Zenco Medical of Dayton, Ohio, recalled 9,000 Zeta pacemakers.')).toEqual(['Zenco Medical -develops-> Zeta']);
    expect(develops('Zenco Medical Inc. of Dayton, Ohio, recalled 9,000 Zeta pacemakers.')).toEqual(['Zenco Medical Inc -develops-> Zeta']);
    expect(develops('Zenco Pet Nutrition LLC of Topeka, Kansas, is recalling 3,000 bags of Zeta dog food.')).toEqual(['Zenco Pet Nutrition LLC -develops-> Zeta']);
    expect(develops('Zenco Medical, based in Dayton, Ohio, recalled 9,000 Zeta pacemakers.')).toEqual(['Zenco Medical -develops-> Zeta']);
  });

  it("the address's firm keeps its rivalry", () => {
    expect(rivals('Zenco Medical of Dayton, Ohio, competes with Qorva Medical.')).toEqual(['Zenco Medical -competes_with-> Qorva Medical']);
  });

  it('a state acting, a list of states and another clause keep their claims or give none', () => {
    expect(banned('Ohio banned Zeta vapes last year.')).toEqual(['Ohio -banned-> Zeta']);
    expect(banned('The state of Ohio banned Zeta vapes.')).toEqual(['Ohio -banned-> Zeta']);
    expect(banned('Ohio, which banned Zeta vapes last year, said sales fell.')).toEqual(['Ohio -banned-> Zeta']);
    expect(banned('Zenco Inc., a firm in Dayton, Ohio, said Kansas banned its Zeta vapes.')).toEqual(['Kansas -banned-> Zeta']);
    expect(banned('Zeta vapes are banned in Ohio, Texas, and Utah.').sort()).toEqual(['Ohio -banned-> Zeta', 'Texas -banned-> Zeta', 'Utah -banned-> Zeta']);
  });

  it('no maker from the address when another recalls, nothing is recalled, or the goods are another\'s', () => {
    expect(develops('Zenco Medical of Dayton, Ohio, said Qorva Medical recalled 9,000 Zeta pacemakers.')).toEqual(['Qorva Medical -develops-> Zeta']);
    expect(develops('Zenco Medical of Dayton, Ohio, plans to recall 9,000 Zeta pacemakers.')).toEqual([]);
    expect(claims('Workers in Dayton, Ohio, recalled the Zeta pacemakers fondly.')).toEqual([]);
    expect(develops('The maker of Lumo, Qorva Medical, recalled 9,000 Zeta pacemakers.')).not.toContain('Lumo -develops-> Zeta');
    expect(develops('Zenco Medical of Dayton, Ohio, recalled 9,000 Zeta pacemakers made by Qorva Medical.')).not.toContain('Zenco Medical -develops-> Zeta');
  });
});

describe('a place is no maker and no made thing', () => {
  it('officials in a place recalling goods make none of them', () => {
    expect(develops('Officials in Ruritania are recalling 300,000 Lumo cars.')).toEqual([]);
    expect(develops('Zenco Motors in Ruritania recalled 300,000 Lumo cars.')).not.toContain('Ruritania -develops-> Lumo');
    expect(develops('Zenco Motors recalled 300,000 Lumo cars in Ruritania.')).toEqual(['Zenco Motors -develops-> Lumo']);
    expect(claims('Ruritania recalled its ambassador to Zembla.')).toEqual([]);
    // "at" a firm names the firm itself.
    expect(develops('Executives at Zenco Motors recalled 300,000 Lumo cars.')).toEqual(['Zenco Motors -develops-> Lumo']);
  });

  it('the town of an address after "maker of" or an owner is no made thing', () => {
    expect(develops('Zenco, a shoe maker of Portland, Oregon, said sales rose.')).toEqual([]);
    expect(develops('The agency inspected Zenco Nutrition\'s Velaton, MI facility.')).toEqual([]);
  });

  it('a made thing named before a comma keeps its maker', () => {
    expect(develops("Zenco is the maker of Zeta, Ohio's best-selling pie.")).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco is the maker of Lumo, Vexa and Zeta pies.').sort()).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Vexa', 'Zenco -develops-> Zeta']);
    expect(develops("Zenco Nutrition's Zeta, Lumo and Vexa bars sold well.").sort()).toEqual(['Zenco Nutrition -develops-> Lumo', 'Zenco Nutrition -develops-> Vexa', 'Zenco Nutrition -develops-> Zeta']);
  });

  it('a people\'s adjective before "-made" or "-built" makes nothing; a firm\'s name there does', () => {
    expect(develops('Zenco Inc sells an English-made tire called Lumo.')).not.toContain('English -develops-> Lumo');
    expect(develops('Zenco Inc sells Ruritanian-built cars such as the Lumo.')).not.toContain('Ruritanian -develops-> Lumo');
    expect(develops('Qorva Inc sells the Zenco-made Lumo tire.')).toEqual(['Zenco -develops-> Lumo']);
    expect(develops('Qorva Inc sells Zorch-made Lumo tires.')).toEqual(['Zorch -develops-> Lumo']);
  });
});

describe('the market of a rivalry and a taxing state are no rivals', () => {
  it('the place after "rival in" is the market; the rival after it stays', () => {
    expect(rivals("Qorva's main rival in Zembla is Zenco Inc.")).toEqual(['Qorva -competes_with-> Zenco Inc']);
    expect(rivals("Qorva's biggest rival in Ruritania is Zenco Inc.")).toEqual(['Qorva -competes_with-> Zenco Inc']);
    expect(rivals("Zenco Inc, Qorva Inc's rival in Zembla, cut prices.")).not.toContain('Qorva Inc -competes_with-> Zembla');
  });

  it('a rival found "in" a firm is that firm (the idiom)', () => {
    expect(rivals('Qorva Inc has found a new rival in Zenco Inc.')).toEqual(['Qorva Inc -competes_with-> Zenco Inc']);
    expect(rivals('Qorva Inc sees a strong challenger in Zenco Inc.')).toEqual(['Qorva Inc -competes_with-> Zenco Inc']);
  });

  it('rivals named after a place, or set in a market, keep their rivalry', () => {
    expect(rivals('Zenco Inc competes with Texas Instruments.')).toEqual(['Zenco Inc -competes_with-> Texas Instruments']);
    expect(rivals('Qorva Inc competes with Zenco Inc in Zembla.')).toEqual(['Qorva Inc -competes_with-> Zenco Inc']);
  });

  it('a quarrel over taxes with an unknown name is no rivalry; one with a firm over royalties or share is', () => {
    expect(rivals('Zenco locked horns with Ruritania over taxes.')).toEqual([]);
    expect(rivals('Zenco Inc locked horns with Qorva Inc over royalties.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Inc locked horns with Qorva Inc over market share.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
  });
});
