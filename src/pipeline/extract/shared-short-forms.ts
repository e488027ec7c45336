import type { LearnedName } from './learned-names';

/** Last words of a parent's name, which its bare first word stands for: "Zenco Group", "Zenco Holdings", "Zenco Inc". */
const PARENT_TAILS = /\s(?:Group|Holdings|Holding|Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|PLC|plc|Co\.?|AG|SA|S\.A\.)$/;

/**
 * Short forms learned in one sentence, each for one name: "Zenco Group's unit Zenco Robotics built Zeta" teaches "Zenco" twice, and
 * the last taught (the unit) took the later "Zenco launched Vexa" (helper fls94, fresh sample s90e: a conglomerate's short form became
 * its telecom arm's node). A short form two names share goes to the parent ("… Group", "… Holdings", a legal form) when exactly one
 * is one; otherwise to neither, and the bare name stays a name of its own.
 */
export function unsharedShortForms(aliases: readonly [string, LearnedName][]): [string, LearnedName][] {
  if (aliases.length < 2) return [...aliases];
  const out: [string, LearnedName][] = [];
  for (const [alias, name] of aliases) {
    const names = aliases.filter(([a, n]) => a === alias && n.key !== name.key).map(([, n]) => n);
    if (names.length === 0) {
      out.push([alias, name]);
      continue;
    }
    const parents = [name, ...names].filter((n) => PARENT_TAILS.test(n.label));
    if (parents.length === 1 && parents[0] === name && !out.some(([a]) => a === alias)) out.push([alias, name]);
  }
  return out;
}
