/**
 * A saying verb right after a name set off by a comma after a maker's kind: "The phone is Zenco's latest model, Roe said." The name is
 * the speaker of the sentence, not the model apposed to the kind (helper apn102, stop 101, found while reading "Zenco's latest
 * brainchild, Qorva, …": "The plan was Zenco's brainchild, Roe said" gave Zenco a product named Roe). Read on the words after the
 * possessive patterns' match.
 */
export const SPEAKER_AFTER_APPOSED_NAME = /^\s*(?:said|says|told|tells|added|adds|noted|notes|wrote|writes|stated|states|explained|explains|argued|argues|recalled|recalls|insisted|insists|reported|reports)(?= |$)/;
