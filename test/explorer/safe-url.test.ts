import { describe, expect, it } from 'vitest';
import { isSafeHttpUrl } from '../../src/explorer/dom';

describe('which article URLs the explorer makes clickable', () => {
  it('accepts http and https URLs', () => {
    expect(isSafeHttpUrl('https://techcrunch.com/2026/07/05/alibaba-bans-claude-code/')).toBe(true);
    expect(isSafeHttpUrl('http://example.org')).toBe(true);
  });

  it('refuses javascript:, data:, other schemes, relative and malformed URLs', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'vbscript:x', '/relative/path', 'not a url', '', undefined]) {
      expect(isSafeHttpUrl(url), String(url)).toBe(false);
    }
  });
});
