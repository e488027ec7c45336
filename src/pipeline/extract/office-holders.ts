import type { Lexicon } from '../lexicon/lexicon';
import { isPossessive, textsOfTokens, type Token } from '../text/tokens';
import { PERSON_TITLES } from './cue-words';
import { mentionOver, withChanges, type SentenceMention } from './mention';
import { NOT_HELD_BEFORE, portfolioStart } from './office-portfolios';

/**
 * "Ruritania Gov. Ann Lee signed …", "Texas Governor Ann Lee ordered …", "India's Prime Minister
 * A banned …", "Indian Prime Minister A banned …", "President Trump banned …": a person named by
 * a state's office acts for the state. For reading relations, the state's mention takes in the
 * titles and the person (who is never an entity), so the state heads the clause. The state is
 * named before the titles (its name, its possessive or its demonym) or, for a head of state or
 * government, by the person's surname among the lexicon's leaders.
 */
export function asOfficeHolders(mentions: readonly SentenceMention[], tokens: readonly Token[], lexicon: Lexicon): SentenceMention[] {
  const out: SentenceMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const office = m.type === 'person' ? officeOf(m, out, tokens, lexicon) : undefined;
    const ofState = office ? undefined : m.type === 'person' ? stateAfter(m, mentions[i + 1], out, tokens) : undefined;
    const held = office || ofState ? undefined : heldByState(m, out.at(-1), tokens);
    const leader = office || ofState || held ? undefined : leaderActing(m, tokens, lexicon);
    if (office) out.splice(office.from, out.length - office.from, office.state);
    else if (leader) out.push(leader);
    else if (held) out.splice(out.length - 1, 1, held);
    else if (ofState) {
      out.splice(ofState.from, out.length - ofState.from, ofState.state);
      i++;
    } else out.push(m);
  }
  return out;
}

/**
 * "The Ruritania Governor, who …", "The Ruritania Governor, Ann Lee, …": a title read as a name
 * of its own right after a state is the state's office; a name set off by commas after that
 * title holds it. Either is folded into the state.
 */
function heldByState(m: SentenceMention, state: SentenceMention | undefined, tokens: readonly Token[]): SentenceMention | undefined {
  if (!state || state.type !== 'government' || m.source !== 'unknown' && m.type !== 'person') return undefined;
  const extended = withChanges(state, { last: m.last, end: m.end });
  // "India's Prime Minister": the title may follow the state's possessive.
  const titleAt = /^['’]s$/.test(tokens[state.last]?.text ?? '') ? state.last + 1 : state.last;
  if (m.source === 'unknown' && titleAt === m.first && tokens.slice(m.first, m.last).every(isTitle)) return extended;
  // The holder right after the folded title, or set off by commas.
  const holds = state.last === m.first || (tokens[m.first - 1]?.text === ',' && state.last === m.first - 1 && tokens[m.last]?.text === ',');
  return holds && isTitle(tokens[state.last - 1]) ? extended : undefined;
}

/** "Gov. Ann Lee of Ruritania", "Governor Ann Lee of Ruritania": the titled person's state follows "of". */
function stateAfter(m: SentenceMention, next: SentenceMention | undefined, out: readonly SentenceMention[], tokens: readonly Token[]): { from: number; state: SentenceMention } | undefined {
  if (next?.type !== 'government' || next.first !== m.last + 1 || tokens[m.last]?.text !== 'of') return undefined;
  let from = out.length;
  while (from > 0 && out[from - 1]!.source === 'unknown' && isTitle(tokens[out[from - 1]!.last - 1])) from--;
  let titles = from < out.length ? out[from]!.first : m.first;
  while (titles > 0 && isTitle(tokens[titles - 1])) titles--;
  if (titles === m.first && !PERSON_TITLES.has(tokens[m.first]!.text)) return undefined;
  return { from, state: withChanges(next, { first: titles, start: tokens[titles]!.start }) };
}

/** Titles of a head of state or government: with a leader's surname they name the state. */
const HEAD_TITLES = new Set(['President', 'Prime', 'Premier', 'Chancellor']);

const isTitle = (t: Token | undefined): boolean => t !== undefined && (PERSON_TITLES.has(t.text) || t.text === '.' || t.text === 'Attorney' || t.text === 'Lieutenant');

/**
 * The state whose office person `m` holds, as a mention over the state's words, the titles and
 * the person; `from` is the first mention of `out` it replaces (the state's, or a title read as
 * a name of its own: "Prime Minister").
 */
function officeOf(m: SentenceMention, out: readonly SentenceMention[], tokens: readonly Token[], lexicon: Lexicon): { from: number; state: SentenceMention } | undefined {
  // The mentions before, past any untyped name the titles were read as.
  let from = out.length;
  let floor = 0;
  for (; from > 0; from--) {
    const before = out[from - 1]!;
    if (before.source !== 'unknown' || !isTitle(tokens[before.last - 1])) {
      floor = before.last;
      break;
    }
  }
  // Where the titles before the person start ("Prime Minister Ann Lee": at "Prime").
  let titles = m.first;
  while (titles > floor && isTitle(tokens[titles - 1])) titles--;
  const titled = titles < m.first || PERSON_TITLES.has(tokens[m.first]!.text);
  const extended = (state: SentenceMention): SentenceMention => withChanges(state, { last: m.last, end: m.end });
  const portfolio = portfolioStart(tokens, titles, floor, titled);
  if (portfolio >= 0) {
    const held = portfolioHolder(m, out, from, floor, portfolio, tokens, lexicon);
    if (held) return held;
  }
  if (!titled) return undefined;

  // "U.S. President A", "Texas Gov. A", "India's Prime Minister A".
  const named = out[from - 1];
  if (named?.type === 'government' && (named.last === titles || (named.last + 1 === titles && isPossessive(tokens[named.last])))) {
    return { from: from - 1, state: extended(named) };
  }
  // The titles' own words may start with the demonym ("South Korean President" read as one name).
  const texts = textsOfTokens(tokens);
  for (let at = Math.max(floor, titles - 2); at < titles; at++) {
    const demonym = tokens[at]!.capitalized ? lexicon.demonymAt(texts, at) : undefined;
    if (demonym && at + demonym.length === titles) return { from, state: stateMention(tokens, at, m.last, demonym.entry) };
  }
  // "President Trump", "Prime Minister Narendra Modi", "President Lee Jae-myung": a head of state or government
  // the lexicon knows, by the surname at either end of the person's name (never a person no lexicon names:
  // "Prime Minister Ann Lee" is nobody's "Lee").
  if ((named && named.last === titles) || m.source !== 'lexicon') return undefined;
  const heads = tokens.slice(titles, m.last).some((t) => HEAD_TITLES.has(t.text));
  const leader = heads ? lexicon.stateOfLeader(tokens[m.last - 1]!.text) ?? lexicon.stateOfLeader(tokens[m.first]!.text) : undefined;
  return leader ? { from, state: stateMention(tokens, titles, m.last, leader) } : undefined;
}

/**
 * Acts only a state does, right after a head of state or government named alone: "Trump imposed tariffs on …", "Modi banned …",
 * "Xi has restricted …". Threats and plans ("Trump threatened to ban …", "Trump could ban …") and speech ("Trump added that …")
 * are not among them. Bans and blocks are a person's private acts too ("Trump banned Zenco from his golf clubs"): PRIVATE_SETTING_AFTER
 * and PRIVATE_ROLE_BEFORE turn those away. A leader's trade measures are the state's too: "Trump's latest tariffs have been imposed on
 * Zembla" (helper trd90b, from stop 90's eightieth fresh sample).
 */
const STATE_ACTS_AFTER = /^(?:(?:has |had )?(?:imposed|imposes|banned|bans|barred|bars|blocked|blocks|restricted|restricts|sanctioned|sanctions|prohibited|prohibits|slapped|slaps|levied|levies|revoked|revokes|designated|designates|blacklisted|blacklists)|'s (?:[a-z-]+ )?(?:tariffs|levies)) /;

/**
 * A head of state's instruments and measures, named by the act of issuing them: "Trump signed a law banning …", "Biden announced
 * new tariffs on …", "Trump put Zenco on an export blacklist", "Trump added Zenco to the entity list" (helper hos95, from real
 * app bans, blacklists and tariffs told through the leader). The state then heads the clause and the relation patterns read the
 * rest: an order that "would" ban or a plan stays unasserted there. Speech is not among them ("Trump added that …", "added:").
 */
const LEADER_ISSUES_AFTER = /^(?:has |had )?(?:signed|signs|issued|issues|announced|announces|introduced|introduces|ordered|orders|put|puts|placed|places|raised|raises|hiked|hikes|unveiled|unveils|enacted|enacts|added|adds) (?!that |: |, |" |“ )/;

/** The possessive form of STATE_ACTS_AFTER: "Trump's tariffs", "Trump's steel tariffs". */
const LEADERS_MEASURES_AFTER = /^'s (?:[a-z-]+ )?(?:tariffs|levies) /;

/**
 * Measures named as taken back or run out in their own clause: "Trump's tariffs on Canada ended last year", "… were lifted in May"
 * (review rr90e). The verb form names no act in force, so the leader stands for no acting state ("struck down Trump's tariffs" is
 * read as undone before the name, by claim-status.ts).
 */
const MEASURES_TAKEN_BACK = /^[^,;]*?\b(?:(?:was|were|is|are|has been|have been|had been|got|get) (?:[a-z]+ly )?(?:lifted|scrapped|dropped|removed|repealed|rescinded|revoked|withdrawn|struck down|overturned|reversed|ended|eliminated|abolished|cancelled|canceled|suspended|paused|halted|rolled back)|ended|expired|lapsed|ceased|ends|expire|expires|lapse|lapses)\b/;

/**
 * A private place or channel in the act's clause: "… from his golf clubs", "… from her stores", "… on social media" (rr89b). The
 * state's bans name no place of "his" (his reasons may follow: "…, saying his government would act").
 */
const PRIVATE_SETTING_AFTER = /\b(?:from|at|in|on) (?:his|her)\b|\bon (?:social media|twitter|x|truth social|facebook|instagram)\b/;

/** A role before the name that is not the office: "former president Trump", "Zenco CEO Trump" (rr89b). */
const PRIVATE_ROLE_BEFORE = /^(?:former|ex|ex-president|ceo|chief|chairman|chairwoman|chair|founder|co-founder|boss|executive|owner|director|head|son|daughter|wife|husband|brother|sister)$/;

/** Capitalised words before a surname that name no one else: an opening word ("Then Trump banned …") or the leader's own title. */
const NOT_A_GIVEN_NAME = /^(?:then|but|and|so|now|later|today|yesterday|meanwhile|also|still|in|on|after|before|when|while|once|as|since|this|last|president|mr)$/;

/**
 * "Trump imposed tariffs on Zeta phones": a person the lexicon knows, named alone and holding a state's highest office by the
 * lexicon's leaders, acts for that state when an act only a state does follows right after the name (stop 89). The state's
 * mention takes in the person, as "President Trump" does; the person is never an entity. Named alone means no given name or
 * firm's title before the surname ("Ivanka Trump", "Zenco CEO Trump": rr89b), and no "former" before it.
 */
function leaderActing(m: SentenceMention, tokens: readonly Token[], lexicon: Lexicon): SentenceMention | undefined {
  if (m.type !== 'person' || m.source !== 'lexicon') return undefined;
  // The lexicon must know the person by the leader's surname alone ("Trump", "Modi"): "Kai-Fu Lee" and "Joe Tsai" share a surname
  // with a leader and hold no office.
  const surname = lexicon.get(m.key)?.aliases?.find((a) => !a.includes(' ') && lexicon.stateOfLeader(a) !== undefined);
  const state = surname !== undefined && (tokens[m.last - 1]!.text === surname || tokens[m.first]!.text === surname) ? lexicon.stateOfLeader(surname) : undefined;
  if (!state) return undefined;
  const before = tokens[m.first - 1];
  const givenName = m.last - m.first === 1 && before !== undefined && before.word && before.capitalized && !NOT_A_GIVEN_NAME.test(before.lower);
  if (givenName || [1, 2].some((k) => PRIVATE_ROLE_BEFORE.test(tokens[m.first - k]?.lower ?? ''))) return undefined;
  const after = tokens.slice(m.last, m.last + 3).map((t) => t.lower).join(' ') + ' ';
  if (!STATE_ACTS_AFTER.test(after) && !LEADER_ISSUES_AFTER.test(after)) return undefined;
  let end = m.last;
  while (end < tokens.length && end < m.last + 20 && !/^[.;!?]$/.test(tokens[end]!.text)) end++;
  const clause = tokens.slice(m.last, end).map((t) => t.lower).join(' ');
  if (LEADERS_MEASURES_AFTER.test(after) && MEASURES_TAKEN_BACK.test(clause.replace(/^\S+ /, ''))) return undefined;
  return PRIVATE_SETTING_AFTER.test(clause) ? undefined : stateMention(tokens, m.first, m.last, state);
}

/**
 * "French trade minister Ann Lee", "Germany's Digital Minister Ann Lee": the state named right before a minister's portfolio
 * (office-portfolios.ts) holds the office; none when the office is no longer or not yet held ("former French trade minister").
 */
function portfolioHolder(m: SentenceMention, out: readonly SentenceMention[], from: number, floor: number, portfolio: number, tokens: readonly Token[], lexicon: Lexicon): { from: number; state: SentenceMention } | undefined {
  const named = out[from - 1];
  if (named?.type === 'government' && (named.last === portfolio || (named.last + 1 === portfolio && isPossessive(tokens[named.last])))) {
    return NOT_HELD_BEFORE.test(tokens[named.first - 1]?.lower ?? '') ? undefined : { from: from - 1, state: withChanges(named, { last: m.last, end: m.end }) };
  }
  const texts = textsOfTokens(tokens);
  for (let at = Math.max(floor, portfolio - 2); at < portfolio; at++) {
    const demonym = tokens[at]!.capitalized ? lexicon.demonymAt(texts, at) : undefined;
    if (demonym && at + demonym.length === portfolio && !NOT_HELD_BEFORE.test(tokens[at - 1]?.lower ?? '')) return { from, state: stateMention(tokens, at, m.last, demonym.entry) };
  }
  return undefined;
}

function stateMention(tokens: readonly Token[], first: number, last: number, state: { id: string; name: string }): SentenceMention {
  return mentionOver(tokens, first, last, { key: state.id, label: state.name, type: 'government' }, 'lexicon');
}
