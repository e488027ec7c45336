/**
 * What a firm is said to be "behind" that it does not make: an event or a deed named with the name ("Borin, the firm behind the
 * Qorva ban", "… behind the Qorva deal"), a rival of the name ("the firm behind Qorva's rival"), or a ranking it trails ("the firm
 * behind Vexa in sales"). After an apposed maker's noun and its name, these words leave the firm no maker of the name (helper bodies,
 * from real news reading "a company behind <product>"; the near misses were written for it).
 */
const EVENT_NOUNS = [
  'ban', 'bans', 'deal', 'deals', 'lawsuit', 'lawsuits', 'suit', 'campaign', 'campaigns', 'bid', 'bids', 'complaint', 'complaints', 'probe',
  'investigation', 'takeover', 'merger', 'offer', 'boycott', 'protest', 'protests', 'petition', 'challenge', 'appeal', 'leak', 'hack', 'outage', 'scandal',
];
const RIVAL_NOUNS = ['rival', 'rivals', 'competitor', 'competitors'];
const RANKED_IN = ['sales', 'revenue', 'market share', 'the market', 'the race', 'the rankings', 'downloads', 'users'];

export const NOT_MADE_BEHIND = new RegExp(`^(?:(?:${EVENT_NOUNS.join('|')})|'s (?:${RIVAL_NOUNS.join('|')})|in (?:${RANKED_IN.join('|')}))(?= |[,.;:]|$)`);
