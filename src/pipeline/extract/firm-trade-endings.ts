/**
 * Trade words that end a firm's name and seldom a made thing's: "Zenco Foods", "Qorva Brands", "Vexa Furniture", "Kappa Paints".
 * A name of two or more capitalised words ending in one is a firm's, wherever it stands (helper typ97a, real furniture, apparel,
 * food and device trade news: such firms the lexicon did not know stayed untyped before their verb, and every rule around them was
 * silent). Not the ambiguous plurals of FIRM_PLURALS ("Games", "Wines", "Estates" also name products and places), nor "Audio" or
 * "Kitchen" (a product's feature, a restaurant's room).
 */
export const FIRM_TRADE_ENDINGS: ReadonlySet<string> = new Set([
  'Brands', 'Foods', 'Ingredients', 'Furniture', 'Furnishings', 'Sciences', 'Apparel', 'Footwear', 'Paints', 'Coatings', 'Products',
  'Beverages', 'Appliances', 'Textiles', 'Cosmetics', 'Chemicals', 'Plastics', 'Packaging',
]);

/**
 * Words that name a trade's category or a firm's segment before such an ending: "Consumer Products revenue rose", "Home Furniture
 * sales fell", "Life Sciences grew 4%" speak of a segment, not of a firm called so.
 */
export const SEGMENT_OPENERS: ReadonlySet<string> = new Set(['Consumer', 'Home', 'Household', 'Personal', 'Health', 'Healthcare', 'Life', 'Food', 'Office', 'Outdoor', 'Specialty', 'Industrial', 'Performance', 'Baby', 'Pet', 'Beauty', 'Frozen', 'Packaged', 'Global', 'International', 'Other', 'Total', 'Branded', 'Private', 'Own', 'Core', 'New', 'Premium']);

/** Words of a segment's figures or a market after such a name: "Consumer Products sales", "Vela Foods division". */
export const SEGMENT_NOUNS_AFTER = /^(?:sales|revenue|revenues|segment|segments|division|divisions|unit|units|business|businesses|margin|margins|volume|volumes|category|categories|aisle|aisles|section|department|industry|sector|market|markets|prices|exports|imports|shipments|earnings|profit|profits)$/;
