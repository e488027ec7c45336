import goodsJson from '../../../data/goods-nouns.json';
import type { EntityType } from '../types';
import { COMMODITY_NOT_GOODS_HEADS, STATE_COMMODITY_GOODS } from './banned-commodities';
import { FOOD_NOT_GOODS_HEADS, STATE_GOODS_PLURALS } from './state-goods-plurals';
import { RELATIONS } from '../relation-registry';

/**
 * Medical devices and mining rigs, singular (their plurals type a name only after an owner: name-rules.ts). Not "valve": Valve, the
 * game-store owner, is a firm the field names often, and a kind word opening a sentence is no name ("Valve rejected Zeta from Steam").
 */
export const MEDICAL_AND_RIG_KINDS: readonly string[] = ['pump', 'stent', 'catheter', 'pacemaker', 'implant', 'ventilator', 'defibrillator', 'stimulator', 'duodenoscope', 'endoscope', 'colonoscope', 'bronchoscope', 'rig'];

/**
 * Helper typ97b, from real news on snack, kitchen, bag and personal-care launches: household goods a brand stands before, singular
 * ("its Zeta cookie", "the Zeta bar launched by Zenco", "the Zeta air fryer", "the Zeta tote"). They often qualify the next noun
 * ("the Zembla cake market", "knife crime"), so they are a cue only where the noun phrase ends (QUALIFYING_GOODS). Not "case" (a
 * lawsuit), "pack" (a group) nor "cream" (firms' names end with it).
 */
const HOUSEHOLD_GOODS: readonly string[] = ['bar', 'cookie', 'biscuit', 'cake', 'cracker', 'pretzel', 'wafer', 'candy', 'tote', 'handbag', 'bag', 'purse', 'wallet', 'fryer', 'cooker', 'blender', 'toaster', 'kettle', 'knife', 'lotion', 'serum',
  // Helper apn102, from fresh news on pet and home gadgets: "the Zebo cam from Zebola", "its Zeta feeder", "the Vexa dispenser".
  'cam', 'feeder', 'dispenser'];

/**
 * Helper kinds, from news on gadget and kitchen launches: goods named by two words whose last is a firm's word or a person's ("the
 * Vexa power bank", "the Vexa coffee maker"; "bank" and "maker" alone make a name a firm). After a name, where the noun phrase ends
 * with them, they type it a product (name-rules.ts, cueKind); before a name they stay a firm's words ("coffee maker Zenco").
 */
export const TWO_WORD_GOODS: ReadonlySet<string> = new Set(['power bank', 'power banks', 'coffee maker', 'ice maker', 'bread maker', 'espresso maker', 'pasta maker', 'soda maker', 'yogurt maker', 'popcorn maker',
  // Helper kinds (stop 103), from news on smart-home recalls and launches: household devices named by two words whose first is no
  // goods word ("Zenco recalled its Vexa smart plugs", "the Vexa home hub from Borin", "Zenco's Plix light strip"). Singular and
  // plural; "the lock on the door", "a hub for startups", "Zenco's Plix plug-in" name no such thing.
  ...['smart plug', 'smart lock', 'smart bulb', 'smart display', 'smart speaker', 'smart thermostat', 'smart doorbell', 'smart camera',
    'light bulb', 'light strip', 'home hub', 'video doorbell', 'air purifier', 'robot mower', 'robot vacuum'].flatMap((w) => [w, `${w}s`])]);

/**
 * Consumer and industrial goods a brand name stands before (singular): shared by the name rules
 * (cue nouns, read after a name only: "the think tank Qorva" names no tank) and the possessive
 * pattern ("Zenco's Zeta sneaker"). No word that also names a person's office ("Speaker …").
 */
export const GOODS_NOUNS: readonly string[] = (
  'car suv sedan crossover hatchback coupe minivan vehicle truck tractor excavator scooter motorcycle bike ' +
  'aircraft plane airliner helicopter satellite missile rifle tank howitzer sensor reactor ' +
  'printer router modem tv television earbuds headphones smartwatch wearable handset mouse monitor ' +
  'sneaker shoe drink beverage snack cereal beer soda sauce chocolate detergent shampoo toothpaste cosmetic fragrance perfume ' +
  'medicine medication pill therapy injection antibody coin token stablecoin channel magazine ' +
  // Stop 79, from stop 78's makers samples on buses and niche vehicles: "received certification for its Vexa bus", "the Zeta van"
  // (only where the noun phrase ends: name-rules.ts's cueKind; "Zenco's Lima bus routes" names a place).
  'bus van minibus ' +
  // Helper own89, from news on drinks, cosmetics and food groups: "the maker of Zeta vodka and Vela gin", "Zenco, the group behind
  // Zeta mascara and Vela skincare". Not water, tea, coffee, wine or cream: firms' names end with them ("Zenco Water").
  'whisky whiskey vodka gin rum tequila cognac lager cider liqueur lipstick mascara skincare moisturiser moisturizer deodorant razor ' +
  'sunscreen cologne mayonnaise ketchup yogurt yoghurt noodles crisps ' +
  // Stop 85 (ks85), from fresh samples on medical-device and mining-rig makers: "halting sales of its Zeta heart pump", "its
  // Zeta stent", "its Vexa mining rig" (a compound kind counts by its last word). Not "band" (a music band) nor "miner" (a worker).
  `${MEDICAL_AND_RIG_KINDS.join(' ')} ` +
  // Helper dvb89, from news on construction and mining machinery makers: "the Z20 loader, the M20 truck and the K2 rig", "its Zeta
  // digger". Not "drill" (a rehearsal), "grader" (a person) nor "crane" (a bird, and a surname).
  'loader digger bulldozer dozer backhoe forklift dumper ' +
  // Helper dvb89, from news on tyre makers: "the Z384 steer tire, the Z456 drive tire" (only where the noun phrase ends: "the Zenco
  // tyre plant" names a firm's plant).
  'tyre tire ' +
  HOUSEHOLD_GOODS.join(' ')
).split(' ');

/**
 * Goods that often qualify the next noun ("bus routes", "van drivers"; ks85's "the Lima pump station", "its Zembla pump plant",
 * "the rig count"): a cue only where the noun phrase ends with them.
 */
export const QUALIFYING_GOODS: ReadonlySet<string> = new Set(['bus', 'van', 'minibus', 'tyre', 'tire', ...MEDICAL_AND_RIG_KINDS, ...HOUSEHOLD_GOODS]);

/** Stop 61, from stop 60's makers readers and its own: e-readers, routers, firewalls, e-bikes and databases name a made thing ("Kobo, Zenco's e-reader", "database ZetaDB"). */
const DEVICE_KINDS_STOP_61 = 'e-reader e-readers ereader ereaders routers firewall firewalls e-bike e-bikes ebike ebikes database databases' +
  // Stop 63's makers readers: data-centre kinds ("Zeta, Zenco's hypervisor", "the Zeta backup appliance").
  ' hypervisor hypervisors appliance appliances';

/**
 * Helper cod (stop 100), from readers of news on products named by a code: a fund a firm sells, two words so a firm's own investing
 * arm stays a firm ("Zenco's tokenized fund (ZFND)", "the money fund QBEN launched by Qorva"; not "its pension fund", "its venture
 * fund", "a sovereign wealth fund"; "fund" alone is a firm's cue noun).
 */
export const PRODUCT_FUND_KINDS: readonly string[] = ['money fund', 'market fund', 'tokenized fund', 'tokenised fund', 'asset fund', 'index fund', 'mutual fund', 'exchange-traded fund', 'bond fund', 'treasury fund', 'income fund', 'token fund'];

/**
 * The nouns a made thing is called by (singular and plural, with the goods): after a maker's possessive
 * ("Zenco's AI model Zeta") or its verb, and right after the thing's own name ("Zenco's Zeta SUV").
 */
export const PRODUCT_NOUN_WORDS: readonly string[] = [
  ...(
    'assistant assistants model models chatbot chatbots app apps tool tools product products service services feature llm llms ' +
    'family platform agent agents software system systems offering chip chips processor processors browser line series engine ' +
    'version accelerator accelerators gpu gpus cpu cpus npu soc superchip tier lineup device devices phone phones smartphone ' +
    'smartphones design architecture editor ide framework library suite kit sdk glasses headset laptop tablet watch console ' +
    'wearable robot robots humanoid drone drones camera router modem memory server servers card supercomputer game ring tracker ' +
    'vacuum speaker headphones earbuds tv television car suv sedan vehicle ev truck scooter printer monitor display lens handset ' +
    'smartwatch drug drugs medicine medication therapy vaccine treatment antibody pill injection jab jet aircraft plane airliner ' +
    'helicopter locomotive train satellite rocket reactors controller controllers implant implants headband earphones ' +
    // Chipmaking tools, from fresh samples on equipment makers ("its flagship Zeta scanner").
    'scanner scanners tester testers implanter implanters etcher etchers machine machines ' +
    // Surveillance tools, from fresh samples on spyware vendors ("its phone spyware Zeta").
    'spyware ' +
    // Helper mkr100, from fresh samples on network owners: a firm's own link ("Zenco's subsea cable, Tethys", "its Tethys cable").
    'cable cables ' +
    // Kinds of game and vehicle, from fresh samples on studios and carmakers ("an action RPG by Zenco", "Zenco's latest handheld, the Zeta", "its Zeta pickup").
    'shooter shooters rpg rpgs mmo mmorpg roguelike platformer simulator sequel handheld handhelds pickup pickups ' +
    // Stop 50's readers: "its inhaler Zetavo".
    'inhaler inhalers ' +
    // Stop 53's makers readers: space hardware and gadgets ("its Zenlink constellation", "its latest spacecraft, Zeta", "the Zeta recorder").
    'satellites constellation constellations spacecraft launcher launchers lander rover recorder recorders ' +
    // Stop 54: a maker's top product called by its rank ("Zenco's flagship, the Zeta 9").
    'flagship flagships ' +
    // Stop 58's makers readers: players and drives ("Zenco's music player, the Zeta", "its Zeta drive").
    'player players drive drives ' +
    // Stop 59: a maker's series called its range ("went on to produce the Zeta range"); computers and organisers ("a handheld computer
    // from Zenco", "the Zeta PDA"; the makers readers' home computers and pocket organisers).
    'range ranges computer computers pda pdas organiser organisers organizer organizers ' +
    // Farm chemicals, from a fresh sample of news on agrochemicals ("Zenco's weedkiller zetaquat", "its herbicide Zetamax").
    'herbicide herbicides weedkiller weedkillers pesticide pesticides insecticide insecticides fungicide fungicides ' +
    // Media formats, the things format wars are fought over ("a competing format called Qube", "the Zeta format from Zenco").
    'format formats ' +
    // Stop 65's first samples: "Zenco calculators banned from the exam", "its Zeta buses".
    'calculator calculators bus buses ' +
    // Stop 67's third bans sample: an AI lab's web crawler ("Zenco's web crawler Zenbot", "its Zenbot crawler").
    'crawler crawlers bot bots ' +
    // Stop 71's bans samples (and stop 70's, which found no botnet's name): malicious networks and code firms and police take down
    // ("the Zeta botnet", "a banking trojan called Zeta").
    'botnet botnets trojan trojans malware ransomware ' +
    // Stop 77, from stop 76's last makers sets: small computers ("the Qorva Book, Zenco's very own netbook"; not "notebook", as often paper).
    'netbook netbooks ultrabook ultrabooks chromebook chromebooks phablet phablets ' +
    // Stop 85, from the sixty-eighth set's game-store reader: a store that is software ("Zenco's storefront Driftly", "its Zeta storefront").
    'storefront storefronts ' +
    // Stop 86, from a fresh sample on makers' possessives: a thing shown before launch ("its prototype, Vexa").
    'prototype prototypes ' +
    // Helper dvb89, from news on construction and mining machinery makers: "its Zeta loaders" (the singulars are goods, below).
    'loaders diggers excavators bulldozers dozers backhoes forklifts dumpers tyres tires ' +
    // Helper dvo91, from stop 90's eighty-first fresh sample (printer makers): the code a maker puts on its devices ("its firmware, Zeta Lock").
    'firmware ' +
    // Helper cod (stop 100), from readers of news on products named by a code: what a firm sells as a solution ("its AI-powered
    // imaging solution, ZETA FFR"). A fund only in FUND_PRODUCT_KINDS below.
    'solution solutions etf etfs ' +
    // Helper app92, from stop 91's outdoor-gear sample: camping gear named after its brand ("its iconic Tallon cooler", "the Qorva tent").
    'cooler coolers tent tents helmet helmets backpack backpacks ' +
    // … and from its car-parts sample: a supplier's drive parts named after its brand ("its Zdrive powertrains", "the Qorva e-axle").
    'powertrain powertrains drivetrain drivetrains axle axles e-axle e-axles ' +
    // Helper kinds, from news on audio, car-camera and micromobility launches: devices no list named ("the Vexa soundbar by Zenco",
    // "the Vexa dashcam from Zenco", "its Zeta e-scooter").
    'soundbar soundbars dashcam dashcams e-scooter e-scooters escooter escooters ' +
    // Helper reported, from readers of news on battery makers' claims: power goods a maker's "its" names ("Zenco claims its Zeta cells
    // last twice as long", "its Zeta chargers are the fastest"). Not "cell" alone: a group of people ("the Zembla cell") or a prison's.
    'battery batteries charger chargers cells ' +
    DEVICE_KINDS_STOP_61
  ).split(' '),
  // Stop 86: software called a manager, two words so a person's "general manager" stays a person ("Zembase is Zenco's package manager").
  ...['package manager', 'repository manager', 'password manager', 'download manager', 'file manager', 'window manager', 'dependency manager'],
  ...PRODUCT_FUND_KINDS.flatMap((kind) => [kind, `${kind}s`]),
  ...GOODS_NOUNS,
];

/** The same nouns, for lookups. */
/** Adverbs between a list's conjunction and its last item: "A, B and now C" (clause.ts and the patterns' lists). */
/** First words of stock indexes, never a firm's rival nor a release: "the Nasdaq up 1%", "the S&P 500", "the Nikkei". */
/**
 * First words of the franchisors' hotel flags that owners, trusts and franchisees count their hotels under: "Zenco has 40 hotels
 * under the Marriott and Hilton brands" names a franchisee's flags, not brands Zenco made (re-read rr94b). The lexicon does not know them.
 */
export const FRANCHISE_FLAG_WORDS: ReadonlySet<string> = new Set(['Marriott', 'Hilton', 'Hyatt', 'Hampton', 'Courtyard', 'Fairfield', 'Residence', 'SpringHill', 'TownePlace', 'Sheraton', 'Westin', 'Ritz-Carlton', 'DoubleTree', 'Embassy', 'Homewood', 'Home2', 'Tru', 'Holiday', 'Crowne', 'Staybridge', 'Candlewood', 'IHG', 'InterContinental', 'Radisson', 'Wyndham', 'Ramada', 'Days', 'Super', 'Comfort', 'Quality', 'Sleep', 'Choice', 'Best', 'Ibis', 'Novotel', 'Mercure', 'Accor', 'Sofitel', 'Pullman', 'Motel', 'Travelodge', 'Premier']);
export const STOCK_INDEX_WORDS: ReadonlySet<string> = new Set(['S&P', 'Nasdaq', 'FTSE', 'Nikkei', 'CAC', 'DAX', 'Russell', 'Dow', 'Stoxx', 'MSCI', 'Kospi', 'Sensex', 'Nifty']);

export const LIST_ADVERB_WORDS: readonly string[] = ['now', 'also', 'even', 'later', 'perhaps', 'possibly', 'potentially', 'increasingly'];

export const PRODUCT_NOUNS: ReadonlySet<string> = new Set(PRODUCT_NOUN_WORDS);

/**
 * A fork's verbs: "Zenco forked Qorvlib into Zenlib". The forker makes the fork, never the project forked, so the project
 * right after the verb is no one's subject for a verb after it ("forked Qorvlib to create Zenlib", clause.ts; the patterns
 * in relation-patterns.ts name the fork).
 */
export const FORK_VERBS: ReadonlySet<string> = new Set(['fork', 'forks', 'forked', 'forking']);

/**
 * Nouns that say what kind of thing a name is, when they stand next to it:
 * "the Doubao app", "startup Zhipu", "Zhipu, a Beijing-based AI startup".
 */
export const CUE_NOUNS: ReadonlyMap<string, EntityType> = new Map([
  ...words('company', 'company companies firm firms startup start-up startups maker makers developer chipmaker chipmakers lab labs laboratory giant giants conglomerate provider providers manufacturer supplier vendor unicorn retailer carrier operator automaker outlet newspaper publication broadcaster bank lender insurer investor fund incumbent rival competitor challenger subsidiary affiliate unit outlets newspapers publications broadcasters banks carriers operators retailers vendors suppliers manufacturers automakers rivals competitors subsidiaries drugmaker drugmakers biotech biotechs planemaker planemakers carmaker carmakers airline airlines refiner refiners refinery refineries contractor contractors shipbuilder shipbuilders consortium consortia studio studios publisher publishers gang gangs cartel cartels militia militias syndicate syndicates'),
  // Drinks makers (helper cor96, from real beer, wine and spirits news: "Zenco is an English brewer. Its brands include A and B" lost
  // its owner, as no word typed "Zenco"; "a brewer" typed it only at the sentence's end).
  ...words('company', 'brewer brewers distiller distillers winemaker winemakers vintner vintners brewery breweries distillery distilleries winery wineries'),
  ...words('product', 'network brand engine website site encyclopedia messenger marketplace forum projector keyboard camera cameras tablet laptop console app apps application chatbot chatbots assistant assistants tool tools service services platform browser product products chip chips processor processors accelerator accelerators gpu gpus cpu cpus tpu tpus npu npus soc socs pc pcs device devices phone phones smartphone smartphones agent agents software spyware editor feature console headset websites sites networks brands engines messengers marketplaces platforms browsers robot robots humanoid humanoids drone drones server servers supercomputer supercomputers game drug drugs inhaler inhalers vaccine vaccines jet jets rocket rockets glasses smartglasses goggles headsets tablets laptops smartwatches wearables handsets earphones foldable foldables'),
  // Stop 51's readers: kinds of game, vehicle and drug that type a name beside them ("Zeta, a new shooter from Zenco").
  ...words('product', 'shooter rpg mmo mmorpg roguelike platformer simulator sequel handheld pickup suv sedan hatchback crossover minivan antibody therapy pill medicine medication'),
  // Stop 53's makers readers: space hardware and gadgets ("its Zenlink constellation", "the Zeta spacecraft", "the Zeta recorder").
  ...words('product', 'constellation constellations spacecraft launcher recorder'),
  // Stop 59: a maker's series, computers, organisers and media formats ("the Zeta range", "the Zeta PDA", "the Zeta format").
  ...words('product', 'range computer pda organiser organizer format'),
  // Stop 61, from stop 60's makers readers: devices that type a name before them ("the Zeta watch", "its Zeta router", "the Zeta e-reader").
  ...words('product', `watch smartwatch router earbuds headphones printer printers tracker trackers dashcam sub-brand sub-brands ${DEVICE_KINDS_STOP_61}`),
  // Stop 63, from stop 62's makers readers on surgical, farm and factory robots: "the Zeta system", singular only ("Zenco systems" may be its maker's).
  ...words('product', 'system'),
  // Goods a brand names, singular only: "the Zeta sneaker", "the Zeta energy drink" (a plural after a name may be its maker's: "Zenco sneakers").
  ...GOODS_NOUNS.map((w) => [w, 'product'] as [string, EntityType]),
  ...words('model', 'model models llm llms family'),
  ...words('government', 'agency ministry regulator regulators watchdog department commission authority authorities court parliament legislature government administration bureau office council committee senate congress assembly'),
  ...words('person', 'founder co-founder ceo chief executive president chairman chairwoman spokesperson spokesman spokeswoman analyst researcher engineer minister secretary senator lawmaker official director head professor'),
  ...words('place', 'city province state region district capital'),
]);

/**
 * The nouns WordNet files under made things (devices, vehicles, equipment, goods, drugs, toys;
 * derived by scripts/goods-nouns.ts): after a name no lexicon knows they type it a product, as the
 * product cue nouns do ("the Vexa motor", "its Vexa air purifier"; name-rules.ts). The hand-kept
 * lists above missed each new kind of thing the fresh samples met.
 */
export const WORDNET_GOODS: ReadonlySet<string> = new Set(goodsJson.nouns);

/** Plural words that end firms' names: "Zembla Games", "Qorva Labs", "Vexa Technologies". */
export const FIRM_PLURALS: ReadonlySet<string> = new Set(['Games', 'Arts', 'Studios', 'Labs', 'Technologies', 'Systems', 'Networks', 'Industries', 'Robotics', 'Motors', 'Pictures', 'Communications', 'Holdings', 'Ventures', 'Electronics', 'Semiconductors', 'Solutions', 'Dynamics', 'Therapeutics', 'Pharmaceuticals',
  // Wine and spirits groups (a fresh sample of drinks news: "Zenco Estates" was read as a place, and its brand lost with it).
  'Estates', 'Wines', 'Vineyards', 'Cellars', 'Distillers', 'Distilleries', 'Breweries', 'Brewers', 'Brands',
  // Building-equipment makers (helper nm90, from a fresh sample of real news: "Zenco Controls said its …" lost its maker).
  'Controls', 'Instruments', 'Appliances', 'Elevators',
  // Bicycle makers (helper pnm95, from real e-bike news: "Zenco Bikes unveiled …" lost its maker and the bike with it).
  'Bikes', 'Bicycles', 'Cycles',
  // Tool and machine makers (helper mkr96, set 93: "Qorva Works, parent company of the Zemtrench brand" lost its maker).
  'Works',
  // Drinks groups (helper unk96, real consumer-goods news: "Zenco Beverages said …" left its brand list without an owner).
  'Beverages']);

/**
 * Plural last words of an online service's name after its maker's: "Zenco Maps", "Qorva Docs", "Vexa Payments". The tagger reads the
 * plural as a common noun, so such a name opening a sentence went untyped (helper typ90, from cmp90's report).
 */
export const SERVICE_PLURALS: ReadonlySet<string> = new Set(['Maps', 'Apps', 'Docs', 'Photos', 'Sheets', 'Slides', 'Notes', 'Pages', 'Messages', 'Payments', 'Videos', 'Files', 'Contacts']);
/** SERVICE_PLURALS in lower case, after a service's name: "Qorva's Swift maps", "Qorva's Here maps". */
export const LOWER_SERVICE_PLURALS: ReadonlySet<string> = new Set([...SERVICE_PLURALS].map((w) => w.toLowerCase()));

/** Last words of a subsidiary's name after its parent's ("Land Systems", "Heavy Industries"); not a legal name's ("Digital Technology"). */
export const SUBSIDIARY_TAILS: ReadonlySet<string> = new Set(['Systems', 'Industries', 'Shipbuilding', 'Aerospace', 'Aviation', 'Marine', 'Motors', 'Armament']);

/** A brand's plural nouns: "Zenco's brands Zeta and Vela" (possessive-names.ts, the brands-named pattern). */
export const BRAND_PLURALS: readonly string[] = ['brands', 'labels', 'marques', 'powerbrands'];

/**
 * Maker nouns between a made thing's name and its maker's: "Zeta owner Zenco", "Zeta-maker Qorva", "Jack Zeniel's maker Vexa"
 * (unknown-names.ts, possessive-names.ts, chemical-names.ts: one list, so that they do not drift apart).
 */
export const MAKER_NOUNS: readonly string[] = ['owner', 'maker', 'parent', 'creator', 'developer', 'producer', 'distiller', 'brewer'];

/** The last words of a radio's or television's name ("Ruri FM", "Zeta TV"), which a frequency or channel number may open ("451 FM"). */
export const STATION_END_WORDS = ['FM', 'AM', 'TV', 'HD', 'Radio', 'News', 'Channel'] as const;

/** Works a maker's name or possessive may stand before, as it does before a kind of made thing: "the Qorva film Zeta", "Qorva's upcoming film, Zeta" (stop 55's readers). */
export const WORK_NOUNS: ReadonlySet<string> = new Set(['film', 'movie', 'feature', 'documentary', 'show', 'series', 'game', 'title', 'book', 'novel', 'album', 'song']);

/** What a maker's made thing is called by its standing, after the maker's possessive: "its best seller, the Zeta 5", "Zenco's latest creation: the Arc" (stop 55's makers readers). */
export const STANDING_NOUNS: ReadonlySet<string> = new Set(['seller', 'bestseller', 'best-seller', 'creation', 'release', 'offering', 'debut', 'invention', 'hit', 'brainchild', 'innovation']);

/** A kind a maker's name stands before, with the thing's own name after: a product noun, a WordNet goods noun or a work ("the Zenco app Vexa", "the Qorva film Zeta"). */
export function isKindNoun(word: string): boolean {
  return PRODUCT_NOUNS.has(word) || WORDNET_GOODS.has(word) || WORK_NOUNS.has(word);
}

/**
 * What a pattern's `kindNoun` asks of its word (relation-patterns.ts): a kind, a made thing's
 * standing, or a WordNet goods noun's plural ("dehumidifiers"). MADE_KIND_WORDS spells out the
 * same words, to index those patterns by.
 */
export function isMadeKind(word: string): boolean {
  if (isKindNoun(word) || STANDING_NOUNS.has(word)) return true;
  return singularsOf(word).some(isKindNoun);
}

/**
 * The singulars a plural may have: "cards" → "card", "switches" → "switch", and (helper kinds, stop 103, from news on household
 * recalls) "accessories" → "accessory", "knives" → "knife", "shelves" → "shelf", which the plain -s and -es left unmatched.
 */
export function singularsOf(word: string): string[] {
  if (!word.endsWith('s')) return [];
  const out = [word.slice(0, -1)];
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ves')) out.push(`${word.slice(0, -3)}f`, `${word.slice(0, -3)}fe`);
  return out;
}

/** The plurals of a singular kind: "card" → "cards", "battery" → "batteries", "knife" → "knives" (the reverse of singularsOf). */
function pluralsOf(word: string): string[] {
  const out = [`${word}s`, `${word}es`];
  if (/[^aeiou]y$/.test(word)) out.push(`${word.slice(0, -1)}ies`);
  if (/fe?$/.test(word)) out.push(word.replace(/fe?$/, 'ves'));
  return out;
}

/** Every kind noun and its plurals ("cards", "dehumidifiers", "accessories"). */
const KIND_NOUN_WORDS = [...PRODUCT_NOUN_WORDS, ...WORDNET_GOODS, ...WORK_NOUNS];
export const MADE_KIND_WORDS: readonly string[] = [...new Set([...KIND_NOUN_WORDS, ...KIND_NOUN_WORDS.flatMap(pluralsOf), ...STANDING_NOUNS])];

/** Last words that make a capitalised name a company ("Vantor Labs", "Acme Corp."). */
export const COMPANY_SUFFIXES = new Set(
  'Inc Inc. Incorporated Corp Corp. Corporation Company Ltd Ltd. Limited LLC L.L.C. L.P. L.L.P. PLC plc GmbH AG Co Co. Pte Pvt Bhd SAL Group Holding Holdings Labs Lab Technologies Technology Systems Networks Software Semiconductor Semiconductors Robotics Electronics Motors Electric Bank Capital Ventures Partners Dynamics Industries Telecom Communications AI Fund Airlines Airways Railways Petroleum Shipping Studios Entertainment Interactive Pharma Pharmaceutical Pharmaceuticals Therapeutics Biotech Biosciences Biologics Biopharma Biopharmaceuticals Oncology Medical Orthopaedics Orthopedics Laboratory Laboratories FZE FZCO FZC DMCC JSC PJSC OJSC CJSC LLP SpA S.p.A. BV B.V. NV N.V. SAS SARL Pty Tbk OOO Ltda Ltda. S.A. SA AB ASA Oyj A/S'.split(' '),
);

/**
 * Words that end a firm's name, whatever it does: the legal and trade words, the firms' plurals and a subsidiary's tails, with the
 * trades news names firms by ("Zenco Oil", "Qorva Auto", "Vexa Pharma"). Such a name is neither a state's body after a state's
 * possessive ("Brazil's Zenco Holdings fined …") nor a brand named after a person ("Zenco Auto's owner Qorva"; rr89b).
 */
/**
 * Legal forms a stock ticker in capitals may follow, with no bracket: "Qorva Inc QRVA said", "Zenco Corp. ZNC rose" (helper cod, stop
 * 100, from readers of news on products named by a code: the ticker was read as the firm's product, or joined to its name).
 */
export const LEGAL_FORMS_BEFORE_TICKER: ReadonlySet<string> = new Set(['Inc', 'Inc.', 'Incorporated', 'Corp', 'Corp.', 'Corporation', 'Ltd', 'Ltd.', 'Limited', 'LLC', 'PLC', 'plc', 'Co', 'Co.', 'Holdings']);
/** A stock ticker in capitals after such a legal form: two to five letters, or a Reuters code ("QRVA", "QRVA.O"). */
export const BARE_TICKER = /^[A-Z]{2,5}(?:\.[A-Z]{1,2})?$/;

export const FIRM_LAST_WORDS: ReadonlySet<string> = new Set([...COMPANY_SUFFIXES, ...FIRM_PLURALS, ...SUBSIDIARY_TAILS, 'Oil', 'Gas', 'Energy', 'Auto', 'Automotive', 'Steel', 'Mining', 'Foods', 'Insurance', 'Finance', 'Airline', 'Media', 'Power']);

/**
 * Last words of an institution's name ("Korea Computer Center", "Indian Space Research Organisation", "Zembla University"): after
 * a state or its demonym they keep the state in the name, and after "and" they end a first institution's name (name-rules.ts,
 * lexicon-mentions.ts).
 */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set(['University', 'College', 'Academy', 'Institute', 'Polytechnic', 'Laboratory', 'Laboratories', 'Center', 'Centre', 'Organisation', 'Organization']);

/** Words that make a capitalised name a government body ("Securities and Exchange Commission"). */
export const GOVERNMENT_HEADS = new Set(
  'Commission Agency Ministry Department Administration Bureau Office Authority Council Court Parliament Congress Senate Assembly Committee Subcommittee Regulator Directorate Inspectorate Secretariat Bundestag Diet Garante Tribunal Army Navy Force Forces Cabinet'.split(' '),
);

/** Bodies a state's "government" does not stand for: its legislature and its courts (coreference.ts, listing-relations.ts). */
export const NOT_GOVERNING_BODY = /\b(?:parliament|court|courts|judiciary|legislature|senate|congress|assembly|tribunal)\b/i;

/** A ministry's short name that acts as the ministry when it bans or restricts ("Treasury sanctioned Zenco", "Commerce added Zenco"); alone elsewhere it is mostly bonds or trade. */
export const MINISTRY_SHORT_NAMES: ReadonlySet<string> = new Set(['Treasury', 'Commerce', 'Justice', 'Interior', 'Finance', 'Defense', 'Defence']);

/** Interfaces and memory standards: "Zeta PCIe 5.0 controller" names Zeta; "PCIe 5.0", "NVMe SSD" name no product (nor do kinds of chip, in NOT_NAMES: "DRAM maker Zenco", "bans HBM exports"). */
export const SPEC_TERMS: ReadonlySet<string> = new Set(
  'PCIe NVMe SSD SSDs HDD HDDs SATA DDR DDR4 DDR5 LPDDR4 LPDDR4X LPDDR5 LPDDR5X GDDR6 GDDR7 UFS eMMC CXL'.split(' '),
);

/**
 * Classes of network device written as acronyms: after a firm's name ("Zenco CPE devices", "Qorva NVR boxes") the class is no part
 * of the name (helper fn86, from a fresh sample of real news: "Zenco CPE" was read as the firm's name).
 */
export const DEVICE_CLASS_ACRONYMS: readonly string[] = ['CPE', 'CPEs', 'ONT', 'ONTs', 'ONU', 'ONUs', 'DVR', 'DVRs', 'NVR', 'NVRs', 'STB', 'STBs'];

/**
 * Classes of reactor written as acronyms: after a model's code ("Zenco's ZX-50 SMR", "its ZX-300 SMR plant") the class is no part
 * of the product's name (helper nm90, from a fresh sample of real news on small reactors: "ZX-50 SMR" was taken as the product).
 */
export const REACTOR_CLASS_ACRONYMS: readonly string[] = ['SMR', 'SMRs', 'AMR', 'AMRs', 'MMR', 'MMRs', 'PWR', 'PWRs', 'BWR', 'BWRs'];

/**
 * Wire slugs and shouted labels that open a story's sentence in capitals: "UPDATE Zenco Power said …", "EXCLUSIVE Qorva …". They are
 * no part of the name after them (review rr90: "UPDATE Zenco Power" became a firm).
 */
export const WIRE_SLUGS: ReadonlySet<string> = new Set(
  'UPDATE UPDATED UPDATES NEW BRIEF EXCLUSIVE WATCH BREAKING LIVE VIDEO CORRECTED CORRECTION REFILE RPT ANALYSIS FACTBOX INSIGHT URGENT FLASH ALERT PHOTO PHOTOS OPINION EDITORIAL WRAPUP GRAPHIC FEATURE COLUMN SPECIAL PREVIEW REVIEW INTERVIEW EXPLAINER COMMENT'.split(' '),
);

/**
 * Maker nouns after a sentence's capitalised first word that make it the firm's trade, not a product: "Electronics maker Qorva",
 * "Semiconductor giant Zenco" (helper nm90, from a fresh sample of real news: "Qorva develops Electronics"). A coined word keeps
 * its reading ("Zeta maker Zenco").
 */
export const TRADE_MAKER_NOUNS: ReadonlySet<string> = new Set(['maker', 'makers', 'manufacturer', 'manufacturers', 'giant', 'supplier', 'producer', 'firm', 'company', 'specialist', 'startup', 'start-up', 'group', 'brand']);
/** Trades that the tagger's word list and the goods lists do not know, lower-cased ("Semiconductor maker", "Telecom giant"). */
export const TRADE_WORDS: ReadonlySet<string> = new Set(
  ('semiconductor semiconductors chip chips electronics steel battery solar telecom networking equipment aerospace defense defence robotics pharmaceutical biotech gaming furniture components lighting packaging fintech cybersecurity software hardware appliance appliances auto drug elevator escalator toy memory ' +
    // Review rr90: trades of goods and materials that a sentence may open with ("Kitchen maker Zenco", "Cement giant Qorva").
    'kitchen kitchens cement glass paper textile textiles apparel clothing footwear cosmetics chemical chemicals food beverage drinks tobacco medical mining oil gas energy shipbuilding crystal porcelain ceramics jewellery jewelry ' +
    // Review rr90c: eyewear, bedding, pet food and chip-wafer trades ("Eyewear maker Zenco", "Wafer maker Qorva").
    'eyewear spectacles sunglasses optics optical frames mattress mattresses sofa sofas bedding petfood pet wafer wafers ' +
    // Stop 92, from set 82: vaping and cigar trades ("Vape maker Zenco", "the Danish Vape Lab").
    'vape vapes vaping cigar cigars ' +
    // Helper fpx96, from set 93: food trades the tagger's word list lacks ("Candy manufacturer Zenco" gave Zenco develops "Candy").
    'candy candies confectionery sweets biscuit biscuits cookie cookies snacks coffee tea juice cocoa noodle noodles spice spices meat poultry seafood bakery pasta cereals').split(' '),
);

/** Trades of services that open a sentence as a firm's trade in "Hotel and leisure company Zenco" (stop 91, set 82). */
export const SERVICE_TRADE_WORDS: ReadonlySet<string> = new Set(
  ('hotel hotels hospitality casino casinos travel tourism retail property real-estate logistics shipping airline airlines aviation ' +
    // Helper cmq97, from real retail, streaming and payments news: "Streaming giant Zenco", "E-commerce group Qorva".
    'streaming e-commerce ecommerce payment insurance').split(' '),
);

/**
 * Nouns of one who runs a business of a kind, after a sentence's capitalised first word: "Drugstore operator Zenco", "Casino owner
 * Qorva", "Pharmacy chain Vexa" (stop 92 round 3, from fresh sample s86e: "Zenco develops Drugstore"). The first word is the trade
 * only when it is one (OPERATED_TRADE_WORDS, TRADE_WORDS, SERVICE_TRADE_WORDS): "WeChat operator Zenco" keeps its product.
 */
export const TRADE_OPERATOR_NOUNS: ReadonlySet<string> = new Set(['operator', 'operators', 'owner', 'owners', 'chain', 'retailer', 'network', 'provider', 'carrier']);
/**
 * Businesses one runs rather than makes, lower-cased: "Drugstore operator", "Supermarket chain", "Cinema owner". Not words that are
 * also brands of chains or papers ("Subway owner", "Metro owner", "Budget owner" name the brand's owner).
 */
export const OPERATED_TRADE_WORDS: ReadonlySet<string> = new Set(
  ('drugstore drugstores pharmacy pharmacies supermarket supermarkets grocery grocer convenience store stores department discount cinema cinemas ' +
    'mall malls restaurant restaurants cafe coffee fast-food hotel hotels casino casinos resort resorts gym gyms fitness cruise ferry ferries airport airports ' +
    'port ports toll rail railway railways bus tram taxi ride-hailing parking theme lottery betting gambling bookmaker cable satellite broadband ' +
    'mobile wireless telecom telecoms telco pipeline refinery utility water power grid hospital hospitals clinic clinics nursing pawn payments ' +
    'exchange crypto pay-tv television tv radio theatre theater low-cost riverboat racino multiplex bookstore bakery petrol').split(' '),
);

/**
 * Words before a capital letter that make the letter a class, a grade or a strain, not a model's letter: "Series A", "Class A",
 * "Vitamin A", "Plan A" (a model's "Zeta A handsets" keeps its letter).
 */
export const LETTER_CLASS_HEADS: ReadonlySet<string> = new Set(
  'Series Class Type Plan Grade Category Tier Phase Level Group Section Part Schedule Annex Appendix Exhibit Model Vitamin Hepatitis Influenza Division League Formula Block Building Unit Wing Gate Terminal Hall Team'.split(' '),
);
/** Lower-case words after a capital "A" that make it a class of share or a rating, not a model's letter: "Zenco A shares". */
export const LETTER_CLASS_NOUNS: ReadonlySet<string> = new Set(['share', 'shares', 'stock', 'stocks', 'listing', 'rating', 'ratings', 'grade', 'round', 'funding', 'list', 'team', 'side']);

/**
 * Technical terms' short forms: "its Digital Signal Processing (DSP) IP", "a Neural Processing Unit (NPU)" spell out a kind of
 * technology, not a product (helper fn86, from a fresh sample of real news: "develops Digital").
 */
export const TECHNOLOGY_TERM_ACRONYMS: ReadonlySet<string> = new Set('CPU GPU NPU TPU DPU VPU APU IPU DSP FPGA ASIC MCU SoC ISA LLM NLP API SDK'.split(' '));

/**
 * Kinds of product written as acronyms: "the MP3 player maker Zenco", "a POS terminal maker" name a kind, not a product
 * (stop 62's makers readers: "develops MP3", "develops POS"); never a name alone, but "Zeta TV" and "Android TV" are names.
 */
export const PRODUCT_KIND_ACRONYMS: ReadonlySet<string> = new Set(
  (
    'MP3 MP4 POS PDA PDAs DVD DVDs CD CDs CD-ROM TV TVs HDTV HDTVs 3D 4K 8K GSM CDMA WCDMA WiMAX ADSL DSL ATM ATMs RFID CCTV ERP CRM CAD DSLR DSLRs ISP ISPs QR USSD OTP PIN ' +
    // Stop 63's makers readers: network and storage kinds ("a wireless LAN controller", "a NAS box", "an HCI appliance"), and stop 62's ("HCM", "MOOC").
    'LAN WLAN WAN SAN NAS HCI HCM MOOC MOOCs ' +
    // A fresh sample of real news (helper fp83): security, identity, fintech and car-tech categories ("Zenco's XDR", "its BNPL
    // service", "Zenco's ADAS") read as products the firm makes; "Zeta XDR" stays a name.
    'SIEM XDR EDR NDR MDR SOAR UEBA EPP CNAPP CSPM CWPP CASB SASE ZTNA DLP WAF IAM IGA PAM MDM UEM SWG DAST SAST ' +
    'BNPL ADAS HRIS LMS CDP DXP RPA PLM MES WMS TMS SCM ' +
    // A fresh sample of real news (helper fn86): "maker of WiFi access points", "IaC tools such as …", "IoT sensors".
    'WiFi Wi-Fi IoT IIoT IaC PaaS IaaS SaaS SDK SDKs API APIs DSP FPGA ASIC ' +
    // Helper dva89, from news on surveillance cameras: a picture's definition ("HD cameras from Zenco") is no product.
    'HD UHD FHD ' +
    // Helper dvb93, from set 89's image-generator news: "motion-captured CG characters", "its VFX tools", "VR headsets" name a
    // kind of imagery or device ("develops CG" was claimed); "Zeta VR" stays a name.
    'CG CGI VFX VR AR XR ' +
    // Helper fpn90, from stop 90's seventy-ninth fresh sample (display-fab news): "its QD lines", "LTPO panels" name a display
    // technology on a maker's production lines ("develops QD" was claimed); "Zeta QD" stays a name.
    'QD AMOLED LTPS LTPO IGZO MicroLED MiniLED microLED miniLED ' +
    // Stop 89's round-3 sample on names (machinery, grid and camera news): "importers of CNC machines", "HVDC links", "SCADA
    // systems", "ANPR cameras" name kinds of equipment ("CNC" was read as a banned firm).
    'CNC HVDC HVAC SCADA ANPR LPR ' +
    // Helper brd90, from stop 89's last fresh sample (positioning news): "operates GNSS receiver platforms", "RTK rovers", "IMU
    // modules" name kinds of positioning gear ("develops GNSS" was claimed); "GPS" is left out (a state runs the system itself).
    'GNSS RTK IMU IMUs ' + DEVICE_CLASS_ACRONYMS.join(' ') + ' ' +
    // A reactor's class cut from a model's name ("Zenco's ZX-50 SMR") is no product alone (review rr90: "SMR" became one).
    REACTOR_CLASS_ACRONYMS.join(' ')
  ).split(' '),
);

/**
 * Fields written as title-cased words: "its Zero Trust platform", "Zenco's Identity Governance suite" name a kind of product, not
 * a brand (a fresh sample of real news, helper fp83); "Zeta Trust" and "Qorva Shield" are names. Matched against a guessed name
 * whole, or with the one capitalised word before it ("Data Security" trimmed to "Security").
 */
export const FIELD_NAMES: ReadonlySet<string> = new Set([
  'Zero Trust', 'Zero Trust Network Access', 'Identity Governance', 'Identity Security', 'Identity Management', 'Access Management',
  'Exposure Management', 'Attack Surface Management', 'Vulnerability Management', 'Threat Intelligence', 'Threat Detection',
  'Endpoint Security', 'Endpoint Protection', 'Endpoint Detection', 'Extended Detection', 'Managed Detection', 'Cloud Security',
  'Data Security', 'Network Security', 'Email Security', 'Application Security', 'Security Operations', 'Security Analytics',
  'Buy Now Pay Later', 'Customer Relationship Management', 'Enterprise Resource Planning', 'Supply Chain Management',
  'Human Capital Management', 'Driver Assistance', 'Advanced Driver Assistance', 'Data Loss Prevention',
  // Process technologies written title-cased ("a provider of Atomic Layer Deposition equipment", "its Machine Learning tools"): a
  // technology, no product of the firm (fpn90, from stop 90's seventy-ninth fresh sample: "develops Atomic Layer Deposition").
  'Atomic Layer Deposition', 'Layer Deposition', 'Chemical Vapor Deposition', 'Chemical Vapour Deposition', 'Vapor Deposition',
  'Vapour Deposition', 'Physical Vapor Deposition', 'Physical Vapour Deposition', 'Atomic Layer Etching', 'Plasma Etching', 'Dry Etching',
  'Ion Implantation', 'Molecular Beam Epitaxy', 'Beam Epitaxy', 'Extreme Ultraviolet Lithography', 'Ultraviolet Lithography',
  'Nanoimprint Lithography', 'Immersion Lithography', 'Advanced Packaging', 'Additive Manufacturing', 'Machine Learning', 'Deep Learning',
  'Computer Vision', 'Natural Language Processing', 'Language Processing', 'Speech Recognition', 'Facial Recognition', 'Face Recognition',
  'Cloud Computing', 'Edge Computing', 'Quantum Computing',
]);

/** "They've", "I'm", "We're": a pronoun's contraction opening a sentence, with either apostrophe. */
const CONTRACTIONS = ['I', 'You', 'We', 'They', 'He', 'She', 'It', 'There', 'That', 'What', 'Who']
  .flatMap((p) => ['ve', 're', 'll', 'd', 's', 'm'].map((tail) => `${p}'${tail}`))
  .flatMap((w) => [w, w.replace("'", '’')]);

/**
 * Capitalised words that are never part of a name (sentence starts, acronyms of the trade, months): trimmed off a name's edges.
 * Adverbs of an act's manner or time, capitalised in a Title Case headline: "Zenco Temporarily Blocks Zapp" (stop 66's first bans sample).
 * Units of power and energy ("a 5 GWh battery") and a kind of service written as an acronym ("IPTV boxes") are no names either.
 * Nor are kinds of goods in trade news ("tariffs on PV cell imports from Zembla", "PHEV imports"; helper tar89b: "PV" was the target), nor
 * the kits cars are shipped as ("tariffs on SKD and CKD units"; helper ctl100).
 * Nor acronyms of a firm's papers, seat and meetings ("Zenco's CV", "its HQ", "Qorva's AGM", "its ESG report"; fp90, from stop 89's fresh samples).
 * Nor an owner's role word or a fronted comparative opening a sentence before the firm: "Owner Zenco Corp. said …", "Worse for Zenco Inc
 * is …" (helper fp91, from brl91's and riv91's reports).
 * Nor classes of medical device ("an implantable CGM made by Zenco", "its Zeta SCS system", "Qorva ICDs"; rcl90, from stop 90's fresh samples).
 */
export const NOT_NAMES = new Set(
  `The A An This That These Those It Its In On At For But And Or If When While As With From By To Of After Before Among Amongst Amid Amidst During Including Through Via Against Without Within Behind What Why How Who Where Which Our We They He She I You Your Their Some Many Most All Any Each Every No Not Yes So Then Now Still Yet Also Here There According Meanwhile However Instead Because Although Though Whereas Whilst Since Until Unlike Like Despite Besides Beyond Except Even Just Only First Second Third Finally Last Next Other Another Such Both Either Neither More Less Let Let's Seen Expect Watch Read Why
AI GenAI LLM LLMs CV CVs HQ AGM EGM ESG KPI KPIs ROI EBITDA EPS 4X RPG FPS RTS RPGs MOBA MOBAs MMO MMOs MMORPG MMORPGs CEO CTO CFO IT IDE API APIs EV EVs PV BEV BEVs PHEV PHEVs HEV HEVs SUV SUVs MPV CKD SKD CBU CBUs IP VPN VPNs PC PCs GPU GPUs CPU OS SaaS B2B R&D IPO Q1 Q2 Q3 Q4 UI UX ML NLP AGI IoT SoC SoCs OLED LCD CMOS MEMS EDA HPC AR VR XR CPUs VoIP VOIP NFT NFTs GHz Ghz MHz Mhz GB TB mAh
DevOps DevSecOps MLOps AIOps LLMOps FinOps PaaS IaaS
January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday
Entity List Unreliable Unverified Shares Stock Stocks Sources Analysts Officials Executives Investors Users Critics Reports Data Experts
Countries Nations Governments Jurisdictions Companies Firms Businesses Organizations Organisations Employers Lenders Banks Entities Targets Others Startups Chipmakers Rivals Competitors Rival Competitor Challenger Challengers Archrival Archrivals Owner Owners Co-owner Worse Worst
Plaintiff Plaintiffs Defendant Defendants Petitioner Petitioners Respondent Respondents Appellant Appellants Appellee Appellees Claimant Claimants Complainant Complainants
Today Yesterday Tonight Tomorrow Currently Lawmakers Legislators Regulators Policymakers Authorities Politicians Diplomats Leaders Ministers Members Staff Employees Engineers Customers Citizens Several Numerous Various Multiple Certain Dozens Hundreds Thousands DUV EUV RISC-V x86 NFC LiDAR 5G 4G 3G 6G LTE Wi-Fi Bluetooth USB
HTTP HTTPS VoIP SIM SIMs eSIM SMS MMS DNS TLS SSL TCP UDP NFC GPS URL URLs OTT P2P RCS IPTV
kW MW GW TW kWh MWh GWh TWh Wh
DRAM NAND HBM SRAM ASIC ASICs FPGA FPGAs MCU MCUs
CGM CGMs ICD ICDs AED AEDs SCS MRI ECG EKG
mRNA RNA DNA COVID COVID-19 Covid Covid-19 SARS-CoV-2 UAV UAVs UGV UGVs MIMO RGB LED LEDs YoY QoQ MoM
Temporarily Permanently Officially Formally Quietly Secretly Reportedly Allegedly Partially Fully Briefly Effectively Suddenly Abruptly Indefinitely Immediately Eventually Soon`.split(/\s+/).concat(CONTRACTIONS, [...SPEC_TERMS]),
);

/** A rank or a part of a program before a maker's noun or the thing's name: the noun is a person's job ("lead developer", "kernel developer"). */
export const PERSON_ROLE_WORDS: ReadonlySet<string> = new Set(['lead', 'senior', 'junior', 'chief', 'principal', 'core', 'kernel', 'staff', 'head', 'longtime', 'long-time', 'co-lead', 'freelance', 'volunteer']);

/** Singular rivals' nouns that stand between two names, the second the rival: "Uber rival Careem", "Uber Rival Taxify" (clause.ts, name-rules.ts). */
export const RIVAL_HEAD_WORDS: readonly string[] = ['rival', 'competitor', 'challenger', 'archrival', 'arch-rival'];

/** Modifiers that open a sentence before a noun of a kind: "Main rivals include …", "Key competitors are …", "Other makers …". */
export const OPENING_MODIFIERS: ReadonlySet<string> = new Set(
  'Main Key Top Major Chief Direct Closest Fiercest Biggest Bigger Largest Larger Smaller Leading Notable Prominent Potential Traditional Established Local Domestic Foreign Primary Principal Current Former Existing Emerging Nearest Strongest'.split(' '),
);

/** Month names, full and abbreviated: a month before a year is a date ("March-2025"), never a name or a release. */
export const MONTH_NAMES: ReadonlySet<string> = new Set('January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(' '));
export const WEEKDAYS: ReadonlySet<string> = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
/** The same in lower case, as the listing and trigger readers' words are. */
export const LOWER_WEEKDAYS: ReadonlySet<string> = new Set([...WEEKDAYS].map((d) => d.toLowerCase()));

/** Last words of the names of laws, lists, rules and official acts: never entities ("Export Administration Regulations"). */
export const INSTRUMENTS = new Set(
  'Act Acts Bill Law Laws List Lists Regulation Regulations Rule Rules Order Orders Directive Determination Memorandum Report Declaration Process Program Programme Doctrine Guidance Treaty Agreement Accord Plan Case Notice Strategy Framework Initiative Policy Standard Standards Guidelines Code Constitution Statute Ordinance Decree Resolution Amendment'.split(' '),
);

/**
 * Peoples' and faiths' adjectives, no state's demonym: alone they name no one ("several Kurdish news sites such as A and B"), but
 * before a body's word they name a region's body ("the Catalan government"; stop 78, from stop 77's last bans sets and its review).
 */
export const PEOPLES_ADJECTIVES: ReadonlySet<string> = new Set(
  'Kurdish Uyghur Uighur Tibetan Basque Catalan Tamil Baloch Pashtun Berber Amazigh Yazidi Rohingya Arab Arabic Persian Sikh Muslim Christian Jewish Islamist Shiite Sunni Hindu Buddhist'.split(' '),
);

/** A printed paper's title words, which end an outlet's name: "the Zembla Times", "The Ruritanian Herald" (name-rules, unknown-names). */
export const PAPER_TITLE_WORDS = ['Times', 'Herald', 'Tribune', 'Gazette', 'Chronicle', 'Observer', 'Telegraph', 'Journal'] as const;

/** Capitalised words that are not a name when they stand alone, but can start one ("National Data Bureau"; "Under the Commission's order …" but "Under Armour"). */
export const NOT_NAMES_ALONE = new Set([
  // A kind of fund or a developer's kit written as an acronym is no name alone ("Zenco's ETF drew inflows", "its SDK"; helper cod, stop
  // 100), but closes a fund's name ("the Zenco Ethereum ETF"; helper quo).
  ...'ETF ETFs SDK SDKs'.split(' '),
  ...'Hardware Software Equipment OEM OEMs ODM ODMs Under Inside Outside Following Upon Western Eastern Northern Southern South North East West Latin Middle Communist Southeast Northeast Southwest Northwest Asian European African Global National International Internet Web Earth Federal State Central Big Tech Government Social Media Center Centre President Supplier Operations Final Covered Public Private New Fresh Further Additional Tougher Latest Forum Summit Conference Expo Festival Awards Order Decree Directive Resolution Circular Notification Republican Republicans Democrat Democrats Democratic Conservative Conservatives Labour Tory Tories'.split(' '),
  ...PEOPLES_ADJECTIVES,
  // Regions' adjectives with no state of their own: "its Nordic competitors, A and B" names A and B, not a firm "Nordic" (helper rvs93,
  // set 89's telecom reader).
  ...'Nordic Baltic Balkan Scandinavian Mediterranean Caribbean'.split(' '),
  // Abstract nouns of news prose that open a sentence ("Attention now turns to how rival suitor Qorva …", "Scrutiny of rival Qorva
  // grew"): never a firm alone (fpn90, from stop 90's seventy-ninth fresh sample).
  ...'Attention Speculation Scrutiny Uncertainty Optimism Pessimism Momentum Sentiment Concern Concerns Fears Doubts Hopes Skepticism Scepticism'.split(' '),
]);

function words(type: EntityType, list: string): [string, EntityType][] {
  return list.split(' ').map((w) => [w, type]);
}

/** Words that may stand after a name closed by "Now" ("launched HBO Now in 2015", "HBO Now, a service"). */
const AFTER_NAME_TAIL: ReadonlySet<string> = new Set(['in', 'on', 'at', 'for', 'and', 'or', 'with', 'from', 'to', 'by', 'as', 'last', 'this', 'which', 'that', 'since', 'after', 'before', 'until', 'app', 'service']);

/**
 * Whether the word after a "Now" lets it close a name: the sentence's end, a mark, a number or a word of AFTER_NAME_TAIL; a noun or
 * a verb after it makes it an adverb ("Microsoft Now competes", "Qorva Now has"; stop 78's review).
 */
export function tailClosesName(next: { text: string; lower: string; word: boolean } | undefined): boolean {
  return next === undefined || !next.word || /^\d/.test(next.text) || AFTER_NAME_TAIL.has(next.lower);
}

/** Nouns a lower-case "mini" qualifies rather than ends a name before: "WeChat mini programs", "its mini PCs" (stop 78's reviews). */
const MINI_COMPOUND_NOUNS: ReadonlySet<string> = new Set(['program', 'programs', 'programme', 'programmes', 'app', 'apps', 'game', 'games', 'series', 'drama', 'dramas', 'store', 'stores', 'pc', 'pcs', 'led', 'leds', 'version', 'versions', 'model', 'models', 'van', 'vans', 'bus', 'buses']);

/** Whether a lower-case "mini" ends the name before it ("the iPad mini", "the Zeta mini competes …"), given the word after it. */
export function miniClosesName(next: { lower: string } | undefined): boolean {
  return next === undefined || !MINI_COMPOUND_NOUNS.has(next.lower);
}

/** Nouns of a comparison after "A vs. B" ("released Zeta vs. Qorva benchmark results"): then no title (stop 78's reviews). */
export const COMPARISON_NOUNS: ReadonlySet<string> = new Set(['benchmark', 'benchmarks', 'results', 'comparison', 'comparisons', 'chart', 'charts', 'test', 'tests', 'scores', 'review', 'reviews', 'matchup', 'showdown', 'battle', 'fight', 'debate', 'lawsuit', 'case', 'trial', 'ruling', 'verdict', 'specs', 'performance', 'prices', 'sales', 'data', 'figures', 'numbers', 'study']);

/** Past forms without "-ed" that take an object: "cut Zapp and blocked …", "Zenco sold its Zeta tablet". */
export const IRREGULAR_PASTS: ReadonlySet<string> = new Set(['took', 'cut', 'shut', 'hit', 'put', 'set', 'made', 'built', 'won', 'sold', 'bought', 'gave', 'kept', 'held', 'brought', 'sent', 'struck', 'told', 'beat', 'caught', 'drove', 'fought', 'froze', 'left', 'lost', 'met', 'paid', 'sought', 'slapped', 'overtook']);

/** Titles before a person's name: "Commerce Secretary Howard Lutnick" is a person, not a body. */
export const PERSON_TITLES = new Set(
  'President Secretary Minister Chancellor Senator Sen Rep Representative Governor Gov Lt Chairman Chairwoman Chair Commissioner Director Chief Executive CEO Premier Mayor Ambassador Judge Justice Prime Vice Dr Mr Mrs Ms Prof General Gen Spokesperson Spokesman Spokeswoman Founder Co-founder Analyst Officer COO CFO CTO'.split(' '),
);

/** Words after a number that make it a quantity: "5 years", "3 million". */
export const QUANTITY_UNITS = new Set(['years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'minutes', 'times', 'percent', '%', 'million', 'billion', 'trillion', 'users', 'people', 'countries', 'apps', 'firms', 'companies']);

/** Words before "a US state" that make it one of a federation's states, not the state itself: "the first US state to ban Y". */
export const ONE_OF_MANY = new Set(['a', 'an', 'another', 'first', 'second', 'third', 'latest', 'newest', 'next', 'only', 'last', 'every', 'each', 'any', 'one', 'no']);

/** "vs" and "versus", in lower case: the word that sets two rivals side by side ("Zenband vs. Qring"). */
export const isVs = (word: string | undefined): boolean => word === 'vs' || word === 'versus';

/** What opens a bulleted line ("• Zenco", "- Zenco", "* Zenco", "– Zenco"). */
export const BULLET_MARKS = new Set(['•', '-', '*', '–', '—', '·', '▪']);

/** Verbs a Title Case headline puts before an act's noun ("Ruritania Imposes Sanctions on …", "Slaps Ban on …"): never a name. */
export const HEADLINE_LIGHT_VERBS: ReadonlySet<string> = new Set(['Imposes', 'Slaps', 'Places', 'Puts', 'Issues', 'Orders', 'Extends', 'Expands', 'Tightens', 'Lifts', 'Eases', 'Adds']);

/**
 * Verbs a Title Case headline puts between two names ("Zenco Unveils Zeta 5", "Ruritania Bans
 * Zapp"): the runs on either side are names, as around "vs". Only verbs that say a scored relation
 * and are no common part of a name; "Makes", "Takes" and "Owns" start too many idioms.
 */
export const HEADLINE_VERBS: ReadonlySet<string> = new Set([
  'Unveils', 'Launches', 'Releases', 'Introduces', 'Debuts', 'Teases', 'Reveals', 'Announces', 'Rebrands',
  'Bans', 'Blocks', 'Restricts', 'Curbs', 'Suspends', 'Blacklists', 'Sanctions', 'Hits', 'Boots', 'Expels', 'Delists', 'Designates',
  // Stop 57's readers: "Zenco Removes Zapp From Its Store", "Ruritania Bars Zapp".
  'Removes', 'Pulls', 'Bars', 'Prohibits', 'Outlaws', 'Forbids',
  'Rivals', 'Challenges', 'Overtakes', 'Dethrones', 'Unseats', 'Outsells',
  // Stop 52's readers: a headline's participles ("Zenco's Zeta Banned in Ruritania"); not those that end lists' names ("Blocked Persons", "Restricted Parties").
  'Banned', 'Suspended', 'Blacklisted', 'Delisted', 'Recalled', 'Grounded',
]);

/**
 * Words a Title Case comparison heading puts after its second name ("Zenco vs Qorva Battery Life
 * Breakdown", "Zenco vs Qorva: Sleep Tracking Accuracy"): the name ends before them.
 */
export const VS_HEADING_WORDS: ReadonlySet<string> = new Set([
  'Review', 'Reviews', 'Reviewed', 'Comparison', 'Compared', 'Showdown', 'Battle', 'Breakdown', 'Test', 'Tested', 'Tests',
  'Specs', 'Price', 'Prices', 'Pricing', 'Features', 'Performance', 'Battery', 'Camera', 'Accuracy', 'Sleep', 'Winner',
  'Verdict', 'Guide', 'Explained', 'Debate', 'Differences', 'Head-to-Head', 'Duel', 'Rivalry', 'War', 'Wars', 'Fight',
  'Clash', 'Deals', 'Benchmark', 'Benchmarks', 'Speed', 'Durability', 'Design', 'Sound', 'Quality', 'Value', 'Escalates',
]);

/**
 * Bare plural kinds of goods or holdings right before an ownership participle: "brands owned by Zenco", "products made by Qorva"
 * (helper brp92; one list for the pattern matcher and the trigger reader, re-read rr92a).
 */
export const BARE_HELD_KINDS = 'brands|labels|marques|products|goods|items|lines|businesses|companies|firms|stores|shops|outlets|chains|hotels|properties|assets';
/**
 * Words that make a name before such a kind one of it: counted among it ("Zeta is one of the brands", "Zeta, among the labels", "Zeta,
 * Vela and other brands"), set off from it by a comma, or called it by a copula ("Zeta is the name for a line of products made by …";
 * not an auxiliary before a gerund: "REI is suspending purchases of brands …").
 */
export const NAME_COUNTED_AMONG_KIND = /(?:^| )(?:one|two|three|four|some|several|many|most|each|both|either|any|all|none) of\b|(?:^| )among\b|(?:^| )(?:other|similar)\b|(?:^| ),(?: |$)|(?:^| )(?:is|are|was|were|be|been|remains|remain|remained|becomes|become|became|as)(?! [a-z]+ing )(?: |$)/;

/**
 * What a supply or service verb's object names that is not the thing provided: "delivered strong Zeta sales", "provides a Zeta
 * subscription", "jointly offer Zeta users discounts" (helper sup88; shared by trigger-relations.ts and jointly-run since fxs88).
 */
export const NOT_SUPPLIED_NEXT: ReadonlySet<string> = new Set(['sales', 'revenue', 'revenues', 'results', 'growth', 'earnings', 'profit', 'profits', 'returns', 'performance', 'subscription', 'subscriptions', 'accounts', 'access', 'support', 'users', 'customers', 'subscribers', 'data', 'content', 'ads', 'traffic']);
/**
 * An investor's name, whose portfolio holds stakes in firms, not brands it makes: "the Zenco Capital portfolio of Qorva and Vexa"
 * (helper brl91); read by the portfolio patterns and the portfolio trigger ("Zenco Capital's luggage portfolio, which includes Vexa").
 */
export const INVESTOR_NAME = /\b(?:Capital|Ventures|Partners|Fund|Funds|Investments?|Investors|Equity|Asset Management|Holdings? Fund)$/;

/**
 * Nouns for firms a name list may stand in apposition to after a preposition: "produces phones from Zenco's rivals Vexa and Zorp",
 * "builds devices for its clients Qorva and Vexa" (fp90): where the goods come from or whom they are for, not things made.
 */
export const FIRMS_NOUN_WORDS = 'rival|rivals|competitor|competitors|partner|partners|customer|customers|client|clients|brands|makers|suppliers|peers|owners';
/** Prepositions before what a maker's verb does not make: "launched its token on Ethereum", "built an app for Zenco users". */
export const NOT_MADE_AFTER: ReadonlySet<string> = new Set(['on', 'upon', 'for', 'with', 'from', 'via', 'across', 'against', 'at', 'into', 'onto', 'than', 'like']);

/** Parts and add-ons named after the thing they fit ("Zeta parts", "Zeta accessories"): a maker of them makes no Zeta (stop 102). */
export const PARTS_FOR_A_NAME: ReadonlySet<string> = new Set(['parts', 'spares', 'components', 'accessories', 'peripherals', 'add-ons', 'addons', 'cases', 'chargers', 'replacement']);

/** Romance particles inside a firm's name: "Banco de Venezuela", "Banco do Brasil", "Compañía Minera del Sur". */
export const ROMANCE_FIRM_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'do', 'da']);

/** Nouns for the names a firm trades under ("under the Vexo brand", "under the Vexo and Norda labels"): the firm's own names. */
export const TRADE_NAME_WORDS: readonly string[] = ['brand', 'brands', 'banner', 'label', 'labels', 'marque', 'trademark', 'trademarks', 'name', 'names'];

/** Plural kinds of things a maker's name or possessive stands before ("Zenco phones", "Zenco's Zeta speakers"): the develops registry's owned nouns. */
export const OWNED_NOUNS: ReadonlySet<string> = new Set(RELATIONS.develops.ownedNouns);
/** The registry's maker nouns ("maker", "developer", "parent" …). */
export const MAKER_NOUN_WORDS: ReadonlySet<string> = new Set(RELATIONS.develops.nouns);

/** A holding in a firm, owned or held without being made: "stakes owned by Qorva" (stop 53's readers). */
export const HOLDING_NOUNS: ReadonlySet<string> = new Set(['stake', 'stakes', 'share', 'shares', 'interest', 'interests', 'holding', 'holdings', 'equity', 'shareholding', 'shareholdings']);
/** A holding's nouns and its measures, before a name the holding is in: "the owner of shares in Zapp", "a 10 % stake in". */
export const HOLDING_WORDS: ReadonlySet<string> = new Set([...HOLDING_NOUNS, 'percent', '%']);
/** What a state's measures are called: "Ruritania's export rules", "Indian controls bar …". */
export const STATE_MEASURE_NOUNS: ReadonlySet<string> = new Set(['rules', 'controls', 'restrictions', 'regulations', 'curbs', 'law', 'laws', 'measures', 'sanctions']);

/**
 * Papers an authority or a firm issues or publishes, not things it makes: "Vexa will stop trusting certificates issued by Qorva"
 * names no maker of Vexa, nor does "a report published by Zenco" of what the sentence set before it (stop 56's readers).
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['certificate', 'certificates', 'certs', 'licence', 'licences', 'license', 'licenses', 'permit', 'permits', 'statement', 'statements', 'report', 'reports', 'guidance', 'order', 'orders', 'notice', 'notices', 'warning', 'warnings', 'ruling', 'rulings', 'letter', 'letters', 'bonds', 'visas', 'fines', 'invoices', 'receipts']);

/** Writings a firm publishes about a thing, not the thing: "published a post analysing Zeta", "released a study of Zeta" (helper fe85). */
export const WRITING_NOUNS: ReadonlySet<string> = new Set(['report', 'reports', 'study', 'studies', 'paper', 'papers', 'whitepaper', 'post', 'posts', 'analysis', 'analyses', 'article', 'articles', 'review', 'reviews', 'write-up', 'teardown', 'findings', 'assessment', 'advisory', 'advisories']);

/** Nouns after a name that make it the thing replaced, not the thing made: "launched as a faster Qorva replacement", "the Qorva killer Vexa" (stop 54's readers). */
// "launched a Qorva imitator, Zapp": a copy's nouns name the thing copied, like a clone (helper dva93, from the eighty-ninth set).
export const SUBSTITUTE_NOUNS: ReadonlySet<string> = new Set(['replacement', 'replacements', 'alternative', 'alternatives', 'substitute', 'killer', 'clone', 'clones', 'lookalike', 'lookalikes', 'look-alike', 'copycat', 'copycats', 'knockoff', 'knockoffs', 'knock-off', 'imitator', 'imitators', 'imitation', 'imitations', 'ripoff', 'rip-off', 'doppelganger', 'wannabe']);
/** Rival nouns after a name that is the thing rivalled ("launched a ChatGPT rival called Zbot"), unless "to" names it ("the Vexa rival to Qorva's phone"; stop 60). */
const RIVAL_NOUNS: ReadonlySet<string> = new Set(['rival', 'rivals', 'competitor', 'competitors', 'challenger', 'challengers']);

/** Participles that name the thing just described: "a phone called the Mi 5". */
export const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(['called', 'named', 'dubbed', 'branded', 'codenamed', 'code-named']);

/** Things built on or for a platform, whose name before them is the platform's: "an iPhone app", "a Linux distribution", "Chrome extensions" (stop 60). */
export const BUILT_ON_NOUNS: ReadonlySet<string> = new Set(['app', 'apps', 'extension', 'extensions', 'plugin', 'plugins', 'plug-in', 'plug-ins', 'add-on', 'add-ons', 'distribution', 'distributions', 'distro', 'distros', 'mod', 'mods', 'emulator', 'emulators', 'port', 'ports', 'version', 'versions', 'skin', 'skins']);

/** Sites a firm builds or opens, whose name before them names the site, not a made thing: "the Vexa factory", "its Vexa plant". */
const SITE_NOUNS: ReadonlySet<string> = new Set(['plant', 'plants', 'factory', 'factories', 'facility', 'facilities', 'fab', 'fabs', 'gigafactory', 'warehouse', 'warehouses', 'campus', 'headquarters',
  // Stop 90 (fp90, fresh samples): mines, refineries, yards and other works are places too ("the Vexa mine", "the Zeta smelter").
  'mine', 'mines', 'refinery', 'refineries', 'smelter', 'smelters', 'shipyard', 'shipyards', 'dam', 'wharf']);
/**
 * What a site makes or runs, between its name and the site's noun: "the Zeta-2 nuclear power plant", "the Vexa coal mine", "the
 * Qorva gas-fired power station" (fp90: a group that builds or describes a plant makes no product of its name).
 */
const SITE_MODIFIERS: ReadonlySet<string> = new Set(['nuclear', 'atomic', 'power', 'solar', 'coal', 'coal-fired', 'gas', 'gas-fired', 'wind', 'hydro', 'hydroelectric', 'hydropower', 'geothermal', 'thermal', 'desalination', 'copper', 'gold', 'lithium', 'iron', 'ore', 'steel', 'oil']);

/** Shops and venues a chain runs, which sell, serve or roll out what others make: "Zembla's 800 restaurants", "Vexa stores". */
const VENUE_NOUNS: ReadonlySet<string> = new Set(['restaurants', 'stores', 'shops', 'outlets', 'cafes', 'cafés', 'hotels', 'branches', 'locations', 'dealerships', 'dealers', 'franchises', 'franchisees', 'pharmacies', 'supermarkets', 'showrooms', 'kiosks', 'venues', 'gyms', 'cinemas', 'theaters', 'theatres']);

/**
 * Whether the name ending at `last` only names where a making clause's real subject stands: a site named by it ("The Zeta plant
 * will build …") or a chain's venues ("Zembla's 800 restaurants began the launch of …", "Vexa stores launched …"). A site the name
 * owns ("Zenco's factory builds the Qeta") is the owner's making and is kept (fp90, from stop 89's fresh samples).
 */
export function namesPlaceOfSubject(words: readonly string[], last: number): boolean {
  if (words[last + 1] !== "'s" && namesSiteAt(words, last + 1)) return true;
  if (words[last + 1] !== "'s") return VENUE_NOUNS.has(words[last + 1] ?? '');
  // "Zembla's 800 restaurants", "Vexa's new flagship stores": a count or words that describe the venues, no verb ("Zenco's team builds kiosks").
  let k = last + 2;
  while (k < last + 4 && /^(?:\d[\d,.]*|[a-z][a-z-]*)$/.test(words[k] ?? '') && !VENUE_NOUNS.has(words[k]!) && !/(?:s|ed|ing)$/.test(words[k]!)) k++;
  return VENUE_NOUNS.has(words[k] ?? '');
}

/** Whether the words from `next` name a site after a name: a site noun, or one to three site modifiers before it or before "station". */
function namesSiteAt(words: readonly string[], next: number): boolean {
  if (SITE_NOUNS.has(words[next] ?? '')) return true;
  let k = next;
  while (k < next + 3 && SITE_MODIFIERS.has(words[k] ?? '')) k++;
  if (k === next) return false;
  // "the Zeta power station", "the Qorva nuclear station": a station that a power word opens is a site; "a Zeta base station" is a device.
  return SITE_NOUNS.has(words[k] ?? '') || (/^stations?$/.test(words[k] ?? '') && words.slice(next, k).some((w) => w === 'power' || w === 'nuclear') && !isPowerStationProduct(words, next, k));
}

/**
 * "the Zeta 3000 solar power station", "the Zeta power station for homes": a battery sold as a home or portable "power station", named
 * by a model's number or made for homes or camping, is a product (review rr90); "the Zeta power station" alone stays a site.
 */
function isPowerStationProduct(words: readonly string[], next: number, station: number): boolean {
  if (!words.slice(next, station).every((w) => w === 'power' || w === 'solar')) return false;
  return /\d{3,}|^\p{L}+\d|\d\p{L}+$/u.test(words[next - 1] ?? '') || (words[station + 1] === 'for' && HOME_USES.has(words[station + 2] ?? ''));
}
/** Uses of a portable power station: "for homes", "for camping". */
const HOME_USES: ReadonlySet<string> = new Set(['home', 'homes', 'households', 'household', 'camping', 'campers', 'outdoors', 'outdoor', 'travel', 'emergencies', 'backup', 'rvs', 'vans']);

/** Nouns of a firm's tie to another that "of" names, in an apposition: "Zenco, a rival of Qorva that built …", "a unit of Qorva which …". */
export const TIE_NOUNS_OF_WORDS = 'rival|competitor|unit|subsidiary|division|arm|affiliate|spin-off|spinoff|partner|supplier|customer|client|investor|backer|owner|parent';

/** Operating systems a device runs, by their lexicon keys: "an Android tablet", "a Windows laptop". */
export const OPERATING_SYSTEMS: ReadonlySet<string> = new Set(['android', 'windows', 'linux', 'ios', 'symbian', 'harmonyos', 'tizen', 'kaios', 'chromeos']);

/** The indefinite article: "a", "an". */
export const isArticle = (word: string | undefined): boolean => word === 'a' || word === 'an';

/**
 * Whether the name from `first` to `last` only qualifies the thing made after it: the thing it
 * replaces ("the Qorva killer Vexa"), the platform of another thing ("developed an iPhone app
 * called Zapp", "makes Chrome extensions"; "the Zapp app" is Zapp itself, so a singular needs "a"),
 * or the maker or platform of a thing named after its kind ("an Android phone called the Mi 5"), or the operating system a
 * device runs (`system`: "a Ruritanian Android tablet made by Zenco").
 */
export function qualifiesMadeThing(words: readonly string[], first: number, last: number, system = false): boolean {
  const next = words[last + 1] ?? '';
  // "built the Vexa factory", "which built the Vexa plant": a site is built, not made, and the name is the site's (review of mk81).
  if (namesSiteAt(words, last + 1)) return true;
  if (SUBSTITUTE_NOUNS.has(next) || (RIVAL_NOUNS.has(next) && !/^(?:to|for|of)$/.test(words[last + 2] ?? ''))) return true;
  const indefinite = isArticle(words[first - 1]);
  // "an Android phone called the Mi 5": the thing made is the one named after its kind.
  if (indefinite && isKindNoun(next) && NAMING_PARTICIPLES.has(words[last + 2] ?? '')) return true;
  // "a Nigerian Android tablet made by Zenco", "makes Android phones": an operating system before a device's kind is what the
  // device runs (stop 73's makers readers: "Zenco makes Android" twice); "a Zeta phone made by Zenco" is one of Zenco's Zeta phones.
  if (system && (isKindNoun(next) || (next.endsWith('s') && isKindNoun(next.slice(0, -1))))) return true;
  if (!BUILT_ON_NOUNS.has(next)) return false;
  return next.endsWith('s') || indefinite;
}

/** Platforms and stores a firm's apps run on or are sold in, by their lexicon keys: "its iOS and Android apps", "its Mac and Windows apps". */
export const APP_PLATFORMS: ReadonlySet<string> = new Set([...OPERATING_SYSTEMS, 'mac', 'macos', 'iphone', 'ipad', 'web', 'desktop', 'app-store', 'google-play', 'play-store']);
/** Who makes each platform: "Apple released its iOS and macOS apps" names Apple's own platforms, which it does make. */
export const PLATFORM_MAKERS: ReadonlyMap<string, string> = new Map([
  ['ios', 'apple'], ['macos', 'apple'], ['mac', 'apple'], ['iphone', 'apple'], ['ipad', 'apple'], ['app-store', 'apple'],
  ['android', 'google'], ['google-play', 'google'], ['play-store', 'google'], ['chromeos', 'google'],
  ['windows', 'microsoft'], ['harmonyos', 'huawei'],
]);

/**
 * How a possessed list read before a plural built-on noun is read as a whole, its last member not alone (qualifiesMadeThing): "its
 * Zapp, Zbook and Zcam apps" are the owner's own apps, every member made by it (`own`); "its Android and iOS apps" and "its Slack and
 * Teams plugins" name the platforms the owner's things run on (`hosts`: made by no one here). The judgement is per member: "its Zapp
 * and Windows apps" drops Windows only (review of lst83). Known names other than platforms are left to each member ("removed its
 * Facebook and Instagram apps" are another firm's apps on its phones). undefined when no plural built-on noun follows.
 */
export function possessedListBeforeBuiltOn(words: readonly string[], last: number, members: readonly { key: string; source: string }[]): { own: boolean; hosts: ReadonlySet<string> } | undefined {
  const next = words[last + 1] ?? '';
  if (!next.endsWith('s') || !BUILT_ON_NOUNS.has(next)) return undefined;
  // Apps run on platforms and stores; plugins and extensions on software, a known name among them marking the list as hosts ("its
  // Slack and Teams plugins"); unknown names alone are the owner's own ("its Zapp and Talko extensions").
  const hostList = next !== 'apps' && members.some((m) => m.source === 'lexicon');
  const isHost = (m: { key: string; source: string }) => APP_PLATFORMS.has(m.key) || hostList;
  const hosts = new Set(members.filter(isHost).map((m) => m.key));
  const rest = members.filter((m) => !isHost(m));
  return { own: rest.length > 0 && rest.every((m) => m.source !== 'lexicon'), hosts };
}

/** Activities a firm may be kept from without its business or goods being banned: "combining data", "lending", "onboarding". */
const LIMITED_ACTIVITY_GERUNDS = ['combining', 'linking', 'sharing', 'merging', 'pooling', 'lending', 'onboarding', 'opening', 'accepting', 'adding', 'signing', 'issuing', 'expanding'];

/**
 * Conduct toward others that a law or a regulator's order forbids a firm, restricting it: "bars A and B from forcing developers
 * to use their payment systems", "ordered Zenco to stop favouring its own service" (stop 65's readers counted these as
 * restrictions, 12 times). Selling, making or operating are the firm's business: kept from those, it is banned.
 */
export const CONDUCT_GERUNDS: readonly string[] = ['forcing', 'requiring', 'compelling', 'obliging', 'favouring', 'favoring', 'self-preferencing', 'preferencing', 'prioritising', 'prioritizing', 'blocking', 'preventing',
  'bundling', 'tying', 'pre-installing', 'preinstalling', 'charging', 'collecting', 'tracking', 'discriminating', 'steering', 'retaliating', 'punishing', 'imposing', 'mandating', 'restricting', 'limiting',
  'excluding', 'harvesting', 'profiling', 'targeting', 'raising', 'hiking',
  // "The consent order bars Zenco from misrepresenting its software" (stop 76, from its forty-fourth set).
  'misrepresenting', 'misleading', 'deceiving'];

/** What a firm kept "from" doing is restricted by, not banned: an activity or a conduct. */
export const LIMITED_GERUNDS: ReadonlySet<string> = new Set([...LIMITED_ACTIVITY_GERUNDS, ...CONDUCT_GERUNDS]);

/** Words before a rival noun that make the rivalry past or not yet: "a former rival of Zenco", "an erstwhile rival", "a would-be rival" (review rr88b). */
/**
 * Ranks a firm takes from another that are held among owners, lenders or buyers, in a fund, or in a state's books, not in a market:
 * "replaced Qorva as the largest shareholder of Vexa", "overtook Qorva as the biggest taxpayer" (riv90b; fixer fxr90c).
 */
export const NON_MARKET_RANKS = 'shareholders?|investors?|owners?|stakeholders?|holders?|customers?|clients?|buyers?|lenders?|creditors?|backers?|sponsors?|employers?|donors?|debtors?|borrowers?|tenants?|landlords?|advertisers?|partners?|auditors?|advisers?|advisors?|holdings?|positions?|stakes?|weightings?|picks?|constituents?|components?|taxpayers?|polluters?|emitters?|contributors?|recipients?|beneficiaries|defaulters?|landowners?|philanthropists?';

export const PAST_RIVAL_WORDS = 'former|one-time|onetime|erstwhile|ex|then|previous|past|future|would-be';

/**
 * Heads of compounds a licence word only qualifies: "licence fee", "licence waiver", "licence application", "licence talks" (helper
 * fxr89). A loss, revocation or suspension of "Zeta TV's licence exemption" takes the exemption, not the licence, and bans no one.
 */
export const LICENCE_COMPOUND_HEADS: readonly string[] = ['fee', 'fees', 'waiver', 'waivers', 'application', 'applications', 'request', 'requests', 'talks',
  'negotiations', 'exemption', 'exemptions', 'payment', 'payments', 'holder', 'holders', 'requirement', 'requirements', 'hearing', 'hearings', 'review',
  'reviews', 'auction', 'auctions', 'tender', 'tenders', 'process', 'round', 'deadline', 'dispute', 'case', 'system', 'regime', 'scheme', 'rules'];

/**
 * Words that make a firm recalling goods their seller, not their maker: "Distributor Zenco recalled 9,000 Qorva pumps", "Zenco, which
 * distributes the devices, recalled …", "… Qorva pumps it distributes" (review rr90c). Read over a sentence's lower-cased text.
 * A firm named for its imports ("Zenco Imports Inc.") resells too (helper rcq97).
 */
export const RECALLER_RESELLS = /\b(?:distribut(?:or|ors|es|ed|e|ing)|resellers?|importers?|wholesalers?)\b|\bimports,? (?:inc|llc|ltd|co|corp|limited)\b|\b(?:it|which|that) (?:sells|sold|imports|imported|resells|resold|distributes|distributed)\b/;

/** A row of ROLE_HOLDER_ROWS: role nouns, what they make of the one name before them, and why. */
interface RoleHolderRow {
  readonly roles: readonly string[];
  /** 'company': the name before is a firm's, for this mention only (a weak cue); undefined: the name gets no type from the role. */
  readonly owner: 'company' | undefined;
  readonly reason: string;
}

/**
 * Person's role nouns right after a name ("a Qorvex spokesperson", "Qorvex chairman Ana Borin"): the role's holder is a person, but
 * the name before the role is whom the person works for, never the person (helper unt91, from stop 90's fresh samples: such a name
 * was typed a person and every claim on it, in the whole article, was lost). A comma before the role ("Ana Borin, chairman") is an
 * apposition, read elsewhere.
 */
export const ROLE_HOLDER_ROWS: readonly RoleHolderRow[] = [
  { roles: ['spokesperson', 'spokesman', 'spokeswoman'], owner: 'company', reason: 'who speaks for a body: in business news a firm ("a Qorvex spokesperson said"); a party or a group speaks so too ("a Zembla Front spokesman"), so the cue is weak' },
  { roles: ['chairman', 'chairwoman', 'executive'], owner: 'company', reason: 'a board\'s and a firm\'s offices ("Qorvex chairman Ana Borin", "a Qorvex executive said"); a body\'s chairman has the body\'s head word, typed before' },
  { roles: ['analyst', 'researcher', 'engineer', 'director', 'head', 'president', 'official', 'professor', 'chief', 'founder', 'co-founder'], owner: undefined, reason: 'offices of firms, schools and states alike ("a Qorvex engineer", "a Zembla official", "a Vela professor"): the name is no person, and the role does not say what it is' },
  { roles: ['minister', 'secretary', 'senator', 'lawmaker'], owner: undefined, reason: 'offices of a state or a party ("a Zembla minister"): no person and no firm' },
];

/** The rows by role noun. */
export const ROLE_HOLDERS: ReadonlyMap<string, RoleHolderRow> = new Map(ROLE_HOLDER_ROWS.flatMap((row) => row.roles.map((role) => [role, row] as [string, RoleHolderRow])));

/**
 * Words after a role noun that make it a modifier, no office: "a Zembla executive order", "the Qorvex executive committee" ("executive
 * director", "executive editor" are offices: the row's reading stands).
 */
export const ROLE_AS_MODIFIER_AFTER = /^(?:order|orders|branch|branches|committee|committees|board|boards|summary|session|sessions|power|powers|privilege|action|actions|team|teams|office|offices|suite|suites|jet|jets|compensation|pay|search|council|councils|education|decision|decisions|authority)$/;

/**
 * Nouns a spokesperson's reported clause calls its own body by that no firm is called by: "A Zembla spokesman said the group would
 * …", "… said the movement …": a militant or political group or a party, no firm (review rf91: such a body was typed a firm and made
 * a maker's or a banning firm's claims). "Group" is a firm's word too ("Qorvex Group"), but then the name has it. Not a state's
 * bodies ("government", "ministry", "country"): a firm's spokesperson speaks of them as another party ("A Zenco spokesman said the
 * government …", review rr92b).
 */
export const NOT_FIRM_BODY_REFERENTS: ReadonlySet<string> = new Set(['group', 'movement', 'militants', 'militant', 'militia', 'rebels', 'insurgents', 'faction', 'party', 'organisation', 'organization']);
/** Verbs that report a spokesperson's words, before the reported clause's subject: "said the group …", "said that the movement …". */
export const SPOKESPERSON_SAYING_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'say', 'added', 'adds', 'stated', 'states', 'told', 'warned', 'warns', 'insisted', 'insists', 'claimed', 'claims', 'confirmed', 'confirms', 'announced', 'announces', 'declared', 'declares']);

/** Last words of public bodies', parties' and movements' names: a role after them ("a Zembla Front spokesman") makes no firm of them. */
export const NOT_FIRM_BODY_ENDS: ReadonlySet<string> = new Set(['Patrol', 'Police', 'Guard', 'Sheriff', 'Army', 'Navy', 'Party', 'Front', 'Movement', 'Campaign', 'Union', 'Federation', 'League', 'Alliance', 'Coalition', 'Church', 'University', 'College', 'School', 'Hospital', 'Museum', 'Foundation', 'Institute']);

/**
 * Farm and food goods a state's trade halt names by the state's name or demonym alone, in headlines above all ("Ruritania suspends
 * Zembla milk powder", "bans Zemblan beef"): the state whose goods they are is restricted (helper trx93). Goods only: "bans Zemblan
 * officials" or "suspends Zembla talks" say nothing of trade.
 */
export const STATE_FARM_GOODS: readonly string[] = ['milk', 'dairy', 'formula', 'seafood', 'fish', 'salmon', 'shrimp', 'beef', 'pork', 'poultry', 'chicken', 'meat', 'lamb', 'mutton', 'fruit', 'fruits',
  'vegetables', 'grain', 'grains', 'wheat', 'rice', 'barley', 'maize', 'corn', 'soybeans', 'canola', 'apples', 'kiwifruit', 'cheese', 'butter', 'eggs', 'wine', 'timber', 'logs', 'coal', 'seeds',
  // Raw goods and commodities, named so as well (helper ban95).
  ...STATE_COMMODITY_GOODS,
  ...STATE_GOODS_PLURALS];

/**
 * Nouns that a farm-goods word only describes, so that the goods are no object of a halt: "suspends Zembla grain deal", "halted
 * Zembla seafood talks", "banned Zemblan coal miner Zenco" halt a deal, talks or a firm, not the state's goods (re-read rr93a).
 */
export const NOT_GOODS_HEADS: readonly string[] = ['deal', 'deals', 'talks', 'agreement', 'agreements', 'accord', 'pact', 'corridor', 'initiative', 'negotiations',
  'miner', 'miners', 'exporter', 'exporters', 'producer', 'producers', 'maker', 'makers', 'firm', 'firms', 'company', 'companies', 'group', 'giant', 'giants',
  'trader', 'traders', 'importer', 'importers', 'supplier', 'suppliers', 'processor', 'processors', 'tycoon', 'magnate', 'baron', 'farmers', 'fleet', 'vessel', 'vessels',
  // Sites and carriers of raw goods (helper ban95).
  ...COMMODITY_NOT_GOODS_HEADS,
  ...FOOD_NOT_GOODS_HEADS];

/**
 * Capitalised last words of a leave's paper: "the airline's TCO Authorisation", "its Air Operator Certificate", "an Operating
 * Permit". Such a name is what a regulator takes away, never the holder banned (helper fpy93, fresh sample s82c).
 */
export const LEAVE_PAPER_WORDS: ReadonlySet<string> = new Set(['Authorisation', 'Authorisations', 'Authorization', 'Authorizations', 'Certificate', 'Certificates', 'Permit', 'Permits']);

/**
 * Words before a rival noun after "from" ("from arch-rival", "from its main rival"): the thing got from that rival is its goods
 * (helper dvp93). One list for the develops pattern that reads the maker (relation-patterns.ts) and the check that drops the
 * rivalry with the thing (claim-check.ts).
 */
export const FROM_RIVAL_DESCRIBING = 'arch|main|chief|closest|biggest|fierce|nearest|larger|smaller|bigger|local|domestic';
