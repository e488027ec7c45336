import { describe, expect, it } from 'vitest';
import { claimsOf, extract } from './extract-helpers';

// "the company", "the app", "the model" and "its" stand for the entity just named. A
// coreference is seen through the claims it completes; it is never recorded as a name.

describe('definite descriptions', () => {
  it('resolves "the company" to the company of the previous sentence', () => {
    expect(claimsOf('Mistral is based in Paris. The company developed Le Chat and sells it to banks.')).toEqual(['Mistral -develops-> Le Chat']);
  });

  it('resolves "the company" to a company typed by a rule ("Kavro, a startup")', () => {
    expect(claimsOf('Kavro, a Shenzhen-based startup, raised $30 million. The company later launched the Pyra app.')).toEqual([
      'Kavro -develops-> Pyra',
    ]);
  });

  it('resolves "the site", "the website" and "the browser" like "the app": a passive by-list then names every actor', () => {
    expect(claimsOf('TikTok was launched in 2016. The site has previously been blocked by India, Nepal, and Pakistan.')).toEqual([
      'India -banned-> TikTok',
      'Nepal -banned-> TikTok',
      'Pakistan -banned-> TikTok',
    ]);
    expect(claimsOf('Google released a new version of Chrome. The browser was blocked by Russia last year.')).toContain('Russia -banned-> Chrome');
  });

  it('resolves "the app" to the app just named, for every state of a coordinated subject', () => {
    expect(claimsOf('ByteDance launched Doubao in 2023. Japan, South Korea and Taiwan have blocked the app on official devices.')).toEqual([
      'ByteDance -develops-> Doubao',
      'Japan -banned-> Doubao',
      'South Korea -banned-> Doubao',
      'Taiwan -banned-> Doubao',
    ]);
  });

  it('resolves "the app" in a passive sentence', () => {
    expect(claimsOf('Baidu said Ernie Bot now has 300 million users. The app was banned by Samsung for staff use.')).toEqual([
      'Samsung -banned-> Ernie Bot',
    ]);
  });

  it('resolves "the company\'s flagship LLM" inside an apposition to the company of the sentence', () => {
    expect(claimsOf("Alibaba said Tongyi Qianwen, the company's flagship LLM, now supports 119 languages.")).toEqual(['Alibaba -develops-> Tongyi Qianwen']);
  });

  it('does not record a description as a name or an alias', () => {
    const record = extract('Mistral is based in Paris. The company developed Le Chat.');
    const surfaces = record.entities.flatMap((e) => [e.label, ...e.aliases, ...e.mentions.map((m) => m.surface)]);
    expect(surfaces.some((s) => /company/i.test(s))).toBe(false);
  });

  it('leaves "the app" unresolved when no app was named', () => {
    expect(claimsOf('Regulators were worried. Australia has blocked the app on government devices.')).toEqual([]);
  });
});

describe('"its"', () => {
  it('resolves "its Llama models" to the company just named', () => {
    expect(claimsOf('Meta has spent billions on data centres. Its Llama models are free to download.')).toEqual(['Meta -develops-> Llama']);
  });

  it('resolves "launched its Gemini model" to the subject', () => {
    expect(claimsOf('Google launched its Gemini model in December.')).toEqual(['Google -develops-> Gemini']);
  });

  it('resolves "its" in the next sentence after "the firm"', () => {
    expect(claimsOf('Tencent is testing new features in WeChat. The firm said its Hunyuan model beat rivals on coding tasks.')).toContain(
      'Tencent -develops-> Hunyuan',
    );
  });
});
