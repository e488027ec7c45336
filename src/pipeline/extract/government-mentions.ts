import type { Lexicon } from '../lexicon/lexicon';
import type { LexiconEntry } from '../lexicon/lexicon-data';
import { isPossessive, surfaceOf, textsOfTokens, type Token } from '../text/tokens';
import type { LearnedName } from './learned-names';
import { FIRM_LAST_WORDS, NOT_GOODS_HEADS, ONE_OF_MANY, STATE_FARM_GOODS } from './cue-words';
import { mentionOver, type SentenceMention } from './mention';
import { isCoinedWord } from './name-rules';
import { leaderTitleEnd } from './state-leader-titles';

/** Generic bodies that stand for the state itself: "U.S. authorities", "Chinese regulators" ("govt", a headline's short form). */
const STATE_BODIES = new Set(['government', 'governments', 'govt', 'cabinet', 'regime', 'junta', 'authorities', 'regulators', 'officials', 'administration', 'lawmakers', 'legislators', 'policymakers', 'agencies', 'state', 'customs', 'police']);
/** … and after a demonym, its forces ("Somali forces"): after a state's name "forces" is a verb ("China forces Apple to …"). */
const DEMONYM_STATE_BODIES: ReadonlySet<string> = new Set([...STATE_BODIES, 'forces']);

/** "the first US state", "an American state", "the US state of Montana": the state's name at `first` and "state" at `at` name a member state. */
function isMemberState(tokens: readonly Token[], first: number, at: number): boolean {
  return tokens[at]?.lower === 'state' && (ONE_OF_MANY.has(tokens[first - 1]?.lower ?? '') || tokens[at + 1]?.lower === 'of');
}

/** Generic bodies a state's possessive owns that stand for the state ("Egypt's government", not "China's state media"). */
const POSSESSED_STATE_BODIES: ReadonlySet<string> = new Set(['government', 'govt', 'cabinet', 'regime', 'junta', 'authorities', 'regulators', 'administration', 'police', 'forces']);

/** Words of a government's kind between a demonym and its body: "the Chinese Communist government". */
const REGIME_KINDS = new Set(['communist', 'military', 'federal', 'central', 'national', 'socialist', 'islamic', 'interim', 'transitional', 'revolutionary']);

/**
 * Words of a police force's or an authority's field between a demonym and the body: "the Ruritanian cyber police", "Zemblan tax
 * authorities", "the Bordurian national police" (helper rsx96, from set 93's reader and news of server seizures). Only before
 * "police", "authorities" and "officials": "the Zemblan tax office" or "cyber forces" are read as before.
 */
// Not "local": "Chinese local officials" act for a town or a province, not the state (critic crit96a).
const FORCE_KINDS: ReadonlySet<string> = new Set(['cyber', 'cybercrime', 'tax', 'financial', 'economic', 'border', 'customs', 'criminal', 'judicial', 'secret', 'state', 'national', 'federal', 'military', 'antitrust', 'competition']);
const FORCE_BODIES: ReadonlySet<string> = new Set(['police', 'authorities', 'officials']);

/** What a leader's name heads: "the Meloni government", "the Trump administration". */
const LEADER_BODIES = new Set(['government', 'govt', 'administration', 'cabinet', 'regime']);

/** Named bodies of a state, written as "Japan's trade ministry": their own government node. */
const AGENCY_HEADS = new Set(['ministry', 'regulator', 'watchdog', 'agency', 'parliament', 'legislature', 'judiciary', 'military', 'army', 'navy', 'court', 'courts', 'commission', 'department', 'bureau', 'authority', 'cabinet', 'senate', 'congress', 'council']);
/**
 * Heads that are a state's body only after the word that says which: "Russia's presidential administration", "Zembla's
 * presidential office", "Russia's security service" (stop 65's second controls sample), not "China's cloud service".
 */
const DESCRIBED_HEADS: ReadonlyMap<string, RegExp> = new Map([
  ['administration', /^(?:presidential|federal|national|state)$/],
  ['office', /^(?:presidential|cabinet|executive)$/],
  ['service', /^(?:security|intelligence|customs|tax)$/],
  // Stop 79: "Australia's classification board refused to classify …", "Kenya's film board" (not "Zenco's board").
  // "China's export control review committee added four firms to the list" (helper bk86), not "Zenco's audit committee".
  ['committee', /^(?:review|tariff|regulatory|security|investment)$/],
  ['board', /^(?:classification|censorship|censor|film|media|broadcasting|gaming|gambling|betting|regulatory|telecom|telecommunications|communications|licensing|rating|ratings|review|tax|revenue|customs)$/],
]);
/** "Kenya's central bank", "India's reserve bank": a bank of the state's, not a lender ("Kenya's largest bank"). */
const STATE_BANK_KINDS = new Set(['central', 'reserve']);
const isStateBankAt = (tokens: readonly Token[], k: number): boolean => tokens[k]?.lower === 'bank' && STATE_BANK_KINDS.has(tokens[k - 1]?.lower ?? '');
const AGENCY_MODIFIERS = /^[\p{Ll}-]+$/u;
/** Words that end a modifier run: "China's application of military …" names no body. */
const NOT_MODIFIERS = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'to', 'in', 'on', 'for', 'with', 'by', 'from', 'its', 'their']);

/** The key of a state's body named by a phrase ("Japan", "trade ministry" → "japan-trade-ministry"): one node for every writing of it. */
export const stateBodyKey = (state: string, phrase: string): string => `${state} ${phrase}`.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');

/** A body the lexicon knows, as a learned name. */
export const knownBody = (entry: LexiconEntry): LearnedName => ({ key: entry.id, label: entry.name, type: 'government', partOf: entry.partOf });

/**
 * Government mentions built around a state: folds "U.S. authorities" and "Chinese regulators"
 * into the state, and makes "Japan's trade ministry" its own node (part of Japan).
 * Widens state mentions in place to cover their body noun and returns the new mentions.
 */
export function findGovernmentMentions(
  tokens: readonly Token[],
  lexiconMentions: SentenceMention[],
  lexicon: Lexicon,
  learned: Map<string, LearnedName>,
): SentenceMention[] {
  const found: SentenceMention[] = [];
  const lowerAt = (i: number): string => tokens[i]?.lower ?? '';

  for (const m of lexiconMentions) {
    if (m.type !== 'government') continue;
    // "the Texas Attorney General", "… Attorney General's Office": a state's attorney general is its own body, as a named agency
    // is, not the state (stop 74's second controls sample: settlements and orders by three of them).
    if (tokens[m.last]?.text === 'Attorney' && tokens[m.last + 1]?.text === 'General') {
      const name: LearnedName = { key: stateBodyKey(m.label, 'attorney general'), label: `${m.surface} Attorney General`, type: 'government', partOf: m.key };
      learned.set(name.label, name);
      found.push(mentionOver(tokens, m.first, m.last + 2, name, 'rule'));
      continue;
    }
    if (lexicon.get(m.key)?.partOf) continue;
    // "the government of Ruritania": the body of a state named after "of" is the state.
    if (lowerAt(m.first - 1) === 'of' && STATE_BODIES.has(lowerAt(m.first - 2)) && !isMemberState(tokens, m.first - 2, m.first - 2)) {
      m.first -= 2;
      m.start = tokens[m.first]!.start;
      m.surface = surfaceOf(tokens, m.first, m.last);
      continue;
    }
    // "a court in Ruritania suspended Zapp", "a high court in Ruritania on Monday ordered …", "by a judge in Ruritania": a court of a
    // state named after "in" ("in the") is the state, as "a Ruritanian court" is; a city's court stays apart (cities are no states here),
    // and so does one in the state's city ("a court in Ruritania's capital") (helper crt95).
    const inAt = lowerAt(m.first - 1) === 'the' ? m.first - 2 : m.first - 1;
    const courtFirst = lowerAt(inAt) === 'in' && !isPossessive(tokens[m.last]) ? unnamedCourtBefore(tokens, inAt) : -1;
    if (courtFirst >= 0) {
      m.first = courtFirst;
      m.start = tokens[m.first]!.start;
      m.surface = surfaceOf(tokens, m.first, m.last);
      continue;
    }
    if (STATE_BODIES.has(lowerAt(m.last)) && !isMemberState(tokens, m.first, m.last)) {
      m.last += 1;
      m.end = tokens[m.last - 1]!.end;
      m.surface = surfaceOf(tokens, m.first, m.last);
      continue;
    }
    // "the environment ministry of South Korea": a lower-case body named before "of" and its state, keyed as "South Korea's
    // environment ministry" is (one node for both; stop 52's readers).
    const bodyBefore = lowerAt(m.first - 1) === 'of' ? lowerBodyBefore(tokens, m.first - 1) : -1;
    if (bodyBefore >= 0) {
      const phrase = surfaceOf(tokens, bodyBefore, m.first - 1).toLowerCase();
      const key = stateBodyKey(m.label, phrase);
      const name: LearnedName = { key, label: `${phrase} of ${m.surface}`, type: 'government', partOf: m.key };
      learned.set(name.label, name);
      found.push(mentionOver(tokens, bodyBefore, m.last, name, 'rule'));
      continue;
    }
    // "Egypt's interim government ordered …", "on orders of Turkey's authorities": the state's own generic body is the state, as
    // "Egyptian authorities" is (stop 74's third bans sample).
    const kindAt = isPossessive(tokens[m.last]) && REGIME_KINDS.has(lowerAt(m.last + 1)) ? m.last + 2 : m.last + 1;
    if (isPossessive(tokens[m.last]) && POSSESSED_STATE_BODIES.has(lowerAt(kindAt)) && !isPossessive(tokens[kindAt + 1])) {
      m.last = kindAt + 1;
      m.end = tokens[m.last - 1]!.end;
      m.surface = surfaceOf(tokens, m.first, m.last);
      continue;
    }
    // "Zembla's prime minister ordered officials to …": the head of its government is the state, as after a people's word.
    const possessedLeaderEnd = isPossessive(tokens[m.last]) ? leaderTitleEnd(tokens, m.last + 1, m.first, new Uint8Array(tokens.length)) : -1;
    if (possessedLeaderEnd > 0 && !isPossessive(tokens[possessedLeaderEnd])) {
      m.last = possessedLeaderEnd;
      m.end = tokens[m.last - 1]!.end;
      m.surface = surfaceOf(tokens, m.first, m.last);
      continue;
    }
    // "Brazil's Vigilex fined Zenco …", "India's DRX revoked the licence of …": a name no lexicon knows after a state's possessive,
    // doing what only a state's body does, is that body (stop 89).
    const bodyEnd = isPossessive(tokens[m.last]) && !lexiconMentions.some((o) => o.first === m.last + 1) ? bodyNameAfter(tokens, m.last + 1) : -1;
    if (bodyEnd > 0) {
      const written = surfaceOf(tokens, m.last + 1, bodyEnd);
      const name: LearnedName = { key: stateBodyKey(m.label, written), label: written, type: 'government', partOf: m.key };
      // Under its own name (the text's later "Vigilex") and as written with its state (whose part it is).
      learned.set(written, name);
      const mention = mentionOver(tokens, m.first, bodyEnd, name, 'rule');
      learned.set(mention.surface, name);
      found.push(mention);
      continue;
    }
    if (isPossessive(tokens[m.last])) {
      let j = m.last + 1;
      const isHead = (k: number): boolean => AGENCY_HEADS.has(lowerAt(k)) || isStateBankAt(tokens, k) || (k > m.last + 1 && (DESCRIBED_HEADS.get(lowerAt(k))?.test(lowerAt(k - 1)) ?? false));
      // "Nepal's Central Bank", "Japan's Trade Ministry": a body capitalised word by word is the state's as the lower-case one is
      // (stop 62's bans readers: the name rules keyed it as one "Central Bank" for every state).
      // (Not where the state's name ends a longer one: "China Telecom America's Telecommunications Services Authority".)
      const capitalised = tokens[m.last + 1]?.capitalized === true && !(tokens[m.first - 1]?.capitalized && tokens[m.first - 1]!.word);
      const modifier = (k: number): boolean => (capitalised ? /^\p{Lu}[\p{Ll}-]+$/u : AGENCY_MODIFIERS).test(tokens[k]!.text) && !NOT_MODIFIERS.has(lowerAt(k));
      while (j < tokens.length && j - m.last <= 4 && modifier(j) && !isHead(j)) j++;
      // A capitalised head that opens a longer name ("France's Ministry of the Armed Forces") is a name: the name rules take it.
      const headCase = capitalised ? tokens[j]?.capitalized === true && !/^(?:of|for|on)$/.test(lowerAt(j + 1)) && !tokens[j + 1]?.capitalized : tokens[j]?.text === lowerAt(j);
      if (isHead(j) && headCase && tokens[j + 1]?.text !== "'s") {
        const phrase = surfaceOf(tokens, m.last + 1, j + 1).toLowerCase();
        // Keyed by the state's name (one node with "the Japanese trade ministry"), labelled as written ("Japan's trade ministry").
        const key = stateBodyKey(m.label, phrase);
        // A capitalised body of two words or more keeps its own name as its label ("Justice Ministry"), its key still the state's;
        // a head alone is no name without its state ("Pakistan's Army").
        const written = capitalised && j > m.last + 1 ? surfaceOf(tokens, m.last + 1, j + 1) : `${m.surface}'s ${capitalised ? tokens[j]!.text : phrase}`;
        // "Japan's Trade Ministry" is the lexicon's "Japan's trade ministry" (METI) when it knows that one.
        const words = capitalised ? [...tokens.slice(m.first, m.last + 1).map((t) => t.text), ...phrase.split(' ')] : [];
        const known = capitalised ? lexicon.longestMatch(words, 0) : undefined;
        const name: LearnedName = known?.length === words.length ? knownBody(known.entry) : { key, label: written, type: 'government', partOf: m.key };
        // "Vigilex, Brazil's drug regulator, suspended …": the body is the name it is set off after (stop 89).
        const named = capitalised ? -1 : namedBefore(tokens, m.first, j + 1, lexiconMentions);
        if (named >= 0) {
          const label = surfaceOf(tokens, named, m.first - 1);
          const body: LearnedName = { key: stateBodyKey(m.label, label), label, type: 'government', partOf: m.key };
          learned.set(label, body);
          const mention = mentionOver(tokens, named, j + 1, body, 'rule');
          learned.set(mention.surface, body);
          found.push(mention);
          continue;
        }
        learned.set(written, name);
        // Covers the state's own tokens: overlap resolution keeps this longer mention. Learned as written with its state too, so that
        // "Japan's Finance Ministry" is part of Japan as "the Japanese Finance Ministry" is (the part_of is looked up by the surface).
        const mention = mentionOver(tokens, m.first, j + 1, name, 'rule');
        if (!learned.has(mention.surface)) learned.set(mention.surface, name);
        found.push(mention);
      }
    }
  }

  // "the Nepali Ministry of Digital Affairs", "Chile's Ministry of Finance": a body the lexicon
  // knows as another state's is, after this state, this state's body of that name.
  const words = textsOfTokens(tokens);
  for (const m of lexiconMentions) {
    const home = m.type === 'government' && m.source === 'lexicon' ? lexicon.get(m.key)?.partOf : undefined;
    if (!home) continue;
    const before = stateBeforeBody(tokens, words, m.first, lexiconMentions, lexicon);
    // "the Securities and Exchange Commission of Ruritania": the state after "of" (the name then covers it).
    const after = before ? undefined : stateAfterBody(tokens, m.last, lexiconMentions, lexicon);
    const state = before?.state ?? after?.state;
    // "the Zemblan Supreme Court", "the country's Supreme Court": a court the lexicon keeps only as the US one is, after a people's word
    // it does not know or a state named before, some other state's; not the US court (helper crt95).
    if (!state && otherStatesCourt(tokens, m)) {
      Object.assign(m, { key: stateBodyKey('another state', m.label), source: 'rule' });
      continue;
    }
    if (!state || state.id === home || state.partOf) continue;
    const name: LearnedName = { key: `${state.id}-${m.key}`, label: after ? surfaceOf(tokens, m.first, after.last) : m.label, type: 'government', partOf: state.id };
    learned.set(m.surface, name);
    Object.assign(m, { key: name.key, source: 'rule' });
    if (before && before.first < m.first) Object.assign(m, { first: before.first, start: tokens[before.first]!.start });
    if (after) Object.assign(m, { last: after.last, end: tokens[after.last - 1]!.end, label: name.label, surface: name.label });
  }

  // "the Starmer government": a leader the lexicon knows as a person, heading their state's government.
  // "Modi's government", "Xi's administration": so with the leader's possessive (stop 89).
  for (const m of lexiconMentions) {
    const bodyNounAt = isPossessive(tokens[m.last]) ? m.last + 1 : m.last;
    const state = m.type === 'person' && LEADER_BODIES.has(lowerAt(bodyNounAt)) ? lexicon.stateOfLeader(m.surface.split(' ').pop()!) : undefined;
    if (state) found.push(mentionOver(tokens, m.first, bodyNounAt + 1, { key: state.id, label: state.name, type: state.type }, 'rule'));
  }

  // Demonyms: "Chinese regulators" → China; leaders: "the Meloni government" → Italy.
  const covered = new Uint8Array(tokens.length);
  for (const m of lexiconMentions) covered.fill(1, m.first, m.last);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (covered[i] || covered[i + 1]) continue;
    // "Nepali officials", "Sri Lankan authorities": a demonym of one or two words.
    const demonym = lexicon.demonymAt(words, i);
    const leader = demonym ? undefined : lexicon.stateOfLeader(tokens[i]!.text);
    const length = demonym?.length ?? 1;
    // "Trudeau's government": a leader the lexicon names no person of, by the possessive (helper hos95).
    if (leader && isPossessive(tokens[i + 1]) && LEADER_BODIES.has(lowerAt(i + 2)) && !covered[i + 2] && !/^(?:former|ex)$/.test(lowerAt(i - 1))) {
      found.push(mentionOver(tokens, i, i + 3, { key: leader.id, label: leader.name, type: leader.type }, 'rule'));
      i += 2;
      continue;
    }
    const state = demonym?.entry ?? (leader && LEADER_BODIES.has(lowerAt(i + 1)) ? leader : undefined);
    // "the Chinese Communist government", "the Iranian military regime": one word of its kind may stand before the body.
    const kind = state && ((REGIME_KINDS.has(lowerAt(i + length)) && DEMONYM_STATE_BODIES.has(lowerAt(i + length + 1))) || (FORCE_KINDS.has(lowerAt(i + length)) && FORCE_BODIES.has(lowerAt(i + length + 1)))) ? 1 : 0;
    if (state && !covered[i + length] && DEMONYM_STATE_BODIES.has(lowerAt(i + length + kind)) && !isMemberState(tokens, i, i + length + kind)) {
      found.push(mentionOver(tokens, i, i + length + kind + 1, { key: state.id, label: state.name, type: state.type }, 'rule'));
      i += length + kind;
      continue;
    }
    // "halted imports of Zemblan milk powder", "banned all imports of Zemblan seafood": a demonym right after "imports of" names the
    // state whose goods are imported, as "imports of Zembla milk" does; the import patterns read it (helper trx93). People after it
    // ("imports of Zemblan workers") are no goods.
    // So does one right after a halt's verb before farm goods: "suspends Zemblan milk powder", "banned all Zemblan beef"; not before
    // goods that only describe a firm or a deal ("banned Zemblan coal miner Zenco", re-read rr93a).
    const afterHalt = demonym !== undefined && HALT_VERBS.test(lowerAt(HALT_QUANTIFIER.test(lowerAt(i - 1)) ? i - 2 : i - 1));
    const haltedGoods = afterHalt && FARM_GOODS.has(lowerAt(i + length)) && !GOODS_ONLY_DESCRIBING.has(lowerAt(i + length + 1));
    // "has banned Zemblan imports", "halted all Zemblan imports": a halt's verb right before the demonym and a bare "imports" (helper
    // san93, imb92's leftovers); not "imports of" people. One goods word may stand before it: "suspends more Zemblan log imports" (imp93).
    const haltedImports = afterHalt && (lowerAt(i + length) === 'imports' || (lowerAt(i + length + 1) === 'imports' && /^[a-z][a-z-]*$/.test(lowerAt(i + length)))) && !GOODS_DEMONYM_PEOPLE.has(lowerAt(i + length + 2));
    if (demonym && (haltedGoods || haltedImports || importsOfBefore(words, i) || bannedStateGoodsAt(tokens, i, length) || marketClosedToGoodsAt(tokens, i, length)) && /^[a-z][a-z-]*$/.test(tokens[i + length]?.text ?? '') && !GOODS_DEMONYM_PEOPLE.has(lowerAt(i + length))) {
      found.push(mentionOver(tokens, i, i + length, { key: demonym.entry.id, label: demonym.entry.name, type: demonym.entry.type }, 'rule'));
      i += length - 1;
      continue;
    }
    // "banned the registration of Zemblan-made vaccines", "banned the use of a Zemblan-developed vaccine": the state whose goods a
    // ban on their registration or use names, for pattern:banned:pln93-banned-registration-of-state-goods (helper pln93).
    const madeState = registeredGoodsStateAt(tokens, i, lexicon);
    if (madeState) {
      found.push(mentionOver(tokens, i, i + 1, { key: madeState.id, label: madeState.name, type: madeState.type }, 'rule'));
      continue;
    }
    // "the bloc's ban on Zemblan-origin diamonds", "banned Zemblan-made steel": a demonym glued to its goods' origin, held by a ban
    // before goods (helper ban95, from the ninety-second fresh sample).
    const originState = gluedOriginStateAt(tokens, i, lexicon);
    if (originState) {
      found.push(mentionOver(tokens, i, i + 1, { key: originState.id, label: originState.name, type: originState.type }, 'rule'));
      continue;
    }
    // "the Zemblan prime minister ordered officials to …": the head of its government acts for the state (state-leader-titles.ts).
    const leaderEnd = demonym ? leaderTitleEnd(tokens, i + length, i, covered) : -1;
    if (demonym && leaderEnd > 0) {
      found.push(mentionOver(tokens, i, leaderEnd, { key: demonym.entry.id, label: demonym.entry.name, type: demonym.entry.type }, 'rule'));
      i = leaderEnd - 1;
      continue;
    }
    // "the Norwegian parliament", "the Indian commerce ministry": the state's own body, as "Norway's parliament" is.
    const head = demonym ? bodyHeadAfter(tokens, i + length, covered) : -1;
    // "a Pakistani court", "an Indian ministry": one body among the state's many, named by none of its own; the state acts.
    // So does an unnamed court or judge, whatever its article ("Brazilian Court Suspends Zapp", "the Indian court's order").
    if (demonym && head >= 0 && (/^(?:a|an)$/.test(lowerAt(i - 1)) || /^(?:courts?|judges?)$/.test(lowerAt(head)))) {
      found.push(mentionOver(tokens, i, head + 1, { key: demonym.entry.id, label: demonym.entry.name, type: demonym.entry.type }, 'rule'));
      i = head;
      continue;
    }
    if (demonym && head >= 0) {
      const phrase = surfaceOf(tokens, i + length, head + 1).toLowerCase();
      // Keyed as "Norway's parliament" is (one node for both), labelled as written.
      const key = stateBodyKey(demonym.entry.name, phrase);
      const name: LearnedName = { key, label: `${surfaceOf(tokens, i, i + length)} ${phrase}`, type: 'government', partOf: demonym.entry.id };
      learned.set(surfaceOf(tokens, i, head + 1), name);
      found.push(mentionOver(tokens, i, head + 1, name, 'rule'));
      i = head;
    }
  }
  return found;
}

/** Goods in general, as a state's ("Zemblan goods", "Zemblan dairy products"). */
const STATE_GOODS_HEADS = /^(?:goods|products|produce|merchandise|foodstuffs)$/;
/** A ban's verb, or a ban on the sale: "banned", "prohibited", "banned the sale of". */
const GOODS_BAN_BEFORE = /(?:^| )(?:banned|bans|ban|prohibited|prohibits|prohibit|barred|bars|bar|outlawed|outlaws|halted|halts|halt|suspended|suspends|suspend|blocked|blocks|block)(?: (?:the |all |any )?(?:sale|sales|import|imports|importation|entry) of)?(?: all| any)?$/;

/**
 * A demonym that a ban's verb and goods in general hold ("banned all Zemblan goods", "prohibited the sale of Zemblan dairy
 * products") names the state whose goods they are, as one before farm goods does (helper gds92, fresh sample s85b). Up to one
 * lower-case word between it and the goods; not "Zemblan-made" or people.
 */
function bannedStateGoodsAt(tokens: readonly Token[], at: number, length: number): boolean {
  const lower = (k: number): string => tokens[k]?.lower ?? '';
  const goodsNext = STATE_GOODS_HEADS.test(lower(at + length)) || (/^[a-z][a-z-]*$/.test(tokens[at + length]?.text ?? '') && STATE_GOODS_HEADS.test(lower(at + length + 1)));
  if (!goodsNext) return false;
  const before = tokens.slice(Math.max(0, at - 6), at).map((t) => t.lower).join(' ');
  return GOODS_BAN_BEFORE.test(before);
}

/** A demonym glued to a participle of making: "Zemblan-made", "Zemblan-developed". */
const DEMONYM_MADE = /^([A-Z][A-Za-z]+)-(?:made|developed|produced|manufactured)$/;
/** Goods whose registration or use a state bans (the pattern's REGISTERED_GOODS, in permission-and-use-bans.ts). */
const REGISTERED_GOODS_HEADS = /^(?:vaccines|vaccine|medicines|medicine|drugs|drug|pharmaceuticals|goods|products)$/;
/** A ban on registration or use right before: "banned the registration of", "banning the use of a". */
const REGISTRATION_BAN_BEFORE = /(?:^| )(?:banned|bans|ban|banning|prohibited|prohibits|prohibit|prohibiting|barred|bars|bar|barring|outlawed|outlaws|outlaw|halted|halts|halt|halting|suspended|suspends|suspend|suspending) (?:the )?(?:registration|use|certification|approval)(?: and (?:use|sale|import|registration|distribution))? of(?: all| any)?(?: the| a| an)?$/;

/**
 * The state of a "Zemblan-made" word whose goods a ban on registration or use holds ("banned the registration of Zemblan-made
 * vaccines", helper pln93 from stop 93's eighty-eighth set): the registration is the leave to sell, so the ban is on that state's
 * goods. Not praise or an approval of them ("approved Zemblan-made vaccines"), nor a firm's product after it.
 */
function registeredGoodsStateAt(tokens: readonly Token[], at: number, lexicon: Lexicon): LexiconEntry | undefined {
  const glued = DEMONYM_MADE.exec(tokens[at]?.text ?? '');
  if (!glued) return undefined;
  const lower = (k: number): string => tokens[k]?.lower ?? '';
  const goodsNext = REGISTERED_GOODS_HEADS.test(lower(at + 1)) || (/^[a-z][a-z-]*$/.test(tokens[at + 1]?.text ?? '') && REGISTERED_GOODS_HEADS.test(lower(at + 2)));
  if (!goodsNext) return undefined;
  const before = tokens.slice(Math.max(0, at - 8), at).map((t) => t.lower).join(' ');
  if (!REGISTRATION_BAN_BEFORE.test(before)) return undefined;
  return lexicon.demonymAt([glued[1]!], 0)?.entry;
}

/** A demonym glued to its goods' origin: "Zemblan-origin", "Zemblan-made", "Zemblan-sourced". */
const DEMONYM_ORIGIN = /^([A-Z][A-Za-z]+)-(?:origin|made|produced|manufactured|sourced|mined|grown)$/;

/**
 * The state of a "Zemblan-origin" word before goods that a ban's verb or a ban laid on them holds ("the bloc's ban on Zemblan-origin
 * diamonds", "banned Zemblan-made steel"), as bannedStateGoodsAt and marketClosedToGoodsAt read a bare demonym (helper ban95).
 */
function gluedOriginStateAt(tokens: readonly Token[], at: number, lexicon: Lexicon): LexiconEntry | undefined {
  const glued = DEMONYM_ORIGIN.exec(tokens[at]?.text ?? '');
  if (!glued) return undefined;
  const lower = (k: number): string => tokens[k]?.lower ?? '';
  const isGoods = (w: string): boolean => STATE_GOODS_HEADS.test(w) || FARM_GOODS.has(w);
  const goodsNext = (isGoods(lower(at + 1)) && !GOODS_ONLY_DESCRIBING.has(lower(at + 2))) || (/^[a-z][a-z-]*$/.test(tokens[at + 1]?.text ?? '') && isGoods(lower(at + 2)) && !GOODS_ONLY_DESCRIBING.has(lower(at + 3)));
  if (!goodsNext) return undefined;
  const before = tokens.slice(Math.max(0, at - 7), at).map((t) => t.lower).join(' ');
  if (!GOODS_BAN_BEFORE.test(before) && !BAN_ON_OR_MARKET_CLOSED_BEFORE.test(before)) return undefined;
  return lexicon.demonymAt([glued[1]!], 0)?.entry;
}

/** A ban laid on, or a market closed to, what follows: "slaps ban on", "imposed a ban on", "closed its market to", "Ruritania's ban on" (helper san93). */
// The base form and gerund too: "will impose a ban on", "agreed to impose a ban on" (helper ban95).
const BAN_ON_OR_MARKET_CLOSED_BEFORE = /(?:^| )(?:(?:imposed|imposes|impose|imposing|slapped|slaps|placed|places|announced|announces|ordered|orders) (?:a |an )?(?:[a-z-]+ )?(?:ban|halt|suspension|moratorium|prohibition) on|(?:closed|closes|close|shut|shuts) (?:its |their |the )?(?:domestic )?markets? (?:to|for)|'s (?:[a-z-]+ ){0,2}(?:ban|halt|suspension|moratorium|prohibition|embargo) on)(?: all)?$/;

/**
 * A demonym after a ban laid on goods or a market closed to them, before farm goods or goods in general ("slaps ban on Zemblan
 * meat exports", "closed its market to Zemblan herring"), names the state whose goods they are (helper imb92); up to one
 * lower-case word between it and the goods.
 */
function marketClosedToGoodsAt(tokens: readonly Token[], at: number, length: number): boolean {
  const lower = (k: number): string => tokens[k]?.lower ?? '';
  const isGoods = (w: string): boolean => STATE_GOODS_HEADS.test(w) || FARM_GOODS.has(w);
  const goodsNext = (isGoods(lower(at + length)) && !GOODS_ONLY_DESCRIBING.has(lower(at + length + 1))) || (/^[a-z][a-z-]*$/.test(tokens[at + length]?.text ?? '') && isGoods(lower(at + length + 1)) && !GOODS_ONLY_DESCRIBING.has(lower(at + length + 2)));
  if (!goodsNext) return false;
  const before = tokens.slice(Math.max(0, at - 7), at).map((t) => t.lower).join(' ');
  return BAN_ON_OR_MARKET_CLOSED_BEFORE.test(before);
}

/** "imports of", "imports of all", "the import of certain" right before index `at`. */
function importsOfBefore(words: readonly string[], at: number): boolean {
  const k = /^(?:all|certain|some)$/i.test(words[at - 1] ?? '') ? at - 1 : at;
  return words[k - 1] === 'of' && /^(?:imports|import|importation)$/i.test(words[k - 2] ?? '');
}
/** Verbs of a halt whose object may be a state's goods named by its demonym. */
const HALT_VERBS = /^(?:halted|halts|halt|suspended|suspends|suspend|banned|bans|ban|blocked|blocks|block)$/;
/** A word between a halt's verb and the demonym: "banned all Zemblan beef"; in headlines "bans more Zemblan timber" (helper imp93). */
const HALT_QUANTIFIER = /^(?:all|some|certain|more|further)$/;
const FARM_GOODS: ReadonlySet<string> = new Set(STATE_FARM_GOODS);
/** Nouns such goods only describe: "coal miner", "grain deal". */
const GOODS_ONLY_DESCRIBING: ReadonlySet<string> = new Set(NOT_GOODS_HEADS);
/** People after a demonym, who are no goods: "imports of Zemblan workers". */
const GOODS_DEMONYM_PEOPLE: ReadonlySet<string> = new Set(['workers', 'labour', 'labor', 'people', 'nationals', 'citizens', 'students', 'tourists', 'brides', 'staff']);

/**
 * Heads of a state's body after its demonym; "military", "army" and "navy" are left out, as they are as often adjectives ("Chinese
 * military companies"). A judge acts for the state's courts: "a Brazilian judge ordered …" (stop 78, from stop 77's bans sets).
 */
const DEMONYM_BODY_HEADS = new Set([...[...AGENCY_HEADS].filter((w) => w !== 'military' && w !== 'army' && w !== 'navy'), 'judge', 'judges']);

/** A day or a month after "on": "on Monday", "on May 5". */
const DAY_OR_MONTH = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;

/**
 * The index of a body's head after a demonym (up to two lower-case modifiers first: "trade ministry"), or -1.
 * A head followed by "of", "for" or "on" opens a body's own name ("Ministry of Defence"), left to the name rules.
 */
function bodyHeadAfter(tokens: readonly Token[], from: number, covered: Uint8Array): number {
  for (let j = from; j < tokens.length && j <= from + 2 && !covered[j]; j++) {
    const word = tokens[j]!.lower;
    // "the Kenyan central bank": the state's bank.
    if (DEMONYM_BODY_HEADS.has(word) || isStateBankAt(tokens, j)) {
      const next = tokens[j + 1]?.lower;
      // "on" opens what the body is about ("the Kenyan court on patents"), unless a day follows: "a Kenyan court on Monday suspended …"
      // (helper crt95).
      const onWhat = next === 'on' && !DAY_OR_MONTH.test(tokens[j + 2]?.text ?? '');
      return next === 'of' || next === 'for' || onWhat || isPossessive(tokens[j + 1]) ? -1 : j;
    }
    if (!AGENCY_MODIFIERS.test(tokens[j]!.text) || NOT_MODIFIERS.has(word)) return -1;
  }
  return -1;
}

/**
 * Acts only a state's body does: fines, duties and sanctions imposed, another's licence revoked. Bans, blocks, suspensions of
 * sales or production, recalls, halts, designations and approvals are left out: firms do them too ("Japan's Zenco banned staff
 * from using …", "India's Qorva recalled …", "Korea's Vexa suspended production", "… ordered a halt at its plant"). An ordered
 * recall is RECALL_ORDERED's, asked more of (a carmaker orders recalls of its own cars).
 */
const BODY_ACTS_AFTER = new RegExp(
  '^(?:has |had |on \\w+ |this week |last week )?(?:' +
    [
      'fined',
      '(?:imposed|levied|slapped) (?:\\S+ ){0,4}(?:fines?|penalty|penalties|duties|duty|tariffs?|sanctions|levy|levies)',
      // Not "cancelled the licence agreement with …", "suspended its Zeta licence talks": a firm's own contract or talks.
      '(?:revoked|suspended|cancell?ed) (?:the |a )?(?:(?!its |their |our )\\S+ ){0,2}(?:licen[cs]es?|registrations?|permits?|approvals?|authori[sz]ations?|certificates?)(?! (?:agreement|agreements|deal|deals|contract|contracts|pact|talks|negotiations))',
    ].join('|') +
    ')\\b',
);

/**
 * "ordered a recall of …": a body's act only when the name is an acronym ("Brazil's VGX ordered a recall of Zeta strollers") or
 * the goods are named as another's ("… of Zeta cars made by Qorva"); "Japan's Zenco ordered the recall of 2 million Zeta cars"
 * is a carmaker's own recall (rr89b), and so is any voluntary one or one of "its" goods.
 */
const RECALL_ORDERED = /^(?:has |had |on \w+ |this week |last week )?ordered (?:a |the )?(?:\S+ )?(?:recall|recalls|withdrawal|removal)\b/;
const OWN_RECALL = /\b(?:its|their|our|voluntary|voluntarily)\b/;
const GOODS_OF_ANOTHER = /\b(?:made|produced|manufactured|sold|supplied|imported) by\b/;

/**
 * A firm's own partners, customers or rules as the act's object ("fined its former supplier Zenco", "imposed a penalty on its
 * supplier", "slapped fines on customers who broke its rules", "suspended the licences of two dealers"): a firm acting on those
 * it deals with, not a state's body (rr89b).
 */
const OWN_PARTIES_AFTER = /^(?:on |of |to )?(?:(?:its|their|our)\b|(?:\S+ ){0,2}(?:customers|clients|dealers|dealerships|suppliers|franchisees|resellers|distributors|contractors|borrowers|staff|employees|workers|drivers|sellers|merchants|partners|agents|subscribers|members)\b)/;

/**
 * Where a name of up to three capitalised words after a state's possessive ends, when an act only a state's body does follows it
 * ("Brazil's Vigilex fined …"); -1 otherwise. A name a body's head ends ("Japan's Trade Ministry") is left to the rule for those,
 * and a name a firm's word ends ("Brazil's Zenco Holdings") is a firm.
 */
function bodyNameAfter(tokens: readonly Token[], first: number): number {
  let end = first;
  while (end < tokens.length && end - first < 3 && tokens[end]!.capitalized && tokens[end]!.word) end++;
  if (end === first || AGENCY_HEADS.has(tokens[end - 1]!.lower) || FIRM_LAST_WORDS.has(tokens[end - 1]!.text) || isPossessive(tokens[end])) return -1;
  const after = tokens.slice(end, end + 10).map((t) => t.lower).join(' ');
  const act = BODY_ACTS_AFTER.exec(after);
  if (act) return OWN_PARTIES_AFTER.test(after.slice(act[0].length).trimStart()) ? -1 : end;
  if (!RECALL_ORDERED.test(after)) return -1;
  const rest = tokens.slice(end, end + 16).map((t) => t.lower).join(' ');
  const acronym = tokens.slice(first, end).every((t) => /^\p{Lu}{2,6}$/u.test(t.text));
  return !OWN_RECALL.test(rest) && (acronym || GOODS_OF_ANOTHER.test(rest)) ? end : -1;
}

/**
 * Where the name starts that a state's body set off by commas follows ("Vigilex, Brazil's drug regulator, …"), or -1. The name
 * is one to three coined words or acronyms no lexicon knows, so that an opening word ("However, Brazil's drug regulator, …") or
 * a known body (the lexicon's own) is never taken for it.
 */
function namedBefore(tokens: readonly Token[], stateFirst: number, bodyEnd: number, lexiconMentions: readonly SentenceMention[]): number {
  const comma = stateFirst - 1;
  if (tokens[comma]?.text !== ',' || tokens[bodyEnd]?.text !== ',') return -1;
  let first = comma;
  while (first > 0 && comma - first < 3 && tokens[first - 1]!.capitalized && tokens[first - 1]!.word) first--;
  if (first === comma || tokens[first - 1]?.capitalized) return -1;
  const coined = tokens.slice(first, comma).every((t) => /^\p{Lu}{2,6}$/u.test(t.text) || isCoinedWord(t.lower));
  return coined && !lexiconMentions.some((o) => o.first < comma && o.last > first) ? first : -1;
}

/** The state named right after a body ending at `last` and "of": "… Commission of Ruritania". */
function stateAfterBody(tokens: readonly Token[], last: number, mentions: readonly SentenceMention[], lexicon: Lexicon): { state: LexiconEntry; last: number } | undefined {
  if (tokens[last]?.lower !== 'of') return undefined;
  const m = mentions.find((s) => s.first === last + 1 && s.type === 'government' && s.source === 'lexicon');
  const state = m && lexicon.get(m.key);
  return state && m ? { state, last: m.last } : undefined;
}

/** Nouns of an unnamed court or judge. */
const COURT_NOUNS = /^(?:court|courts|judge|judges|tribunal|tribunals)$/;
/** Lower-case words of a court's kind before its noun: "a high court", "a top administrative court". */
const COURT_KINDS = /^(?:high|top|supreme|district|federal|regional|lower|appeals|appellate|administrative|provincial|military|criminal|civil|commercial|constitutional|economic|labour|labor|local|state|national|higher|superior)$/;

/**
 * Where "a court", "a high court", "the judge" before "in" at `inAt` begins (its article): a court's or a judge's noun, up to two
 * lower-case words of its kind, and "a", "an" or "the" before them; -1 otherwise ("filed in court in Ruritania" names no court's act).
 */
function unnamedCourtBefore(tokens: readonly Token[], inAt: number): number {
  const noun = tokens[inAt - 1];
  if (!noun || !COURT_NOUNS.test(noun.lower)) return -1;
  let k = inAt - 1;
  while (k > inAt - 3 && COURT_KINDS.test(tokens[k - 1]?.lower ?? '')) k--;
  return /^(?:a|an|the)$/.test(tokens[k - 1]?.lower ?? '') ? k : -1;
}

/** Courts the lexicon keeps by a bare name that only the US one is called by alone. */
const BARE_US_COURTS: ReadonlySet<string> = new Set(['Supreme Court']);
/** Capitalised words with a people's ending that name no people: parties and faiths ("the Republican Supreme Court majority"). */
const NOT_PEOPLES_WORDS: ReadonlySet<string> = new Set(['Republican', 'Democratic', 'Christian', 'Catholic', 'Roman', 'Federal', 'Islamic']);
/** Nouns of a state named before, whose possessive names its court: "the country's Supreme Court", "the nation's Supreme Court". */
const STATE_ANAPHORS: ReadonlySet<string> = new Set(['country', 'nation', 'state', 'kingdom', 'republic']);

/**
 * "the Zemblan Supreme Court", "the country's Supreme Court": a bare US court's name after a capitalised word with a people's ending
 * the lexicon does not know (known ones make it that state's court), or after the possessive of "country", names another state's court.
 */
function otherStatesCourt(tokens: readonly Token[], m: SentenceMention): boolean {
  if (!BARE_US_COURTS.has(m.surface) || m.first === 0) return false;
  const before = tokens[m.first - 1]!;
  if (isPossessive(before)) return STATE_ANAPHORS.has(tokens[m.first - 2]?.text ?? '') && tokens[m.first - 3]?.lower === 'the';
  return before.end + 1 === tokens[m.first]!.start && /^\p{Lu}\p{Ll}+(?:an|ean|ian|ese|ish|i|ic)$/u.test(before.text) && !NOT_PEOPLES_WORDS.has(before.text);
}

/** The state named right before a body at `first`: a demonym or the state's name (joined), or "State's". */
function stateBeforeBody(tokens: readonly Token[], words: readonly string[], first: number, mentions: readonly SentenceMention[], lexicon: Lexicon): { state: LexiconEntry; first: number } | undefined {
  for (const length of [2, 1]) {
    const demonym = first - length >= 0 ? lexicon.demonymAt(words, first - length) : undefined;
    if (demonym?.length === length) return { state: demonym.entry, first: first - length };
  }
  const possessive = isPossessive(tokens[first - 1]);
  const m = mentions.find((s) => s.last === (possessive ? first - 1 : first) && s.type === 'government' && s.source === 'lexicon');
  const state = m && lexicon.get(m.key);
  return state ? { state, first: possessive ? first : m.first } : undefined;
}

/**
 * Where a lower-case body's phrase ending right before `of` begins ("the environment ministry of", "the trade regulator of"):
 * its head, and up to three lower-case words before it after "the"; -1 when there is none.
 */
function lowerBodyBefore(tokens: readonly Token[], of: number): number {
  const head = tokens[of - 1];
  if (!head || head.text !== head.lower || !AGENCY_HEADS.has(head.lower) || head.lower === 'military') return -1;
  let k = of - 1;
  while (k > of - 4 && k > 0 && AGENCY_MODIFIERS.test(tokens[k - 1]!.text) && !NOT_MODIFIERS.has(tokens[k - 1]!.lower)) k--;
  return tokens[k - 1]?.lower === 'the' ? k : -1;
}
