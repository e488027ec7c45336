/**
 * Helper kinds, from news on e-bike, scooter and mobility firms: a trade word in camel case right after a name ends a firm's name
 * ("Zorbo eBikes recalled its E5 model", "Lumo eScooters launched the Zip 3", "Vexa eLearning"). The tokenizer reads such "e" words
 * as common nouns (tokens.ts, GENERIC_E_WORD: "made big eCommerce acquisitions"), so the name was cut before them and a plural kind
 * after it typed the firm a product. A plural or a trade's word glued after a capitalised name is the firm's own; a singular kind of
 * goods ("the Zorbo eBike", "its Vexa eReader") still says what the named thing is.
 */

/** The camel-case "e" words that end firms' names: plurals of goods, and trades (not a singular kind of goods). */
const CAMEL_TRADE_TAIL = /^e(?:Commerce|Business|Learning|Sports|Health|Money|Cash|Waste|Mobility|Bikes|Scooters|Books|Readers|Payments|Wallets|Tickets|Fuels)$/u;

/** Whether `text` is a camel-case trade word that ends a firm's name after a capitalised word ("eBikes", "eLearning"). */
export function isCamelTradeTail(text: string): boolean {
  return text.length > 4 && text.charCodeAt(0) === 101 && CAMEL_TRADE_TAIL.test(text);
}
