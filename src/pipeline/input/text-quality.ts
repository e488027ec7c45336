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

/** Long texts are judged on evenly spread windows of this many characters in all. */
const SAMPLE_LENGTH = 200_000;
const SAMPLE_WINDOW = 1_000;

/** Scripts news is most often written in; `scriptOf` returns an index into this list. */
const SCRIPT_NAMES = ['Latin', 'Chinese', 'Japanese', 'Korean', 'Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Devanagari', 'Thai'];
const LATIN = 0;
const CHINESE = 1;
const JAPANESE = 2;
const NOT_A_LETTER = -1;

/** Script of a UTF-16 code unit as a plain number, which keeps the census loop fast. */
function scriptOf(c: number): number {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return LATIN;
  if (c < 0xc0) return NOT_A_LETTER;
  if ((c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return LATIN;
  if (c >= 0x370 && c <= 0x3ff) return 5; // Greek
  if (c >= 0x400 && c <= 0x52f) return 4; // Cyrillic
  if (c >= 0x590 && c <= 0x5ff) return 7; // Hebrew
  if (c >= 0x600 && c <= 0x6ff) return 6; // Arabic
  if (c >= 0x900 && c <= 0x97f) return 8; // Devanagari
  if (c >= 0xe00 && c <= 0xe7f) return 9; // Thai
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0xac00 && c <= 0xd7af)) return 3; // Korean (Hangul)
  if (c >= 0x3040 && c <= 0x30ff) return JAPANESE; // kana
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) return CHINESE;
  return NOT_A_LETTER;
}

/** The non-Latin script that most of the letters are in, with its share, if it is over the limit. */
function dominantForeignScript(text: string): { script: string; share: number } | undefined {
  const counts = new Array<number>(SCRIPT_NAMES.length).fill(0);
  let letters = 0;
  const windows = text.length <= SAMPLE_LENGTH ? 1 : SAMPLE_LENGTH / SAMPLE_WINDOW;
  const windowLength = text.length <= SAMPLE_LENGTH ? text.length : SAMPLE_WINDOW;
  const stride = Math.floor(text.length / windows);
  for (let w = 0; w < windows; w++) {
    for (let i = w * stride; i < w * stride + windowLength; i++) {
      const script = scriptOf(text.charCodeAt(i));
      if (script === NOT_A_LETTER) continue;
      letters++;
      counts[script] = (counts[script] ?? 0) + 1;
    }
  }
  // Japanese mixes kana with Chinese characters (kanji): count them together.
  if ((counts[JAPANESE] ?? 0) > 0) {
    counts[JAPANESE] = (counts[JAPANESE] ?? 0) + (counts[CHINESE] ?? 0);
    counts[CHINESE] = 0;
  }
  let best: { script: string; share: number } | undefined;
  counts.forEach((count, index) => {
    const share = count / letters;
    if (index !== LATIN && share > FOREIGN_SHARE_LIMIT && (!best || share > best.share)) {
      best = { script: SCRIPT_NAMES[index] ?? 'non-Latin', share };
    }
  });
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
