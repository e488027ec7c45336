/**
 * Words between a clause's subject and a state's measure it undergoes, named by the state's adjective (stop 95, helper rsx95,
 * fresh sample s92a: "Zenco has been targeted by numerous Ruritanian sanctions", "Zenco has been the target of successive rounds
 * of Ruritanian export controls", "Zenco succumbed to Ruritanian export controls" were missed).
 */

/** Counts and growth before a measure's noun: "numerous US sanctions", "increasing sanctions from the EU" (then a noun, no verb). */
export const MEASURE_QUANTIFIERS: ReadonlySet<string> = new Set([
  'numerous', 'several', 'multiple', 'many', 'various', 'successive', 'repeated', 'increasing', 'mounting', 'growing', 'escalating',
  'multiplying', 'ever-tighter', 'ever-stricter', 'rolling', 'wide-ranging', 'far-reaching', 'comprehensive', 'sectoral',
]);

/** Nouns of a batch of measures, before "of": "successive rounds of US export controls", "a raft of sanctions". */
export const MEASURE_BATCHES: ReadonlySet<string> = new Set([
  'round', 'rounds', 'wave', 'waves', 'series', 'raft', 'string', 'slew', 'barrage', 'batch', 'batches', 'spate', 'volley', 'flurry',
  'package', 'packages', 'tranche', 'tranches', 'web', 'layers', 'layer',
]);

/** Words before "to" by which the subject undergoes the measure after it: "is subject to", "was subjected to", "succumbed to". */
export const UNDERGOING_TO: ReadonlySet<string> = new Set(['subject', 'subjected', 'succumbed', 'succumbs', 'succumb']);

/**
 * The trade a measure falls on, written before its noun: "faces a US import ban", "Zeta phones face a Ruritanian sales ban" (helper
 * nominal). The measure still falls on the subject that faces it, its goods being what is kept out.
 */
export const MEASURE_TRADE_MODIFIERS: ReadonlySet<string> = new Set(['import', 'imports', 'sales', 'sale']);
