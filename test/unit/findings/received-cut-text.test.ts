// received-chain-cut (lib/findings/limits.ts) as keys: the English stays as it was, numbers grouped
// the English way, and the reader's language groups them its own way ("1.501" in German).
import { afterEach, describe, expect, it } from 'vitest';
import { limitsRule } from '../../../lib/findings/limits';
import type { RuleContext } from '../../../lib/findings/rule';
import { findingDetail, findingTitle } from '../../../lib/i18n/findings';
import { setLanguage } from '../../../lib/i18n/index';

const ctx = {
  analysis: { meta: { bounds: { skipped: [], bodyHashed: true, receivedCut: { total: 1501, read: 1000 } } } },
} as unknown as RuleContext;

afterEach(() => setLanguage(null));

describe('received-chain-cut text', () => {
  it('keeps its English word for word', () => {
    const [f] = limitsRule(ctx);
    expect(f?.id).toBe('received-chain-cut');
    expect(f?.title).toBe('1,501 Received headers: only the first 1,000 were read');
    expect(f?.detail).toBe(
      "Mail servers treat 100 Received headers as a mail loop and reject the message (RFC 5321 §6.3); real mail has a few dozen at most. The hop chain was read from the newest 1,000, which hold your provider's own hops; the 501 older ones, written before your provider received the message, were not shown or checked. SPF, DKIM and DMARC were checked on the whole message.",
    );
  });

  it('renders German with German digit grouping', () => {
    const [f] = limitsRule(ctx);
    setLanguage('de');
    expect(findingTitle(f!)).toBe('1.501 Received-Header: nur die ersten 1.000 wurden gelesen');
    expect(findingDetail(f!)).toContain('die 501 älteren');
  });
});
