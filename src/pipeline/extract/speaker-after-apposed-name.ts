/**
 * A saying verb right after a name set off by a comma after a maker's kind: "The phone is Zenco's latest model, Roe said." The name is
 * the speaker of the sentence, not the model apposed to the kind (helper apn102, stop 101, found while reading "Zenco's latest
 * brainchild, Qorva, …": "The plan was Zenco's brainchild, Roe said" gave Zenco a product named Roe). Read on the words after the
 * possessive patterns' match. Past forms and "says" only: a product's own present verb is no saying ("Qorva Games' shooter Starfall
 * adds raids", "Zenco's new app, Vexa, writes code"), nor one a product may do ("its app Vexa added video", "reported", "recalled").
 */
export const SPEAKER_AFTER_APPOSED_NAME = /^\s*(?:said|says|told|noted|wrote|stated|explained|argued|insisted)(?= |$)/;
