import type { SentenceMention } from './mention';

/**
 * An outlet in a reporting role (helper makerfp, from families of false makers readers of real news met): "Zeta, first reported by
 * The Borin Times, is a chatbot from Zenco" made The Borin Times Zenco's product, "Zeta, which The Borin Times first reported, is
 * made by Zenco" too. An outlet that reports, breaks or is told the story is its source, never a maker, a made thing, a rival or a
 * ban's party. Only names shaped like an outlet's ("… Times", "… Daily", "… News"): "according to Zenco" keeps a firm's own word.
 */

/** Last words of an outlet's name: "Qorva News", "the Zembla Times", "Vexa Daily". */
export const OUTLET_END = /(?:^| )(?:News|Times|Post|Herald|Tribune|Journal|Gazette|Chronicle|Observer|Telegraph|Daily|Today|Insider|Wire|Magazine|Press|Radio|TV|Television)$/;

/** Right before an outlet: the agent of a report's participle, "according to", or one told or interviewed ("told The Borin Times"). */
const REPORTING_ROLE_BEFORE = /(?:\b(?:(?:first|originally|exclusively|earlier|previously|also) )?(?:reported|revealed|disclosed|broken|covered|cited|quoted|seen|obtained|reviewed|confirmed) by|\baccording to(?: (?:a |an )?(?:report|story|article|investigation|piece)s? (?:in|by|from))?|\b(?:told|tells|telling)|\binterview with|\breport(?:s|ed)? (?:in|from)) (?:the )?$/i;
/** Right after an outlet: its own act of reporting ("The Borin Times first reported", "Qorva Daily revealed"), no firm's deed. */
const REPORTING_ACT_AFTER = /^(?: (?:has|had|have|first|also|earlier|exclusively|originally|previously|was the first to|were the first to))* (?:reported|reports|revealed|reveals|broke the news|broke the story|wrote|writes|report|reveal)\b/;

/**
 * Whether `m`, an outlet by its name's last word, stands in a reporting role in the sentence (`text` is the article's text). As a
 * claim's source only the roles before it count: an outlet that reports may tell of its own rival or app through "its" ("Zembla Post
 * reported that its rival Qorva Times …"); as a target its own report after it counts too ("Zeta, which The Borin Times reported").
 */
export function isOutletInReportingRole(m: SentenceMention, text: string, asSource: boolean): boolean {
  if (!OUTLET_END.test(m.surface)) return false;
  return REPORTING_ROLE_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)) || (!asSource && REPORTING_ACT_AFTER.test(text.slice(m.end, m.end + 60)));
}
