// Exchange Online's own record above its entry line, read where our own check cannot speak
// (lib/findings/receiver-record.ts): offline, a DMARC fail EOP enforced (action=oreject/quarantine
// with compauth=fail) counts as receiver-recorded-fail; and compauth=fail with a 6xx reason
// (Microsoft's spoof of the tenant's own domain: Direct Send abuse) is receiver-recorded-spoof,
// suspicious where nothing authenticates the From domain (red-team round 61, probe61-*).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Classifier } from '../../../lib/relay/classify';
import { createClassifier } from '../../../lib/relay/classify';
import { loadIpTablesFromDisk } from '../../../scripts/ip-tables-node';
import { analyseCase, type PinnedCase, pinnedCases } from '../../helpers/pinned-corpus';

let classifyIp: Classifier;
beforeAll(async () => {
  classifyIp = createClassifier(await loadIpTablesFromDisk());
});

const pinned = (name: string) => pinnedCases().find((c) => c.name === `adversarial/${name}`)!;
const ids = (a: { findings: { id: string }[] }) => a.findings.map((f) => f.id);

/** The same case with its message edited. */
async function edited(c: PinnedCase, edit: (raw: string) => string) {
  const { readFileSync, mkdtempSync, writeFileSync, cpSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'hl-eop-'));
  cpSync(c.dir, dir, { recursive: true });
  writeFileSync(join(dir, 'message.eml'), edit(readFileSync(join(c.dir, 'message.eml'), 'latin1')), 'latin1');
  return analyseCase({ ...c, dir }, classifyIp);
}

describe('offline, EOP’s enforced DMARC fail above its entry line', () => {
  const REJECT = 'probe61-direct-send-vps-ceo-to-ap-reject-offline';

  it('action=oreject with compauth=fail: receiver-recorded-fail, spoofed', async () => {
    const a = await analyseCase(pinned(REJECT), classifyIp);
    expect(a.mode).toBe('offline');
    expect(ids(a)).toContain('receiver-recorded-fail');
    expect(a.verdict).toBe('spoofed');
  });

  it.each(['o.reject', 'pct.quarantine', 'pct.reject', 'oquarantine'])(
    'action=%s counts too',
    async (action) => {
      const a = await edited(pinned(REJECT), (raw) => raw.replace('action=oreject', `action=${action}`));
      expect(ids(a)).toContain('receiver-recorded-fail');
    },
  );

  it('a fail EOP did not act on (action=none) counts for nothing offline', async () => {
    const a = await edited(pinned(REJECT), (raw) => raw.replace('action=oreject', 'action=none'));
    expect(ids(a)).not.toContain('receiver-recorded-fail');
    expect(a.verdict).not.toBe('spoofed');
  });

  it('a fail EOP excused (compauth=pass, an ARC seal it trusts) counts for nothing offline', async () => {
    const a = await edited(pinned(REJECT), (raw) =>
      raw.replace('compauth=fail reason=000', 'compauth=pass reason=130'),
    );
    expect(ids(a)).not.toContain('receiver-recorded-fail');
  });
});

describe('receiver-recorded-spoof (compauth=fail, reason 6xx)', () => {
  it.each([
    ['probe61-direct-send-vps-ceo-to-ap-softfail-p-none-online', 'policy-none-with-concerns'],
    ['probe61-direct-send-vps-ceo-to-ap-softfail-p-none-offline', 'receiver-recorded-spoof'],
    ['probe61-direct-send-vps-ceo-to-ap-no-dmarc-record-online', 'receiver-recorded-spoof'],
  ])('%s: suspicious', async (name) => {
    const a = await analyseCase(pinned(name), classifyIp);
    expect(a.findings.find((f) => f.id === 'receiver-recorded-spoof')?.severity).toBe('medium');
    expect(a.verdict).toBe('suspicious');
  });

  it('another compauth reason (000: an explicit DMARC fail) is not this finding', async () => {
    const a = await edited(pinned('probe61-direct-send-vps-ceo-to-ap-no-dmarc-record-online'), (raw) =>
      raw.replace(/compauth=fail reason=6\d\d/, 'compauth=fail reason=001'),
    );
    expect(ids(a)).not.toContain('receiver-recorded-spoof');
    expect(a.verdict).toBe('unverified');
  });

  it('a From EOP failed with another reason (001: a subdomain the tenant never accepted): only where the reader named its own domain', async () => {
    // probe62-direct-send-unaccepted-subdomain-p-none-reason-001-*: nothing above EOP's entry line
    // names the reader's organisation, so only `--recipient-domain` makes the From its own.
    const c = pinned('probe61-direct-send-vps-ceo-to-ap-softfail-p-none-offline');
    const to001 = (raw: string) => raw.replace(/compauth=fail reason=6\d\d/, 'compauth=fail reason=001');
    expect(ids(await edited(c, to001))).not.toContain('receiver-recorded-spoof');
    const named = await edited(
      {
        ...c,
        meta: { ...c.meta, args: [...(c.meta.args ?? []), '--recipient-domain', 'northbank.example'] },
      },
      to001,
    );
    expect(ids(named)).toContain('receiver-recorded-spoof');
    expect(named.verdict).toBe('suspicious');
  });

  it('genuine internal mail and genuine signed mail of the tenant draw nothing', async () => {
    for (const name of [
      'probe61-genuine-internal-ceo-to-ap-control',
      'probe61-direct-send-genuine-signed-onprem-app-control',
    ]) {
      const a = await analyseCase(pinned(name), classifyIp);
      expect(ids(a)).not.toContain('receiver-recorded-spoof');
      expect(a.verdict).not.toBe('suspicious');
    }
  });
});

describe('offline, EOP checked the message and it failed: not "unchecked"', () => {
  it('a display-name forgery EOP failed (compauth=fail reason=001): spoofed offline, as online', async () => {
    // probe63-outlook-display-name-address-compauth-fail-001-offline
    const a = await analyseCase(
      pinned('probe63-outlook-display-name-address-compauth-fail-001-offline'),
      classifyIp,
    );
    expect(ids(a)).toContain('receiver-recorded-compauth-fail');
    expect(a.findings.find((f) => f.id === 'receiver-recorded-compauth-fail')?.severity).toBe('low');
    expect(a.verdict).toBe('spoofed');
  });

  it('where EOP passed it (compauth=pass), offline nothing of ours checked it: suspicious', async () => {
    const a = await analyseCase(
      pinned('probe63-outlook-helpdesk-customer-address-name-compauth-pass-control-offline'),
      classifyIp,
    );
    expect(ids(a)).not.toContain('receiver-recorded-compauth-fail');
    expect(a.verdict).toBe('suspicious');
    expect(a.summary).toContain('offline');
  });
});
