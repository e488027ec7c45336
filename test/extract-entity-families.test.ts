import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, extract } from './extract-helpers';

// Entities named as the text names them (issue 8), on sentences written for this test.

describe('laws, lists, rules and official acts are not entities', () => {
  it.each([
    'The Secure Networks Act of 2021 took effect in March.',
    'Regulators published a Final Determination on Tuesday.',
    'The company was placed on the Covered List.',
    'Vendors must file a Declaration of Conformity first.',
  ])('"%s"', (text) => {
    expect(entitiesOf(text).filter((e) => /Act|Determination|Covered|Declaration/.test(e))).toEqual([]);
  });

  it('a body named before a memorandum keeps its name', () => {
    expect(entitiesOf('The Office of Management and Budget Memorandum M-22-01 sets the deadline.')).toContain('Office of Management and Budget (government)');
  });

  it('a section label opening a sentence is no name', () => {
    expect(entitiesOf('SUMMARY: Agencies must remove the software.')).toEqual([]);
  });
});

describe('agencies in all their forms', () => {
  it('"the Commission" after a named commission is that commission', () => {
    const text = 'The Federal Trade Commission opened an inquiry. The Commission later blocked Grok.';
    expect(claimsOf(text)).toContain('Federal Trade Commission -banned-> Grok');
    expect(entitiesOf(text)).not.toContain('Commission (government)');
  });

  it('a bare "the Commission" with no commission named before is no entity', () => {
    expect(entitiesOf('The Commission said it would act.')).toEqual([]);
  });

  it("a state's name opening an institute's makes it that state's agency", () => {
    expect(claimsOf('The UK Frontier Model Safety Institute tested Claude.')).toContain('UK Frontier Model Safety Institute -part_of-> United Kingdom');
  });
});

describe('names as companies write them', () => {
  it('a place opening a legal name belongs to it', () => {
    expect(entitiesOf('Shenzhen Lumo Robotics Co., Ltd. makes warehouse robots.')).toContain('Shenzhen Lumo Robotics Co., Ltd (company)');
  });

  it('a camel-case brand is a name', () => {
    expect(entitiesOf('Baidu runs the ad platform popIn in Japan.')).toContain('popIn (product)');
  });
});

describe('legal entities and lists of names', () => {
  it('a legal form before a company name is a legal entity of its own', () => {
    const entities = entitiesOf('Regulators fined AO Kaspersky Lab and Kaspersky in 2024.');
    expect(entities).toEqual(expect.arrayContaining(['AO Kaspersky Lab (company)', 'Kaspersky (company)']));
  });

  it('two names sharing their first word are two names, not one joined by "and"', () => {
    expect(entitiesOf('Nvidia sells the Shield Tablet and Shield Console worldwide.')).not.toContain('Shield Tablet and Shield Console (product)');
  });
});

describe('governments named after their leader, legal entities beside their brand', () => {
  it.each([
    ['The Starmer government banned DeepSeek on official phones.', 'United Kingdom -banned-> DeepSeek'],
    ['The Carney government restricted Huawei.', 'Canada -restricts-> Huawei'],
  ])('"%s"', (text, claim) => {
    expect(claimsOf(text)).toContain(claim);
  });

  it('"TikTok Ltd." is the company beside "TikTok" the app', () => {
    expect(entitiesOf('TikTok Ltd. runs TikTok outside China.')).toEqual(expect.arrayContaining(['TikTok (product)', 'TikTok Ltd (company)']));
  });
});

describe('names typed by the apposition or the phrase around them', () => {
  it.each([
    ['Zhipu launched Sorveo, an early search engine developed by its lab.', 'Sorveo (product)'],
    ['Hikvision set up Hikdata, a subsidiary focused on storage devices.', 'Hikdata (company)'],
  ])('"%s"', (text, entity) => {
    expect(entitiesOf(text)).toContain(entity);
  });

  it('a person a model is named after is not a model', () => {
    expect(entitiesOf('The model was named after Claude Shannon, the engineer.')).not.toContain('Claude Shannon (model)');
  });

  it('an earlier name given to a product is not its maker', () => {
    expect(claimsOf('Douyin was launched by ByteDance in 2016 under the name Vaxo, before rebranding to Douyin.')).not.toContain('Vaxo -develops-> Douyin');
  });
});

describe('regional subsidiaries', () => {
  it('a company name and a region is a subsidiary of its own, not the state and not a product', () => {
    const text = 'The FCC revoked China Telecom Americas\' licence. China Telecom America\'s lawyers appealed.';
    const entities = entitiesOf(text);
    expect(entities).toContain('China Telecom Americas (company)');
    // "America" here names no state: the United States is there only as the FCC's state, unmentioned.
    expect(extract(text).entities.find((e) => e.label === 'United States')?.mentions ?? []).toEqual([]);
    expect(claimsOf(text)).toContain('Federal Communications Commission -banned-> China Telecom Americas');
  });

  it('a bare "the Order" is an act, not an entity', () => {
    expect(entitiesOf('The agencies published the Order on Friday.')).toEqual([]);
  });
});

describe('kinds of things and pairs of names', () => {
  it('a plural acronym is a kind of thing, not a product', () => {
    expect(entitiesOf('Nvidia GPGPUs power the cluster.')).toEqual(['Nvidia (company)']);
  });

  it('"Fairchild and National Semiconductor" are two companies', () => {
    expect(entitiesOf('The chips were designed by Sorvane and National Semiconductor.')).not.toContain('Sorvane and National Semiconductor (company)');
  });

  it('an investment fund is a company', () => {
    expect(entitiesOf('The Silk Road Investment Fund bought a stake.')).toContain('Silk Road Investment Fund (company)');
  });
});

describe('model codes listed after a company', () => {
  it('"three DeepSeek models (R1, R1-0528 and V3.1)" names DeepSeek\'s models', () => {
    const claims = claimsOf('Testers compared three DeepSeek models (R1, R1-0528 and V9.2) last week.');
    expect(claims).toEqual(expect.arrayContaining(['DeepSeek -develops-> DeepSeek-R1', 'DeepSeek -develops-> DeepSeek-R1-0528', 'DeepSeek -develops-> DeepSeek-V9.2']));
  });
});

describe('products whose names share words stay apart', () => {
  it('the Mac Pro desktop is not the MacBook Pro laptop, and an M3 chip is not the M4', () => {
    const entities = entitiesOf('Apple unveiled the Mac Pro in 2019. The M3 chip powers the MacBook Air.');
    expect(entities).toContain('Mac Pro (product)');
    expect(entities).toContain('MacBook Air (product)');
    expect(entities).not.toContain('MacBook Pro (product)');
    expect(entities).not.toContain('Apple M4 (product)');
  });
});
