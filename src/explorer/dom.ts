/**
 * Safe DOM helpers. Everything that comes from an article (names, sentences, titles, URLs) is
 * untrusted: it only ever reaches the page through `textContent` / text nodes, never innerHTML.
 */

export interface ElementOptions {
  className?: string;
  /** Plain text content; set with `textContent`, so markup in it stays text. */
  text?: string;
  /** `data-*` attributes, written through `dataset`. */
  data?: Record<string, string>;
  /** Other attributes (type, title, aria-*). Never pass event handlers or URLs from articles here. */
  attrs?: Record<string, string>;
}

/** Creates an element with text, data attributes and children; strings become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  if (options.data) for (const [key, value] of Object.entries(options.data)) element.dataset[key] = value;
  if (options.attrs) for (const [key, value] of Object.entries(options.attrs)) element.setAttribute(key, value);
  for (const child of children) element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return element;
}

/** Removes every child of `element`. */
export function clear(element: Element): void {
  element.replaceChildren();
}

/** Looks up an element that index.html must contain; fails loudly if the page and code disagree. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`explorer: #${id} is missing from index.html`);
  return element as T;
}

/** True for URLs that are safe to make clickable: only http(s), never `javascript:`, `data:` etc. */
export function isSafeHttpUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * A link to an article's source when its URL is http(s); otherwise the URL as plain text, so a
 * `javascript:` URL can be read but never followed.
 */
export function sourceLink(url: string): HTMLElement {
  if (!isSafeHttpUrl(url)) return el('span', { className: 'url-text', text: url });
  return el('a', { className: 'source-link', text: url, attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' } });
}
