import { surfaceOf, type Token } from '../text/tokens';
import { keyOfName, withChanges, type SentenceMention } from './mention';

/**
 * "the UN Security Council", "the U.N. Human Rights Council", "the WTO Appellate Body": an international organisation's short
 * name and the body of its own that a rule found right after it are one body's name, not the organisation and a body of nobody
 * (helper nmx92, stop 92's eighty-fifth sample: the council was named without its "UN", a miss and a false edge at once). The
 * joined name keeps the body's type, a government's; the short name is written without its dots ("U.N." → "UN").
 */
export function joinOrganisationBodies(mentions: readonly SentenceMention[], tokens: readonly Token[]): SentenceMention[] {
  let out: SentenceMention[] | undefined;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const org = mentions[i]!;
    const body = mentions[i + 1]!;
    if (org.source !== 'lexicon' || org.type !== 'organization' || org.last - org.first !== 1 || !/^(?:\p{Lu}\.){2,4}$|^\p{Lu}{2,5}$/u.test(org.surface)) continue;
    if (body.first !== org.last || body.source !== 'rule' || body.type !== 'government') continue;
    const surface = surfaceOf(tokens, org.first, body.last);
    const label = `${org.surface.replaceAll('.', '')} ${body.surface}`;
    out ??= mentions.slice();
    out.splice(out.indexOf(org), 2, withChanges(body, { first: org.first, start: org.start, surface, label, key: keyOfName(label) }));
  }
  return out ?? (mentions as SentenceMention[]);
}
