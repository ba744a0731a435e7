// "not checked" and why, instead of "none" (issue 20.4): a check that never ran is not a check
// that found nothing. Alignment is said on every SPF/DKIM/DMARC row.
import { describe, expect, it } from 'vitest';
import {
  alignmentText,
  arcState,
  dkimState,
  dmarcAlignmentText,
  dmarcState,
  spfState,
  stateWord,
} from '../../../components/checked';
import { makeAnalysis, makeFinding } from '../ext/make-analysis';

describe('what was and was not checked', () => {
  it('online with DNS: every method shows its result word', () => {
    const a = makeAnalysis();
    expect(spfState(a, false)).toEqual({ checked: true, word: a.spf.result });
    expect(dkimState(a, a.dkim[0]!, false)).toEqual({ checked: true, word: a.dkim[0]!.result });
    expect(dmarcState(a, false)).toEqual({ checked: true, word: a.dmarc.result });
    expect(arcState(a, false)).toEqual({ checked: true, word: a.arc.result });
  });

  it('offline mode: nothing re-checked, "not checked (offline)", never "none"', () => {
    const a = makeAnalysis({ mode: 'offline' });
    a.spf.result = 'none';
    a.dmarc.result = 'none';
    for (const s of [
      spfState(a, false),
      dkimState(a, a.dkim[0]!, false),
      dmarcState(a, false),
      arcState(a, false),
    ]) {
      expect(s).toEqual({ checked: false, why: 'offline' });
      expect(stateWord(s)).toBe('not checked');
    }
  });

  it('DNS unreachable is its own reason, distinct from offline mode', () => {
    const online = makeAnalysis();
    expect(spfState(online, true)).toEqual({ checked: false, why: 'dns-unreachable' });
    // The worker re-analyses offline when DNS is unreachable: the reason is still DNS, not a choice.
    const fellBack = makeAnalysis({ mode: 'offline' });
    expect(dmarcState(fellBack, true)).toEqual({ checked: false, why: 'dns-unreachable' });
  });

  it('a copy that is not byte-exact: a hash failure is "not checked", a pass stays a pass', () => {
    const a = makeAnalysis();
    a.meta.notByteExact = true;
    const failed = { ...a.dkim[0]!, result: 'fail' as const, cause: 'body-hash-mismatch' as const };
    expect(dkimState(a, failed, false)).toEqual({ checked: false, why: 'not-byte-exact' });
    const keyMissing = { ...a.dkim[0]!, result: 'fail' as const, cause: 'key-missing' as const };
    expect(dkimState(a, keyMissing, false)).toEqual({ checked: true, word: 'fail' });
    expect(dkimState(a, { ...a.dkim[0]!, result: 'pass' }, false)).toEqual({ checked: true, word: 'pass' });
    a.findings = [makeFinding({ id: 'dmarc-unchecked', severity: 'info' })];
    expect(dmarcState(a, false)).toEqual({ checked: false, why: 'not-byte-exact' });
  });

  it('SPF without a sending IP was not evaluated; "none" with an IP is a real answer', () => {
    const a = makeAnalysis();
    a.spf = { ...a.spf, ip: null, result: 'none' };
    expect(spfState(a, false)).toEqual({ checked: false, why: 'no-ip' });
    a.spf.ip = '192.0.2.10';
    expect(spfState(a, false)).toEqual({ checked: true, word: 'none' });
  });
});

describe('alignment on every row', () => {
  it('says aligned / not aligned, and names strict mode when it is why', () => {
    const a = makeAnalysis();
    a.dmarc = {
      ...a.dmarc,
      domain: 'example.com',
      orgDomain: 'example.com',
      alignment: { spf: 'r', dkim: 's' },
    };
    expect(alignmentText(a, 'dkim', 'example.com', true)).toBe('aligned');
    expect(alignmentText(a, 'dkim', 'mail.example.com', false)).toBe('not aligned (strict: adkim=s)');
    expect(alignmentText(a, 'dkim', 'esp.example', false)).toBe('not aligned');
    expect(alignmentText(a, 'spf', 'bounce.example.com', false)).toBe('not aligned');
  });
  it('DMARC row: which aligned identifier passed', () => {
    const a = makeAnalysis();
    a.dmarc = { ...a.dmarc, passedBy: ['dkim'] };
    expect(dmarcAlignmentText(a)).toBe('aligned (DKIM)');
    a.dmarc = { ...a.dmarc, passedBy: [], alignment: { spf: 's', dkim: 'r' } };
    expect(dmarcAlignmentText(a)).toBe('not aligned, strict mode');
  });
});
