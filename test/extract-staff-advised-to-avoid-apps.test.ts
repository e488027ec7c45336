import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 83's second round (staff83): a ministry or public employer advising, asking or telling its own staff to avoid or refrain
// from using apps bans each app there, as "told officials to delete Zapp" does (staff-told-to-delete). Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('a body limiting its staff\'s use of apps', () => {
  it('"asked employees to refrain from using Zapp" bans it', () => {
    expect(banned("India's finance ministry asked employees to refrain from using Zapp on office computers.")).toEqual([
      "India's finance ministry -banned-> Zapp",
    ]);
  });

  it('"advised staff not to use A and B" bans each', () => {
    expect(banned("India's finance ministry advised staff not to use Zapp and Qorvchat.")).toEqual([
      "India's finance ministry -banned-> Qorvchat",
      "India's finance ministry -banned-> Zapp",
    ]);
  });

  it('"asked its employees to avoid using AI tools such as A and B" bans each', () => {
    expect(banned("Russia's finance ministry has asked its employees to avoid using AI tools such as Zapp and Qorvchat.")).toEqual([
      "Russia's finance ministry -banned-> Qorvchat",
      "Russia's finance ministry -banned-> Zapp",
    ]);
  });

  it('"advised its officers to avoid A, B and C on office devices" bans each', () => {
    expect(banned("Vietnam's interior ministry advised its officers to avoid Zapp, Zenbox and Qorvchat on office devices.")).toEqual([
      "Vietnam's interior ministry -banned-> Qorvchat",
      "Vietnam's interior ministry -banned-> Zapp",
      "Vietnam's interior ministry -banned-> Zenbox",
    ]);
  });

  it('"issued an advisory asking staff to refrain from downloading Zapp" bans it', () => {
    expect(banned("India's finance ministry issued an advisory asking staff to refrain from downloading Zapp.")).toEqual([
      "India's finance ministry -banned-> Zapp",
    ]);
  });

  it('forms that already worked still do', () => {
    expect(banned("India's finance ministry told officers to avoid tools like Zapp and Qorvchat on office computers.")).toEqual([
      "India's finance ministry -banned-> Qorvchat",
      "India's finance ministry -banned-> Zapp",
    ]);
    expect(banned("Vietnam's interior ministry barred civil servants from using Zapp, Zenbox and Qorvdrive on work computers.")).toEqual([
      "Vietnam's interior ministry -banned-> Qorvdrive",
      "Vietnam's interior ministry -banned-> Zapp",
      "Vietnam's interior ministry -banned-> Zenbox",
    ]);
  });
});

describe('guards', () => {
  it('a firm advising its customers, or a doctor advising, bans nothing', () => {
    expect(banned('Zenco advised users to avoid phishing links sent through Zapp.')).toEqual([]);
    expect(banned('Dr Vexa Lund advised patients to avoid Zapp late at night.')).toEqual([]);
  });

  it('advice to avoid a risk on an app bans no app', () => {
    expect(banned("India's finance ministry asked staff to avoid sharing passwords on Zapp.")).toEqual([]);
    expect(banned("India's finance ministry advised staff to avoid clicking Zapp links.")).toEqual([]);
    expect(banned("India's finance ministry urged officials to avoid mentioning Zenco.")).toEqual([]);
    expect(banned("India's finance ministry urged staff to avoid fake Zapp apps.")).toEqual([]);
    expect(banned("Vietnam's interior ministry advised officials to avoid travel to Zembla.")).toEqual([]);
    expect(banned("India's finance ministry urged staff to avoid confusion between Zapp and Qorvchat.")).toEqual([]);
  });

  it('plans, lifted advice, encouragement and users\' own choice ban nothing', () => {
    expect(banned("India's finance ministry is considering asking staff to avoid Zapp.")).toEqual([]);
    expect(banned("India's finance ministry withdrew its advice to avoid Zapp.")).toEqual([]);
    expect(banned("India's finance ministry encouraged staff to use Zapp.")).toEqual([]);
    expect(banned('Many users avoid Zapp because of its ads.')).toEqual([]);
  });
});
