import { describe, expect, it } from 'vitest';
import { claimsOf } from './extract-helpers';

// Helper beh102 (stop 101), from real news whose makers were missed: sentences made up for the tests.

const of = (relation: string) => (text: string): string[] => claimsOf(text).filter((c) => c.includes(`-${relation}->`));
const makers = of('develops');
const rivals = of('competes_with');

describe('a firm called the brain or the mastermind behind a thing makes it', () => {
  it.each([
    ['Zenco is the brain behind the Zeta robot.', ['Zenco -develops-> Zeta']],
    ['Zenco was the mastermind behind Zeta.', ['Zenco -develops-> Zeta']],
    ['Zenco, the brain behind the Zeta robot, raised $5 million.', ['Zenco -develops-> Zeta']],
    ['Qorva, the mastermind behind Vexa, hired staff.', ['Qorva -develops-> Vexa']],
  ])('"%s"', (text, claims) => {
    expect(makers(text)).toEqual(claims);
  });

  it.each([
    ['Tom Bell is the brain behind Zeta.'],
    ['Qorva is the mastermind behind the attack on Zenco.'],
    ['Qorva is the investor behind Zenco.'],
  ])('near miss "%s"', (text) => {
    expect(makers(text)).toEqual([]);
  });
});

describe('a fronted making participle whose maker follows a place or a time', () => {
  it.each([
    ['Developed in Ohio by Qorva Industries, the humanoid robot Vexa MK1 walks.', ['Qorva Industries -develops-> Vexa MK1']],
    ['Designed in California by Qorva Labs, Vexa is a robot.', ['Qorva Labs -develops-> Vexa']],
    ['Built in Texas by Zenco and Qorva, Zeta is a drone.', ['Qorva -develops-> Zeta', 'Zenco -develops-> Zeta']],
    ['Originally developed at a lab in Ohio by Zenco, Zeta now runs on phones.', ['Zenco -develops-> Zeta']],
    ['Developed in Texas by Qorva, the robot Vexa walks.', ['Qorva -develops-> Vexa']],
  ])('"%s"', (text, claims) => {
    expect(makers(text)).toEqual(claims);
  });

  it.each([
    ['Developed in Ohio, the robot Vexa walks.'],
    ['Sold in Ohio by Qorva, the robot Vexa walks.'],
    ['Funded in Texas by Qorva, the robot Vexa walks.'],
    ['Developed in Ohio by engineers, the Vexa robot walks.'],
  ])('near miss "%s"', (text) => {
    expect(makers(text)).toEqual([]);
  });
});

describe('partners in the creation of a thing introduced by its kind and its name', () => {
  it.each([
    ['Audiz partnered with Qorva in the creation of a feature called Qorva Beats.', ['Audiz -develops-> Qorva Beats', 'Qorva -develops-> Qorva Beats']],
    ['Audiz worked with Qorva on the development of a new app named Zeta.', ['Audiz -develops-> Zeta', 'Qorva -develops-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(makers(text)).toEqual(claims);
  });

  it.each([
    ['The study is a collaboration between Zenco and the University of Ohio on research.'],
  ])('near miss "%s"', (text) => {
    expect(makers(text)).toEqual([]);
  });
});

describe('a firm taking on its rivals with a named thing brings its own thing, no rival', () => {
  it.each([
    ['Zenco takes on rivals with Zenco Hub, a cloud service.', ['Zenco -develops-> Zenco Hub'], []],
    ['Zenco takes aim at rivals with the Zeta phone.', ['Zenco -develops-> Zeta'], []],
    ['Zenco took on its bigger rivals with the new Zeta chip.', ['Zenco -develops-> Zeta'], []],
    ['Zenco takes on Qorva with Zenco Hub, a cloud service.', ['Zenco -develops-> Zenco Hub'], ['Zenco -competes_with-> Qorva']],
    ['Zenco takes on Qorva and Vexa with Zeta, a cheap phone.', ['Zenco -develops-> Zeta'], ['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']],
  ])('"%s"', (text, made, rivalled) => {
    expect(makers(text)).toEqual(made);
    expect(rivals(text)).toEqual(rivalled);
  });

  it.each([
    ['Zenco takes on rivals with partner Qorva.'],
    ["Zenco takes on rivals with Qorva's help."],
    ["Zenco takes on Qorva with Vexa's chips."],
    ['Zenco takes on rivals with its Vexa acquisition.'],
    ['Zenco took on Qorva with Vexa funding.'],
    ['Zenco is the sponsor of Zenco Trust, while its unit, Zenco Ops, manages it.'],
  ])('near miss "%s"', (text) => {
    expect(makers(text)).toEqual([]);
  });

  it('keeps rivals named after "takes on"', () => {
    expect(rivals('Zenco takes on rivals Qorva and Vexa.')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
  });
});
