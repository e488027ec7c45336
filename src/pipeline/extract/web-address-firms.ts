import type { EntityType } from '../types';
import type { SentenceMention } from './mention';

/**
 * Whether a web address opening the sentence, written with a capital ("Zenco.com"), names a firm: where a firm is wanted ("Zenco.com
 * and Qorva compete …", "Zenco.com launched the Zeta app"). Inside a sentence the same capitalised name is read as any name is; only
 * the sentence's first word, which is capitalised anyway, was kept a website (helper odd102, from fresh samples of real news: the
 * firm and its rivalry were lost). Where a made thing is wanted ("Zenco.org and qorva.io were blocked") it stays a website.
 */
export function isFirmByWebAddress(mention: SentenceMention, fallback: EntityType): boolean {
  return fallback === 'company' && mention.first === 0 && /^\p{Lu}/u.test(mention.surface);
}
