/**
 * Helper typing (stop 103), from the last fresh sample's readers, whose largest cause of misses was a name no reading typed: a
 * maker's components, kits and courses named before their kind ("its Zeta cells", "their Plix battery packs", "its Zeta blood
 * test", "its Plix screening kits", "its Zeta coding course"). These kinds type the name before them only after an owner ("its",
 * "their", a possessive: name-rules.ts, isOwnedDevicePlural) and where the noun phrase ends, as the medical-device plurals do:
 * alone each of them names too much else ("a terror cell", "a Senate panel", "a golf course", "the Zembla test flight"), and a
 * bare plural after a name is as often its maker's ("Zenco batteries").
 */

/** Energy and electronic parts a firm sells under a brand: modules, packs, batteries, chargers, inverters, sensors. */
const COMPONENT_KINDS: readonly string[] = ['module', 'pack', 'battery', 'charger', 'inverter', 'sensor'];

/**
 * Parts named only in the plural: a singular cell or panel after an owner is as often a group ("its Zembla cell was broken up",
 * "the committee said its Zeta panel would meet").
 */
const PLURAL_ONLY_KINDS: readonly string[] = ['cells', 'panels'];

/** Health and learning services sold under a name: a test ("blood test"), a kit ("screening kit"), a course. */
const SERVICE_KINDS: readonly string[] = ['test', 'kit', 'course'];

/** Plural of a kind: "battery" → "batteries". */
const plural = (w: string): string => (w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}s`);

/** The kinds, singular and plural, that type a name after its owner. */
export const OWNED_COMPONENT_KINDS: ReadonlySet<string> = new Set([...[...COMPONENT_KINDS, ...SERVICE_KINDS].flatMap((w) => [w, plural(w)]), ...PLURAL_ONLY_KINDS]);
