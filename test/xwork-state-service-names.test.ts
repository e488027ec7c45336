import { describe, expect, it } from 'vitest';
import { entitiesOf, scoredClaimsOf } from './extract-helpers';

// Helper xwork: a state's service named by its fields ("Federal Service for …, … and …") is one government body, its whole
// coordinated name kept, not a firm cut at the first comma with its fields read as more firms. Written for the tests.

describe('a federal, state or national service named by its fields is one state body', () => {
  it.each([
    ['The Federal Service for Supervision of Communications, Information Technology and Mass Media has banned Zenapp.', ['Federal Service for Supervision of Communications, Information Technology and Mass Media -banned-> Zenapp']],
    ['The Zemblan State Service for Special Communications blocked Zenapp and Qwik Chat.', ['Zemblan State Service for Special Communications -banned-> Qwik Chat', 'Zemblan State Service for Special Communications -banned-> Zenapp']],
    ['The National Service for Agri-Food Health and Quality (Senaqua) banned Zetacide.', ['National Service for Agri-Food Health and Quality -banned-> Zetacide']],
    ["Ukraine's State Service for Special Communications and Information Protection prohibited Plix on government phones.", ['State Service for Special Communications and Information Protection -banned-> Plix']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
    // The actor is the state's body, typed so (before: a firm, or a product).
    expect(entitiesOf(text)).toContain(`${claims[0]!.split(' -')[0]} (government)`);
  });

  it('is typed a government body, not a firm or a product', () => {
    expect(entitiesOf("Kazakhstan's Federal Service for Technical and Export Control (Vexcon) added Zenco to its list.")).toContain('Federal Service for Technical and Export Control (government)');
    expect(scoredClaimsOf("Kazakhstan's Federal Service for Technical and Export Control (Vexcon) added Zenco to its list.")).not.toContain('Kazakhstan -develops-> Federal Service for Technical and Export Control');
  });
});

describe('near misses: a firm\'s service, or no qualifier and "for"', () => {
  it.each([
    ["Zenco's Federal Service for Freight Clients rivals Qorva Express.", ['Federal Service for Freight Clients (government)']],
    ['Zenco Web Service for Developers was launched by Zenco in May.', ['Zenco Web Service for Developers (government)']],
    ['Qorva ran a State Service of Payroll pilot with Zenco.', ['State Service of Payroll (government)']],
  ])('"%s"', (text, notThere) => {
    for (const e of notThere) expect(entitiesOf(text)).not.toContain(e);
  });
});
