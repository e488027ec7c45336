import type { Lexicon } from '../lexicon/lexicon';
import { surfaceOf, type Token } from '../text/tokens';
import type { SentenceMention } from './mention';

/**
 * Names the lexicon knows, longest first. A hyphenated token that is not itself a name is
 * also looked at part by part, so "Qwen-based" and "U.S.-developed" find Qwen and the U.S.
 */
export function findLexiconMentions(tokens: readonly Token[], lexicon: Lexicon): SentenceMention[] {
  const words = tokens.map((t) => t.text);
  const mentions: SentenceMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const match = lexicon.longestMatch(words, i);
    if (match) {
      const first = tokens[i]!;
      const last = tokens[i + match.length - 1]!;
      const { entry } = match;
      mentions.push({
        first: i,
        last: i + match.length,
        key: entry.id,
        label: entry.name,
        type: entry.type,
        surface: surfaceOf(tokens, i, i + match.length),
        start: first.start,
        end: last.end,
        source: 'lexicon',
      });
      i += match.length;
      continue;
    }
    const token = tokens[i]!;
    if (token.text.includes('-')) mentions.push(...hyphenParts(token, i, lexicon));
    i++;
  }
  return mentions;
}

function hyphenParts(token: Token, index: number, lexicon: Lexicon): SentenceMention[] {
  const found: SentenceMention[] = [];
  let offset = 0;
  for (const part of token.text.split('-')) {
    const entry = part && lexicon.longestMatch([part], 0);
    // "Beijing-based" names a place, not the state; "U.S.-developed" still names the state.
    const rest = token.text.slice(offset + part.length + 1).toLowerCase();
    if (entry && entry.length === 1 && /^\p{Lu}/u.test(part) && !/^(based|headquartered|born)/.test(rest)) {
      found.push({
        first: index,
        last: index + 1,
        key: entry.entry.id,
        label: entry.entry.name,
        type: entry.entry.type,
        surface: part,
        start: token.start + offset,
        end: token.start + offset + part.length,
        source: 'lexicon',
      });
    }
    offset += part.length + 1;
  }
  return found;
}

