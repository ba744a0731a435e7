// A brand glued to its desk's words as a one-word display name (red-team round 182): read in the
// From's name as in the Sender's, not where the name is the sending domain's own.
import { describe, expect, it } from 'vitest';
import { gluedBrand } from '../../../lib/findings/display-name';
import { baseCtx, findings, setFrom, verdictOf } from './build';

function attackerFrom(name: string) {
  const ctx = baseCtx();
  setFrom(ctx, name, 'alerts@attacker.example');
  const a = ctx.analysis;
  a.spf.domain = 'attacker.example';
  for (const d of a.dkim) d.domain = 'attacker.example';
  a.dmarc.domain = 'attacker.example';
  return ctx;
}

describe('a brand glued into a one-word name', () => {
  it('names the brand unless the sending domain is that very word', () => {
    expect(gluedBrand('MicrosoftAccountTeam', 'attacker.example')?.name).toBe('Microsoft');
    expect(gluedBrand('PayPalSupport', 'attacker.example')?.name).toBe('PayPal');
    expect(gluedBrand('MetaCompliance', 'metacompliance.com')).toBeNull();
    expect(gluedBrand('Microsoft Account Team', 'attacker.example')).toBeNull();
  });

  it('in the From’s name, as in the Sender’s, makes the attacker’s own authenticated mail suspicious', () => {
    const ctx = attackerFrom('MicrosoftAccountTeam');
    const f = findings(ctx).find((x) => x.id === 'display-name-brand');
    expect(f?.title).toBe('The name says Microsoft, but the message is from attacker.example');
    expect(verdictOf(ctx).verdict).toBe('suspicious');
    expect(findings(attackerFrom('Jane')).some((x) => x.id === 'display-name-brand')).toBe(false);
  });
});
