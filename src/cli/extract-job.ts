import type { Article, ArticleRecord } from '../pipeline/types';

/** What extracting one article gives: its record, or the reason it failed (the article is then skipped). */
export type ExtractOutcome = { record: ArticleRecord } | { error: string };

/** Turns one article into an outcome; built once per thread so the lexicon is compiled once. */
export type Extract = (article: Article) => ExtractOutcome;

/**
 * Loads the pipeline and compiles the lexicon once, then extracts article after article.
 * An exception in one article becomes an error outcome instead of ending the run.
 * Imported lazily so the main thread does not load the extractor when workers do the work.
 */
export async function createExtract(keepText: boolean): Promise<Extract> {
  const [{ extractArticle }, { defaultLexicon }] = await Promise.all([
    import('../pipeline/extract/extract-article'),
    import('../pipeline/lexicon/lexicon'),
  ]);
  const lexicon = defaultLexicon();
  return (article) => {
    try {
      const record = extractArticle(article, lexicon);
      return { record: keepText ? record : { ...record, text: '' } };
    } catch (error) {
      return { error: `extraction failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  };
}
