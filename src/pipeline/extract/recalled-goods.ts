import { MEDICAL_AND_RIG_KINDS } from './cue-words';

// Moved out of relation-patterns.ts (helper fpx97) so that the pattern tables spread into it may use them too.

/**
 * Consumer goods that recall notices name after their brand (helper rcq97, from real food, toy, appliance and car recalls in US, UK
 * and Canadian news: "recalled 98,000 Zeta dehumidifiers", "is recalling its Lumo pies", "recalled 107,000 Vexa minivans"). Goods
 * only: not "players" or "models", whom a team or an agency recalls too ("recalled two Qorva players to the squad").
 */
export const RECALLED_GOODS_WORDS: readonly string[] = [
  // Vehicles.
  'minivans', 'vans', 'pickups', 'sedans', 'motorcycles', 'scooters', 'e-bikes', 'bicycles', 'bikes', 'buses',
  // Appliances and electronics.
  'dehumidifiers', 'humidifiers', 'heaters', 'fans', 'blenders', 'toasters', 'ovens', 'microwaves', 'fryers', 'kettles', 'dishwashers', 'dryers', 'refrigerators', 'fridges', 'freezers', 'stoves', 'cooktops', 'grills', 'cookers', 'lamps', 'chargers', 'batteries', 'laptops', 'phones', 'headphones', 'earbuds', 'cameras', 'televisions', 'vacuums', 'irons',
  // Toys and children's goods.
  'toys', 'dolls', 'strollers', 'cribs', 'highchairs', 'vests', 'helmets', 'rattles', 'teethers', 'pacifiers', 'puzzles', 'playsets', 'bouncers', 'pajamas', 'hoodies', 'jackets',
  // Food, counted or as a mass.
  'pies', 'cakes', 'cookies', 'biscuits', 'crackers', 'chips', 'crisps', 'bars', 'sausages', 'patties', 'burgers', 'nuggets', 'sticks', 'fillets', 'wraps', 'sandwiches', 'salads', 'cheeses', 'cheese', 'yogurts', 'yogurt', 'sauces', 'sauce', 'dressings', 'soups', 'snacks', 'candies', 'chocolates', 'chocolate', 'sprinkles', 'rolls', 'buns', 'muffins', 'dumplings', 'meals', 'noodles', 'spreads', 'dips', 'jerky', 'sausage', 'pesto', 'hummus', 'houmous', 'cereal', 'granola', 'ice cream',
];

/** Kinds of goods whose maker recalls them by name (medical devices, vehicles, pet food and other food, RECALLED_GOODS_WORDS). */
export const RECALLED_KINDS = [...MEDICAL_AND_RIG_KINDS.flatMap((w) => [w, `${w}s`]), 'hip', 'hips', 'knee', 'knees', 'systems?', 'cars?', 'vehicles?', 'suvs?', 'trucks?', 'food', 'foods', 'treats', ...RECALLED_GOODS_WORDS].join('|');

/** RECALLED_GOODS_WORDS as a set, for the name rules: a name a recall covers before one of them is the goods' brand. */
export const RECALLED_GOODS: ReadonlySet<string> = new Set([...RECALLED_GOODS_WORDS, 'cars', 'vehicles', 'trucks', 'suvs']);
/**
 * What follows goods another made, which a retailer recalls: "recalled 500 Zeta pacemakers made by Qorva", "… from Qorva", "Zeta
 * toys, recalled by Walmart, were made by Qorva" (their maker named in the next words, a time between). Not a place the goods leave ("recalled its Zeta
 * treats from stores"), nor another firm's goods compared later ("…, weeks after a model made by Qorva failed"; review rr90d).
 */
export const RECALLED_OTHERS_GOODS = /^(?:made|produced|manufactured|built|sold|supplied|distributed|imported|marketed) |^(?:from|by|of) (?:the )?@\d+|^(?:[a-z0-9]+ ){0,3}?(?:, )?(?:(?:which|that|and) )?(?:(?:were|was|are|is|had been|have been|has been) )?(?:[a-z]+ly )?(?:made|manufactured|produced|built|developed|designed) by /;

