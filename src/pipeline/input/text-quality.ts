/**
 * Is this text worth reading? Text without a single letter (empty, punctuation, numbers) is
 * refused; text mostly in a non-Latin script is used, with a warning, because the lexicon and
 * rules read English and will miss most entities there.
 */

export interface TextVerdict {
  /** Why the text cannot be used, or `undefined` when it can. */
  error?: string;
  warnings: string[];
}

/** Above this share of letters in one non-Latin script, the text is not English. */
const FOREIGN_SHARE_LIMIT = 0.5;

type Script = 'Latin' | 'Chinese' | 'Japanese' | 'Korean' | 'Cyrillic' | 'Greek' | 'Arabic' | 'Hebrew' | 'Devanagari' | 'Thai';

/** Script of a UTF-16 code unit, for the letters of the scripts news is most often written in. */
function scriptOf(c: number): Script | undefined {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return 'Latin';
  if (c < 0xc0) return undefined;
  if ((c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return 'Latin';
  if (c >= 0x370 && c <= 0x3ff) return 'Greek';
  if (c >= 0x400 && c <= 0x52f) return 'Cyrillic';
  if (c >= 0x590 && c <= 0x5ff) return 'Hebrew';
  if (c >= 0x600 && c <= 0x6ff) return 'Arabic';
  if (c >= 0x900 && c <= 0x97f) return 'Devanagari';
  if (c >= 0xe00 && c <= 0xe7f) return 'Thai';
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0xac00 && c <= 0xd7af)) return 'Korean';
  if (c >= 0x3040 && c <= 0x30ff) return 'Japanese';
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) return 'Chinese';
  return undefined;
}

/** The non-Latin script that most of the letters are in, with its share, if it is over the limit. */
function dominantForeignScript(text: string): { script: Script; share: number } | undefined {
  const counts = new Map<Script, number>();
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const script = scriptOf(text.charCodeAt(i));
    if (!script) continue;
    letters++;
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  // Japanese mixes kana with Chinese characters (kanji): count them together.
  const kana = counts.get('Japanese') ?? 0;
  if (kana > 0) {
    counts.set('Japanese', kana + (counts.get('Chinese') ?? 0));
    counts.delete('Chinese');
  }
  counts.delete('Latin');
  let best: { script: Script; share: number } | undefined;
  for (const [script, count] of counts) {
    const share = count / letters;
    if (share > FOREIGN_SHARE_LIMIT && (!best || share > best.share)) best = { script, share };
  }
  return best;
}

export function checkArticleText(text: string): TextVerdict {
  if (!/\S/.test(text)) return { error: 'no text (empty or only whitespace), skipped', warnings: [] };
  if (!/\p{L}/u.test(text)) return { error: 'no words to read (only numbers or punctuation), skipped', warnings: [] };
  const foreign = dominantForeignScript(text);
  if (!foreign) return { warnings: [] };
  const percent = Math.round(foreign.share * 100);
  return {
    warnings: [
      `mostly ${foreign.script} text (${percent}% of letters); newsgraph reads English, so entities may be missed`,
    ],
  };
}
