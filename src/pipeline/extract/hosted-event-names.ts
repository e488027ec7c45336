/**
 * A firm's own gathering, named with the firm's name first: "Kia EV Day", "Zenco AI Day", "the Zenco Developer Summit", "Zenco
 * Tech Week". After a known firm's name the rest of a run was read as the firm's product ("Samsung Gauss"), so a launch day
 * became a thing the firm makes (helper xlaunch, from real car-launch news: "its inaugural Kia EV Day" gave Kia a product "Kia EV
 * Day"). A run that ends on a gathering's word names the event, no product; the run stays unread as a compound.
 */

/** Last words of a gathering's name. */
const GATHERING_ENDS: ReadonlySet<string> = new Set(['Day', 'Days', 'Week', 'Summit', 'Conference', 'Forum', 'Festival', 'Expo', 'Awards', 'Keynote', 'Showcase']);

/** Whether the words after a firm's name ("EV Day", "Developer Summit") title one of its gatherings. */
export function endsOnGathering(words: readonly string[]): boolean {
  return words.length > 0 && GATHERING_ENDS.has(words[words.length - 1]!);
}
