import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper ppl95: a person given a firm's office in appointment and board news ("Zenco named Jane Roe as chief financial officer")
// was read as a product the firm named, or left an untyped name. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const labels = (text: string): string[] => entitiesOf(text);

describe('a name given a firm\'s office is a person', () => {
  it('after an appointing verb, before the office', () => {
    expect(labels('Zenco named Jane Roe as its new managing director, effective next month.')).toContain('Jane Roe (person)');
    expect(labels('Zenco appointed Mark Dunn as chief technology officer on Monday.')).toContain('Mark Dunn (person)');
    expect(labels('Qorva named seasoned industry veteran Tom Hale president and CEO of its American arm.')).toContain('Tom Hale (person)');
    expect(labels('Zenco promoted Paul Grey to president.')).toContain('Paul Grey (person)');
    expect(labels('Qorva Ltd. announced the appointment of Ann Lee as CEO, effective in May.')).toContain('Ann Lee (person)');
  });

  it('before an appointing participle and the office, or joining a board', () => {
    expect(labels('Lisa Park has been appointed chairman at the engineering group Vexa.')).toContain('Lisa Park (person)');
    expect(labels('Peter Holt has also been reassigned as vice chairman of Zenco.')).toContain('Peter Holt (person)');
    expect(labels("Qorva's Michael Roe will join Zenco's board.")).toContain('Michael Roe (person)');
    expect(labels('Greta Lund joined Qorva Systems as chief financial officer last year.')).toContain('Greta Lund (person)');
  });

  it('no claim is read off the appointment', () => {
    expect(develops('Zenco named Jane Roe as its new managing director.')).toEqual([]);
    expect(develops('Qorva named Mark Dunn, its finance chief, as chief executive.')).toEqual([]);
  });
});

describe('near misses: products, firms and other roles are no persons', () => {
  it('a maker naming its product keeps the product', () => {
    expect(labels('Zenco named its new phone Vela Nova.')).not.toContain('Vela Nova (person)');
    expect(labels('Zenco named Vela Nova as its flagship phone for the year.')).not.toContain('Vela Nova (person)');
    expect(labels('Zenco named Vela Nova as its chief rival in the market.')).not.toContain('Vela Nova (person)');
    expect(labels('The Vela Nova was named phone of the year by critics.')).not.toContain('Vela Nova (person)');
    expect(develops("Zenco's Vela 9 phone goes on sale next week.")).toEqual(['Zenco -develops-> Vela 9']);
  });

  it('firms hired or appointed in other roles stay firms', () => {
    expect(labels('Zenco hired Qorva Labs as its adviser on the deal.')).not.toContain('Qorva Labs (person)');
    expect(labels('Zenco appointed Vexa Partners as its distributor in Ruritania.')).not.toContain('Vexa Partners (person)');
    expect(labels('Zenco has appointed Zeta Capital to lead the board search.')).not.toContain('Zeta Capital (person)');
    expect(labels('Zenco tapped Qorva Bank as lead arranger for the loan.')).not.toContain('Qorva Bank (person)');
  });

  it('an appointing verb with no office after the name types nobody', () => {
    expect(labels('Zenco hired Nova Digital to build its website.')).not.toContain('Nova Digital (person)');
    expect(labels('Qorva selected Vela Orion for its fleet.')).not.toContain('Vela Orion (person)');
    expect(labels('Vela Orion will join the lineup next year.')).not.toContain('Vela Orion (person)');
  });
});

describe('an office\'s field, a division or a firm\'s trade word around a title', () => {
  it('the field or the division is no part of the holder, and names nobody alone', () => {
    expect(labels('"We are proud of Vela," said Tom Hale (Vice President Sales & Marketing).').join(' ')).not.toMatch(/Sales & Marketing/);
    expect(labels("Anna Berg, Zenco's Director Of Product Marketing, said the firm developed Vela.").join(' ')).not.toMatch(/Of Product Marketing|Director Of/);
    expect(develops("Anna Berg, Zenco's Director Of Product Marketing, said the firm developed Vela.")).toEqual([]);
    expect(labels('Zenco CEO Automotive Sector Jane Roe said the company built Vela.')).toContain('Jane Roe (person)');
    expect(labels('Zenco Vice President Research Jane Roe said the firm built Vela.')).toContain('Jane Roe (person)');
  });

  it('a title word inside a firm\'s name before its trade word keeps the firm', () => {
    expect(develops('Zenco Executive Systems unveiled Vela, a new sensor.')).toEqual(['Zenco Executive Systems -develops-> Vela']);
  });

  it('near misses: public offices and plain holders stay as they were', () => {
    expect(labels('Vice President Ann Lee visited Zenco.')).toContain('Ann Lee (person)');
    expect(labels('Zenco Chairman John Mills said sales rose.')).toContain('John Mills (person)');
    expect(labels('Director of National Intelligence Ann Lee spoke on Monday.').join(' ')).not.toMatch(/National Intelligence Ann Lee/);
    expect(labels('Zenco CEO Jane Roe said the firm built Vela.')).toContain('Jane Roe (person)');
    expect(labels('Qorva Chairman Tom Group said sales rose.')).not.toContain('Qorva Chairman Tom Group (company)');
  });
});

describe('a relative clause or leaving an office', () => {
  it('"who has been appointed", "resigned as", "will step down as" tell a person', () => {
    expect(labels('Peter Holt will succeed Mark Lane, who has been appointed chairman of the board.')).toContain('Mark Lane (person)');
    expect(labels('Greta Lund resigned as a director of Zenco on Friday.')).toContain('Greta Lund (person)');
    expect(labels('Tom Hale will step down as chief executive in May.')).toContain('Tom Hale (person)');
  });

  it('near misses: things retired or renamed, and firms resigning other roles', () => {
    expect(labels('The Vela Nova retired as the best-selling phone of its year.')).not.toContain('Vela Nova (person)');
    expect(labels('Qorva Partners resigned as auditor of Zenco.')).not.toContain('Qorva Partners (person)');
    expect(labels('Vela Orion, which was named phone of the year, sold well.')).not.toContain('Vela Orion (person)');
  });
});

describe('a firm hired to head or chair a task', () => {
  it('"to head", "to chair" after the name are verbs, no office', () => {
    expect(labels('Zenco hired Blue Harbor to head its redesign.')).not.toContain('Blue Harbor (person)');
    expect(labels('Zenco promoted Jane Roe to the board.')).toContain('Jane Roe (person)');
  });
});
