// platform-unsigned: Exchange Online's (or WEB.DE's, for its own domains) relay with no
// DKIM-Signature at all, as SMTP smuggling leaves it; genuine mail from those relays whose
// signatures broke on the way is not it (lib/findings/platform-unsigned.ts).
import { describe, expect, it } from 'vitest';
import { analyseNamed } from '../../helpers/pinned-corpus';

const has = async (name: string) =>
  (await analyseNamed(name)).findings.some((f) => f.id === 'platform-unsigned');

describe('platform-unsigned', () => {
  it.each([
    'adversarial/probe12-smuggling-exchange-online-bank-customer',
    'adversarial/probe12-smuggling-exchange-online-microsoft-domain',
    'adversarial/probe12-smuggling-webde-own-domain',
    // Signed only by the attacker's own domain: not a signature the platform made.
    'adversarial/probe15-smuggling-exchange-online-attacker-signed',
  ])('%s: suspicious', async (name) => {
    const a = await analyseNamed(name);
    expect(a.findings.find((f) => f.id === 'platform-unsigned')?.severity).toBe('medium');
    expect(a.verdict).toBe('suspicious');
  });

  it.each([
    // Signed, but the signatures broke on the way (a reader-side tag, a forward): not this finding.
    'legit/rw5-m365-cross-tenant-subject-tag',
    'legit/rw5-m365-inbox-rule-forward-to-other-tenant',
    'legit/rw5-outlookcom-to-m365-subject-tag',
    // Mail inside one Exchange Online organisation has no origin.
    'legit/m365-intra-organisation',
    // Google's relays forward unsigned originals (a Gmail auto-forward): Google is not in the rule.
    'legit/rw4-gmail-autoforward-spf-only',
  ])('%s: not raised', async (name) => {
    expect(await has(name)).toBe(false);
  });
});
