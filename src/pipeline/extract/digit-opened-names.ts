/**
 * Names that open with digits glued to a lower-case word: "12mall", "4zen", "37zigs" (helper names4, a family the lead saw in real news:
 * a marketplace so named was lost as subject, object and list member, because the tagger reads every such word as a number with
 * a unit). "1xBet", "22Bet" (a capital after the digits) were already read (unknown-names.ts, numberedBrand).
 * A measure or a count is no name: "12kg", "5mm", "40mn", "1990s", "3rd", "64bit", "20somethings"; so the letters must be three
 * or more and no unit, size, time or count word.
 */
const DIGITS_THEN_LOWER_WORD = /^(\p{N}{1,3})(\p{Ll}{3,})$/u;

/** Letters that, after a number, measure or count something (lower case, as news glues them to the number). */
const MEASURE_WORDS: ReadonlySet<string> = new Set((
  'mph kph kmh kwh mwh gwh twh ghz mhz khz thz mah mln mil mio min mins sec secs hrs yrs day days bit bits inch inches lbs fps bps kbps ' +
  'mbps gbps tbps sqm sqft pcs times fold ish year years yr month months week weeks hour hours minute minutes second seconds percent pct ' +
  'million billion thousand trillion gram grams kilo kilos meter meters metre metres litre litres liter liters feet foot mile miles ' +
  'yard yards ton tons tonne tonnes watt watts volt volts amp amps core cores way ways pack packs gen tier somethings something ' +
  'plus odd teen teens cent cents nit nits lux dpi ppi rpm bar mgs kgs kms mms cms gbs tbs mbs kbs pts bpd cal kcal ohm ohms ' +
  'seater seat seats door doors speed star stars point points pin pins piece pieces stroke strokes wheeler wheelers noon bed beds room rooms ' +
  'storey storeys floor floors lane lanes axle axles'
).split(' '));

/** Whether `surface` is a one-word name of digits and a lower-case word that measures or counts nothing ("12mall", "4zen"). */
export function isDigitOpenedName(surface: string): boolean {
  const m = DIGITS_THEN_LOWER_WORD.exec(surface);
  return m !== null && !MEASURE_WORDS.has(m[2]!);
}

