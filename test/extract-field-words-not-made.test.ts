import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// A field's or a business model's word ("DevOps", "Platform as a Service") names no product, and a person's job title
// ("lead Zix kernel developer John Doe") makes no maker. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a field or a business model is no product', () => {
  it('"a maker of DevOps software" makes no "DevOps"', () => {
    expect(develops('Zenco, a maker of DevOps software, released Qorva Deploy last year.')).toEqual(['Zenco -develops-> Qorva Deploy']);
    expect(develops('Vexa is a developer of MLOps tools for banks.')).toEqual([]);
    expect(develops('Zenco, a provider of DevSecOps services, launched Qorva Shield.')).toEqual(['Zenco -develops-> Qorva Shield']);
  });

  it('"X as a Service" names no product', () => {
    expect(develops('Zenco made a Platform as a Service play with its Qorva Cloud offering.')).not.toContain('Zenco -develops-> Platform');
    expect(develops('Zenco, a provider of Software as a Service tools, launched Qorva.')).toEqual(['Zenco -develops-> Qorva']);
    expect(develops('Vexa launched an Infrastructure as a Service business in 2019.')).toEqual([]);
  });

  it('a made thing with its own name stays', () => {
    expect(develops('Zenco created the Qorvlang language in 2009.')).toEqual(['Zenco -develops-> Qorvlang']);
    expect(develops('Zenco launched Qorva Service, a delivery app, in Zembla.')).toEqual(['Zenco -develops-> Qorva Service']);
  });
});

describe("a person's job title makes no maker", () => {
  it('a role word before the maker noun names a person', () => {
    expect(develops('The lead Zix kernel developer John Doe said the release was delayed.')).toEqual([]);
    expect(develops('The senior Qorva developer Jane Roe joined Vexa in May.')).toEqual([]);
    expect(develops('The core Zeta developer Max Moe left the project.')).toEqual([]);
    expect(develops("Qorva's lead developer Zenco Studios shipped the update.")).toEqual(['Zenco Studios -develops-> Qorva']);
  });

  it('a firm after the maker noun still makes the thing', () => {
    expect(develops('The Zapp developer Zenco said the app would return.')).toEqual(['Zenco -develops-> Zapp']);
    expect(develops("Zapp's parent company Vexa Labs denied the report.")).toEqual(['Vexa Labs -develops-> Zapp']);
  });
});

describe('a measure or a number is no name, and a number keeps its thousands', () => {
  it('a measure written as one word names nothing', () => {
    expect(develops('Zenco makes 5-foot-1 robots for warehouses.')).toEqual([]);
    expect(develops('Vexa builds 10-metre masts and the Qorva Pole.')).toEqual(['Vexa -develops-> Qorva Pole']);
    expect(develops('Zenco released a 6.5-inch phone called Zeta One.')).toEqual(['Zenco -develops-> Zeta One']);
  });

  it('"Zeta 40,000" is not cut at its comma', () => {
    expect(develops('Zenco released the Zeta 40,000 server last month.')).toEqual(['Zenco -develops-> Zeta 40,000']);
    expect(develops('Vexa unveiled the Qorva 90,000 turbine on Monday.')).toEqual(['Vexa -develops-> Qorva 90,000']);
    expect(develops('Zenco makes the Zeta 2, Zeta 3 and Zeta 4.')).toEqual(['Zenco -develops-> Zeta 2', 'Zenco -develops-> Zeta 3', 'Zenco -develops-> Zeta 4']);
  });
});
