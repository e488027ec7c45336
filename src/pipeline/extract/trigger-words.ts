import { RELATION_KINDS, RELATIONS, type RelationKind, type RelationSpec } from '../relation-registry';
import { WordOpenings } from '../text/word-openings';

/**
 * The registry's trigger vocabulary compiled for lookup: every inflected form of every verb and
 * every noun, indexed by its first word, so finding the triggers of a sentence costs one map
 * lookup per word.
 */

/** How a trigger word stands in the sentence. */
export type TriggerForm = 'verb' | 'participle' | 'noun' | 'made' | 'portfolio' | 'listed' | 'adjective' | 'placement' | 'designation';

export interface TriggerWord {
  relation: RelationKind;
  /** The words, lower case ("roll", "out"). */
  words: readonly string[];
  form: TriggerForm;
}

/** Irregular past forms (participle last). */
const IRREGULAR: ReadonlyMap<string, readonly string[]> = new Map([
  ['make', ['made']],
  ['withhold', ['withheld']],
  ['build', ['built']],
  ['forbid', ['forbade', 'forbidden']],
  ['outsell', ['outsold']],
  ['outshine', ['outshone']],
  ['outdo', ['outdid', 'outdone']],
  ['vie', ['vied']],
  ['run', ['ran', 'run']],
  ['put', ['put']],
  ['cut', ['cut']],
  ['undercut', ['undercut']],
  ['shut', ['shut']],
  ['take', ['took', 'taken']],
  ['show', ['showed', 'shown']],
  ['overtake', ['overtook', 'overtaken']],
  ['go', ['went', 'gone']],
  ['do', ['did', 'done']],
  ['fight', ['fought']],
  ['beat', ['beat', 'beaten']],
  // "after outbidding rivals Qorva" (helper rvn92): the doubled gerund, and a past like the present.
  ['outbid', ['outbid']],
  ['freeze', ['froze', 'frozen']],
  ['lose', ['lost']],
  ['bring', ['brought']],
  ['come', ['came', 'come']],
  ['steal', ['stole', 'stolen']],
  // Rivals' idioms told in the past: "has held its own against", "kept pace with", "stood up to", "caught up with", "won share from".
  ['hold', ['held']],
  ['keep', ['kept']],
  ['stand', ['stood']],
  ['catch', ['caught']],
  ['win', ['won']],
  ['eat', ['ate', 'eaten']],
]);
const DOUBLED = new Set(['outbid', 'ban', 'bar', 'debar', 'expel', 'rival', 'label', 'put', 'cut', 'undercut', 'shut', 'nip', 'snap', 'leapfrog', 'outwit', 'gun', 'unwrap', 'unplug']);
const ING: ReadonlyMap<string, string> = new Map([['vie', 'vying']]);
const OPERATE_FORMS = ['operate', 'operates', 'operated', 'operating'];
const OPERATES_AS: ReadonlySet<string> = new Set(['as', 'under']);
/** Forms in -ing that modify the noun after them, never the verb: "its operating system called Zeta", "developing countries". */
const NOT_A_VERB_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['operating', new Set(['system', 'systems', 'income', 'profit', 'profits', 'loss', 'losses', 'margin', 'margins', 'costs', 'expenses', 'results', 'revenue', 'cash', ...OPERATES_AS])],
  ['developing', new Set(['countries', 'nations', 'world', 'economies', 'markets'])],
  // "seized on Zenco's remarks", "seized control of Qorva": taking up or taking over, not a seizure of goods.
  ...['seize', 'seizes', 'seized', 'seizing'].map((w): [string, ReadonlySet<string>] => [w, new Set(['on', 'upon', 'control', 'power',
    // "has seized market share with its Zeta drones": a share of a market won, no seizure of goods (a fresh sample of real news).
    'market', 'share', 'shares'])]),
  // "Midoro has rebranded itself as Zenco", "rebranded as Zenco": the firm's own new name, no thing it makes (stop 74's first makers sample).
  ...['rebrand', 'rebrands', 'rebranded', 'rebranding'].map((w): [string, ReadonlySet<string>] => [w, new Set(['itself', 'themselves', 'as'])]),
  // "Trouble is brewing over Zeta", "a revolt brewed among Zeta's fans": trouble growing, nothing brewed (helper lin95, who added the
  // brewer's verb; "Zenco brews Zeta in Ruritania" keeps its object right after the verb).
  ...['brew', 'brews', 'brewed', 'brewing'].map((w): [string, ReadonlySet<string>] => [w, new Set(['over', 'in', 'at', 'for', 'between', 'among', 'up', 'on', 'within', 'behind', 'inside', 'around', 'across', 'under', 'since', 'and', ',', '.'])]),
  // "Zenco LLC operates as Qorva", "Vexa operates under the ownership of Zenco": a trade name or an owner, no thing run (helper fe85).
  // "Vexa is operated under licence by Zenco" is still run by Zenco: the participle keeps its "under".
  ['operate', OPERATES_AS], ['operates', OPERATES_AS], ['operated', new Set(['as'])],
  // "Zenco sells frozen meals across Ruritania": food kept cold, no assets frozen (helper brd94, stop 94; "froze the assets of" stays).
  ['frozen', new Set(['food', 'foods', 'meal', 'meals', 'dinner', 'dinners', 'entree', 'entrees', 'pizza', 'pizzas', 'vegetables', 'fruit',
    'fruits', 'berries', 'peas', 'fries', 'potatoes', 'dessert', 'desserts', 'yogurt', 'treats', 'snacks', 'dough', 'seafood', 'fish',
    'shrimp', 'chicken', 'meat', 'beef', 'waffles', 'goods', 'products', 'aisle', 'aisles', 'section', 'category', 'range', 'line',
    'brand', 'brands', 'storage', 'embryos', 'eggs'])],
]);
/** "made an unsuccessful attempt to buy Zeta", "made a bid for Zeta": "make" as a light verb, its object an act, makes no thing. */
const MAKE_FORMS: ReadonlySet<string> = new Set(['make', 'makes', 'made', 'making']);
const LIGHT_OBJECTS: ReadonlySet<string> = new Set([
  'attempt', 'attempts', 'bid', 'bids', 'offer', 'offers', 'move', 'moves', 'decision', 'decisions', 'effort', 'efforts', 'push',
  'case', 'deal', 'deals', 'announcement', 'statement', 'investment', 'investments', 'acquisition', 'acquisitions', 'changes', 'change',
  'progress', 'comments', 'claim', 'claims', 'mistake', 'call', 'pitch', 'bet', 'bets', 'payment', 'payments', 'donation', 'approach',
  'overture', 'overtures', 'proposal', 'request', 'appeal', 'argument', 'point', 'headlines', 'inroads', 'gains', 'cuts', 'use', 'sense', 'money',
]);
function makesNoThing(words: readonly string[], from: number): boolean {
  // "shoes made of Zenlite", "a board made up of five firms": what a thing is made of, or what makes up a whole, has no maker.
  if (words[from] === 'of' || (words[from] === 'up' && words[from + 1] === 'of')) return true;
  let k = from;
  if (words[k] === 'a' || words[k] === 'an' || words[k] === 'the' || words[k] === 'its' || words[k] === 'their') k++;
  if (LIGHT_OBJECTS.has(words[k] ?? '')) return true;
  // One describing word before the act: "an unsuccessful attempt", "a formal bid".
  return /^[a-z]+$/.test(words[k] ?? '') && LIGHT_OBJECTS.has(words[k + 1] ?? '');
}
const OWNERS_BEFORE_OWN: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** Inflections that are prepositions, never the verb: "all firms, excluding Zenco, …". */
const PREPOSITION_FORMS = new Set(['excluding']);

/** "ban" → [bans, banning] as verb forms and [banned] as participle; multi-word verbs inflect their first word. */
export function inflect(base: string): { verb: string[]; participle: string[] } {
  const [head, ...rest] = base.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const stem = DOUBLED.has(head!) ? head! + head!.slice(-1) : head!;
  const dropE = head!.endsWith('e') ? head!.slice(0, -1) : stem;
  // "classify": a consonant and "y" end in "ies" and "ied" ("classifies", "classified").
  const yStem = /[^aeiou]y$/.test(head!) ? head!.slice(0, -1) + 'i' : undefined;
  const third = yStem ? `${yStem}es` : /(?:s|sh|ch|x)$/.test(head!) || /^(?:out)?(?:go|do)$/.test(head!) ? `${head}es` : `${head}s`;
  const ing = ING.get(head!) ?? `${dropE}ing`;
  const past = IRREGULAR.get(head!) ?? [yStem ? `${yStem}ed` : head!.endsWith('e') ? `${head}d` : `${stem}ed`];
  const verb = [head!, third, ing, ...past.slice(0, -1)];
  const participle = [past[past.length - 1]!];
  // "rivalled" and "rivaled", "labelled" and "labeled" are both written.
  if (head === 'rival' || head === 'label') participle.push(`${head}ed`);
  // So are "rivalling" and "rivaling": "Zeta writes code, rivaling Qorva's Plix" (helper exa101, from AI-model news in American
  // spelling, where the single-l form was no verb at all).
  if (head === 'rival') verb.push(`${head}ing`);
  return { verb: verb.map((w) => w + tail), participle: participle.map((w) => w + tail) };
}

/** Every form of the registry's `stateVerbs`, and its `stateNouns`: triggers that need a government actor. */
const STATE_ONLY: ReadonlySet<string> = new Set(
  RELATION_KINDS.flatMap((r) => [
    ...((RELATIONS[r] as RelationSpec).stateVerbs ?? []).flatMap((base) => Object.values(inflect(base)).flat()),
    ...((RELATIONS[r] as RelationSpec).stateNouns ?? []),
  ]),
);

/** Whether a trigger, as written, signals its relation only when a government acts ("shut down"). */
export function needsStateActor(trigger: string): boolean {
  return STATE_ONLY.has(trigger.toLowerCase());
}

function compile(): Map<string, TriggerWord[]> {
  const byFirst = new Map<string, TriggerWord[]>();
  const add = (relation: RelationKind, phrase: string, form: TriggerForm): void => {
    const words = phrase.split(' ');
    const list = byFirst.get(words[0]!) ?? [];
    if (!list.some((t) => t.relation === relation && t.form === form && t.words.join(' ') === phrase)) list.push({ relation, words, form });
    byFirst.set(words[0]!, list);
  };
  for (const relation of RELATION_KINDS) {
    const spec: RelationSpec = RELATIONS[relation];
    // State verbs read as any verb; which actor they need is checked with the claim (needsStateActor).
    for (const base of [...(spec.verbs ?? []), ...(spec.stateVerbs ?? [])]) {
      const { verb, participle } = inflect(base);
      for (const w of verb) if (!PREPOSITION_FORMS.has(w)) add(relation, w, 'verb');
      for (const w of participle) add(relation, w, 'participle');
    }
    // State nouns read as any noun; which actor they need is checked with the claim, as for state verbs.
    for (const noun of [...(spec.nouns ?? []), ...(spec.stateNouns ?? [])]) add(relation, noun, 'noun');
    for (const adjective of spec.adjectives ?? []) add(relation, adjective, 'adjective');
    for (const noun of spec.madeNouns ?? []) add(relation, `${noun} of`, 'made');
    for (const noun of spec.portfolioNouns ?? []) for (const verb of ['includes', 'include', 'included', 'comprises', 'comprise', 'features', 'consists of', 'consist of', 'spans', 'encompasses', 'that includes', 'which includes', ', which includes', 'that include', 'which include', ', which include']) add(relation, `${noun} ${verb}`, 'portfolio');
    // "The company's core brands now include A sore throat drops, B eye drops and C": an adverb of time between noun and verb keeps
    // the same list, each member with its kind (helper cor96, from real medicine-group news: only the first member was read).
    for (const noun of spec.portfolioNouns ?? []) for (const verb of ['now includes', 'now include', 'also includes', 'also include', 'still includes', 'still include', 'currently includes', 'currently include']) add(relation, `${noun} ${verb}`, 'portfolio');
    // "Zenco's portfolio ranges from the Zeta to the Yota": both ends are members (helper dc86; the "to" is read in trigger-relations.ts).
    for (const noun of spec.portfolioNouns ?? []) for (const verb of ['ranges from', 'range from', 'ranged from']) add(relation, `${noun} ${verb}`, 'portfolio');
    // "Zenco's top brands include: Zapp, Qwik and Zbook": a colon after the verb opens the same list (the list is read after the trigger, and stops at a colon).
    for (const noun of spec.portfolioNouns ?? []) for (const verb of ['includes', 'include', 'included', 'comprises', 'comprise', 'features']) add(relation, `${noun} ${verb} :`, 'portfolio');
    // "its three brands – A, B and C", "brands such as A and B": the list itself, read only after an owner (trigger-relations.ts).
    for (const noun of spec.portfolioNouns ?? []) for (const opener of ['including', 'such as', 'like', ',', ':']) add(relation, `${noun} ${opener}`, 'listed');
    // "Zenco's apps include A", "sells chips such as A": read only after an owner, like the lists above.
    // "Zenco's apps, which include A and B": the relative clause lists them the same (fresh samples on owner lists, helper ow84).
    for (const noun of spec.ownedNouns ?? []) for (const opener of ['including', 'such as', 'like', ':', 'include', 'includes', 'included', ', including', ', such as', ', like', ', which include', ', which includes', 'which include', 'that include']) add(relation, `${noun} ${opener}`, 'listed');
    // "Zenco's cameras, led by the Q16,", "its phones, ranging from the Zeta 1 to the Zeta 5," (helper dc86, fresh samples).
    for (const noun of [...(spec.ownedNouns ?? []), ...(spec.portfolioNouns ?? [])]) for (const opener of [', led by', ', ranging from', 'ranging from']) add(relation, `${noun} ${opener}`, 'listed');
    for (const base of spec.placements?.verbs ?? []) {
      const { verb, participle } = inflect(base);
      for (const w of [...verb, ...participle]) add(relation, w, 'placement');
    }
    for (const base of spec.designations?.verbs ?? []) {
      const { verb, participle } = inflect(base);
      for (const w of [...verb, ...participle]) add(relation, w, 'designation');
    }
  }
  // Longest phrases first, so "export controls" wins over "controls".
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

const TRIGGERS = compile();

/** How triggers' first words open: asked of every word, most of which open none. */
const TRIGGER_OPENINGS = new WordOpenings();
for (const first of TRIGGERS.keys()) TRIGGER_OPENINGS.add(first);

/** The answer for most words, shared rather than allocated per word. */
const NO_TRIGGERS: readonly TriggerWord[] = Object.freeze([]);

/** The triggers that start at `words[at]`, longest first. */
export function triggersAt(words: readonly string[], at: number): readonly TriggerWord[] {
  const word = words[at];
  if (!TRIGGER_OPENINGS.mayBe(word)) return NO_TRIGGERS;
  const candidates = TRIGGERS.get(word!);
  if (!candidates) return NO_TRIGGERS;
  if (NOT_A_VERB_BEFORE.get(word!)?.has(words[at + 1] ?? '') || (MAKE_FORMS.has(word!) && makesNoThing(words, at + 1))) return NO_TRIGGERS;
  // "operates publicly as Qorva", "operating independently under Zenco": an adverb between the verb and its "as" or "under".
  // The participle keeps its "under" here too: "is operated jointly under licence by Zenco" is still run by Zenco.
  if (OPERATE_FORMS.includes(word!) && /^[a-z]+ly$/.test(words[at + 1] ?? '') && (word === 'operated' ? words[at + 2] === 'as' : OPERATES_AS.has(words[at + 2] ?? ''))) return NO_TRIGGERS;
  // "sent orders of their own to Zapp": "own" after "of" and a possessive is no verb ("its own Zeta" still owns Zeta).
  if (word === 'own' && words[at - 2] === 'of' && (OWNERS_BEFORE_OWN.has(words[at - 1] ?? '') || /^its@/.test(words[at - 1] ?? ''))) return NO_TRIGGERS;
  // Most words open one-word triggers only, all of which match: their list is returned as it is, not copied.
  let matching: TriggerWord[] | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const t = candidates[i]!;
    if (spelledAt(t.words, words, at)) matching?.push(t);
    else matching ??= candidates.slice(0, i);
  }
  return matching ?? candidates;
}

/** Whether `words` spell `phrase` from `at` on. */
function spelledAt(phrase: readonly string[], words: readonly string[], at: number): boolean {
  for (let k = 0; k < phrase.length; k++) if (words[at + k] !== phrase[k]) return false;
  return true;
}
