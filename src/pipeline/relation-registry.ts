/**
 * The relations the graph knows, in one place: what each means, which entity types it joins,
 * whether it reads both ways, its colour, and the words that signal it in text. Extraction,
 * graph building, styling, GEXF and the explorer's filters and legend all read this registry,
 * so a new relation is one entry here (plus, if it should be found in text, its trigger words).
 *
 * Trigger vocabulary (used by extract/trigger-relations.ts):
 * - `verbs`: base forms; the inflections are derived ("ban" → bans, banned, banning).
 *   Active "X bans Y", passive "Y was banned by X", reduced "Y, banned by X".
 * - `nouns`: nominal triggers whose object follows a preposition ("a ban on Y", "the
 *   suspension of Y"); the actor is a possessor ("X's ban"), "by X", or the subject of the
 *   light verb ("X announced a ban on Y").
 * - `adjectives`: qualify the noun after them as a trigger ("a restrictive stance on Y").
 * - `placements`: putting Y on a list restricts it ("added Y to the Entity List").
 * - `designations`: naming Y as a threat restricts it ("designated Y as a Chinese military company"); as one whose
 *   operation is outlawed, bans it ("declared Y an undesirable organisation").
 */

import type { EntityType } from './types';

export interface RelationSpec {
  /** What the relation states, for the README, the explorer and anyone adding a rule. */
  reason: string;
  /** Source → target reads as "X <relation> Y"; symmetric relations read both ways. */
  symmetric: boolean;
  /** Entity types allowed at each end: the guard against nonsense edges. */
  source: readonly EntityType[];
  target: readonly EntityType[];
  /** A target holds this relation with one source only (a product has one developer): two sources conflict. */
  singleSource?: boolean;
  /** Paul Tol's "muted" scheme: colour-blind safe, readable on white. */
  color: string;
  verbs?: readonly string[];
  nouns?: readonly string[];
  /**
   * Verbs that signal the relation only when a government acts: "Ruritania shut down Zapp" bans it,
   * "Zenco shut down Zapp" is a firm closing its own app. Read like `verbs`.
   */
  stateVerbs?: readonly string[];
  /**
   * Nouns that signal the relation only when a government acts: "Ruritania ordered the shutdown of Zapp" bans it,
   * "Zenco announced the shutdown of Zapp" is a firm ending its own app. Read like `nouns`.
   */
  stateNouns?: readonly string[];
  /** Nouns for the thing made, whose maker follows "of": "Y is a product of X". */
  madeNouns?: readonly string[];
  /** Nouns for what a maker offers, followed by "includes": "X's portfolio includes A, B and C". */
  portfolioNouns?: readonly string[];
  /**
   * Plural nouns of made things that list a maker's own only when an owner is said: "Zenco's apps
   * include A", "Zenco sells chips such as A", "Zenco apps like A" (but "banned apps such as A" names no maker).
   */
  ownedNouns?: readonly string[];
  /** Adjectives that make the noun after them a trigger: "a restrictive stance on Y". */
  adjectives?: readonly string[];
  /** Putting the target on one of these restricts it: "added Y to the Entity List", "placed Y under sanctions". */
  placements?: { verbs: readonly string[]; onto: readonly string[] };
  /**
   * Naming the target as one of these restricts it: "designated Y as a Chinese military company". A cue word follows "as".
   * `outlawing`: the cues that outlaw the target's operation in the state, so that naming it so bans it ("declared Y an
   * undesirable organisation", "recognised Y as extremist"), as does putting it on a list of them ("added Y to the list of
   * undesirable organisations"); a list that only limits trade (an Entity List, a blacklist) still restricts.
   */
  designations?: { verbs: readonly string[]; as: readonly string[]; outlawing?: readonly string[] };
}

const THINGS: readonly EntityType[] = ['product', 'model'];
const ACTORS: readonly EntityType[] = ['company', 'government'];
const ANY_SCORED: readonly EntityType[] = ['company', 'product', 'model', 'government'];

export const RELATIONS = {
  banned: {
    reason: 'X bans, bars, blocks, prohibits or revokes Y, or orders its removal or the closure of its business',
    symmetric: false,
    source: ACTORS,
    target: ['product', 'model', 'company'],
    color: '#882255',
    // WordNet review (issue 17): proscribe, debar, banish, delist, shut out added; veto, take down rejected; censor, rejected then, is a state's verb since stop 90 (below; see README).
    // exclude came with fresh samples ("excluded Zenco from its 5G network"); its "excluding" is a preposition (trigger-words.ts).
    // disallow came with fresh samples ("had disallowed calls on Zapp and Qchat").
    // deplatform came with fresh samples on app stores and hosts ("Zenco and Qorva deplatformed Zapp").
    verbs: ['ban', 'bar', 'block', 'prohibit', 'forbid', 'outlaw', 'revoke', 'suspend', 'remove', 'expel', 'proscribe', 'debar', 'banish', 'delist', 'shut out', 'phase out', 'exclude', 'disallow', 'deplatform',
      // A state putting a vendor out of its networks ("kicked out Zenco and Qorva").
      'kick out',
      // Stop 52's readers: a store yanking an app ("yanks the Zapp app from its store").
      'yank',
      // Stop 60's readers: a body barring a firm from bids ("disqualified Zenco from all bidding"), as "debar".
      'disqualify',
      // Stop 62, from its second bans sample: courts' orders ("restrained Zenco from selling its phones", "enjoined Zenco from …").
      'restrain', 'enjoin',
      // Stop 62, from its third bans sample: a state making a thing's use a crime ("criminalised the use of Zapp").
      'criminalise', 'criminalize',
      // Stop 70, from its last bans samples: a browser or a store switching off another's extension or app ("Zenco disabled Qorvablock").
      'disable'],
    // Closing something down is a ban only by a state: a firm shuts down and takes down its own apps and posts.
    // "booted Zenco from its 5G network" is a state's; a phone "boots" its operating system.
    // A state's recall orders a product off the market (stop 49's readers); a firm recalls its own.
    // A state withholding an outlet's accounts on a platform blocks the outlet (stop 49's readers).
    // A state grounding a plane keeps it out of the air (stop 50's readers); an airline grounds its own fleet.
    // A state seizing goods takes them off its market (stop 52's readers: customs and police seizing cars, domains seized).
    // A state filtering a site or an app blocks it (stop 58: Iran's "filtered Zapp"); a firm's app filters spam.
    // A state pulling the plug on a service shuts it (stop 58's readers); a firm pulls the plug on its own.
    stateVerbs: ['shut down', 'take down', 'shutter', 'boot', 'recall', 'withhold', 'ground', 'seize', 'confiscate', 'impound', 'filter', 'pull the plug on',
      // Stop 61, from its first bans sample: "and it unplugged Zapp and Qorvabook".
      'unplug',
      // Helper ban90b, fresh sample s78: a state censoring an outlet or a site blocks it ("authorities censor Zeta Post"); a firm
      // censoring posts on its own service bans no firm, so the verb stays a state's (the WordNet review had rejected it as a verb of any actor).
      'censor',
      // Stop 62, from its first controls sample: "directed operators to close down Zmail".
      'close down',
      // Stop 58's readers: a state coming down on a service ("brought the hammer down on Zapp and Qchat").
      'bring the hammer down on', 'bring down the hammer on',
      // Stop 69, from its last bans samples: police taking a network or a service apart ("Europol dismantled Qorvanet", "knocked Zmart offline").
      'dismantle', 'knock offline', 'take offline',
      // Stop 72, from its fifteenth set: a regulator sealing off an operator's premises shuts it ("sealed off the switch rooms of Zenco").
      'seal off',
      // Stop 75, from stop 74's last bans samples: a state switching stations off ("the authority switched off Zeta TV and Kappa News").
      'switch off',
      // Stop 75, from stop 74's last bans samples: a store purging apps from its shelves ("purged Zapp, Qix and dozens of clones from its store").
      'purge',
      // Stop 75, from its first bans samples: a regulator blacking a channel out ("RTUK blacked out Zen TV for five days").
      'black out'],
    // proscription came with stop 50's readers ("the proscription of Zeta Action by the Home Office").
    nouns: ['ban', 'bans', 'prohibition', 'prohibitions', 'suspension', 'suspensions', 'revocation', 'removal', 'moratorium', 'dissolution', 'block', 'blockade', 'blockage', 'proscription', 'proscriptions',
      // Helper md85, from fresh samples on vape makers: a drug regulator's marketing denial order takes a product off the market
      // ("issued marketing denial orders for Zenco's Puffo"), unlike the export "denial order" (restricts).
      'marketing denial order', 'marketing denial orders'],
    // Helper fe85, from fresh samples: a firm announcing the shutdown or the closure of a thing ends its own ("Zenco announced the
    // shutdown of Zapp"), as with "shut down" above; a state's shutdown of it still bans it.
    stateNouns: ['shutdown', 'shutdowns', 'closure', 'closures'],
  },
  restricts: {
    reason: 'X puts export controls, licence requirements, sanctions, a blacklist, tariffs or duties on Y',
    symmetric: false,
    source: ACTORS,
    target: ANY_SCORED,
    color: '#aa4499',
    // WordNet review (issue 17): curtail, throttle added; limit, control, confine rejected as too general.
    // "OFAC designated Zenco", "were designated by the Treasury": designating without "as" is the sanctions
    // listing; with "as" only a threat complement counts (designations below).
    // freeze came with fresh samples on sanctions ("froze the assets of Zenco and Qorva"); the designation nouns with
    // Treasury releases ("announced the designations of two oil firms, A and B").
    verbs: ['restrict', 'sanction', 'blacklist', 'curb', 'embargo', 'cut off', 'curtail', 'throttle', 'rein in', 'clamp down on', 'designate', 'freeze'],
    // An export ban controls exports: "slapped Zenco with an export ban" restricts Zenco (the real-dev rules count export controls as `restricts`).
    // Trade penalties are sanctions by another name ("imposed trade penalties on Zenco"; stop 60's controls readers); bare "penalties" may be fines.
    nouns: ['restriction', 'restrictions', 'sanctions', 'controls', 'export controls', 'export control', 'export ban', 'export bans', 'trade penalties', 'economic penalties', 'licence requirement', 'license requirement', 'licensing requirement', 'licence requirements', 'license requirements', 'licensing requirements', 'curbs', 'embargo', 'blacklisting', 'limits', 'asset freeze', 'asset freezes', 'denial order', 'denial orders', 'designation', 'designations',
      // Stop 63, from stop 62's controls readers: a state's answer to another's sanctions, in the words of its sanctions law ("took countermeasures against Zenco").
      'countermeasures', 'counter-measures', 'countersanctions', 'counter-sanctions',
      // Stop 78: export controls by their other names ("tightened export rules on chip tools to Zembla"; bare "rules" says nothing).
      'export rules', 'export regulations'],
    // Helper tar89, from fresh samples on steel, solar and electric-car trade cases: a state's tariffs, duties, levies and quotas on a
    // firm or on a state's goods restrict the firm or the state named ("imposed duties of up to 35% on Zenco", "tariffs on Zembla's
    // steel"). Only a state's: a carrier's "tariffs" are its prices, a board's "duties" its tasks. Bare "duty" is too often a task,
    // read only with a rate ("a 25% duty", "a duty of 25%": trigger-relations.ts).
    stateNouns: ['tariff', 'tariffs', 'duty', 'duties', 'levy', 'levies', 'quota', 'quotas',
      // Helper rst94, fresh sample s91d: a state's crackdown on a firm restricts it short of a ban ("Ruritania's crackdown on Zenco",
      // "Ruritania cracks down on Zenco"; stateVerbs below). A state's only: a firm's crackdown on fake accounts is its own policing.
      'crackdown', 'crackdowns',
      // … and reporting duties and licensing schemes laid on a firm (policy "since stop 94"; "enacted a law imposing reporting requirements
      // on Zenco", "introduced a licensing system for Zenco"). A state's only: a firm's licensing programme for its partners is a deal.
      'reporting requirement', 'reporting requirements', 'reporting obligation', 'reporting obligations', 'licensing system', 'licensing regime', 'licensing scheme',
      // Helper ban90b, fresh sample s78: a state's sanctions list named after its target ("Ruritania's sanctions lists on Borduria")
      // restricts that target, as the state's sanctions on it do. A state's only: a firm keeps no sanctions list on anyone.
      'sanctions list', 'sanctions lists',
      'anti-dumping duty', 'anti-dumping duties', 'antidumping duty', 'antidumping duties', 'anti-subsidy duty', 'anti-subsidy duties',
      'countervailing duty', 'countervailing duties', 'import duty', 'import duties', 'customs duty', 'customs duties',
      'import tariff', 'import tariffs', 'import levy', 'import levies', 'import quota', 'import quotas',
      'surtax', 'surtaxes', 'safeguard duty', 'safeguard duties', 'tariff rate', 'tariff rates', 'duty rate', 'duty rates',
      'anti-dumping tax', 'anti-dumping taxes', 'antidumping tax', 'antidumping taxes',
      // Helper trd90, fresh samples s79a/s79c: trade-defence measures and duty orders by their case names ("extended anti-dumping
      // measures on bicycles imported from Zembla", "renewed the duty order on frames from Zembla"); bare "measures" says nothing.
      'anti-dumping measure', 'anti-dumping measures', 'antidumping measure', 'antidumping measures', 'anti-subsidy measures',
      'countervailing measures', 'safeguard measure', 'safeguard measures', 'trade defence measures', 'trade defense measures',
      'duty order', 'duty orders', 'anti-dumping order', 'anti-dumping orders', 'antidumping order', 'antidumping orders',
      // Helper trd91, fresh sample s81c: a duty order named with its case's kind ("issuing antidumping duty orders on resins from Zembla").
      'anti-dumping duty order', 'anti-dumping duty orders', 'antidumping duty order', 'antidumping duty orders',
      'countervailing duty order', 'countervailing duty orders',
      // Helper dty96, fresh sample s94a/e: a duty order by its case's initials, also after the spelt-out kind ("published the AD
      // order on widgets from Zembla", "the antidumping duty (AD) order on …"). A state's only, so a firm's "ad order" is no duty.
      'ad order', 'ad orders', 'cvd order', 'cvd orders', 'ad/cvd order', 'ad/cvd orders', 'ad and cvd orders',
      ...['anti-dumping duty ( ad )', 'antidumping duty ( ad )', 'anti-dumping ( ad )', 'antidumping ( ad )', 'countervailing duty ( cvd )'].flatMap((kind) => [`${kind} order`, `${kind} orders`]),
      // Helper trd90b, fresh sample s80b: a headline's "import fees" are a state's duties ("the board OKs steep import fees on Zenco washers").
      'import fee', 'import fees',
      // Helper sta92, fresh sample s84c: a trade agency's duty margins against a state's goods set the duties it will collect ("issued
      // preliminary antidumping-duty margins against imports of wheels from Zembla"); bare "margins" are a firm's profits.
      'antidumping-duty margin', 'antidumping-duty margins', 'anti-dumping-duty margins', 'antidumping duty margins', 'anti-dumping duty margins',
      'countervailing-duty margins', 'countervailing duty margins',
      // Helper gds92, fresh sample s85b: states' boycotts of another and their trade embargoes in the plural ("A, B and C launched a
      // commercial and political boycott of Zembla", "imposed trade embargoes on Zembla"). A state's only: a boycott by consumers, a
      // union or a firm is no state measure.
      'boycott', 'boycotts', 'embargoes', 'trade embargo', 'trade embargoes'],
    // Helper rst94: the verb of the crackdown above (a state's only, as "clamp down on" is read for any actor).
    stateVerbs: ['crack down on'],
    adjectives: ['restrictive'],
    // include and enter came with fresh samples on media registers ("included Zeta in the sanctions list", "entered Zeta in the register of foreign agents").
    placements: { verbs: ['add', 'place', 'put', 'move', 'list', 'include', 'enter'], onto: ['list', 'lists', 'blacklist', 'blacklists', 'denylist', 'deny list', 'sanctions', 'watchlist', 'watch list', 'export controls', 'register', 'registry', 'import alert'] },
    // "undesirable" and "extremist" (the registers of banned organisations) came with fresh samples on blocked media;
    // list as a designation verb with stop 44's families ("listed Zenco as a Chinese military company").
    designations: { verbs: ['designate', 'label', 'classify', 'deem', 'declare', 'brand', 'name', 'recognise', 'recognize', 'list'], as: ['military', 'threat', 'threats', 'risk', 'risks', 'adversary', 'adversaries', 'terrorist', 'concern', 'army-linked', 'military-linked', 'military-affiliated', 'military-connected', 'undesirable', 'extremist', 'extremists', 'terrorism',
      // Stop 64's second controls sample: "designated two firms as blocked parties" (a sanctions list's own words).
      'blocked',
      // Set 87's banks reader (helper snm93): "designated Zenco as a specially designated national" (a sanctions list's own words).
      'specially',
      // Helper agn (readers of real news): an organisation named banned or outlawed outright ("declared Zenco a banned organisation").
      'banned', 'outlawed', 'proscribed'],
    // Helper agn, from readers of real news (banned recall 3 of 20): a register of undesirable or extremist organisations outlaws
    // its members' work in the state, so the designation bans them; a foreign agent, a terrorist (a sanctions list's word) or a
    // military company stays restricted.
    outlawing: ['undesirable', 'extremist', 'extremists', 'banned', 'outlawed', 'proscribed'] },
  },
  develops: {
    reason: 'X makes, builds, launches, owns or provides product or model Y',
    symmetric: false,
    source: ['company'],
    target: THINGS,
    singleSource: true,
    color: '#44aa99',
    // assemble and the manufacturer nouns came with fresh samples on contract manufacturers ("Vexa assembles the Zeta", "Zeta manufacturer Vexa").
    verbs: ['develop', 'build', 'make', 'create', 'design', 'launch', 'release', 'unveil', 'introduce', 'produce', 'manufacture', 'assemble', 'train', 'operate', 'own', 'debut', 'roll out', 'rebrand', 'take the wraps off', 'take wraps off', 'pull the wraps off', 'unwrap', 'show off',
      // A publisher releases the games it publishes (fresh samples on game studios).
      'publish',
      // Joint work names every maker ("Zeta, co-developed by Zenco and Qorva").
      'co-develop', 'co-create', 'co-design', 'co-build', 'co-produce', 'co-engineer',
      // Stop 49, from stop 48's readers: unveiling idioms ("pulled back the curtain on Zeta").
      'pull back the curtain on', 'pull the curtain back on', 'lift the curtain on', 'lift the lid on',
      // Stop 50, from stop 49's readers: a maker bringing an old line back ("is bringing back the Zenco Vela", "revived the Zeta").
      'bring back', 'revive',
      // Helper brp95, from set 92's readers and brand news: a maker launching its line again ("Zenco relaunched the Zeta and Vela brands").
      'relaunch', 're-launch',
      // Helper lin95, from real brewers' news: a brewer makes the beers it brews ("Zenco, which brews Zeta and Vela").
      'brew',
      // Stop 56: a maker at work on its next thing ("Zenco is working on a foldable Zeta"), or letting it out ("has unleashed the Zeta").
      'work on', 'unleash',
      // Stop 58, from stop 57's readers: light-verb launches ("Zenco came out with the Zeta", "brought out the Zeta Mini").
      'come out with', 'bring out', 'come up with',
      // Stop 62, from its first bans sample: a maker showing its new thing ("Zenco showcased the Zeta X8 drone"), as "show off".
      'showcase',
      // Stop 62, from its second controls sample: "In 1957 Zenco constructed Zeta, the nation's second computer".
      'construct',
      // Stop 63, from stop 62's readers: an inventor makes the thing it invented ("Zeta was invented by Zenco Labs").
      'invent', 'co-invent',
      // Stop 70, from its first makers sample: a maker showing a working thing ("Zenco demoed Zeta, its answer to Qorva's Vela").
      'demo',
      // … and a maker coming back with its next thing ("Zenco returns with Zeta"; stop 70's makers samples; "is back with": relation-patterns.ts).
      'return with', 'come back with',
      // Helper sup88, from fresh samples on supply deals: a firm provides what it supplies or delivers ("Zenco supplies Zeta chips to Qorva").
      'supply', 'deliver', 'provide',
      // Helper sup89, from fresh samples on ship and train deliveries: a builder hands over what it delivers ("Zenco handed over the first Zeta frigate").
      'hand over',
      // Helper odd102, from fresh samples of streaming news: a service's joint owners each own it ("Zplay is co-owned by Zenco and Qorva").
      'co-own'],
    /** "TikTok's parent company ByteDance", "the maker of Kimi, Moonshot AI": the maker is named beside the noun. */
    nouns: ['maker', 'makers', 'developer', 'creator', 'creators', 'owner', 'owners', 'parent', 'operator', 'publisher', 'provider', 'manufacturer', 'manufacturers', 'assembler', 'assemblers', 'producer',
      // Helper dvo91, from stop 90's eighty-first fresh sample: the plural in apposition ("Zenco SA, producers of the Zeta brand").
      'producers',
      // Stop 49: drinks makers ("Quill's brewer, Zenco").
      'brewer', 'brewers', 'distiller', 'distillers',
      // A coin's or a card's issuer makes it ("Zeta issuer Zenco", "its issuer Zenco").
      'issuer',
      // Stop 51's readers: a game's studio ("Zeta studio Zenco").
      'studio',
      // Stop 73's bans readers: a firm named in the plural of its role ("Zenco Ltd, providers of Zeta", "operators of the Zeta service").
      'providers', 'operators',
      // Stop 63: "Zeta inventor Zenco Labs", "Zenco Labs, the inventor of Zeta".
      'inventor', 'inventors',
      // Helper sup88: "Zenco, the sole supplier of the Zeta X9 radar".
      'supplier',
      // Helper app92, from stop 91's games sample: the trade press's short "dev" ("Zeta dev Zenco", "Zenco, the dev behind Zeta").
      'dev',
      // Helper bro92, from fresh sample s85a: a chain's franchisor owns its brand ("Zenco Corp., the franchisor of 35 Zeta Drive-Ins").
      'franchisor',
      // Helper apz94, from fresh sample s90e: a maker that made the thing with another ("Qorva, the co-creator of the original Zeta").
      'co-creator', 'co-creators', 'co-developer', 'co-developers'],
    /** "Ernie Bot is a product of Baidu": the made thing is the subject, the maker follows "of". */
    // software, app, platform, brainchild and flagship came with fresh samples ("Zeta, the spy software of the company Zenco").
    // project came with stop 46's third samples ("Zeta, the iris-scanning project of Zenco").
    // sub-brand came with helper frm96, from fresh sample s94d ("Vela is a sub-brand of Zenco Ltd", as "a brand of" is read).
    madeNouns: ['product', 'brand', 'service', 'creation', 'offering', 'software', 'app', 'platform', 'brainchild', 'flagship', 'project', 'sub-brand'],
    /** "Baidu's product portfolio includes A, B and C": everything the portfolio lists. */
    // ecosystem, suite, stable and collection, and "… that/which includes", came with fresh samples ("Zenco's ecosystem, which includes A and B").
    portfolioNouns: ['portfolio', 'lineup', 'line-up', 'range', 'products', 'offerings', 'brands', 'services', 'ecosystem', 'suite', 'stable', 'collection',
      // Helper own89, from news on consumer brands: "Zenco, which makes household names like Zeta and Vela", "Zenco owns brand names such as Zeta".
      'household names', 'brand names',
      // Helper pfm97, from set 95 (household-goods groups): "its core powerbrands, including A, B and C", as "its core brands, including".
      'powerbrands'],
    // The goods after headsets came with fresh samples on device and component makers ("Zenco headsets like the Zeta").
    ownedNouns: ['labels', 'apps', 'applications', 'chips', 'processors', 'models', 'chatbots', 'assistants', 'devices', 'phones', 'smartphones', 'drugs', 'medicines', 'games', 'titles', 'tools', 'platforms', 'vehicles', 'cars',
      'headsets', 'glasses', 'watches', 'smartwatches', 'wearables', 'laptops', 'tablets', 'cameras', 'sensors', 'robots', 'drones', 'servers', 'gpus', 'accelerators', 'browsers', 'satellites', 'rockets', 'jets', 'reactors', 'vaccines', 'trucks', 'scooters', 'motorcycles', 'earbuds', 'headphones', 'speakers', 'routers', 'modems', 'monitors', 'printers', 'controllers',
      // Stop 53's readers: "Zenco hardware and software such as A and B".
      'hardware', 'software', 'consoles', 'handsets', 'computers', 'pcs', 'programs', 'programmes',
      // Stop 56's makers readers: "Zenco now has three EVs, including A and B".
      'evs', 'suvs', 'sedans', 'handhelds', 'cards', 'tvs', 'televisions', 'chipsets',
      // Stop 73's makers readers: "Zenco technologies, including A and B, power the app", "Zenco channels such as A and B".
      'technologies', 'solutions', 'channels',
      // Helper mk84, from fresh samples on makers: a media group's sites and apps ("Zenco digital properties like Zapp and Qwik");
      // bare "properties" is as often land and buildings ("Zenco properties such as Orb Plaza").
      'digital properties', 'online properties', 'web properties', 'internet properties', 'media properties', 'consumer properties',
      // Helper pfl97, from real luxury-group news: a group's fashion or jewellery "houses" and car "marques" are its brands ("five of its
      // premium houses: A, B and C", "Zenco owns marques such as A and B").
      'houses', 'marques',
      // Helper lineup, from made-up launch news: a maker's bicycles named by example ("Qorva's e-bikes, including the Plix Urban").
      'bikes', 'e-bikes', 'ebikes', 'bicycles', 'motorbikes'],
  },
  competes_with: {
    reason: 'X and Y are rivals: compete, challenge, one an alternative to the other',
    symmetric: true,
    source: ['company', 'product', 'model'],
    target: ['company', 'product', 'model'],
    color: '#ddcc77',
    // square off, lose ground/market share to, cede ground to, race ('A, B and C are racing to build …'), and 'up/pitched against'
    // (relation-patterns.ts) came with fresh samples.
    verbs: ['compete', 'rival', 'challenge', 'vie', 'battle each other', 'battle one another', 'fight each other', 'fight one another', 'battle for', 'fight for', 'jockey for', 'jostle for', 'scramble for', 'outperform', 'outsell', 'take aim at', 'take on', 'muscle in on', 'go head-to-head', 'face off', 'dethrone', 'unseat', 'catch up with', 'close in on', 'go head to head', 'go toe to toe', 'go toe-to-toe', 'go up against', 'overtake', 'outpace', 'outstrip', 'leapfrog', 'trade blows with', 'fend off', 'beat', 'outbid', 'edge out', 'do battle with', 'do battle against', 'battle against', 'fight back against', 'square off', 'lose ground to', 'lose market share to', 'lose share to', 'cede ground to', 'cede market share to', 'race', 'fight it out', 'battle it out', 'slug it out', 'duke it out',
      // Contest idioms from stop 48's makers readers: "Zenco battles Qorva for shoppers", "the two are jousting for buyers", "are gunning for each other".
      'battle', 'joust', 'gun for',
      // Stop 50: "is targeting the likes of Qorva and Vexa" (aiming a product at rivals named by example).
      'target the likes of',
      // Stop 69, from its first makers samples: a rival behind another ("Zenco is playing catch-up with Qorva").
      'play catch-up with', 'play catch-up to', 'play catch up with', 'play catch up to',
      // Stop 58: a rival named by who it won over ("Zenco lost users to Qorva").
      'lose users to', 'lose customers to', 'lose subscribers to', 'lose buyers to', 'lose sales to', 'lose business to',
      // … and by who it takes them from or presses ("Zenco is turning up the heat on Qorva", "stole customers from Qorva").
      'turn up the heat on', 'steal customers from', 'steal users from', 'steal share from', 'steal market share from', 'poach customers from', 'poach users from',
      // Stop 61, from stop 60's makers readers: share won from a rival ("Zenco took market share from Qorva", "tried to win share from Qorva").
      'take market share from', 'take share from', 'win market share from', 'win share from', 'grab market share from', 'grab share from', 'gain market share from', 'gain share from', 'wrest market share from', 'wrest share from',
      'win customers from', 'win users from', 'lure customers away from', 'lure users away from', 'lure customers from', 'lure users from',
      // Stop 64's first makers sample: a rival set to bring down the leader ("Zenfind hopes to topple Qwik").
      'topple',
      // … and one that wears down the leader's share ("Zeta is eating into Qwik's market share").
      'eat into', 'eat away at',
      // Stop 65: a thing made to beat another ("built to outshine Qorva's Orb", "the Zeta outclasses the Orb").
      'outshine', 'outdo', 'outclass', 'outsmart', 'outmaneuver', 'outmanoeuvre',
      // Helper cmp90b, from a fresh sample's news-channel rivalry: a rival out-thought or outflanked ("is trying to outfox Qorva").
      'outfox', 'outwit', 'outflank',
      // … and one that wears down another's share ("cheap pagers from Qorva have eroded Zenco's share").
      'erode', 'chip away at', 'nibble at', 'nibble away at',
      // Stop 67's first makers sample: series that "tussled with" each other.
      'tussle with', 'spar with', 'lock horns with',
      // Helper rvz94, from fresh sample s91: a rival met in a market ("will be coming up against Qorva in Europe").
      'come up against',
      // Stop 68, from stop 67's makers samples: a rival faced or ranked behind ("will have to stand up to marques like A and B",
      // "Zenco trails only Qorva in sales", "struggles to keep pace with Qorva").
      'stand up to', 'trail only', 'keep pace with', 'stack up against', 'hold its own against',
      // Stop 72, from stop 71's tenth makers sample: share won back from a rival ("reclaim market share from players like Qorva").
      'reclaim market share from', 'reclaim share from', 'regain market share from', 'regain share from', 'win back customers from', 'win back users from',
      // Helper rv81, from fresh news samples: a rival beaten on price or pressed from behind ("Zenco undercut Qorva", "is squaring up to
      // Qorva", "stole a march on Qorva", "is snapping at the heels of Qorva"; "nipping at Qorva's heels" is a pattern).
      'undercut', 'square up to', 'steal a march on', 'nip at the heels of', 'snap at the heels of',
      // … share or buyers taken "away" from a rival, or a gap closed on it ("is taking market share away from Qorva", "siphoned
      // customers from Qorva", "is closing the gap on Qorva").
      'take market share away from', 'take share away from', 'take business away from', 'take customers away from', 'take users away from',
      'lure shoppers away from', 'lure buyers away from', 'siphon customers from', 'siphon users from', 'siphon market share from', 'siphon share from', 'siphon customers away from',
      'close the gap on', 'close the gap with', 'narrow the gap with', 'narrow the gap on',
      // Helper rv84, from a fresh news sample: share or ground won "against" or "on" a rival ("Qorva gains share against Zenco",
      // "is gaining ground on Zenco").
      'gain share against', 'gain market share against', 'win share against', 'win market share against', 'gain ground on', 'gain ground against', 'make inroads against',
      // Helper rll94, from real AI-model coverage: one model surpassing another on benchmarks ("Zeta 3 surpassed Qorva's Vexa-4 in tests"),
      // the same standing as "outperform" and "overtake"; a figure surpassed ("surpassed 1 million users") names no rival.
      'surpass'],
    // "a direct response to Y" (the annotation rules' "developed as a direct response to" a rival); "in response to" is not.
    nouns: ['rival', 'rivals', 'archrival', 'archrivals', 'arch-rival', 'arch-rivals', 'competitor', 'competitors', 'challenger', 'challengers', 'opponent', 'opponents', 'foe', 'foes', 'nemesis', 'contender', 'contenders', 'entrants', 'newcomers', 'alternative', 'alternatives', 'competition', 'answer', 'response', 'price war', 'race', 'vs', 'versus', 'rivalry', 'rivalries', 'clash', 'duel', 'tussle', 'showdown', 'battle', 'threat', 'challenge', 'collision course', 'jostling', 'grudge match', 'face-off', 'dogfight', 'turf war', 'war', 'wars', 'fight', 'duopoly',
      // "big players like A and B": only in a sentence that names a market (trigger-relations.ts marketPlayers).
      'players',
      // "A head-to-head between A and B", "Zenco is neck and neck with Qorva", "A and B are neck and neck" (helper rv81).
      'head-to-head', 'neck and neck',
      // Helper cmp90b, from a fresh sample's tender for a reactor prototype: "closes out a contest with Qorva", "are locked in a contest
      // for the contract". Only the noun: "will contest the ruling" is a dispute (rival-phrases.ts keeps the verb out).
      'contest',
      // Helper rvn92, from stop 92's eighty-fifth fresh sample: "the Zapp and its archnemesis, the Qapp".
      'archnemesis', 'arch-nemesis', 'arch-enemy', 'archenemy'],
  },
  part_of: {
    reason: 'agency X is part of state Y',
    symmetric: false,
    source: ['government'],
    target: ['government'],
    color: '#888888',
  },
  reported: {
    reason: 'outlet X reported the story about Y',
    symmetric: false,
    source: ['company'],
    target: ANY_SCORED,
    color: '#88ccee',
  },
  invests_in: {
    reason: 'X invests in, backs or funds Y',
    symmetric: false,
    source: ACTORS,
    target: ['company', 'product', 'model'],
    color: '#117733',
  },
  acquired: {
    reason: 'X bought Y',
    symmetric: false,
    source: ['company'],
    target: ['company', 'product', 'model'],
    color: '#332288',
  },
  partners_with: {
    reason: 'X and Y work together: partnership, deal, alliance',
    symmetric: true,
    source: ACTORS,
    target: ACTORS,
    color: '#999933',
  },
  sued: {
    reason: 'X took Y to court',
    symmetric: false,
    source: ACTORS,
    target: ACTORS,
    color: '#661100',
  },
  version_of: {
    reason: 'model X is a version of model family Y ("Llama 3" of Llama)',
    symmetric: false,
    source: ['model', 'product'],
    target: ['model', 'product'],
    color: '#bbbbbb',
  },
} as const satisfies Record<string, RelationSpec>;

/**
 * Nouns of what two parties share, before which a hyphenated or slashed pair of unknown names is two names ("the Zenco-Qorva
 * rivalry", "the Zenco-Qorva price war", "Zenco-Qorva talks"): the rivalries competes_with reads, and deals and talks, which
 * name both sides. Read by extract/paired-names.ts; words of two ("price war") are matched over the words after the pair.
 */
export const PAIR_NOUNS: readonly string[] = [
  'rivalry', 'rivalries', 'war', 'wars', 'price war', 'price wars', 'turf war', 'patent war', 'battle', 'battles', 'clash', 'duel', 'showdown', 'dogfight', 'tussle', 'face-off', 'fight', 'feud', 'duopoly',
  'merger', 'deal', 'venture', 'joint venture', 'talks', 'tie-up', 'partnership', 'alliance', 'pact', 'combination', 'dispute',
];

/** Closed vocabulary of relations. */
export type RelationKind = keyof typeof RELATIONS;

export const RELATION_KINDS = Object.keys(RELATIONS) as RelationKind[];

/** Null-prototype lookup, so that a relation named "constructor" in imported data is simply unknown. */
const BY_NAME: ReadonlyMap<string, RelationSpec> = new Map(Object.entries(RELATIONS));

export function relationSpec(relation: string): RelationSpec | undefined {
  return BY_NAME.get(relation);
}

export function isRelationKind(relation: string): relation is RelationKind {
  return BY_NAME.has(relation);
}

export const SYMMETRIC_RELATIONS: readonly RelationKind[] = RELATION_KINDS.filter((r) => RELATIONS[r].symmetric);

/** Whether a claim of `relation` may join these types (competition only between peers). */
export function relationAccepts(relation: RelationKind, source: EntityType, target: EntityType): boolean {
  const spec: RelationSpec = RELATIONS[relation];
  if (!spec.source.includes(source) || !spec.target.includes(target)) return false;
  // Competition is between peers: companies with companies, products and models with each other.
  if (relation === 'competes_with') return (source === 'company') === (target === 'company');
  return true;
}
