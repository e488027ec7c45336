import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf } from './extract-helpers';

// Edges of the name rules that news text hits often: sentence openers, numbers inside names,
// capitals used as places, bare government bodies, names typed only by the relation they are in.

describe('names at the edges of a sentence', () => {
  it.each([
    ['The Kestrel 3 chip will ship in volume next year.', 'Kestrel 3 (product)'],
    ['Shares of Halvard Systems fell sharply.', 'Halvard Systems (company)'],
    ['Dara Whitcombe, the CEO of Vantor Labs, said the company would expand.', 'Vantor Labs (company)'],
    ['Startup Pennant raised $12 million from investors.', 'Pennant (company)'],
    ['The National Data Bureau (NDB) fined the company. Later the NDB dropped the case.', 'National Data Bureau (government)'],
  ])('"%s" finds %s and nothing glued to it', (text, entity) => {
    expect(entitiesOf(text)).toContain(entity);
    expect(entitiesOf(text).filter((e) => e.endsWith('(company)') || e.endsWith('(product)') || e.endsWith('(government)'))).toEqual([entity]);
  });
});

describe('capitals used as places are not the state', () => {
  it.each([
    'Kavro is headquartered in Beijing, where it employs 500 people.',
    'Kavro opened an office in Oslo.',
    'Sam Altman, the chief executive of OpenAI, met investors in Tokyo.',
  ])('"%s" has no government', (text) => {
    expect(entitiesOf(text).filter((e) => e.endsWith('(government)'))).toEqual([]);
  });

  it('lawmakers in the capital still stand for the state', () => {
    expect(claimsOf('Lawmakers in Washington introduced a bill that would ban DeepSeek.', 'proposed')).toEqual(['United States -banned-> DeepSeek']);
  });
});

describe('names typed by the relation they take part in', () => {
  it('a country no lexicon lists acts as a government when it bans', () => {
    expect(claimsOf('Nepal banned TikTok nationwide.')).toEqual(['Nepal -banned-> TikTok']);
    expect(entitiesOf('Nepal banned TikTok nationwide.')).toContain('Nepal (government)');
  });

  it('an unknown name opening a sentence counts when the article capitalises it elsewhere', () => {
    const text = 'Sophgo was added to the entity list by the U.S. in January. Analysts expect Sophgo to appeal.';
    expect(claimsOf(text)).toEqual(['United States -restricts-> Sophgo']);
  });

  it('a capitalised common word opening a sentence is not a name', () => {
    expect(entitiesOf('Banning ChatGPT hurts Samsung.')).toEqual(['ChatGPT (product)', 'Samsung (company)']);
  });

  it('a bare government body after "the" is a government', () => {
    expect(claimsOf('The Navy banned DeepSeek in January.')).toEqual(['Navy -banned-> DeepSeek']);
    expect(entitiesOf('The Navy banned DeepSeek in January.')).toContain('Navy (government)');
  });

  it('the company named by an apposition develops the unknown product after "behind"', () => {
    expect(claimsOf('Orinsa, the Paris company behind Veltro, raised new funding.')).toEqual(['Orinsa -develops-> Veltro']);
  });
});

describe('more relation phrasings', () => {
  it.each([
    ['Tencent builds its own family of models called Hunyuan.', 'Tencent -develops-> Hunyuan'],
    ['Nvidia faces growing competition from Huawei in China.', 'Nvidia -competes_with-> Huawei'],
    ["Qwen is Alibaba's answer to ChatGPT.", 'Alibaba -develops-> Qwen'],
    ["Anthropic, founded by former OpenAI staff, is widely seen as OpenAI's closest rival.", 'Anthropic -competes_with-> OpenAI'],
  ])('"%s" → %s', (text, claim) => {
    expect(claimsOf(text)).toContain(claim);
  });

  it('a debated ban is only proposed', () => {
    expect(claimsOf('The Bundestag debated a ban on TikTok.').filter((c) => c.includes('banned'))).toEqual([]);
    expect(claimsOf('The Bundestag debated a ban on TikTok.', 'proposed')).toEqual(['Bundestag -banned-> TikTok']);
  });
});

describe('names built on a known name', () => {
  it('a short name after a company is its product, developed by it', () => {
    expect(claimsOf('Samsung Gauss will run on the new Galaxy phones.')).toEqual(['Samsung -develops-> Samsung Gauss']);
  });

  it('a short name after a product is a product of its own', () => {
    expect(entitiesOf('Creators moved to Instagram Reels last year.')).toContain('Instagram Reels (product)');
  });

  it('titles make a person, not a government body, and stay out of the name', () => {
    expect(entitiesOf('Commerce Secretary Howard Greel said the rule stands.').filter((e) => e.includes('Greel'))).toEqual([
      'Howard Greel (person)',
    ]);
  });

  it('a Title Case headline does not invent names', () => {
    expect(entitiesOf('The Anthropic Angle\nAnthropic sells Claude to banks.')).toEqual(['Anthropic (company)', 'Claude (model)']);
  });
});

describe('what "its" points to', () => {
  it('the subject of its own clause, even after "and"', () => {
    const claims = claimsOf('OpenAI has launched ChatGPT Enterprise, and Microsoft sells its Azure cloud with similar terms.');
    expect(claims).toContain('Microsoft -develops-> Azure');
    expect(claims.filter((c) => c.startsWith('OpenAI') && c.includes('Azure'))).toEqual([]);
  });

  it('not a company inside an apposition', () => {
    const claims = claimsOf('Lantern Labs, a startup founded by former Huawei engineers, launched its Lumen-7B model in May.');
    expect(claims).toContain('Lantern Labs -develops-> Lumen-7B');
    expect(claims.filter((c) => c.startsWith('Huawei'))).toEqual([]);
  });
});

it('an urged step is only proposed, however far the hedge is from the trigger', () => {
  const text = 'Members of the House Select Committee on China have also urged the department to add Sophgo to the Entity List.';
  expect(claimsOf(text).filter((c) => c.includes('restricts'))).toEqual([]);
});

describe('trade measures and backers', () => {
  it('an export ban restricts the country it targets', () => {
    expect(claimsOf('China retaliated by banning exports of gallium and germanium to the United States.')).toEqual([
      'China -restricts-> United States',
    ]);
  });

  it('"the startup backed by X" is an investment by X, and people are not investors in the graph', () => {
    expect(claimsOf('Perplexity, the AI search startup backed by Nvidia and Jeff Bezos, launched a browser.')).toEqual([
      'Nvidia -invests_in-> Perplexity',
    ]);
  });
});

it('places are known, so never mistaken for companies, but are not entities of the graph', () => {
  expect(entitiesOf('Orbis Labs, a startup headquartered in Hangzhou, opened an office in San Francisco.')).toEqual(['Orbis Labs (company)']);
});

describe('company names and their products', () => {
  it('"Bain & Company" keeps its whole name', () => {
    expect(entitiesOf('Bain & Company partnered with OpenAI.')).toContain('Bain & Company (company)');
  });

  it("a company's full legal name is the company, not a product", () => {
    expect(entitiesOf('Hangzhou DeepSeek Artificial Intelligence Co., Ltd. released a model.')).toEqual(['Hangzhou DeepSeek Artificial Intelligence (company)']);
  });

  it('"a California startup" is a location, not the state government', () => {
    expect(entitiesOf('Cerebras Systems, a California startup, competes with Nvidia.')).toEqual(['Cerebras Systems (company)', 'Nvidia (company)']);
  });

  it("a product named after another company is not the possessor's", () => {
    expect(claimsOf("AWS competes with Microsoft's Azure and Google Cloud for developers.").filter((c) => c.includes('develops'))).toEqual([
      'Microsoft -develops-> Azure',
    ]);
  });
});

describe('cue nouns a word away and compound names', () => {
  it('"R1 reasoning model" is a model, and competes with the model it rivals', () => {
    const text = "DeepSeek, whose R1 reasoning model rivals OpenAI's o1, did not respond.";
    expect(entitiesOf(text)).toContain('R1 (model)');
    expect(claimsOf(text)).toContain('R1 -competes_with-> o1');
  });

  it('"Azure AI Foundry" is one product, made by the company "its" points to', () => {
    expect(claimsOf("Microsoft said it would make DeepSeek's R1 available on its Azure AI Foundry platform.")).toContain(
      'Microsoft -develops-> Azure AI Foundry',
    );
  });

  it('a capitalised verb opening a sentence is not a product, even before a cue noun', () => {
    expect(entitiesOf('Banning AI tools outright is the cleanest way. Banning the tool is easy.')).toEqual([]);
  });

  it('an export ban by a state restricts the country, not the chip maker', () => {
    expect(claimsOf("Washington has already barred exports of Nvidia's most advanced chips to China.")).toEqual(['United States -restricts-> China']);
  });
});

describe('units, benchmarks and names that carry their maker', () => {
  it("a company's unit makes what the company makes; outperforming is competing", () => {
    const claims = claimsOf("Alibaba's cloud unit released Qwen3, which it says outperforms Meta's Llama 4 and DeepSeek-V3.");
    expect(claims).toContain('Alibaba -develops-> Qwen3');
    expect(claims).toContain('Qwen3 -version_of-> Qwen');
    expect(claims).toContain('Qwen3 -competes_with-> Llama 4');
    expect(claims).toContain('Meta -develops-> Llama 4');
    expect(claims).not.toContain('Meta -develops-> DeepSeek-V3');
  });
});
