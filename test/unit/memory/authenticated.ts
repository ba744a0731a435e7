// A hand-made authenticated analysis from a domain (the findings' baseline message, its From,
// Message-ID and DKIM signer moved to `domain`), for the memory tests that teach many domains.
import type { Analysis } from '../../../lib/types';
import { baseCtx } from '../findings/build';

export function authenticatedFrom(domain: string, n: number, analysedAt: string): Analysis {
  const a = baseCtx().analysis;
  return {
    ...a,
    verdict: 'authenticated',
    summary: '',
    findings: [],
    from: { address: `billing@${domain}`, domain, displayName: '' },
    messageId: `<m${n}@${domain}>`,
    dkim: a.dkim.map((d) => ({ ...d, domain })),
    meta: { ...a.meta, analysedAt },
  };
}
