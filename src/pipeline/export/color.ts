/** Colours as the graph keeps them (`#rrggbb`, what Sigma draws) and as GEXF viz wants them. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
const RGB = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$/i;

/** Reads `#rgb`, `#rrggbb`, `rgb(r,g,b)` or `rgba(r,g,b,a)`; undefined for anything else. */
export function parseColor(color: string): Rgb | undefined {
  const hex = HEX.exec(color.trim());
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d).join('') : hex[1]!;
    return {
      r: parseInt(digits.slice(0, 2), 16),
      g: parseInt(digits.slice(2, 4), 16),
      b: parseInt(digits.slice(4, 6), 16),
    };
  }
  const rgb = RGB.exec(color.trim());
  if (rgb) {
    const channel = (text: string): number => Math.min(255, Number(text));
    return { r: channel(rgb[1]!), g: channel(rgb[2]!), b: channel(rgb[3]!) };
  }
  return undefined;
}

export function toHex({ r, g, b }: Rgb): string {
  return '#' + [r, g, b].map((channel) => channel.toString(16).padStart(2, '0')).join('');
}
