import { DOMParser as XmldomParser } from '@xmldom/xmldom';

/** A parsed XML document and the Document class it belongs to (graphology-gexf's parser checks it). */
export interface ParsedXml {
  document: unknown;
  documentClass: abstract new (...args: never[]) => unknown;
}

/**
 * Parses XML with the browser's DOMParser when there is one (many times faster than xmldom, and
 * strict), with @xmldom/xmldom in Node. Throws on the first well-formedness error, with its line
 * and column, and never writes to the console: a truncated or damaged file is refused whole,
 * with one message, instead of read as a partial graph.
 */
export function parseXml(xml: string): ParsedXml {
  if (truncated(xml)) throw new Error('not well-formed XML: the file ends before its last element is closed (truncated?)');
  return typeof DOMParser === 'function' && typeof Document === 'function' ? parseInBrowser(xml) : parseWithXmldom(xml);
}

/** The root element's name, past the prolog, comments and doctype. */
const ROOT = /^\uFEFF?(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>))*\s*<((?:[\w.-]+:)?[\w.-]+)/;

/**
 * A file cut short ends before its root element is closed. Checked on the root, not on the last
 * tag: a cut right after an inner element ("…value='4'/>") would otherwise pass, and the parser
 * then names an odd spot ("line 2, column 1: unclosed xml attribute") instead of the truncation.
 */
function truncated(xml: string): boolean {
  const root = ROOT.exec(xml);
  if (!root) return !/<\/(?:[\w.-]+:)?[\w.-]+>\s*$|\/>\s*$/.test(xml);
  const name = root[1]!;
  // A root that closes itself ("<gexf … />") is the whole document.
  if (/^<[^<>]*\/>\s*$/.test(xml.slice(root[0].length - name.length - 1))) return false;
  return !new RegExp(`</${name.replace(/\./g, '\\.')}\\s*>\\s*$`).test(xml);
}

function parseInBrowser(xml: string): ParsedXml {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) {
    // Chromium: "This page contains the following errors:error on line 5 at column 1: …Below is a rendering…"
    const text = error.textContent ?? '';
    const detail = /error on line[^\n]*?(?=Below is|$)/m.exec(text)?.[0] ?? text.split('\n').find((line) => line.trim() !== '') ?? 'parser error';
    throw new Error(`not well-formed XML: ${detail.trim()}`);
  }
  return { document, documentClass: Document };
}

function parseWithXmldom(xml: string): ParsedXml {
  let first: string | undefined;
  // xmldom reports some well-formedness errors (an unclosed tag) only as warnings: all count.
  const parser = new XmldomParser({
    locator: {},
    errorHandler: (_level: string, message: string) => {
      first ??= message;
    },
  });
  let document: unknown;
  try {
    document = parser.parseFromString(xml, 'application/xml');
  } catch (error) {
    first ??= error instanceof Error ? error.message : String(error);
  }
  if (first !== undefined || !document) throw new Error(`not well-formed XML: ${xmldomMessage(first ?? 'no document')}`);
  return { document, documentClass: (document as object).constructor as ParsedXml['documentClass'] };
}

/** "[xmldom error]\tentity not found:&foo;\n@#[line:1,col:1]" → "line 1, column 1: entity not found:&foo;". */
function xmldomMessage(message: string): string {
  const text = message.replace(/^\[xmldom \w+\]\s*/, '');
  const at = /\n?@#\[line:(\d+),col:(\d+)\]\s*$/.exec(text);
  return at ? `line ${at[1]}, column ${at[2]}: ${text.slice(0, at.index).trim()}` : text.trim();
}
