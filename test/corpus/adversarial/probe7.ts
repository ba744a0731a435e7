// Red-team probes, seventh round (December 2026), by an attacker who has read lib/ and rounds 1-6
// (probe.ts … probe6.ts), aimed at what landed last: the brand table's new domains and Amazon's own
// TLDs (lib/findings/domains.ts), a From that spells its free-mailbox Reply-To (spells() in
// lib/findings/reply-to.ts), relays recognised by their reverse names only (Sophos, Trend Micro,
// Hornetsecurity, kernel.org; lib/relay/providers-esp.ts) and a gateway trusted by name at an
// Exchange Online entry by a PTR lookup (gatewayReverseNames, lib/engine/origin-walk.ts). Every
// case's meta says what a careful analyst wants and, where it differs, what it reads today.

import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { withReturnPath } from '../edits';
import { mimecastReceived } from '../gateway-layouts';
import {
  ARGS,
  ATTACKER_IP,
  AWS_IP,
  attackerMail,
  authenticZone,
  BANK,
  eopSpoofResults,
  NOT_TRUSTED,
  type Probe,
  ptr,
  RECEIVER,
  SPOOFED,
} from '../kit';
import { eopEntry, exchangeMailboxHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';

/** Mimecast's US delivery address, as the legit shape rw5-mimecast-to-m365-enhanced-filtering. */
const MC_IP = '170.10.133.124';
const MC_NAME = 'us-smtp-delivery-124.mimecast.com';
const TRUST_MC = ['--webmail', 'outlook', '--trust-gateway', 'mimecast.com'];

export async function make(write: CaseWriter): Promise<void> {
  const { unsigned, authenticated } = attackerMail(write);
  const attackerDns = { ...BANK, ...authenticZone('attacker.example', ATTACKER_IP) };

  // ---- The brand table's new domains and Amazon's own TLDs
  await unsigned({
    name: 'probe7-awsapps-any-subdomain-unsigned',
    about:
      'Unsigned "AWS IAM Identity Center" mail from the attacker’s server with From no-reply@northbank-sso.awsapps.com. awsapps.com is a private public suffix (every IAM Identity Center customer has <alias>.awsapps.com), so DMARC’s organisational domain is northbank-sso.awsapps.com, which has no record: nothing authenticates, yet the brand table now takes any name under awsapps.com for Amazon’s own, so the AWS name raised nothing (findings dmarc-none and return-path-differs only). Fixed in part: under a private suffix only Amazon’s listed login.awsapps.com is Amazon’s (isBrandDomain), so display-name-brand stands. Wanted: suspicious or spoofed; kept as today’s "unverified": display-name-brand is medium and nothing authenticates or fails (row 15), as for any brand name on a domain without DMARC; only a high finding (awsapps.com taken for a sign-up tenant) would make it spoofed',
    class: 'brand-table',
    from: '"AWS IAM Identity Center" <no-reply@northbank-sso.awsapps.com>',
    zone: attackerDns,
    expect: { verdict: 'unverified', findings: ['display-name-brand'] },
  });
  await unsigned({
    name: 'probe7-awsapps-subdomain-bank-name-unsigned',
    about:
      'The same unsigned awsapps.com subdomain shape, From "Amazon account security" <amazon-security@login-verify.awsapps.com>: nothing authenticates it. It read "unverified" with no brand finding; display-name-brand now stands (isBrandDomain under a private suffix). Wanted: not trusted; kept as today’s "unverified" (a medium finding beside no DMARC record, row 15)',
    class: 'brand-table',
    from: '"Amazon account security" <amazon-security@login-verify.awsapps.com>',
    zone: attackerDns,
    expect: { verdict: 'unverified', findings: ['display-name-brand'] },
  });
  await authenticated({
    name: 'probe7-amazon-com-be-lookalike',
    about:
      'The authenticated arnazon.com.be ("rn" for "m") with a neutral name. com.be is not a public suffix, so arnazon.com.be is a name under the registered domain com.be, which only com.be’s owner can create: the sender is com.be itself, whose label "com" imitates no brand. It read "suspicious" only while an amazon.com.be entry in the brand table made "com" a brand label (a bogus one, which would have flagged any registrable domain called com.<something>); the entry is gone. Since real-mail round 181 com.be reads as a registry zone (Amazon’s Belgian store mails from amazon.com.be; whether com.be’s holder gives names to others is not confirmed), and arnazon.com.be imitates amazon.com.be: suspicious',
    class: 'brand-table',
    from: '"Order update" <auto-confirm@arnazon.com.be>',
    domain: 'arnazon.com.be',
    // Since 2026-12-07 (real-mail round 181) com.be is read as a registry zone, one registrant per
    // name (REGISTRY_SUFFIXES and USER_ZONES): Amazon's Belgian store mails from amazon.com.be, and
    // whether com.be's holder gives names to others is not confirmed. Read so, arnazon.com.be
    // imitates amazon.com.be: suspicious (lookalike-domain), the reading an analyst expects.
    expect: { verdict: 'suspicious', findings: ['lookalike-domain'] },
  });
  await authenticated({
    name: 'probe7-amazon-com-be-brand-name',
    about:
      'The attacker’s authenticated amazon-be.com.be with display name "Amazon.com.be": the brand named by a domain that is not Amazon’s. Wanted: display-name-brand, suspicious',
    class: 'brand-table',
    from: '"Amazon.com.be" <auto-confirm@amazon-be.com.be>',
    domain: 'amazon-be.com.be',
    expect: NOT_TRUSTED,
  });
  await authenticated({
    name: 'probe7-paypal-be-idn-cyrillic-a',
    about:
      'The attacker’s authenticated xn--pypal-4ve.be (pаypal.be with a Cyrillic а) next to the newly listed paypal.be. Wanted: lookalike-domain or international-domain, suspicious',
    class: 'brand-table',
    from: '"Service" <service@xn--pypal-4ve.be>',
    domain: 'xn--pypal-4ve.be',
    expect: NOT_TRUSTED,
  });
  await authenticated({
    name: 'probe7-onedrive-digit-lookalike',
    about:
      'The attacker’s authenticated 0nedrive.com ("0" for "o") with a neutral name, next to the newly listed onedrive.com. Wanted: lookalike-domain, suspicious',
    class: 'brand-table',
    from: '"Shared files" <no-reply@mail.0nedrive.com>',
    domain: '0nedrive.com',
    expect: NOT_TRUSTED,
  });
  await authenticated({
    name: 'probe7-hellosign-lookalike',
    about:
      'The attacker’s authenticated he1losign.com ("1" for "l") named "HelloSign" (not a brand word: Dropbox’s is): only the domain can give it away. Wanted: lookalike-domain, suspicious',
    class: 'brand-table',
    from: '"HelloSign" <noreply@mail.he1losign.com>',
    domain: 'he1losign.com',
    expect: NOT_TRUSTED,
  });
  await authenticated({
    name: 'probe7-echosign-other-suffix',
    about:
      'The attacker’s authenticated echosign.net, Acrobat Sign’s old name under another ending, named "Document ready". Wanted: lookalike-domain (same name, other ending), suspicious',
    class: 'brand-table',
    from: '"Document ready" <adobesign@echosign.net>',
    domain: 'echosign.net',
    expect: NOT_TRUSTED,
  });
  await authenticated({
    name: 'probe7-adobesign-idn',
    about:
      'The attacker’s authenticated xn--dobesign-0gg.com (аdobesign with a Cyrillic а), named "Acrobat Sign". Wanted: not trusted',
    class: 'brand-table',
    from: '"Acrobat Sign" <adobesign@xn--dobesign-0gg.com>',
    domain: 'xn--dobesign-0gg.com',
    expect: NOT_TRUSTED,
  });

  // ---- A From that spells its free-mailbox Reply-To, on the attacker's own authenticated domain
  await authenticated({
    name: 'probe7-spells-brand-display-name',
    about:
      'The attacker’s authenticated From "PayPal Resolution" <paypal.resolution-gmail.com@attacker.example> with Reply-To paypal.resolution@gmail.com: the spelling lowers reply-to-other-org, the brand in the name must still stand. Wanted: display-name-brand, suspicious',
    class: 'reply-to-spelled',
    from: '"PayPal Resolution" <paypal.resolution-gmail.com@attacker.example>',
    extra: ['Reply-To: paypal.resolution@gmail.com'],
    expect: NOT_TRUSTED,
  });
  await authenticated({
    name: 'probe7-spells-brand-local-part',
    about:
      'Neutral name "Account service", From paypal-gmail.com@attacker.example, Reply-To paypal@gmail.com: the brand in the mailbox names only, answers go to a private Gmail account. It read "authenticated" (the spelling lowered reply-to-other-org to low); a reply address naming a brand is no longer excused by the spelling: suspicious. Wanted: not trusted',
    class: 'reply-to-spelled',
    from: '"Account service" <paypal-gmail.com@attacker.example>',
    extra: ['Reply-To: paypal@gmail.com'],
    expect: NOT_TRUSTED,
  });
  await authenticated({
    name: 'probe7-spells-reply-name-brand',
    about:
      'From "Resolution desk" <resolution.desk-gmail.com@attacker.example>, Reply-To "PayPal Resolution Center" <resolution.desk@gmail.com>: the brand is in the Reply-To’s name, which a reply window shows. It read "authenticated" (the spelling lowered reply-to-other-org to low); a reply address naming a brand is no longer excused by the spelling: suspicious. Wanted: not trusted',
    class: 'reply-to-spelled',
    from: '"Resolution desk" <resolution.desk-gmail.com@attacker.example>',
    extra: ['Reply-To: "PayPal Resolution Center" <resolution.desk@gmail.com>'],
    expect: NOT_TRUSTED,
  });
  await authenticated({
    name: 'probe7-spells-reader-lookalike',
    about:
      'CEO fraud from the attacker’s authenticated reaader.example (a look-alike of the reader’s reader.example): From "CEO" <ceo.office-gmail.com@reaader.example>, Reply-To ceo.office@gmail.com. Wanted: lookalike-domain high stands, not trusted',
    class: 'reply-to-spelled',
    from: '"CEO" <ceo.office-gmail.com@reaader.example>',
    domain: 'reaader.example',
    extra: ['Reply-To: ceo.office@gmail.com'],
    args: ['--recipient-domain', 'reader.example'],
    expect: NOT_TRUSTED,
  });
  await authenticated({
    name: 'probe7-spells-reply-lookalike-freemail',
    about:
      'From billing-gmaii.com@attacker.example with Reply-To billing@gmaii.com (a look-alike of gmail.com, not a free mailbox): the spelling covers only free mailboxes. Wanted: reply-to-other-org stands, suspicious',
    class: 'reply-to-spelled',
    from: '"Billing" <billing-gmaii.com@attacker.example>',
    extra: ['Reply-To: billing@gmaii.com'],
    expect: NOT_TRUSTED,
  });
  await authenticated({
    name: 'probe7-spells-bank-mailbox-bank-name',
    about:
      'From "Northbank Security" <northbank.security-gmail.com@attacker.example>, Reply-To northbank.security@gmail.com: the From shows the attacker’s domain and spells where answers go; Northbank is not a brand HeaderLens knows. Reads "authenticated", as any authenticated mail naming an unknown organisation in its display name does (README, "What still fools HeaderLens"): kept as today’s reading',
    class: 'reply-to-spelled',
    from: '"Northbank Security" <northbank.security-gmail.com@attacker.example>',
    extra: ['Reply-To: northbank.security@gmail.com'],
    expect: { verdict: 'authenticated' },
  });

  // ---- Relays recognised by name only, from a rented AWS server; the attacker's domain authenticates
  const attackerSigned = await signCorpus(
    submitted({
      from: '"Account team" <alerts@attacker.example>',
      subject: 'Action required on your account',
    }),
    { domain: 'attacker.example', selector: 's1' },
  );
  const fromAws = (p: Probe & { rdns?: string; zone: Record<string, unknown> }) =>
    write(p.name, {
      eml: onTop(
        attackerSigned,
        'Return-Path: <bounce@attacker.example>',
        received({ helo: 'mail.attacker.example', rdns: p.rdns, ip: AWS_IP, by: RECEIVER }),
      ),
      zone: { ...authenticZone('attacker.example', AWS_IP), ...p.zone },
      meta: { about: p.about, class: p.class, args: ARGS, expect: p.expect },
    });
  const HOSTED: CaseExpectation = { verdict: 'suspicious', findings: ['hosted-server-relay'] };
  fromAws({
    name: 'probe7-esp-kernel-ptr-unconfirmed',
    about:
      'The attacker’s authenticated mail from a rented AWS address whose PTR says relay.kernel.org (the network’s owner lets any tenant set it) while relay.kernel.org’s A record holds another address; the receiver printed no name. An unconfirmed name must not make a rented server kernel.org’s list relay. Wanted: hosted-server-relay, suspicious',
    class: 'esp-by-name',
    zone: {
      [`${AWS_IP.split('.').reverse().join('.')}.in-addr.arpa`]: { PTR: ['relay.kernel.org'] },
      'relay.kernel.org': { A: ['139.178.84.217'] },
    },
    expect: HOSTED,
  });
  fromAws({
    name: 'probe7-esp-sophos-suffix-in-front-of-attacker',
    about:
      'PTR mfod-euc1.prod.hydra.sophos.com.relay-host.example, forward-confirmed in the zone of relay-host.example, another domain of the attacker’s (a name under the From domain itself is the sender’s own server, low by design): Sophos’s suffix in front of it. Wanted: hosted-server-relay, suspicious',
    class: 'esp-by-name',
    rdns: 'mfod-euc1.prod.hydra.sophos.com.relay-host.example',
    zone: ptr(AWS_IP, 'mfod-euc1.prod.hydra.sophos.com.relay-host.example'),
    expect: HOSTED,
  });
  fromAws({
    name: 'probe7-esp-trendmicro-hyphen-lookalike',
    about:
      'PTR refb01.tmes-trendmicro.com, forward-confirmed by the attacker who owns tmes-trendmicro.com: a hyphen where Trend Micro’s suffix has a dot. Wanted: hosted-server-relay, suspicious',
    class: 'esp-by-name',
    rdns: 'refb01.tmes-trendmicro.com',
    zone: ptr(AWS_IP, 'refb01.tmes-trendmicro.com'),
    expect: HOSTED,
  });
  fromAws({
    name: 'probe7-esp-hornetsecurity-other-ending',
    about:
      'PTR mx-relay10-hz2.antispameurope.co (the attacker’s antispameurope.co), forward-confirmed: Hornetsecurity’s name under another ending. Wanted: hosted-server-relay, suspicious',
    class: 'esp-by-name',
    rdns: 'mx-relay10-hz2.antispameurope.co',
    zone: ptr(AWS_IP, 'mx-relay10-hz2.antispameurope.co'),
    expect: HOSTED,
  });
  // A Sophos customer relaying a bank spoof through Sophos's genuine, confirmed relay.
  const sophosIp = '3.121.2.20';
  const bankSpoof = onTop(
    submitted({ from: 'Northbank <alerts@northbank.example>', subject: 'Card blocked' }),
    'Received: from mail.attacker.example (mail.attacker.example [198.51.100.66]) by mfod-euc1.prod.hydra.sophos.com (Postfix) with ESMTPS id 4Q2; Fri, 20 Nov 2026 10:00:03 +0000',
  );
  write('probe7-esp-sophos-customer-bank-spoof', {
    eml: onTop(
      bankSpoof,
      'Return-Path: <bounce@attacker.example>',
      received({
        helo: 'mfod-euc1.prod.hydra.sophos.com',
        rdns: 'mfod-euc1.prod.hydra.sophos.com',
        ip: sophosIp,
        by: RECEIVER,
      }),
    ),
    zone: { ...attackerDns, ...ptr(sophosIp, 'mfod-euc1.prod.hydra.sophos.com') },
    meta: {
      about:
        'A Sophos Email customer relays unsigned mail From the p=reject bank through Sophos’s genuine, forward-confirmed relay: being a known service must excuse nothing. Wanted: spoofed',
      class: 'esp-by-name',
      args: ARGS,
      expect: SPOOFED,
    },
  });

  // ---- A gateway trusted by name at an Exchange Online entry (--trust-gateway mimecast.com)
  const forgedBelow = onTop(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      to: 'user@reader.example',
      subject: 'Card blocked',
    }),
    'Authentication-Results: relay.mimecast.com; dkim=pass header.d=northbank.example; spf=pass smtp.mailfrom=alerts@northbank.example; dmarc=pass (policy=reject) header.from=northbank.example',
    mimecastReceived({
      helo: 'mail.northbank.example',
      ip: '192.0.2.20',
      id: 'us-mta-412-Hq7rT2nWPkG5vL0a1b2c3d-1',
    }),
  );
  const atEop = (p: Probe & { ip: string; zone: Record<string, unknown>; raw?: string }) =>
    write(p.name, {
      eml: onTop(
        withReturnPath(p.raw ?? forgedBelow),
        ...exchangeMailboxHops(),
        ...eopSpoofResults(p.ip),
        eopEntry(MC_NAME, p.ip),
      ),
      zone: { ...attackerDns, ...p.zone },
      meta: { about: p.about, class: p.class, args: p.args ?? TRUST_MC, expect: p.expect },
    });
  const reverse = (ip: string, ...names: string[]) => ({
    [`${ip.split('.').reverse().join('.')}.in-addr.arpa`]: { PTR: names },
  });
  atEop({
    name: 'probe7-gw-ptr-unconfirmed',
    about:
      'From the attacker’s address, HELO us-smtp-delivery-124.mimecast.com, with a forged Mimecast Received line and a "relay.mimecast.com; dmarc=pass" record for the bank below; the address’s PTR names Mimecast’s host (set by the attacker’s network), whose A record holds Mimecast’s own address. The name does not lead back: not the gateway. Wanted: spoofed',
    class: 'gateway-by-name',
    ip: ATTACKER_IP,
    zone: { ...reverse(ATTACKER_IP, MC_NAME), [MC_NAME]: { A: [MC_IP] } },
    expect: SPOOFED,
  });
  atEop({
    name: 'probe7-gw-ptr-mimecast-in-front-of-attacker',
    about:
      'The same forged record; the PTR is us-smtp-delivery-124.mimecast.com.attacker.example, forward-confirmed in the attacker’s zone. Wanted: spoofed',
    class: 'gateway-by-name',
    ip: ATTACKER_IP,
    zone: ptr(ATTACKER_IP, 'us-smtp-delivery-124.mimecast.com.attacker.example'),
    expect: SPOOFED,
  });
  atEop({
    name: 'probe7-gw-ptr-suffix-without-dot',
    about:
      'The same forged record; the PTR is relay.evilmimecast.com, forward-confirmed (the attacker owns evilmimecast.com): ends with "mimecast.com" but is not under it. Wanted: spoofed',
    class: 'gateway-by-name',
    ip: ATTACKER_IP,
    zone: ptr(ATTACKER_IP, 'relay.evilmimecast.com'),
    expect: SPOOFED,
  });
  atEop({
    name: 'probe7-gw-ptr-second-name-unconfirmed',
    about:
      'The same forged record; the PTR answers two names, the attacker’s confirmed mail.attacker.example and Mimecast’s host, which does not lead back. Wanted: spoofed',
    class: 'gateway-by-name',
    ip: ATTACKER_IP,
    zone: {
      ...reverse(ATTACKER_IP, 'mail.attacker.example', MC_NAME),
      'mail.attacker.example': { A: [ATTACKER_IP] },
      [MC_NAME]: { A: [MC_IP] },
    },
    expect: SPOOFED,
  });
  atEop({
    name: 'probe7-gw-ptr-trailing-dot-domain-arg',
    about:
      'The same forged record from the attacker’s address whose PTR is mimecast.com.attacker.example (confirmed), with the gateway trusted as "mimecast.com." (a trailing dot, as a user may paste it). Wanted: spoofed',
    class: 'gateway-by-name',
    ip: ATTACKER_IP,
    zone: ptr(ATTACKER_IP, 'mimecast.com.attacker.example'),
    args: ['--webmail', 'outlook', '--trust-gateway', 'mimecast.com.'],
    expect: SPOOFED,
  });
}
