import type { ClaimStatus } from '../types';

const NEGATIONS = /(?:^| )(?:not|\S+n't|never|no longer|cannot)(?= )/;
const HEDGES = /(?:^| )(?:would|could|might|may|should|plans?|planned|planning|considering|considers|consider|proposed|proposes|propose|proposal|threatened|threatens|threaten|calls?|called|urged|urges|urge|seeks|seek|seeking|sought|wants|want|wanted|wanting|intends|intend|intended|pushed|pushing|bill|potential|possible|possibly|mulls|mulling|weighing|weighs|if|whether|unless|demanded|demands|asked|lobbying|warned|debated|debating|debate|discussed|discussing|studying|reviewing|review|mulled|floated|floating|introduced a bill|eyeing|eyes)(?= )/;

const URGED_TO = /(?:^| )(?:urged|urges|urging|called on|asked|asks|pushed|pressed|lobbied|demanded|wants|want|wanted|seek|seeks|seeking|proposed|proposes|plans|planning|considering) (?:\S+ ){0,4}to (?:\S+ )?$/;

/**
 * Whether a matched relation is stated as fact. `before` is the abstract text from the start of
 * the sentence up to the trigger; `between` the words from the source to the trigger.
 * "does not ban" → negated; "called for a ban", "would ban", "if … were" → proposed.
 */
export function claimStatus(before: string, between: string): ClaimStatus {
  const near = between.split(' ').slice(-6).join(' ');
  if (NEGATIONS.test(` ${near} `)) return 'negated';
  // The hedge may stand before the source too: "urged the department to add X to the list".
  if (HEDGES.test(` ${between} `) || URGED_TO.test(before) || /^(?:if|whether|unless|should) /.test(before)) return 'proposed';
  return 'asserted';
}
