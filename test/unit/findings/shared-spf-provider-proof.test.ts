// sharedSpfPlatform (lib/findings/auth-state.ts): a pass that rests only on a shared platform's SPF
// include is lifted by the provider's record of the From domain's signature passing only when that
// record is proven to be the receiver's (above its entry line), as hasAlignedPass reads it; an
// unproven one could be the sender's own (red-team round 146, lead 1).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { ZoneResolver } from '../../../lib/dns/zone';
import { sharedSpfPlatform } from '../../../lib/findings/auth-state';
import type { Analysis } from '../../../lib/types';

const NAME = 'probe146-gmail-m365-cotenant-list-footer-replay';

async function analyse(): Promise<Analysis> {
  const dir = new URL(`../../fixtures/adversarial/${NAME}/`, import.meta.url);
  const c = JSON.parse(readFileSync(new URL('case.json', dir), 'utf8'));
  expect(c.args).toEqual(['--webmail', 'gmail']);
  return analyzeMessage(readFileSync(new URL('message.eml', dir)), {
    resolver: new ZoneResolver(JSON.parse(readFileSync(new URL('zone.json', dir), 'utf8'))),
    webmail: 'gmail',
    now: new Date('2026-11-20T12:00:00Z'),
  });
}

describe('sharedSpfPlatform and the provider’s record', () => {
  it('is lifted by a proven provider DKIM pass for the From domain, not by an unproven one', async () => {
    const a = await analyse();
    expect(sharedSpfPlatform({ analysis: a, options: {} })).not.toBeNull();
    const from = a.from!.domain;
    const recorded = (proven: boolean): Analysis => ({
      ...a,
      provider: {
        ...a.provider!,
        proven,
        dkim: [{ result: 'pass', domain: from, selector: 'selector1' } as never],
      },
    });
    expect(sharedSpfPlatform({ analysis: recorded(true), options: {} })).toBeNull();
    expect(sharedSpfPlatform({ analysis: recorded(false), options: {} })).not.toBeNull();
  });
});
