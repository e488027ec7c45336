import { PRODUCT_NOUN_WORDS } from './cue-words';

/**
 * Helper xsoft (software news): "Plix is a note-taking app for Windows, macOS and Android, developed by Zenco", "an office suite
 * for Windows and Linux, developed by software maker Zenco". The names after a kind of product's "for" are the platforms (or the
 * users) the product is for; the participle after them tells of the product, which the passive reading gives its maker. The
 * "Y …, developed by X" patterns read the platforms as made by the product's maker: this guard, tested on the words before the
 * pattern's Y, keeps them out. It holds on every member of the list, since a pattern may start its Y at a later one.
 * Not after a noun that is no kind of product ("support for Plix, developed by Zenco": Plix is Zenco's).
 */
export const PLATFORMS_AFTER_MADE_KIND = new RegExp(
  String.raw`(?:^| )(?:${PRODUCT_NOUN_WORDS.join('|')}) (?:(?:built|designed|made|available|optimi[sz]ed|intended|tailored|written|released) )?for (?:the )?(?:@\d+ (?:, )?(?:(?:and|or) )?)*$`,
);
