/**
 * Remembers where each article id was first used within one file, so that a repeated id is
 * reported against its first use instead of silently replacing an article.
 */
export class ArticleIdRegistry {
  private readonly firstUse = new Map<string, string>();

  /** Records `id` as used at `place` ("line 3"); returns the earlier place if it was taken. */
  claim(id: string, place: string): string | undefined {
    const earlier = this.firstUse.get(id);
    if (earlier === undefined) this.firstUse.set(id, place);
    return earlier;
  }
}
