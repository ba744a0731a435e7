// Real-world delivery shapes, fifty-fifth round: everyday genuine mail read in Outlook on the web
// (--webmail outlook) and Gmail (--webmail gmail), online and offline, across the last hours' rules
// (git log --since=4.hours -- lib/), from the side of the ordinary sender and reader: never
// "spoofed", and "suspicious" only for a reason the reader would accept.
// - lib/message/received.ts fromSide / lib/message/origin.ts (02:11): a port is stripped from a
//   from-word only where it is no address as it stands. Microsoft 365 and Gmail senders over IPv6
//   whose last group is all decimal digits (…::600, …::630, Yandex's …:500), in Gmail's entry
//   ("from <helo> (<rdns>. [<ip6>])") and in EOP's ("from <helo> (<ip6>) by …mail.protection…").
// - lib/findings/provider.ts ownRelayJudged / gatewayJudged: the reader's filter in front of a
//   tenant (Mimecast, trusted by name), EOP's SPF fail naming the filter's address.
// - Senders outside the US giants: QQ Mail to Outlook, Yandex to Gmail (IPv6) and via Mimecast to
//   Microsoft 365, an OVH MX Plan domain to Outlook.
// Layouts reused: Exchange Online's reader hops, EOP's id-less results and entry from
// test/corpus/m365-shapes.ts and receivers.ts (eopDelivery, eopPass; README-m365.md sources);
// Gmail's entry block from receivers.ts gmailDelivery; the Exchange Online outbound hand-off
// (NAMxx-…-obe.outbound.protection.outlook.com) and sending tenant hops as realworld53 and
// realworld35 wrote them; Mimecast in front of EOP as realworld35 (rw35-gcchigh-reader-behind-mimecast).
// QQ's outbound names (outNNN-NNN-NNN-NNN.mail.qq.com), Yandex's forward hosts
// (forwardNNNa.mail.yandex.net) and OVH's mail-out hosts (moNNN.mail-out.ovh.net) are recalled
// from public deliveries; addresses are the providers' own where they are the point, otherwise
// documentation ones; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, GMAIL, KEY, legitCorpus, OUTLOOK, ptr, ptr6, type Relay, signAll } from '../kit';
import { M365_SPF_ZONE, senderTenantHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  eopDelivery,
  eopPass,
  GMAIL_TO,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  MIMECAST,
  mimecastEntry,
} from '../receivers';

const passesAt = (ip: string): CaseExpectation => ({
  verdict: 'authenticated',
  fields: { 'dmarc.result': 'pass', 'origin.ip': ip },
});
const PASSES: CaseExpectation = { verdict: 'authenticated' };
const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';
const OUT_TO = 'Robin Reader <robin@reader.example>';

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule, the fix and its risk.
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await m365ToGmail(write);
  await gmailToOutlook(write);
  await abroad(write);
}

// ---------------------------------------------------------------------------------------------
// 1. A Microsoft 365 tenant writes to Gmail over IPv6 (last group digits only)
// ---------------------------------------------------------------------------------------------

async function m365ToGmail(write: CaseWriter): Promise<void> {
  const d = 'alderbrook-surgery.example';
  const env = `reception@${d}`;
  const exo: Relay = {
    helo: 'NAM12-DM6-obe.outbound.protection.outlook.com',
    rdns: 'mail-dm6nam12on20600.outbound.protection.outlook.com',
    ip: '2a01:111:f403:2418::600',
  };
  const raw = await signAll(
    submitted({
      from: `Alderbrook Surgery <${env}>`,
      to: `Robin Reader <${GMAIL_TO}>`,
      subject: 'Your appointment on Tuesday',
      date: SENT,
      messageId: '<DM6PR08MB5580A1B2C3D4E5F6A7B8C9D0E1F2@DM6PR08MB5580.namprd08.prod.outlook.com>',
      body: 'Dear Robin,\r\n\r\nthis is a reminder of your appointment on Tuesday at 09:20.\r\n\r\nReception\r\n',
    }),
    [[d, 'selector1']],
  );
  const eml = gmailDelivery(onTop(raw, ...senderTenantHops()), {
    relay: exo,
    envelope: env,
    spf: 'pass',
    deliveredTo: true,
    results: `${gmailDkim(d, 'selector1')}\r\n       arc=none;\r\n       ${gmailSpf(env, exo.ip)}\r\n       ${gmailDmarc(d, 'QUARANTINE')}`,
    ids: ['x12csp554001pxa', 'a1si5540001qtb.55'],
  });
  const zone = {
    ...ptr6(exo.ip, exo.rdns),
    ...M365_SPF_ZONE,
    [d]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
    [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=quarantine'] },
    [`selector1._domainkey.${d}`]: KEY(),
  };
  const about = `A GP surgery on Microsoft 365 sends an appointment reminder to a Gmail reader: the sending tenant's hops (MAPI submission, namprd08), Exchange Online's outbound hand-off ${exo.helo} from ${exo.rdns} at ${exo.ip} (IPv6, last group all digits), Gmail's entry ("from ${exo.helo} (${exo.rdns}. [${exo.ip}])"), Received-SPF and its one header (dkim=pass d=${d} selector1, spf=pass, dmarc=pass p=QUARANTINE). Layout: receivers.ts gmailDelivery, m365-shapes.ts senderTenantHops`;
  emitCase(write, {
    name: 'rw55-gmail-m365-tenant-ipv6-digit-tail-online',
    about: `${about}. Read online (--webmail gmail). Wanted: authenticated at Microsoft's IPv6 address (the whole address, not "…:2418:" cut as a port)`,
    class: 'm365-ipv6',
    args: GMAIL,
    eml,
    zone,
    expect: passesAt(exo.ip),
  });
  emitCase(write, {
    name: 'rw55-gmail-m365-tenant-ipv6-digit-tail-offline',
    about: `${about}. Read offline (--webmail gmail): Gmail's header is all there is. Wanted: authenticated (Gmail's record of the aligned signature)`,
    class: 'm365-ipv6',
    args: GMAIL,
    eml,
    expect: PASSES,
  });
}

// ---------------------------------------------------------------------------------------------
// 2. A Gmail user writes to a Microsoft 365 reader over IPv6 (last group digits only)
// ---------------------------------------------------------------------------------------------

async function gmailToOutlook(write: CaseWriter): Promise<void> {
  const env = 'jo.marsh.1987@gmail.com';
  const g: Relay = {
    helo: 'mail-ej1-x630.google.com',
    rdns: 'mail-ej1-x630.google.com',
    ip: '2a00:1450:4864:20::630',
  };
  const raw = await signAll(
    submitted({
      from: `Jo Marsh <${env}>`,
      to: OUT_TO,
      subject: 'Re: Saturday plans',
      date: SENT,
      messageId: '<CAJ8x2kF9q3mZ1r5Tn7vW0bYc4dE6fG8hJ2kL4mN6pQ8rS55@mail.gmail.com>',
      body: 'Sounds good, see you at ten.\r\n\r\nJo\r\n',
    }),
    [['gmail.com', '20230601']],
  );
  const eml = eopDelivery(
    `Received: by ${g.helo} with SMTP id a640c23a62f3a-b7355f6ef12so55012466b.3\r\n        for <robin@reader.example>; Fri, 20 Nov 2026 01:59:59 -0800 (PST)\r\n${raw}`,
    {
      ...eopPass(g, 'gmail.com', 'dkim=pass (signature was verified)\r\n header.d=gmail.com', 'gmail.com'),
      returnPath: env,
    },
  );
  const zone = {
    ...ptr6(g.ip, g.rdns),
    'gmail.com': { TXT: ['v=spf1 redirect=_spf.google.com'] },
    '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ip6:2a00:1450:4000::/36 ~all'] },
    '_dmarc.gmail.com': { TXT: ['v=DMARC1; p=none; sp=quarantine; rua=mailto:mailauth-reports@google.com'] },
    '20230601._domainkey.gmail.com': KEY(),
  };
  const about = `A friend at Gmail replies to a reader whose mailbox is in Microsoft 365: Gmail's "Received: by ${g.helo} with SMTP id …" under EOP's entry "from ${g.helo} (${g.ip}) by BL02EPF00029927.mail.protection.outlook.com" (IPv6, last group all digits), EOP's id-less results (spf=pass, dkim=pass d=gmail.com, dmarc=pass, compauth=pass) and Received-SPF, the reader tenant's hops on top and the organisation rows at the bottom (receivers.ts eopDelivery)`;
  emitCase(write, {
    name: 'rw55-outlook-gmail-ipv6-digit-tail-online',
    about: `${about}. Read online (--webmail outlook). Wanted: authenticated at Google's IPv6 address`,
    class: 'm365-ipv6',
    args: OUTLOOK,
    eml,
    zone,
    expect: passesAt(g.ip),
  });
  emitCase(write, {
    name: 'rw55-outlook-gmail-ipv6-digit-tail-offline',
    about: `${about}. Read offline (--webmail outlook): EOP's id-less results are not trusted and DNS is off (as rw48-yahoo-to-outlookcom-offline). Genuine: nothing can prove it, unverified is honest; never a warning`,
    class: 'm365-ipv6',
    args: OUTLOOK,
    eml,
    expect: { verdict: 'unverified' },
  });
}

// ---------------------------------------------------------------------------------------------
// 3. QQ, Yandex and OVH senders to Outlook and Gmail; Mimecast in front of a tenant
// ---------------------------------------------------------------------------------------------

async function abroad(write: CaseWriter): Promise<void> {
  // 3a. QQ Mail to Outlook (Microsoft 365), online.
  {
    const env = '1847230955@qq.com';
    const qq: Relay = {
      helo: 'out203-205-221-236.mail.qq.com',
      rdns: 'out203-205-221-236.mail.qq.com',
      ip: '203.205.221.236',
    };
    const raw = await signAll(
      submitted({
        from: `"Li Wei" <${env}>`,
        to: OUT_TO,
        subject: 'Shipping documents for order 5521',
        date: SENT,
        messageId: '<tencent_5E1A2B3C4D5E6F708192A3B4C5D6E7F80509@qq.com>',
        extraHeaders: ['X-QQ-mid: xmsmtpt1732096798t5a7b8c9d', 'X-QQ-XMAILINFO: NoT.a.ReAl.ToKeN.rw55'],
        body: 'Dear Robin,\r\n\r\nplease find the shipping documents for order 5521 below.\r\n\r\nLi Wei\r\n',
      }),
      [['qq.com', 's201512']],
    );
    emitCase(write, {
      name: 'rw55-outlook-qq-mail-signed-online',
      about: `A supplier writes from QQ Mail to a Microsoft 365 reader: QQ hands over from ${qq.helo} (${qq.ip}), signed d=qq.com s=s201512, X-QQ-mid and X-QQ-XMAILINFO among its fields; EOP's id-less results (spf=pass, dkim=pass, dmarc=pass) above its entry (receivers.ts eopDelivery). QQ's SPF include:spf.mail.qq.com, p=quarantine. Read online (--webmail outlook). Wanted: authenticated at QQ's address`,
      class: 'asia-provider',
      args: OUTLOOK,
      eml: eopDelivery(raw, {
        ...eopPass(qq, 'qq.com', 'dkim=pass (signature was verified)\r\n header.d=qq.com', 'qq.com'),
        returnPath: env,
      }),
      zone: {
        ...ptr(qq.ip, qq.rdns),
        'qq.com': { TXT: ['v=spf1 include:spf.mail.qq.com -all'] },
        'spf.mail.qq.com': { TXT: ['v=spf1 ip4:203.205.221.0/24 ip4:162.62.0.0/16 ip4:43.163.0.0/16 ~all'] },
        '_dmarc.qq.com': { TXT: ['v=DMARC1; p=quarantine; rua=mailto:mailauth-reports@qq.com'] },
        's201512._domainkey.qq.com': KEY(),
      },
      expect: passesAt(qq.ip),
    });
  }

  // Yandex's message, shared by 3b and 3c.
  const yEnv = 'anna.sokolova@yandex.ru';
  const yx: Relay = {
    helo: 'forward500a.mail.yandex.net',
    rdns: 'forward500a.mail.yandex.net',
    ip: '2a02:6b8:c0e:500:1:45:d181:500',
  };
  const yandexMail = (to: string) =>
    signAll(
      submitted({
        from: `Anna Sokolova <${yEnv}>`,
        to,
        subject: 'Conference slides',
        date: SENT,
        messageId: '<552011732096798@mail.yandex.ru>',
        extraHeaders: ['X-Mailer: Yamail [ http://yandex.ru ] 5.0'],
        body: 'Hi Robin,\r\n\r\nhere are the slides from Thursday.\r\n\r\nAnna\r\n',
      }),
      [['yandex.ru', 'mail']],
    );
  const yZone = {
    ...ptr6(yx.ip, yx.rdns),
    'yandex.ru': { TXT: ['v=spf1 redirect=_spf.yandex.ru'] },
    '_spf.yandex.ru': { TXT: ['v=spf1 ip4:77.88.0.0/18 ip4:5.45.192.0/18 ip6:2a02:6b8::/32 ~all'] },
    '_dmarc.yandex.ru': { TXT: ['v=DMARC1; p=none'] },
    'mail._domainkey.yandex.ru': KEY(),
  };

  // 3b. Yandex to Gmail over IPv6 (last group digits only), online.
  emitCase(write, {
    name: 'rw55-gmail-yandex-ipv6-digit-tail-online',
    about: `A colleague at Yandex Mail writes to a Gmail reader: Yandex hands over from ${yx.helo} at ${yx.ip} (IPv6, last group all digits), signed d=yandex.ru s=mail; Gmail's entry, Received-SPF and its one header (dkim=pass, spf=pass, dmarc=pass p=NONE) as receivers.ts gmailDelivery. Read online (--webmail gmail). Wanted: authenticated at Yandex's IPv6 address`,
    class: 'ru-provider',
    args: GMAIL,
    eml: gmailDelivery(await yandexMail(`Robin Reader <${GMAIL_TO}>`), {
      relay: yx,
      envelope: yEnv,
      spf: 'pass',
      results: `${gmailDkim('yandex.ru', 'mail')}\r\n       ${gmailSpf(yEnv, yx.ip)}\r\n       ${gmailDmarc('yandex.ru', 'NONE')}`,
      ids: ['x12csp554002pxa', 'a1si5540002qtb.55'],
    }),
    zone: yZone,
    expect: passesAt(yx.ip),
  });

  // 3c. Yandex to a Microsoft 365 tenant behind Mimecast (trusted), online.
  {
    const raw = mimecastEntry(
      await yandexMail(OUT_TO),
      yx,
      'rw55-Yx8kQ2pZ',
      'Fri, 20 Nov 2026 10:00:03 +0000',
    );
    const ar = `spf=fail (sender IP is ${MIMECAST.ip})\r\n smtp.mailfrom=yandex.ru; dkim=pass (signature was verified)\r\n header.d=yandex.ru;dmarc=pass action=none\r\n header.from=yandex.ru;compauth=pass reason=100`;
    const spf = `Fail (protection.outlook.com: domain of yandex.ru does not\r\n designate ${MIMECAST.ip} as permitted sender)\r\n receiver=protection.outlook.com; client-ip=${MIMECAST.ip};\r\n helo=${MIMECAST.helo};`;
    emitCase(write, {
      name: 'rw55-outlook-behind-mimecast-yandex-ipv6-online',
      about: `The same Yandex message to a Microsoft 365 tenant with Mimecast (EU) in front: Mimecast takes it from ${yx.helo} at ${yx.ip} ("by relay.mimecast.com … id eu-mta-51-…", X-MC-Unique), delivers from ${MIMECAST.helo} (${MIMECAST.ip}) to EOP, whose SPF fails at Mimecast's address beside dkim=pass and dmarc=pass (layout as rw35-gcchigh-reader-behind-mimecast). The reader trusts the gateway (--webmail outlook --trust-gateway mimecast.com), online. Wanted: authenticated at Yandex's IPv6 address; EOP's SPF fail judged the gateway, not the sender`,
      class: 'gateway-in-front',
      args: [...OUTLOOK, '--trust-gateway', 'mimecast.com'],
      eml: eopDelivery(raw, { ip: MIMECAST.ip, helo: MIMECAST.helo, ar, spf, returnPath: yEnv }),
      zone: { ...yZone, ...ptr(MIMECAST.ip, MIMECAST.rdns) },
      expect: passesAt(yx.ip),
    });
  }

  // 3d. An OVH MX Plan domain to Outlook, online.
  {
    const d = 'boulangerie-lune.example';
    const env = `contact@${d}`;
    const ovh: Relay = {
      helo: 'mo560.mail-out.ovh.net',
      rdns: 'mo560.mail-out.ovh.net',
      ip: '46.105.45.231',
    };
    const sel = 'ovhmo3617313-selector1';
    const raw = await signAll(
      submitted({
        from: `Boulangerie de la Lune <${env}>`,
        to: OUT_TO,
        subject: 'Votre commande de samedi',
        date: SENT,
        messageId: '<5e2a9c1d-55aa-4b0e-9f7d-3c2b1a0e9d55@boulangerie-lune.example>',
        extraHeaders: ['X-Ovh-Tracer-Id: 5521123456789012345', 'X-VR-SPAMSTATE: OK'],
        body: 'Bonjour,\r\n\r\nvotre commande sera prête samedi à 8 h.\r\n\r\nLa Boulangerie\r\n',
      }),
      [[d, sel]],
    );
    emitCase(write, {
      name: 'rw55-outlook-ovh-mx-plan-signed-online',
      about: `A bakery whose domain is hosted on OVH's MX Plan writes to a Microsoft 365 reader: OVH's ${ovh.helo} (${ovh.ip}) hands over, its Received below ("by ${ovh.helo} (Postfix)") with X-Ovh-Tracer-Id; signed d=${d} s=${sel} (OVH's selector form), SPF include:mx.ovh.com, p=quarantine; EOP's id-less results as receivers.ts eopDelivery. Read online (--webmail outlook). Wanted: authenticated at OVH's address`,
      class: 'eu-hoster',
      args: OUTLOOK,
      eml: eopDelivery(
        `Received: from mxplan7.mail.ovh.net (unknown [10.109.143.12])\r\n\tby ${ovh.helo} (Postfix) with ESMTPS id 4Zr55C0e55\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 09:59:59 +0000 (UTC)\r\n${raw}`,
        { ...eopPass(ovh, d, `dkim=pass (signature was verified)\r\n header.d=${d}`, d), returnPath: env },
      ),
      zone: {
        ...ptr(ovh.ip, ovh.rdns),
        [d]: { TXT: ['v=spf1 include:mx.ovh.com -all'] },
        'mx.ovh.com': { TXT: ['v=spf1 ip4:46.105.0.0/16 ip4:178.32.0.0/15 ip4:87.98.128.0/17 ~all'] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=quarantine'] },
        [`${sel}._domainkey.${d}`]: KEY(),
      },
      expect: passesAt(ovh.ip),
    });
  }
}
