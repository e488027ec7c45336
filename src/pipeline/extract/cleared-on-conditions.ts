import type { AbstractSentence } from './abstract-sentence';
import { triggerText, type FoundRelation, type TypeUnknown } from './claim-check';
import { claimStatus } from './claim-status';
import type { SentenceMention } from './mention';
import { bindParties, type BindingAct } from './terms-after';

/**
 * A deal a state body cleared on conditions binds the buyer, or both parties of a merger, however
 * the sentence turns it: "approved plans by Zenco to control Qorva on restrictive conditions",
 * "Zenco received restricted approval from the ministry", "gave the green light to the takeover by
 * Zenco of Qorva but stipulated …", "conditional approval on the concentration between Zenco and
 * Qorva". The relation patterns read a few of these turns one by one; stop 68's controls samples
 * missed 30 clearances told in still others. So this reads the sentence as three parts found
 * apart: a clearance that happened (a body clearing, a firm receiving clearance), a condition
 * attached to it, and the deal's parties wherever the sentence names them.
 */

export const CLEARED_ON_CONDITIONS_RULE = 'clearance:on-conditions';

/** The words a clearance can be told with, looked for first: most sentences hold none, and nothing more is read of them. */
const CLEARING_WORD = /(?:^| )(?:approv\S*|conditionally|clear(?:ed|s|ance|ing)?|endors\S*|green light|greenlit|greenlighted|go-ahead|nod|blessing|authori[sz]\S*|okayed|waved through|permission|oppose|objection|conditions)(?= )/;

/** The kinds of conditions a body attaches, and limits "with", "under" or "subject to" name. */
const LIMIT_NOUNS = '(?:restrictions|limits|requirements|obligations|injunctions)';
/** Conditions of the world, no body's: "market conditions", "customary closing conditions". */
const NOT_A_BODYS = '(?<!(?:market|economic|trading|weather|working|closing|customary|financial|competitive|living|and) )';

/** Words that attach conditions to it (read after the clearance was found). */
const CONDITION_WORD = new RegExp(
  String.raw`(?:^| )(?:conditional|conditionally|${NOT_A_BODYS}conditions|on (?:the )?condition|restrictive|remedies|remedy|commitments|undertakings|stipulated|stipulating|stipulates|stipulation|stipulations|strings attached|provided that|provisos|concessions` +
    String.raw`|(?:with|under|subject to) (?:certain |some |several |strict |tough |stringent |additional |a number of |a series of |a set of )*${LIMIT_NOUNS}|restricted (?:approval|clearance|consent|green light|nod|go-ahead)` +
    // "approved the renewal of Zenco's licence, but with stringent terms" (stop 71's second controls sample)
    String.raw`|(?:with|under|subject to|on) (?:strict|tough|stringent|onerous|specific|certain|several|additional|new) terms` +
    // "… after Zenco offered to license its patents", "… requiring Zenco to sell its unit"
    String.raw`|after (?:the )?(?:@|its@)\d+ (?:had )?(?:agreed|offered|pledged|promised|committed|undertook|consented) to|` +
    // "… after the firm agreed to sell its fibre network" (stop 70, from its first controls sample)
    String.raw`after (?:the |both )?(?:firm|company|group|buyer|acquirer|companies|firms|parties) (?:had )?(?:agreed|offered|pledged|promised|committed|undertook|consented) to|(?:requiring|obliging|ordering|forcing) (?:the )?@\d+ to` +
    // "… provided Zenco divests its unit", "… if it sells the plant", "subject to an undertaking"
    String.raw`|(?:provided|providing|if|as long as|so long as) (?:that )?(?:the )?(?:@\d+|it|they) (?:divests|divest|sells|sell|disposes|dispose|agrees|agree|commits|commit|offloads|offload)|undertaking|dependent on` +
    // "… but said Zenco would have to divest its unit", "subject to Zenco's promises to …", "providing that …" (stop 70, from stop 69's controls samples)
    String.raw`|(?:@\d+|it|they) (?:would|will|must) (?:have to|need to|be required to) (?:divest|sell|dispose|spin|offload)|subject to (?:(?:the )?@\d+ 's |its |their )?(?:promises|pledges|assurances)|providing that` +
    // "… as long as Zenco makes divestments", "… as long as two divisions are sold", "… although it requires Zenco to divest two units" (stop 70's first samples)
    String.raw`|(?:as long as|so long as|provided|providing|on condition that) (?:[a-z0-9-]+ |@\d+ ){0,4}(?:divestments?|divestitures?|disposals?|(?:is|are|be) (?:sold|divested|spun off))|(?:requires|required|will require|would require) (?:the )?@\d+ to (?:divest|sell|dispose|spin|offload|license|keep)` +
    // "… subject to Zenco's divestiture of certain operations" (stop 70's third controls sample)
    String.raw`|subject to (?:the |a )?(?:(?:the )?@\d+ 's )?(?:[a-z-]+ )?(?:divestiture|divestment|divestitures|divestments|sale|disposal) of)(?= )`,
  'g',
);

/**
 * Conditions denied or not yet met: "without conditions", "unconditionally", "no remedies", "was not conditional"; and a
 * clearance still to come: "subject to regulatory approval", "pending approval".
 */
const NOT_CONDITIONED = /(?:^| )(?:without (?:requiring |imposing |attaching )?(?:any )?(?:[a-z-]+ )?(?:conditions|remedies|commitments|restrictions|concessions)|unconditional|unconditionally|(?:no|not) (?:any )?(?:[a-z-]+ )?(?:conditions|remedies|commitments|restrictions|concessions|strings|conditional)|free of conditions|subject to (?:[a-z-]+ ){0,3}(?:approval|approvals|clearance|clearances)|pending)(?= )/;

/** Words between a body and its clearing verb ("has", "on Friday", "conditionally"), never a clause's end. */
const FEW_WORDS = String.raw`(?:(?!, |and |but |which |who |that |not |never |no longer |\S+n't )[a-z0-9-]+ ){0,3}`;

/** A body clearing: "@0 conditionally approved", "@0 gave the green light to", "@0 said it had cleared". */
const BODY_CLEARS = new RegExp(
  // "@0 and its justice ministry approved …": a second body coordinated after the first.
  String.raw`(?<![^ ])@(?<body>\d+) (?:and (?:its |the |their )?(?:[a-z-]+ ){1,3})?${FEW_WORDS}(?:said (?:that )?(?:it |they )?${FEW_WORDS})?` +
    String.raw`(?<verb>approved|approves|approving|cleared|clears|clearing|authori[sz]ed|authori[sz]es|authori[sz]ing|greenlit|greenlighted|okayed|waved through|endorsed|endorses|` +
    // "decided to clear …", "voted to approve …" (a forecast, "is expected to approve", is a proposal: claimStatus).
    String.raw`(?<=to )(?:approve|clear|authori[sz]e|endorse)|` +
    // "will not oppose Zenco's acquisition of Qorva, provided …": a body that lets a deal pass clears it.
    String.raw`(?:will |would |does |did |has decided to |had decided to |decided to )?not (?:to )?oppose|decided not to oppose|won't oppose|raised no objection to|has no objection to|` +
    String.raw`(?:gave|gives|given|granted|grants|issued|issues) (?:the |its |a |an |their )?(?:[a-z-]+ )?(?:approval|clearance|green light|go-ahead|nod|blessing|permission|authori[sz]ation)|` +
    // "set several conditions for @1 's purchase of @2", "imposed conditions on the merger of @1 and @2" (stop 71's second controls sample)
    String.raw`(?:set|sets|imposed|imposes|imposing|attached|attaches|placed|places|laid down|lays down|outlined|outlines) (?:[a-z-]+ ){0,2}(?:conditions|remedies) (?:on|for|to|upon))(?= )`,
  'g',
);

/** A clearance received or given in the passive: "@1 received conditional approval (from @0)", "@1 was cleared (by @0)". */
const FIRM_CLEARED = new RegExp(
  String.raw`(?<![^ ])(?<!(?:of|with|for|and|by|to|in|from) )@(?<firm>\d+) ${FEW_WORDS}(?<verb>(?:received|receives|won|wins|secured|secures|got|gets|obtained|obtains|gained|gains|was given|was granted|has been given|has been granted|had been given|had been granted) ` +
    String.raw`(?:a |an |the |its |their )?(?:@\d+ 's )?(?:[a-z-]+ ){0,2}(?:approval|approvals|clearance|green light|go-ahead|nod|blessing|permission|authori[sz]ation)` +
    String.raw`|(?:was|were|has been|had been|is|are|got|gets) (?:[a-z]+ly )?(?:approved|cleared|authori[sz]ed|greenlit|greenlighted|okayed|waved through))(?= )`,
);

/** A deal cleared in the passive by the body: "… was cleared by @0", "… has been conditionally approved by @0". */
const CLEARED_BY = /(?:^| )(?<verb>(?:was|were|has been|had been|have been|is|are|be|been) (?:[a-z]+ly )?(?:approved|cleared|authori[sz]ed|greenlit|greenlighted|okayed|waved through)) by (?:the )?(?:@\d+ 's )?@(?<body>\d+)(?= )/g;

/**
 * Conditions a body set, told by the firms they bind: "@1 and @2 appealed the merger conditions imposed by @0", "@1 accepted
 * conditions set by @0" (stop 71's second controls sample).
 */
const CONDITIONS_BY = new RegExp(
  String.raw`(?<![^ ])(?<!(?:of|with|for|and|by|to|in|from) )@(?<firm>\d+) (?:and (?:the )?@(?<other>\d+) )?${FEW_WORDS}(?:appealed|appeals|challenged|challenges|contested|contests|accepted|accepts|met|meets|complied with|complies with|objected to|objects to|must meet|must comply with|agreed to) ` +
    String.raw`(?:the |a |several |some |a number of )?(?:[a-z-]+ ){0,2}(?<verb>conditions|remedies) (?:imposed|set|attached|placed|laid down|put) (?:on (?:the |its |their )?(?:[a-z-]+ )?(?:deal|merger|transaction|acquisition|them|it) )?by (?:the )?@(?<body>\d+)(?= )`,
);

/** The body a received or passive clearance names: "from @0", "by @0", "@0 's approval". */
const GIVER = /(?:^| )(?:from|by) (?:the )?(?:@\d+ 's )?@(\d+)(?= )|(?:^| )@(\d+) 's (?:[a-z-]+ )?(?:approval|clearance|green light|go-ahead|nod|blessing|permission|authori[sz]ation)(?= )/g;

/** A deal's buyer or its parties, wherever the sentence names them. */
const PARTIES: readonly RegExp[] = [
  // "@1 's proposed acquisition of", "@1 's move to take control of", "@1 's bid for" (not "@1 's acquisition by": @1 is bought)
  /(?<![^ ])@(?<a>\d+) 's (?:[a-z$0-9.-]+ ){0,3}(?:acquisition|acquisitions|takeover|purchase|buyout|bid|move|plan|plans|offer|deal|deals|investment|stake|proposal|application|tender offer)(?= )(?! by )/g,
  // "the acquisition of @2 by @1", "control of @2 by @1"
  /(?:^| )(?:acquisition|takeover|purchase|buyout|control|ownership) of (?:the )?(?:[a-z-]+ ){0,3}@\d+ (?:'s )?(?:[a-z-]+ ){0,3}by (?:the )?(?:[a-z-]+ ){0,2}@(?<a>\d+)(?= )/g,
  // "its@1 purchase of": a firm's "its" the coreference resolved
  /(?<![^ ])its@(?<a>\d+) (?:[a-z$0-9.-]+ ){0,3}(?:acquisition|acquisitions|takeover|purchase|buyout|bid|move|plan|plans|offer|deal|deals|investment|stake|proposal|application|tender offer)(?= )(?! by )/g,
  // "the takeover by @1 of @2", "@2 's acquisition by @1", "plans by @1 to control @2", "a bid by @1 for"
  /(?:^| )(?:acquisition|takeover|purchase|buyout) by (?:the )?@(?<a>\d+)(?= )/g,
  /(?:^| )(?:bid|plan|plans|move|offer|proposal|application|request) by (?:the )?@(?<a>\d+) (?:of|for|to) /g,
  // "@1 to buy @2", "cleared @1 to acquire", "approval for @1 to take over", "the transaction whereby @1 intends to acquire @2"
  /(?<![^ ])@(?<a>\d+) (?:(?:intends|intended|plans|planned|proposes|proposed|seeks|sought|wants|wanted|aims|agreed|is set|was set|is seeking|was seeking|is to|was to) )?(?:to|would|will|can) (?:acquire|buy|purchase|take over|take control of|control|merge with|combine with|take a stake in|invest in)(?= )/g,
  // "the transaction in which @1 acquires @2", "the deal whereby @1 buys @2" (stop 71's second controls sample)
  /(?:^| )(?:whereby|in which|under which|by which) (?:the )?@(?<a>\d+) (?:acquires|buys|purchases|takes over|takes control of|merges with|combines with|acquired|bought|purchased|took over)(?= )/g,
  // "the sale of @2 's mobile unit to @1 , @3 and @4": every buyer of what is sold (stop 71's second controls sample)
  /(?:^| )(?:sale|sales|transfer|disposal|divestiture) of (?:the )?(?:@\d+ 's )?(?:[a-z0-9-]+ ){0,3}(?:@\d+ )?to (?:the )?(?:(?:rivals?|buyers?|competitors?|operators?|carriers?) )?(?<list>@\d+(?: (?:,|and|, and) (?:the )?@\d+)*)(?= )/g,
  // "granted conditional approval to @1 for its takeover of …", "clearance for @1" (stop 71's fourth controls sample)
  /(?:^| )(?:approval|approvals|clearance|green light|go-ahead|nod|permission|authori[sz]ation) (?:to|for) (?:the )?@(?<a>\d+)(?= )/g,
  // "the renewal of @1 's licence", "the transfer of @1 's licence" (stop 71's second controls sample)
  /(?:^| )(?:renewal|extension|grant|transfer) of (?:the )?@(?<a>\d+) 's (?:[a-z-]+ )?(?:licen[cs]e|licen[cs]es|permit|concession|spectrum)(?= )/g,
  // "the merger of @1 and @2", "the concentration between @1 and @2"
  /(?:^| )(?:merger|concentration|combination|tie-up|joint venture|deal|transaction|union) (?:of|between) (?:the )?@(?<a>\d+) and (?:the )?@(?<b>\d+)(?= )/g,
  // "the @1 - @2 merger", "the @1 and @2 disk deal": a deal named by its parties
  /(?:^| )(?:the |a )?(?:proposed )?@(?<a>\d+) (?:(?:-|\/|and) )?(?:the )?@(?<b>\d+) (?:[a-z-]+ ){0,2}(?:merger|deal|transaction|combination|tie-up|joint venture)(?= )/g,
  // "on the condition that @1 divests": the party the conditions bind
  /(?:^| )on (?:the )?condition that (?:the )?@(?<a>\d+) (?:divests|divest|sells|sell|disposes|dispose|keeps|keep|holds|hold|licenses|license|agrees|agree)(?= )/g,
  // "the merger of @1 with @2"
  /(?:^| )(?:merger|combination|tie-up) of (?:the )?@(?<a>\d+) with (?:the )?@(?<b>\d+)(?= )/g,
  // "@1 's merger with @2"
  /(?<![^ ])@(?<a>\d+) 's (?:[a-z$0-9.-]+ ){0,2}(?:merger|combination|tie-up|joint venture) with (?:the )?@(?<b>\d+)(?= )/g,
  // "@1 and @2 's merger"
  /(?<![^ ])@(?<a>\d+) and (?:the )?@(?<b>\d+) 's (?:[a-z$0-9.-]+ ){0,2}(?:merger|combination|tie-up|joint venture|deal)(?= )/g,
];

/** The claims the sentence's clearance (clearanceIn) adds when its clause attaches conditions: the body restricts each party (none already claimed). */
export function clearedOnConditions(clearance: Clearance, abstract: AbstractSentence, articleText: string, claims: readonly FoundRelation[], typeUnknown: TypeUnknown): FoundRelation[] {
  if (!conditionsAttached(abstract.text.slice(clearance.from)) || NOT_CONDITIONED.test(abstract.text)) return [];
  const status = claimStatus(abstract.text.slice(0, clearance.at), abstract.text.slice(0, clearance.at));
  const trigger = triggerText(abstract, articleText, clearance.at, clearance.at + clearance.verb.length);
  return bindParties(clearance, claims, typeUnknown).map((party) => ({ source: clearance.body, relation: 'restricts', target: party, status, trigger, rule: CLEARED_ON_CONDITIONS_RULE }));
}

/** Conditions sought or weighed are none yet: "critics had sought remedies", "may impose conditions". */
const WANTED_BEFORE = /(?:^| )(?:sought|seek|seeks|seeking|demanded|demands|called for|calls for|urged|asked for|wanted|wants|pushed for|may impose|could impose|might impose|would impose|considering|weighing)(?: [a-z-]+){0,2} $/;

/** Whether the clause that tells the clearance (up to a semicolon) attaches conditions to it. */
function conditionsAttached(fromClearance: string): boolean {
  const clause = fromClearance.split(' ; ')[0]!;
  for (const match of clause.matchAll(CONDITION_WORD)) if (!WANTED_BEFORE.test(clause.slice(0, match.index + 1))) return true;
  return false;
}

/** A clearance a state body gave, and the deal's parties the sentence names (the firm that received the clearance first, when the sentence tells it so). */
export interface Clearance extends BindingAct {
  /** Where the clause that tells the clearance starts in the abstract text (conditions come after it). */
  from: number;
  /** Where the clearing verb starts (what comes before it decides the status). */
  at: number;
  /** The clearing words, as the abstract text has them. */
  verb: string;
}

/** The sentence's clearance, the state body that gave it and the deal's parties, or none. */
export function clearanceIn(text: string, mentions: readonly SentenceMention[]): Clearance | undefined {
  if (!CLEARING_WORD.test(text)) return undefined;
  const found = clearingActIn(text, mentions);
  if (!found) return undefined;
  const parties = partiesIn(text, found.subject, found.other).flatMap((i) => (mentions[i] && mentions[i] !== found.body ? [mentions[i]] : []));
  return parties.length > 0 ? { ...found, parties } : undefined;
}

/** The clearing act: the body, where its verb stands, and the firm that received it (when told so). */
function clearingActIn(text: string, mentions: readonly SentenceMention[]): (Omit<Clearance, 'parties'> & { subject?: number; other?: number }) | undefined {
  const isBody = (i: number): boolean => mentions[i]?.type === 'government';
  for (const match of text.matchAll(BODY_CLEARS)) {
    const body = Number(match.groups!.body);
    if (isBody(body)) return { body: mentions[body]!, from: match.index, at: match.index + match[0].length - match.groups!.verb!.length, verb: match.groups!.verb! };
  }
  for (const match of text.matchAll(CLEARED_BY)) {
    const body = Number(match.groups!.body);
    if (isBody(body)) return { body: mentions[body]!, from: match.index, at: match.index + match[0].indexOf(match.groups!.verb!), verb: match.groups!.verb! };
  }
  const bound = CONDITIONS_BY.exec(text);
  if (bound && isBody(Number(bound.groups!.body))) {
    const { firm, other, body, verb } = bound.groups!;
    return { body: mentions[Number(body)]!, from: bound.index, at: bound.index + bound[0].lastIndexOf(verb!), verb: verb!, subject: Number(firm), ...(other !== undefined && { other: Number(other) }) };
  }
  const received = FIRM_CLEARED.exec(text);
  if (!received) return undefined;
  const subject = Number(received.groups!.firm);
  for (const giver of text.matchAll(GIVER)) {
    const body = Number(giver[1] ?? giver[2]);
    if (isBody(body) && body !== subject) return { body: mentions[body]!, from: received.index, at: received.index + received[0].length - received.groups!.verb!.length, verb: received.groups!.verb!, subject };
  }
  return undefined;
}

/** The indices of the deal's parties the sentence names: the clearance's receiver first. */
function partiesIn(text: string, subject: number | undefined, other?: number): number[] {
  const out: number[] = [subject, other].filter((i) => i !== undefined);
  for (const pattern of PARTIES) {
    for (const match of text.matchAll(pattern)) {
      const listed = match.groups!.list ? [...match.groups!.list.matchAll(/@(\d+)/g)].map((m) => m[1]) : [];
      for (const name of [match.groups!.a, match.groups!.b, ...listed]) if (name !== undefined && !out.includes(Number(name))) out.push(Number(name));
    }
  }
  return out;
}
