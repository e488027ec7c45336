import { surfaceOf, type Token } from '../text/tokens';
import { keyOfName, withChanges, type SentenceMention } from './mention';

/** Containers and lots a photo caption opens with before whose goods they hold: "Bottles of", "Packets of", "Boxes of". */
const CAPTION_CONTAINERS: ReadonlySet<string> = new Set([
  'Bottles', 'Packets', 'Packs', 'Boxes', 'Cans', 'Jars', 'Cartons', 'Sachets', 'Tins', 'Bags', 'Tubs', 'Crates', 'Pallets', 'Rows',
  'Stacks', 'Piles', 'Shelves', 'Containers', 'Tubes', 'Barrels', 'Kegs', 'Vials',
]);

/**
 * "Bottles of Zenco's Qorva brand oil are displayed": a caption's container and "of" opening a name a rule found are no part of it;
 * the name starts after "of" (helper dvp93, from fresh sample s87c: "Bottles of Zenco" as the maker). Replaces in place; the
 * lexicon's names are never cut.
 */
export function trimCaptionOpenings(mentions: SentenceMention[], tokens: readonly Token[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.source === 'lexicon' || m.last - m.first < 3 || !CAPTION_CONTAINERS.has(tokens[m.first]!.text) || tokens[m.first + 1]?.text !== 'of') continue;
    const first = m.first + 2;
    if (!tokens[first]!.capitalized) continue;
    const surface = surfaceOf(tokens, first, m.last);
    mentions[i] = withChanges(m, { first, start: tokens[first]!.start, surface, label: surface, key: keyOfName(surface) });
  }
}
