/**
 * Measures written glued to their number before a product's name: "the 48MP ZV48 sensor", "its 40W Vexa charger", "the 12V Orra
 * drill", "the 16,500sph Zeta press", "Zenco's 120Hz Plix display". A measure describes the product; it starts no name and stands
 * between a possessive and the owned name as a describing word does. One list of units for the name rules (name-rules.ts: such a
 * token is no name's word), the sentence's words (abstract-sentence.ts: left out after a possessive) and the possessive makers'
 * template (relation-patterns.ts), so that they do not drift apart (helper glued: the name rules knew "W" and "Hz", the other two
 * did not, and "V", "sph", "ppm" were known to none, so "12V Orra" was one name and "Zenco's 40W Vexa charger" gave no maker).
 *
 * Never a unit that is also a firm's or a grade's glued letter: "3M", "2K Games", "5G", "4K" (leading-grades.ts reads the grades).
 */
const UNITS: readonly string[] = [
  // Mass, size and engines.
  't', 'kg', 'mg', 'lb', 'lbs', 'cc', 'hp', 'bhp', 'nm', 'mm', 'cm', 'km', 'ft', 'in', 'ml', 'Nm',
  // Memory and data, in bytes and in bits ("their 2Gb Zeta-RAM": helper dvl93).
  'MP', 'Mp', 'GB', 'TB', 'MB', 'KB', 'Gb', 'Tb', 'Mb', 'Kb', 'Gbit', 'Mbit', 'Tbit', 'Gbps', 'Mbps', 'Tbps',
  // Power, charge and frequency.
  'mAh', 'Ah', 'V', 'kV', 'mW', 'W', 'kW', 'MW', 'GW', 'Wh', 'kWh', 'MWh', 'GWh', 'TWh', 'Hz', 'kHz', 'GHz', 'MHz',
  // Rates: frames, sheets and pages, speed, turns, pressure, light, sound, resolution.
  'fps', 'sph', 'iph', 'ppm', 'mph', 'kph', 'rpm', 'psi', 'lm', 'dB', 'dpi', 'ppi',
];

/** The units as one alternation in lower case, for text read in lower case (templates) or any case (`i`). */
export const GLUED_MEASURE_UNITS = [...new Set(UNITS.map((u) => u.toLowerCase()))].sort((a, b) => b.length - a.length).join('|');

/** A number (its thousands glued on: "5,000mAh") with a unit glued after it, in the case written. */
const GLUED_MEASURE = new RegExp(`^\\p{N}[\\p{N},.]*(?:${[...UNITS].sort((a, b) => b.length - a.length).join('|')})$`, 'u');

/** Whether a token is a measure glued to its number, in the case written ("40W", "12V", "500sph"; not "3M" nor "5G"). */
export const isGluedMeasure = (text: string): boolean => GLUED_MEASURE.test(text);
