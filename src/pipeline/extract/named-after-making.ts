import { abstractSentence, type AbstractSentence } from './abstract-sentence';
import type { FoundRelation } from './claim-check';
import { PRODUCT_NOUN_WORDS } from './cue-words';
import type { SentenceMention } from './mention';
import type { Token } from '../text/tokens';
import type { ClaimStatus } from '../types';

/**
 * "Zenco will build a new reactor in Ruritania. Dubbed Project Zeta, the reactor …", "Zenco unveiled a prototype on Monday. The
 * prototype, known as Zeta, …": a firm makes a thing of a kind it leaves unnamed, and the very next sentence of the paragraph
 * names the thing of that kind, as an opening naming participle or an apposition. The firm makes the thing named (planned when
 * the making was). Helper dev90b, from round 1's odm90 leftovers (news on reactors and prototypes).
 */

export const NAMED_AFTER_MAKING_RULE = 'develops:named-after-making';

/** Kinds of made things, as a firm's unnamed one is told ("a new reactor", "a prototype"). */
const KINDS: ReadonlySet<string> = new Set(PRODUCT_NOUN_WORDS);
/** The kinds as a pattern's alternatives, longest first. */
const KIND = `(?:${[...KINDS].filter((w) => /^[a-z-]+$/.test(w)).sort((a, b) => b.length - a.length).join('|')})`;

/**
 * "a drone made by @2": another firm made the thing. Not testing or showing one either ("tested a new jet", "will demonstrate a
 * drone"): an operator or a buyer does that to a thing of another's make (review rr90).
 */
const MADE_BY = String.raw`(?:made|built|designed|developed|manufactured|produced|engineered|assembled|supplied) by `;
/** A firm making a thing of a kind it does not name: "@1 will build a new reactor", "@1 unveiled its first prototype". */
const MAKING_UNNAMED = new RegExp(
  String.raw`(?:^| )(?<firm>@\d+) (?<aux>(?:(?:will|would|is to|plans to|planned to|aims to|intends to|wants to|hopes to|expects to|is set to|is going to|has|have|had|is|are|was|were|also|now|recently|quietly|finally) )*)` +
    String.raw`(?:builds?|built|building|develop(?:s|ed|ing)?|design(?:s|ed|ing)?|unveil(?:s|ed|ing)?|construct(?:s|ed|ing)?|creates?|created|creating|launch(?:es|ed|ing)?|make|makes|made|making)` +
    String.raw` (?:a|an|its|their) (?:[a-z0-9-]+ ){0,3}?(?<kind>${KIND})(?= |$)(?! @\d)(?! (?:called|named|dubbed|known|code-named|codenamed)(?= |$))` +
    String.raw`(?!(?: [a-z]+){0,2} ${MADE_BY})`,
);
/** Auxiliaries of a making only planned. */
const PLANNED = /(?:^| )(?:will|would|is to|plans to|planned to|aims to|intends to|wants to|hopes to|expects to|is set to|is going to) /;

/** Words that give a thing its name: "dubbed", "called", "known as". */
const NAMING = String.raw`(?<naming>dubbed|called|named|christened|nicknamed|known as|code-named|codenamed)`;
/** An opening quote or a closing one around the name, as the tokenizer keeps it. */
const QUOTE = String.raw`(?:['"‘’“”] )?`;
/** "Dubbed @2, the reactor …" */
const NAMED_OPENING = new RegExp(String.raw`^${NAMING} ${QUOTE}(?<name>@\d+) ${QUOTE}, the (?:[a-z0-9-]+ ){0,2}?(?<kind>${KIND})(?= |$)`);
/** "The reactor, dubbed @2, …" */
const NAMED_APPOSED = new RegExp(String.raw`^the (?:[a-z0-9-]+ ){0,2}?(?<kind>${KIND}) , ${NAMING} ${QUOTE}(?<name>@\d+) ${QUOTE}(?:,|is|was|will|has|would|could)(?= |$)`);

/** A singular kind, so that "reactors" and "reactor" are one. */
const singular = (word: string): string => word.replace(/s$/, '');

/** Whether the tokens may hold a naming that opens the sentence: a cheap test before the sentence is abstracted. */
function mayName(tokens: readonly Token[]): boolean {
  const first = tokens[0]?.lower ?? '';
  return first === 'the' || /^(?:dubbed|called|named|christened|nicknamed|known|code-named|codenamed)$/.test(first);
}

/** Whether the tokens may tell a firm making a thing of a kind: a kind's word after an article. */
function mayMake(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => KINDS.has(t.lower) && k > 1);
}

/** Reads the sentences of an article in order: each names what the sentence before made unnamed. */
export class NamedAfterMaking {
  private last: { sentence: number; firm: SentenceMention; kind: string; status: ClaimStatus } | undefined;

  /** A blank line: a making of the paragraph before is not named here. */
  newParagraph(): void {
    this.last = undefined;
  }

  /** The claims the sentence adds; remembers the sentence's own unnamed making. */
  read(index: number, tokens: readonly Token[], mentions: readonly SentenceMention[], abstract?: AbstractSentence): FoundRelation[] {
    const before = this.last?.sentence === index - 1 ? this.last : undefined;
    this.last = undefined;
    if (mentions.length === 0) return [];
    const needed = (before !== undefined && mayName(tokens)) || mayMake(tokens);
    if (!needed) return [];
    // The sentence's abstract when the extractor already made one over the same mentions.
    const text = (abstract ?? abstractSentence(tokens, mentions)).text;
    const found: FoundRelation[] = [];
    if (before && mayName(tokens)) {
      const named = NAMED_OPENING.exec(text) ?? NAMED_APPOSED.exec(text);
      const target = named ? mentions[Number(named.groups!.name!.slice(1))] : undefined;
      if (named && target && (target.type === 'product' || target.type === 'model') && singular(named.groups!.kind!) === before.kind) {
        found.push({ source: before.firm, relation: 'develops', target, status: before.status, trigger: named.groups!.naming!, rule: NAMED_AFTER_MAKING_RULE });
      }
    }
    const making = MAKING_UNNAMED.exec(text);
    const firm = making ? mentions[Number(making.groups!.firm!.slice(1))] : undefined;
    if (making && firm && firm.type === 'company') {
      this.last = { sentence: index, firm, kind: singular(making.groups!.kind!), status: PLANNED.test(` ${making.groups!.aux!}`) ? 'proposed' : 'asserted' };
    }
    return found;
  }
}
