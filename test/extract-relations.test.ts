import { describe, expect, it } from 'vitest';
import { claimsOf } from './extract-helpers';

// Relation patterns: which edges a sentence gives, with which status. `claimsOf` lists the
// asserted claims by default; negated and proposed claims are asked for by status.

describe('banned', () => {
  it.each([
    ['Samsung has barred employees from using Gemini on company laptops.', ['Samsung -banned-> Gemini']],
    ['The Kremlin banned Zoom for government workers.', ['Russia -banned-> Zoom']],
    ['The federal government banned TikTok on official phones.', ['United States -banned-> TikTok']],
    ['The European Union banned Kling from its institutions.', ['European Union -banned-> Kling']],
  ])('active: "%s"', (text, claims) => {
    expect(claimsOf(text)).toEqual(claims);
  });

  it('passive: "Ernie Bot was blocked by ..."', () => {
    expect(claimsOf("Ernie Bot was blocked by Italy's privacy watchdog in March.")).toContainEqual(expect.stringMatching(/ -banned-> Ernie Bot$/));
  });

  it('nominal: "the EU\'s ban on Grok"', () => {
    expect(claimsOf("The EU's ban on Grok took effect on Friday.")).toEqual(['European Union -banned-> Grok']);
  });

  it('"became the latest country to ban"', () => {
    expect(claimsOf('Australia became the latest country to ban DeepSeek on government devices.')).toEqual(['Australia -banned-> DeepSeek']);
  });

  it('coordinated subjects give one edge each', () => {
    expect(claimsOf('Goldman Sachs and JPMorgan have prohibited traders from using ChatGPT.')).toEqual([
      'Goldman Sachs -banned-> ChatGPT',
      'JPMorgan -banned-> ChatGPT',
    ]);
    expect(claimsOf('Japan, South Korea and Taiwan have blocked Doubao on official devices.')).toEqual([
      'Japan -banned-> Doubao',
      'South Korea -banned-> Doubao',
      'Taiwan -banned-> Doubao',
    ]);
  });
});

describe('several relations in one sentence', () => {
  it('an apposition names the developer while the main clause names the banner', () => {
    expect(claimsOf("Claude Code, Anthropic's coding tool, was blocked by Alibaba.")).toEqual([
      'Alibaba -banned-> Claude Code',
      'Anthropic -develops-> Claude Code',
    ]);
  });

  it('a possessive subject develops the model that competes', () => {
    expect(claimsOf("Meta's new Llama model competes with Gemini.")).toEqual(['Llama -competes_with-> Gemini', 'Meta -develops-> Llama']);
  });
});

describe('develops', () => {
  it.each([
    ["Mistral's Le Chat topped the download charts this week.", 'Mistral -develops-> Le Chat'],
    ["Users praised Le Chat, Mistral's assistant, for its speed.", 'Mistral -develops-> Le Chat'],
    ['Kimi, a chatbot developed by Moonshot AI, can read long documents.', 'Moonshot AI -develops-> Kimi'],
    ['Investors are circling Moonshot AI, the startup that built Kimi.', 'Moonshot AI -develops-> Kimi'],
    ['Google launched its Gemini model in December.', 'Google -develops-> Gemini'],
    ['Moonshot AI released a new version of Kimi on Tuesday.', 'Moonshot AI -develops-> Kimi'],
    ['ByteDance, the owner of TikTok, is training new models.', 'ByteDance -develops-> TikTok'],
    ['Qwen 3 was released by Alibaba in April.', 'Alibaba -develops-> Qwen 3'],
  ])('"%s"', (text, claim) => {
    expect(claimsOf(text).filter((c) => !c.includes('-version_of->'))).toEqual([claim]);
  });

  it('a company that bans a product is not its developer', () => {
    expect(claimsOf('Samsung has barred staff from using Gemini.')).not.toContain('Samsung -develops-> Gemini');
  });

  it('a possessive before a ban is the banner, not the developer', () => {
    expect(claimsOf("Samsung's ban on ChatGPT surprised staff.")).toEqual(['Samsung -banned-> ChatGPT']);
  });
});

describe('competes_with', () => {
  it.each([
    ['Baidu competes with Alibaba in cloud computing.', 'Baidu -competes_with-> Alibaba'],
    ['Kimi rivals ChatGPT on long-context tasks, testers found.', 'Kimi -competes_with-> ChatGPT'],
    ['Zhipu is a rival to Moonshot AI in enterprise sales.', 'Zhipu -competes_with-> Moonshot AI'],
    ['Huawei is a competitor of Apple in the premium phone market.', 'Huawei -competes_with-> Apple'],
    ['Doubao has emerged as an alternative to ChatGPT for students.', 'Doubao -competes_with-> ChatGPT'],
    ['xAI and OpenAI compete for the same engineers.', 'xAI -competes_with-> OpenAI'],
    ['Mistral is in a race against OpenAI for government contracts.', 'Mistral -competes_with-> OpenAI'],
  ])('"%s"', (text, claim) => {
    expect(claimsOf(text)).toEqual([claim]);
  });

  it('"X\'s answer to Y": the product competes with Y', () => {
    expect(claimsOf("Le Chat is Mistral's answer to ChatGPT.")).toContain('Le Chat -competes_with-> ChatGPT');
  });

  it('never links a company with a product', () => {
    const found = claimsOf('Doubao has emerged as an alternative to ChatGPT and to OpenAI.');
    expect(found.filter((c) => c.includes('competes_with') && c.includes('OpenAI'))).toEqual([]);
  });
});

describe('restricts', () => {
  it.each([
    ['The Biden administration tightened export controls on Huawei.', 'United States -restricts-> Huawei'],
    ['Washington imposed sanctions on SMIC last year.', 'United States -restricts-> SMIC'],
    ['U.S. authorities added Zhipu to a trade blacklist.', 'United States -restricts-> Zhipu'],
    ['The U.S. added Sophgo to the entity list in January.', 'United States -restricts-> Sophgo'],
    ['The Dutch government restricted exports of ASML lithography machines.', 'Netherlands -restricts-> ASML'],
  ])('"%s"', (text, claim) => {
    expect(claimsOf(text)).toEqual([claim]);
  });

  it('an agency restricting gives the agency edge and its part_of edge', () => {
    expect(claimsOf('The Commerce Department imposed export controls on Huawei in 2019.')).toEqual([
      'Commerce Department -part_of-> United States',
      'Commerce Department -restricts-> Huawei',
    ]);
  });
});

describe('negated and proposed statements are not asserted', () => {
  it.each([
    ['The executive order does not ban Huawei from selling phones.'],
    ['Lawmakers called for a ban on DeepSeek after the report.'],
    ['Senators introduced a bill that would ban TikTok nationwide.'],
    ['The findings could prompt potential bans on Qwen in Europe.'],
  ])('"%s" asserts nothing', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it.each([
    ['Samsung has not banned ChatGPT, a spokesperson said.', 'Samsung -banned-> ChatGPT'],
    ['Australia no longer bans WeChat on staff phones.', 'Australia -banned-> WeChat'],
    ['The White House said the order does not ban Huawei.', 'United States -banned-> Huawei'],
    ['Hungary refused to join the sanctions against Russia.', 'Hungary -restricts-> Russia'],
    ['Germany declined to ban Huawei.', 'Germany -banned-> Huawei'],
  ])('"%s" is negated', (text, claim) => {
    expect(claimsOf(text)).toEqual([]);
    expect(claimsOf(text, 'negated')).toEqual([claim]);
  });

  it('keeps an act asserted after a refusal of something else', () => {
    expect(claimsOf('Hungary refused to comment but banned Telegram.')).toEqual(['Hungary -banned-> Telegram']);
  });

  it.each([
    ['Germany plans to ban DeepSeek from app stores.', 'Germany -banned-> DeepSeek'],
    ['Canada is considering restrictions on Huawei equipment.', 'Canada -restricts-> Huawei'],
    ['The U.S. may impose sanctions on SMIC next year.', 'United States -restricts-> SMIC'],
    ['Lawmakers in Washington introduced a bill that would ban DeepSeek on federal devices.', 'United States -banned-> DeepSeek'],
    ['Chinese regulators are weighing a ban on imported chatbots like ChatGPT.', 'China -banned-> ChatGPT'],
  ])('"%s" is proposed', (text, claim) => {
    expect(claimsOf(text).filter((c) => !c.includes('develops'))).toEqual([]);
    expect(claimsOf(text, 'proposed')).toEqual([claim]);
  });

  it('keeps an asserted ban and a negated one in the same sentence apart', () => {
    const text = 'The Pentagon banned DeepSeek, but the agency did not block Claude.';
    expect(claimsOf(text)).toContain('Pentagon -banned-> DeepSeek');
    expect(claimsOf(text)).not.toContainEqual(expect.stringContaining('-banned-> Claude'));
  });
});
