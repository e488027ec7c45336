import { MEDICAL_AND_RIG_KINDS } from './cue-words';

// Moved out of relation-patterns.ts (helper fpx97) so that the pattern tables spread into it may use them too.

/** Kinds of goods whose maker recalls them by name (medical devices, vehicles, pet food and other food). */
export const RECALLED_KINDS = [...MEDICAL_AND_RIG_KINDS.flatMap((w) => [w, `${w}s`]), 'hip', 'hips', 'knee', 'knees', 'systems?', 'cars?', 'vehicles?', 'suvs?', 'trucks?', 'food', 'foods', 'treats'].join('|');
/**
 * What follows goods another made, which a retailer recalls: "recalled 500 Zeta pacemakers made by Qorva", "… from Qorva", "Zeta
 * toys, recalled by Walmart, were made by Qorva" (their maker named in the next words, a time between). Not a place the goods leave ("recalled its Zeta
 * treats from stores"), nor another firm's goods compared later ("…, weeks after a model made by Qorva failed"; review rr90d).
 */
export const RECALLED_OTHERS_GOODS = /^(?:made|produced|manufactured|built|sold|supplied|distributed|imported|marketed) |^(?:from|by|of) (?:the )?@\d+|^(?:[a-z0-9]+ ){0,3}?(?:, )?(?:(?:which|that|and) )?(?:(?:were|was|are|is|had been|have been|has been) )?(?:[a-z]+ly )?(?:made|manufactured|produced|built|developed|designed) by /;
