import type { RelationPattern } from './relation-patterns';

// Helper cls98b (stop 98, round 2), from real EV, chip and phone news: a maker's deliveries or shipments of its own thing credit
// the thing to it, as a launch does. "Zenco began deliveries of the Vela 9", "Zenco has kicked off mass shipments of its Vela
// chip", "Zenco is shipping the Vela X accelerator", "Zenco shipped 20,000 Vela 9 units in April". The thing follows "of" (a
// customer follows "to"), and only a starting or doing verb opens the noun: who takes, receives, awaits or halts deliveries is a
// buyer or a state ("Qorva took delivery of its first Vela 9", "Ruritania halted shipments of Vela chips"), never a maker here.
// "ship" is no trigger of the registry (its bare object is as often a customer: "shipped Qorva a batch"), so its object must be a
// thing: a name before its kind ("the Vela chip") or a count's units ("20,000 Vela 9 units"). A table of its own (TS2590).

/** Verbs by which a firm starts or does its deliveries: "began", "has kicked off", "commenced", "ramped up". */
const STARTS = String.raw`(?:began|begins|begin|beginning|begun|started|starts|start|starting|kicked off|kicks off|kick off|kicking off|commenced|commences|commence|resumed|resumes|resume|ramped up|ramps up|ramp up|launched|launches|made|makes|completed|completes)`;
/** Words that may describe the deliveries: "its first mass", "local", "the initial volume". */
const DELIVERY_WORDS = String.raw`(?:(?:its|their|the|first|initial|early|mass|volume|large-scale|full-scale|local|domestic|customer|commercial|official|overseas|global|international|european|u\.s\.|us|chinese|retail|batch|public|wider|broader|formal) ){0,4}`;
/** Words that may describe the thing delivered: "its revamped", "the new", "the highly anticipated". */
const THING_WORDS = String.raw`(?:(?:its|their|the|new|latest|revamped|refreshed|updated|upgraded|redesigned|first|highly|long-awaited|much-anticipated|anticipated|flagship|advanced|next-generation|next-gen|all-new|all-electric|electric|entry-level) ){0,4}`;
/** The kinds a shipped thing's name is set before: "the Vela chip", "Vela 9 units". */
const SHIPPED_KINDS = new RegExp(String.raw`^\s+(?:chip|chips|processor|processors|accelerator|accelerators|gpu|gpus|cpu|cpus|npu|npus|soc|socs|card|cards|server|servers|phone|phones|smartphone|smartphones|handset|handsets|laptop|laptops|tablet|tablets|headset|headsets|glasses|console|consoles|device|devices|model|models|car|cars|vehicle|vehicles|ev|evs|suv|suvs|sedan|sedans|truck|trucks|pickup|pickups|robot|robots|drone|drones|units|unit|modules|module|systems|system|platform|kits|kit|batteries|battery|cells)\b`, 'i');
/** After the thing: another's possessive ("of Qorva's Vela") is another's goods; a maker named after "by" or "from" is the maker. */
const NOT_OWN_GOODS_AFTER = /^(?:'s |(?:made|built|developed|designed|produced|manufactured) by |from )/;
/** After a thing delivered by a verb: another's possessive, its maker, or a customer's order or a recipient ("the Qorva order", "the Qorva fleet a batch"). */
const NOT_DELIVERED_THING_AFTER = /^(?:'s |(?:made|built|developed|designed|produced|manufactured) by |from |(?:order|orders|contract|contracts|fleet|team|customers|account|a|an|with)\b)/;

/** Auxiliaries of shipping done or under way, no modal: "will ship the Zeta headset" is a plan, and often a partner's. */
const DONE_AUX = String.raw`(?:(?:has|have|had|is|are|was|were|been|already|now|also|just|recently|first|began|begun|started) )*`;

export const SHIPPED_GOODS_MAKERS: readonly RelationPattern[] = [
  // "Zenco began deliveries of the Vela 9", "Zenco has officially kicked off deliveries of its Vela 9 SUV", "Zenco began mass shipment
  // of Vela chips": a firm starting its deliveries of a thing delivers its own make. Not a state ("Ruritania began shipments of …"
  // buys or sends aid), not another's thing.
  { relation: 'develops', id: 'pattern:develops:cls98b-began-deliveries-of', template: `X1 P AUX ${STARTS} ${DELIVERY_WORDS}T(deliveries|delivery|shipments|shipment|shipping) of ${THING_WORDS}Y1`, notStateWhen: /./, targetNotType: 'company', notFollowedBy: NOT_OWN_GOODS_AFTER, notAnAddress: true, requires: ['of'] },
  // "Zenco is shipping the Vela chip next quarter", "Zenco has begun shipping its Vela X accelerator", "Zenco shipped 20,000 Vela 9
  // units": a firm shipping a named thing of a made kind ships its own make.
  { relation: 'develops', id: 'pattern:develops:cls98b-shipping-kind', template: `X1 P ${DONE_AUX}T(shipping|shipped|ships|ship) (?:(?:over|more than|nearly|almost|about|around|some|roughly|up to) )?(?:[0-9][0-9,.]*(?: , [0-9]{3})* (?:million |billion |thousand )?)?${THING_WORDS}Y1`, targetThenKind: SHIPPED_KINDS, verb: true, notStateWhen: /./, targetNotType: 'company', notAnAddress: true, requires: ['shipping|shipped|ships|ship'] },
  // "Zenco has started delivering the Vela 9", "Zenco began shipping its new Vela X": a begun delivery of a named thing, set off by
  // an article or the firm's possessive; a bare name after the verb may be a customer ("began supplying Qorva"), and "delivering"
  // alone is any carrier's ("is delivering the Qorva order").
  { relation: 'develops', id: 'pattern:develops:cls98b-began-delivering', template: `X1 P AUX ${STARTS} T(delivering|shipping) (?:its |their |the )${THING_WORDS}Y1`, notStateWhen: /./, targetNotType: 'company', notFollowedBy: NOT_DELIVERED_THING_AFTER, notAnAddress: true, requires: ['delivering|shipping'] },
];
