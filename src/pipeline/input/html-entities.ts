import { windows1252CodePoint } from './windows-1252';

/**
 * HTML character references: numeric (`&#8217;`, `&#x2019;`) and the named ones that occur in
 * news pages (quotes, dashes, spaces, accented Latin letters, symbols). Unknown names are left
 * as written, so "AT&T" stays "AT&T".
 */

const NAMED = new Map<string, string>(
  Object.entries({
    amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
    // Spaces: a non-breaking space reads as a space in extracted text.
    nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', shy: '', zwj: '\u200d', zwnj: '\u200c', lrm: '', rlm: '',
    // Punctuation.
    ndash: '–', mdash: '—', hyphen: '‐', minus: '−', hellip: '…', bull: '•', middot: '·',
    lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
    laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', prime: '′', Prime: '″',
    iexcl: '¡', iquest: '¿', sect: '§', para: '¶', dagger: '†', Dagger: '‡', permil: '‰',
    // Symbols.
    copy: '©', reg: '®', trade: '™', deg: '°', plusmn: '±', times: '×', divide: '÷',
    frac12: '½', frac14: '¼', frac34: '¾', sup1: '¹', sup2: '²', sup3: '³', micro: 'µ',
    cent: '¢', pound: '£', yen: '¥', euro: '€', curren: '¤', brvbar: '¦', not: '¬', macr: '¯',
    acute: '´', cedil: '¸', uml: '¨', ordf: 'ª', ordm: 'º',
    larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', hearts: '♥', check: '✓',
    // Accented Latin letters.
    Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Auml: 'Ä', Aring: 'Å', AElig: 'Æ', Ccedil: 'Ç',
    Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Euml: 'Ë', Igrave: 'Ì', Iacute: 'Í', Icirc: 'Î', Iuml: 'Ï',
    ETH: 'Ð', Ntilde: 'Ñ', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ', Ouml: 'Ö', Oslash: 'Ø',
    Ugrave: 'Ù', Uacute: 'Ú', Ucirc: 'Û', Uuml: 'Ü', Yacute: 'Ý', THORN: 'Þ', szlig: 'ß',
    agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç',
    egrave: 'è', eacute: 'é', ecirc: 'ê', euml: 'ë', igrave: 'ì', iacute: 'í', icirc: 'î', iuml: 'ï',
    eth: 'ð', ntilde: 'ñ', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ouml: 'ö', oslash: 'ø',
    ugrave: 'ù', uacute: 'ú', ucirc: 'û', uuml: 'ü', yacute: 'ý', thorn: 'þ', yuml: 'ÿ',
    OElig: 'Œ', oelig: 'œ', Scaron: 'Š', scaron: 'š', Zcaron: 'Ž', zcaron: 'ž', Yuml: 'Ÿ', fnof: 'ƒ',
    // Greek letters used in names and units.
    alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', lambda: 'λ', mu: 'μ', pi: 'π', sigma: 'σ',
    omega: 'ω', Delta: 'Δ', Sigma: 'Σ', Omega: 'Ω',
  }),
);

/** Names browsers also accept without the closing semicolon ("&amp" in sloppy markup). */
const WITHOUT_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

// Bounded digit and name lengths keep the scan linear on any input.
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}))(;?)/g;

function fromCodePoint(code: number): string {
  // NUL, surrogates and numbers beyond Unicode are errors in HTML and become U+FFFD.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(windows1252CodePoint(code));
}

export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, hex?: string, decimal?: string, name?: string, semicolon?: string) => {
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
    if (decimal !== undefined) return fromCodePoint(parseInt(decimal, 10));
    const named = name === undefined ? undefined : NAMED.get(name);
    if (named === undefined || name === undefined) return whole;
    return semicolon || WITHOUT_SEMICOLON.has(name) ? named : whole;
  });
}
