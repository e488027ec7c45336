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
