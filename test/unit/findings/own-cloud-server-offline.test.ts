// The From domain's own server on a cloud, read offline (lib/findings/hosted-server.ts
// offlineOwnCloudServer, real-mail round 173), and reverse names in open zones, which are never the
// From domain's own server (red-team round 182).
import { describe, expect, it } from 'vitest';
import { inOpenZone } from '../../../lib/message/receiver-hosts';
import { analyseNamed } from '../../helpers/pinned-corpus';

const hosted = (findings: Array<{ id: string; severity: string }>) =>
  findings.filter((f) => f.id === 'hosted-server-relay').map((f) => f.severity);

describe('a platform’s own host on AWS, read offline', () => {
  it('Zoom’s own host under zoom.us: low, beside Gmail’s dmarc=pass and DKIM pass, with their lines as evidence', async () => {
    const a = await analyseNamed('legit/w173-gmail-offline-zoom-recording-own-host-on-aws');
    expect(a.mode).toBe('offline');
    expect(a.verdict).toBe('authenticated');
    const f = a.findings.find((x) => x.id === 'hosted-server-relay');
    expect(f?.severity).toBe('low');
    expect(f?.evidence).toContain('mx.google.com: dkim=pass header.d=zoom.us');
    expect(f?.evidence).toContain('mx.google.com: dmarc=pass header.from=zoom.us');
  });

  it('the same notice replayed from a stranger’s EC2 or a droplet named mail.zoom.us stays medium', async () => {
    for (const name of [
      'legit/w173-gmail-offline-zoom-notice-replayed-from-stranger-ec2',
      'legit/w173-gmail-offline-zoom-notice-replayed-from-do-droplet-named-mail-zoom-us',
      'legit/w173-gmail-zoom-notice-replayed-from-do-droplet-named-mail-zoom-us',
    ]) {
      const a = await analyseNamed(name);
      expect(hosted(a.findings), name).toEqual(['medium']);
      expect(a.verdict, name).toBe('suspicious');
    }
  });
});

describe('open zones (round 182)', () => {
  it('Google Cloud’s default reverse names are an open zone, as Azure’s region labels are', () => {
    expect(inOpenZone('20.10.0.35.bc.googleusercontent.com')).toBe(true);
    expect(inOpenZone('apim-notify.westeurope.cloudapp.azure.com')).toBe(true);
    expect(inOpenZone('mail-170-114-10-84.zoom.us')).toBe(false);
  });

  it('a stranger’s Azure VM named under cloudapp.azure.com is no server of azure.com’s, online or offline', async () => {
    for (const name of [
      'adversarial/r182-gmail-offline-azure-com-apim-notice-replayed-from-cloudapp-named-vm',
      'adversarial/r182-gmail-online-azure-com-apim-notice-replayed-from-cloudapp-named-vm',
    ]) {
      const a = await analyseNamed(name);
      expect(hosted(a.findings), name).toEqual(['medium']);
      expect(a.verdict, name).toBe('suspicious');
    }
  });
});

describe('a mailbox provider’s own relay on its own cloud, read offline (real-mail round 176)', () => {
  it('QQ Mail, Aliyun Mail and Yandex: low beside the provider’s aligned DKIM pass and dmarc=pass', async () => {
    for (const name of [
      'legit/w176-gmail-qq-offline',
      'legit/w176-box-aliyun-offline',
      'legit/w176-gmail-yandex360-offline',
    ]) {
      const a = await analyseNamed(name);
      expect(a.mode, name).toBe('offline');
      expect(hosted(a.findings), name).toEqual(['low']);
      expect(a.verdict, name).toBe('authenticated');
    }
  });

  it('an unsigned pass through the service’s shared include stays medium (probe53’s Aruba co-tenant)', async () => {
    const a = await analyseNamed('adversarial/probe53-aruba-customer-as-bank-shared-include-gmail-offline');
    expect(hosted(a.findings)).toEqual(['medium']);
    expect(a.verdict).not.toBe('authenticated');
  });
});
