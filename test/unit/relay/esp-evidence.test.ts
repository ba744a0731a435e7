import { describe, expect, it } from 'vitest';
import { parseIp, reverseName } from '../../../lib/relay/address';
import {
  confirmReverseName,
  espEvidence,
  espFromEvidence,
  scriptRelayName,
} from '../../../lib/relay/esp-evidence';
import type { DnsAnswer, Resolver, RrType } from '../../../lib/types';

/** In-memory zone: absent name → ENOTFOUND, as mailauth's resolver contract says. */
function zone(records: Record<string, Partial<Record<RrType, DnsAnswer>>>): Resolver & { log: string[] } {
  const log: string[] = [];
  return {
    log,
    async resolve(name, type) {
      log.push(`${type} ${name}`);
      const rr = records[name.toLowerCase()]?.[type];
      if (!rr)
        throw Object.assign(new Error(`${type} ${name}`), { code: records[name] ? 'ENODATA' : 'ENOTFOUND' });
      return rr;
    },
  };
}

const none = { rdns: null, rdnsConfirmed: false, envelopeDomain: null, dkimDomains: [] };

describe('ESP evidence', () => {
  it('a forward-confirmed reverse name of a known ESP counts', () => {
    expect(espFromEvidence({ ...none, rdns: 'a8-30.smtp-out.amazonses.com.', rdnsConfirmed: true })).toBe(
      'Amazon SES',
    );
  });
  it('an unconfirmed reverse name does not (anyone controls PTR for their own range)', () => {
    expect(
      espFromEvidence({ ...none, rdns: 'a8-30.smtp-out.amazonses.com', rdnsConfirmed: false }),
    ).toBeNull();
  });
  it('a look-alike suffix does not count', () => {
    expect(espFromEvidence({ ...none, rdns: 'mail.evilamazonses.com', rdnsConfirmed: true })).toBeNull();
  });
  it('envelope domain and DKIM d= of an ESP, strongest evidence named', () => {
    expect(espEvidence({ ...none, envelopeDomain: 'bounces.sendgrid.net' })).toEqual({
      esp: 'SendGrid',
      via: 'envelope',
    });
    expect(espEvidence({ ...none, dkimDomains: ['example.com', 'mcsv.net'] })).toEqual({
      esp: 'Mailchimp / Mandrill',
      via: 'dkim',
    });
    expect(espEvidence({ ...none, dkimDomains: ['example.com'] })).toBeNull();
  });
  it('gateways and list hosts in hosting networks, by their confirmed reverse names only', () => {
    for (const [name, esp] of [
      ['mfod-euc1.prod.hydra.sophos.com', 'Sophos Email'],
      ['refb01.tmes.trendmicro.eu', 'Trend Micro Email Security'],
      ['mx-relay10-hz2.antispameurope.com', 'Hornetsecurity'],
      ['relay.kernel.org', 'kernel.org lists'],
      ['mx1.forwardemail.net', 'Forward Email'],
    ] as const) {
      expect(espFromEvidence({ ...none, rdns: name, rdnsConfirmed: true }), name).toBe(esp);
      expect(espFromEvidence({ ...none, rdns: name, rdnsConfirmed: false }), name).toBeNull();
    }
    for (const name of [
      'relay.kernel.org.attacker.example',
      'notkernel.org',
      'x.hydra.sophos.com.evil.example',
    ]) {
      expect(espFromEvidence({ ...none, rdns: name, rdnsConfirmed: true }), name).toBeNull();
    }
  });
  it('HubSpot, listed without ranges, by its own names only', () => {
    expect(espEvidence({ ...none, envelopeDomain: 'bf01x.hubspotemail.net' })).toEqual({
      esp: 'HubSpot',
      via: 'envelope',
    });
    expect(espFromEvidence({ ...none, rdns: 'o2.p1.hubspotemail.net', rdnsConfirmed: true })).toBe('HubSpot');
    for (const name of ['hubspotemail.net.attacker.example', 'myhubspotemail.net']) {
      expect(espEvidence({ ...none, envelopeDomain: name, dkimDomains: [name] }), name).toBeNull();
    }
    expect(espFromEvidence({ ...none, rdns: 'o2.p1.hubspotemail.net', rdnsConfirmed: false })).toBeNull();
  });
});

describe('forward-confirmed reverse DNS', () => {
  it('reverse names (RFC 1035 §3.5, RFC 3596 §2.5)', () => {
    expect(reverseName(parseIp('192.0.2.1')!)).toBe('1.2.0.192.in-addr.arpa');
    expect(reverseName(parseIp('2001:db8::1')!)).toBe(
      '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa',
    );
  });
  it('PTR → A round trip confirms', async () => {
    const r = zone({
      '41.220.85.209.in-addr.arpa': { PTR: ['mail-sor-f41.google.com.'] },
      'mail-sor-f41.google.com': { A: ['209.85.220.41'] },
    });
    expect(await confirmReverseName('209.85.220.41', 'mail-sor-f41.google.com', r)).toEqual({
      confirmed: true,
      name: 'mail-sor-f41.google.com',
    });
  });
  it('a PTR that points at a name resolving elsewhere is not confirmed', async () => {
    const r = zone({
      '200.17.85.3.in-addr.arpa': { PTR: ['smtp.amazonses.com'] },
      'smtp.amazonses.com': { A: ['54.240.1.1'] },
    });
    expect(await confirmReverseName('3.85.17.200', null, r)).toMatchObject({
      confirmed: false,
      reason: 'no-forward-match',
      name: 'smtp.amazonses.com',
    });
  });
  it('no PTR, a name not in the PTR set, a bad IP, DNS errors: unconfirmed, never thrown', async () => {
    const r = zone({ '1.2.0.192.in-addr.arpa': { PTR: ['host.example'] } });
    expect(await confirmReverseName('192.0.2.9', 'x.example', r)).toMatchObject({
      confirmed: false,
      reason: 'no-ptr',
    });
    expect(await confirmReverseName('192.0.2.1', 'other.example', r)).toMatchObject({
      confirmed: false,
      reason: 'name-not-in-ptr',
    });
    expect(await confirmReverseName('nonsense', null, r)).toMatchObject({
      confirmed: false,
      reason: 'bad-ip',
    });
  });
  it('IPv6 uses AAAA; an IPv4-mapped address uses A', async () => {
    const r = zone({
      '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa': { PTR: ['v6.example'] },
      'v6.example': { AAAA: ['2001:db8:0:0::1'] },
      '1.2.0.192.in-addr.arpa': { PTR: ['v4.example'] },
      'v4.example': { A: ['192.0.2.1'] },
    });
    expect((await confirmReverseName('2001:db8::1', null, r)).confirmed).toBe(true);
    expect((await confirmReverseName('::ffff:192.0.2.1', 'v4.example', r)).confirmed).toBe(true);
  });
  it('tries at most 10 PTR names', async () => {
    const names = Array.from({ length: 50 }, (_, i) => `n${i}.example`);
    const r = zone({ '1.2.0.192.in-addr.arpa': { PTR: names } });
    await confirmReverseName('192.0.2.1', null, r);
    expect(r.log.filter((l) => l.startsWith('A ')).length).toBe(10);
  });
});

// Real-mail round 9: relays known by one exact name (IONOS) or a pattern (GoDaddy's smtpout hosts,
// not its cPanel servers under the same domain), and by a suffix (MailChannels, Oracle).
describe('ESP evidence: exact names and patterns', () => {
  const confirmed = (rdns: string) => espFromEvidence({ ...none, rdns, rdnsConfirmed: true });
  it('IONOS: mout.kundenserver.de itself, nothing else under kundenserver.de', () => {
    expect(confirmed('mout.kundenserver.de')).toBe('IONOS Mail');
    expect(confirmed('mout.perfora.net.')).toBe('IONOS Mail');
    expect(confirmed('infong123.kundenserver.de')).toBeNull();
    expect(confirmed('xmout.kundenserver.de')).toBeNull();
    expect(confirmed('mout.kundenserver.de.attacker.example')).toBeNull();
    expect(confirmed('mout-xforward.kundenserver.de')).toBe('IONOS Mail');
    expect(confirmed('mout-xforward.gmx.net')).toBe('GMX / WEB.DE');
    expect(confirmed('mout.web.de')).toBe('GMX / WEB.DE');
    expect(confirmed('evil.mout.gmx.net.example')).toBeNull();
  });
  it('GoDaddy: its smtpout relays, not its hosting servers', () => {
    expect(confirmed('p3plsmtpout001.prod.phx3.secureserver.net')).toBe('GoDaddy Mail');
    expect(confirmed('p3plcpnl0123.prod.phx3.secureserver.net')).toBeNull();
    expect(confirmed('sxb1plsmtpa01-02.prod.sxb1.secureserver.net')).toBe('GoDaddy Mail');
    expect(confirmed('sxb1plwbeout05.prod.sxb1.secureserver.net')).toBe('GoDaddy Mail');
    expect(confirmed('sxb1plzcpnl453121.prod.sxb1.secureserver.net')).toBeNull();
    expect(confirmed('p3plsmtpout001.prod.phx3.secureserver.net.attacker.example')).toBeNull();
    expect(
      espFromEvidence({ ...none, rdns: 'p3plsmtpout001.prod.phx3.secureserver.net', rdnsConfirmed: false }),
    ).toBeNull();
  });
  it('MailChannels and Oracle Cloud Email Delivery by suffix; Oracle also by its signing domain', () => {
    expect(confirmed('bee.birch.relay.mailchannels.net')).toBe('MailChannels');
    expect(confirmed('relay.mailchannels.net.evil.example')).toBeNull();
    expect(confirmed('aib29agh124.zrh1.oracleemaildelivery.com')).toBe('Oracle Cloud Email Delivery');
    expect(espEvidence({ ...none, dkimDomains: ['zrh1.rp.oracleemaildelivery.com'] })).toEqual({
      esp: 'Oracle Cloud Email Delivery',
      via: 'dkim',
    });
  });
});

// Real-mail round 51: mailbox providers whose own relays sit in their cloud or hosting network,
// known by their confirmed names only; OVH's relays also carry web-hosting scripts' mail, so its
// name counts only beside an aligned signature (probe10-shared-spf-ovh-web-hosting-include).
describe('ESP evidence: mailbox providers in hosting space (real-mail round 51)', () => {
  const confirmed = (rdns: string, alignedDkim = true) =>
    espFromEvidence({ ...none, rdns, rdnsConfirmed: true, alignedDkim });
  it('QQ Mail / Tencent Exmail: out…, biz-… and xmbg… hosts under mail.qq.com only', () => {
    expect(confirmed('out162-62-58-211.mail.qq.com')).toBe('QQ Mail / Tencent Exmail');
    expect(confirmed('biz-43-154-54-12.mail.qq.com')).toBe('QQ Mail / Tencent Exmail');
    expect(confirmed('xmbghk7.mail.qq.com')).toBe('QQ Mail / Tencent Exmail');
    expect(confirmed('out162-62-58-211.mail.qq.com', false)).toBe('QQ Mail / Tencent Exmail');
    for (const name of [
      'vm-162-62-58-211.mail.qq.com',
      'out162-62-58-211.mail.qq.com.attacker.example',
      'out162-62-58-211.qq.com',
      'smtpbg.qq.com',
    ])
      expect(confirmed(name)).toBeNull();
    expect(
      espFromEvidence({ ...none, rdns: 'out162-62-58-211.mail.qq.com', rdnsConfirmed: false }),
    ).toBeNull();
  });
  it('Yandex: its forward hosts, nothing else under mail.yandex.net', () => {
    expect(confirmed('forward101d.mail.yandex.net')).toBe('Yandex Mail');
    expect(confirmed('forward502b.mail.yandex.net')).toBe('Yandex Mail');
    expect(confirmed('postbox.mail.yandex.net')).toBeNull();
    expect(confirmed('forward101d.mail.yandex.net.attacker.example')).toBeNull();
  });
  it('Aruba: its smtpcmd relays only', () => {
    expect(confirmed('smtpcmd0757.aruba.it', false)).toBe('Aruba Mail');
    expect(confirmed('smtpcmd15176.aruba.it')).toBe('Aruba Mail');
    expect(confirmed('webhosting12.aruba.it')).toBeNull();
    expect(confirmed('smtpcmd0757.aruba.it.evil.example')).toBeNull();
  });
  it('OVH: mo*.mail-out.ovh.net beside an aligned signature; an unsigned script’s mail stays hosted', () => {
    expect(confirmed('19.mo584.mail-out.ovh.net')).toBe('OVHcloud Mail');
    expect(confirmed('mo584.mail-out.ovh.net')).toBe('OVHcloud Mail');
    // Another web-hosting customer's PHP mail with the bank's envelope: no signature of the bank.
    expect(confirmed('10.mo581.mail-out.ovh.net', false)).toBeNull();
    expect(confirmed('vps-1a2b3c4d.vps.ovh.net')).toBeNull();
    expect(confirmed('19.mo584.mail-out.ovh.net.attacker.example')).toBeNull();
  });
});

describe('shared hosts’ script relays (scriptRelayName)', () => {
  it('names the host whose relay carries its accounts’ scripts, which counts as an ESP only beside an aligned signature', () => {
    for (const [rdns, host] of [
      ['p3nlsmtpcp01-04.prod.phx3.secureserver.net', 'GoDaddy Hosting Mail'],
      ['delivery.antispam.mailspamprotection.com', 'SiteGround Mail'],
      ['relay.yourmailgateway.de', 'netcup Hosting Mail'],
      ['dd21710.kasserver.com.', 'all-inkl Mail'],
    ] as const) {
      expect(scriptRelayName(rdns)).toBe(host);
      expect(espFromEvidence({ ...none, rdns, rdnsConfirmed: true })).toBeNull();
      expect(espFromEvidence({ ...none, rdns, rdnsConfirmed: true, alignedDkim: true })).toBe(host);
    }
  });
  it('names no relay whose name alone makes it the ESP, and nothing else', () => {
    expect(scriptRelayName('a8-30.smtp-out.amazonses.com')).toBeNull();
    expect(scriptRelayName('p3plsmtpout001.prod.phx3.secureserver.net')).toBeNull();
    expect(scriptRelayName('dd21710.kasserver.com.attacker.example')).toBeNull();
    expect(scriptRelayName('w0186e41.kasserver.com')).toBeNull();
  });
});
