// Red-team probes, sixth round (December 2026), by an attacker who has read lib/ and rounds 1-5
// (probe.ts … probe5.ts), aimed at the rules added last: masked-email relays naming the original
// sender (masked-relay-sender, lib/findings/display-name.ts), HubSpot recognised by its names only
// (lib/relay/providers-esp.ts, esp-evidence.ts), approvals scoped to the From domain's
// organisation (approvedFor in lib/engine/relay-facts.ts, set here with --approve-for), Exchange
// Online's record excusing a hash failure (changed-after-entry) and the list restore, both beside
// header fields added to a replayed signed message. Every case's meta says what it read before a
// fix, where one was needed.

import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { appendHeaders, EXTERNAL_BANNER as CAUTION, prependBody } from '../edits';
import {
  ARGS,
  ATTACKER_IP,
  AWS_IP,
  authenticZone,
  BANK,
  BANK_KEY,
  eopReplayPass,
  fromAttacker,
  genuineBankNotice,
  KEY,
  NOT_TRUSTED,
  OUTLOOK,
  type Probe,
  ptr,
  RECEIVER,
  SPOOFED,
  withAttackerText,
} from '../kit';
import { eopEntry, exchangeMailboxHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { gmailDelivery } from '../receivers';

/** SimpleLogin's forwarding server, as the legit shape rw4-simplelogin-reverse-alias has it. */
const SL_IP = '185.70.40.130';
const ADDY_IP = '198.51.100.170';

export async function make(write: CaseWriter): Promise<void> {
  /** A whole case: `raw` (the sender's part) under `entry` and a Return-Path. */
  const deliver = (
    p: Probe & { raw: string; envelope: string; entry: string; zone: Record<string, unknown> },
  ) =>
    write(p.name, {
      eml: onTop(p.raw, `Return-Path: <${p.envelope}>`, p.entry),
      zone: { ...BANK, ...p.zone },
      meta: { about: p.about, class: p.class, args: [...ARGS, ...(p.args ?? [])], expect: p.expect },
    });

  // ---- Masked-email relays: SimpleLogin and addy.io forwarding to the reader's alias
  const slEntry = received({
    helo: 'mail-200.simplelogin.co',
    rdns: 'mail-200.simplelogin.co',
    ip: SL_IP,
    by: RECEIVER,
  });
  const slZone = { ...authenticZone('simplelogin.co', SL_IP), ...ptr(SL_IP, 'mail-200.simplelogin.co') };
  const simpleLogin = async (p: Probe & { from: string; extra?: string[] }) =>
    deliver({
      ...p,
      raw: await signCorpus(
        submitted({
          from: p.from,
          to: 'shopping.k3j2h1@aleeas.com',
          subject: 'Unusual sign-in to your account',
          extraHeaders: ['X-SimpleLogin-Type: Forward', ...(p.extra ?? [])],
        }),
        { domain: 'simplelogin.co', selector: 's1' },
      ),
      envelope: 'sl.AbCdEf0123456789.bounces@simplelogin.co',
      entry: slEntry,
      zone: slZone,
    });
  await simpleLogin({
    name: 'probe6-masked-sl-prefix-of-attacker-address',
    about:
      'The attacker sends from security_at_northbank_example_q@attacker.example with the display name "security@northbank.example" to the reader’s SimpleLogin alias. SimpleLogin forwards it as "security@northbank.example - security_at_northbank_example_q at attacker.example" <security_at_northbank_example_q_at_attacker_example_k3j2h1@simplelogin.co>: the relay’s address starts with its spelling of the bank’s address, and the name’s first address is the bank’s (it read "authenticated" with masked-relay-sender low before the spelling had to be the whole address and the name could show only that one)',
    class: 'probe6-masked-relay',
    from: '"security@northbank.example - security_at_northbank_example_q at attacker.example" <security_at_northbank_example_q_at_attacker_example_k3j2h1@simplelogin.co>',
    expect: {
      verdict: 'suspicious',
      findings: ['display-name-address'],
      absentFindings: ['masked-relay-sender'],
    },
  });
  await simpleLogin({
    name: 'probe6-masked-sl-name-bank-at-spelling',
    about:
      'The same trick with the bank’s address written the relay’s way in the sender’s own name: "Northbank - security at northbank.example - security_at_northbank_example_q at attacker.example" (it read "authenticated" before the fix)',
    class: 'probe6-masked-relay',
    from: '"Northbank - security at northbank.example - security_at_northbank_example_q at attacker.example" <security_at_northbank_example_q_at_attacker_example_k3j2h1@simplelogin.co>',
    expect: {
      verdict: 'suspicious',
      findings: ['display-name-address'],
      absentFindings: ['masked-relay-sender'],
    },
  });
  await simpleLogin({
    name: 'probe6-masked-sl-bank-subdomain-prefix',
    about:
      'Sender security@northbank.example.attacker.example: SimpleLogin spells it security_at_northbank_example_attacker_example_<random>, which starts with the bank’s spelling; the name shows the sender’s real address, which the relay spells exactly: masked-relay-sender names that address, and the verdict is about SimpleLogin. Kept ("authenticated"): the same sender mailing directly reads "authenticated" too, as northbank.example is no known brand and ".example" no ending a reader takes for the end of an address (README, what still fools HeaderLens)',
    class: 'probe6-masked-relay',
    from: '"Northbank - security at northbank.example.attacker.example" <security_at_northbank_example_attacker_example_k3j2h1@simplelogin.co>',
    expect: { notVerdict: ['spoofed'], findings: ['masked-relay-sender'] },
  });
  await simpleLogin({
    name: 'probe6-masked-sl-lookalike-brand-sender',
    about:
      'A look-alike of a known brand (paypa1.com) through SimpleLogin: "Service - service at paypa1.com" <service_at_paypa1_com_k3j2h1@simplelogin.co>. Sent directly, its look-alike domain is high; through the relay the named sender must still be judged as a look-alike',
    class: 'probe6-masked-relay',
    from: '"Service - service at paypa1.com" <service_at_paypa1_com_k3j2h1@simplelogin.co>',
    expect: NOT_TRUSTED,
  });
  await simpleLogin({
    name: 'probe6-masked-sl-lookalike-reader-domain',
    about:
      'CEO fraud through SimpleLogin: the sender is ceo@reaader.example (one letter from the reader’s own reader.example) and the relay names it: the look-alike of the reader’s domain must count as it does for direct mail (it read "authenticated", masked-relay-sender low, before a look-alike sender kept display-name-address high)',
    class: 'probe6-masked-relay',
    from: '"Chief Executive - ceo at reaader.example" <ceo_at_reaader_example_k3j2h1@simplelogin.co>',
    args: ['--recipient-domain', 'reader.example'],
    expect: {
      verdict: 'suspicious',
      findings: ['display-name-address'],
      absentFindings: ['masked-relay-sender'],
    },
  });
  await simpleLogin({
    name: 'probe6-masked-sl-brand-prefixed-domain',
    about:
      'The sender is service@paypal.com.attacker.example (a whole known domain in front of the attacker’s), named by SimpleLogin with a plain name: a look-alike when sent directly, and still one through the relay',
    class: 'probe6-masked-relay',
    from: '"Service - service at paypal.com.attacker.example" <service_at_paypal_com_attacker_example_k3j2h1@simplelogin.co>',
    expect: NOT_TRUSTED,
  });
  await simpleLogin({
    name: 'probe6-masked-sl-bank-itself',
    about:
      'The bank’s own address through SimpleLogin (the spoof reached the relay, which judged it): HeaderLens checks SimpleLogin’s authentication, and masked-relay-sender says whose word the sender’s identity is. Kept: whether SimpleLogin let a p=reject failure through is not in the message',
    class: 'probe6-masked-relay',
    from: '"Northbank - security at northbank.example" <security_at_northbank_example_k3j2h1@simplelogin.co>',
    expect: { verdict: 'authenticated', findings: ['masked-relay-sender'] },
  });
  await simpleLogin({
    name: 'probe6-masked-sl-tail-with-dot-local',
    about:
      'The relay address security_at_northbank_example_k3j2h1.x@simplelogin.co (a tail the relay never writes, with a dot) spelling the bank: only letters and digits follow SimpleLogin’s spelling',
    class: 'probe6-masked-relay',
    from: '"Northbank - security at northbank.example" <security_at_northbank_example_k3j2h1.x@simplelogin.co>',
    expect: { verdict: 'suspicious', findings: ['display-name-address'] },
  });
  // The relay's domain spelt otherwise, authenticated by the attacker.
  for (const [name, domain, about] of [
    ['probe6-masked-relay-capital-i-domain', 'simpIelogin.co', 'a capital I for the l'],
    ['probe6-masked-relay-hyphen-domain', 'simplelogin-co.example', 'the relay’s name with a hyphen'],
    [
      'probe6-masked-relay-suffix-domain',
      'simplelogin.co.attacker.example',
      'the relay’s name in front of the attacker’s',
    ],
  ] as const) {
    const sender = domain.toLowerCase();
    deliver({
      name,
      about: `The attacker’s own authenticated domain ${domain} (${about}) writes SimpleLogin’s rewrite of the bank’s address: not the relay, so the address in the name is the impersonation`,
      class: 'probe6-masked-relay',
      raw: await signCorpus(
        submitted({
          from: `"Northbank - security at northbank.example" <security_at_northbank_example_k3j2h1@${domain}>`,
          subject: 'Unusual sign-in to your account',
        }),
        { domain: sender, selector: 's1' },
      ),
      envelope: `bounce@${sender}`,
      entry: fromAttacker(sender),
      zone: authenticZone(sender, ATTACKER_IP),
      expect: { ...NOT_TRUSTED, findings: ['display-name-address'], absentFindings: ['masked-relay-sender'] },
    });
  }
  deliver({
    name: 'probe6-masked-sl-unsigned-from-attacker',
    about:
      'SimpleLogin’s reverse-alias shape for the bank sent unsigned from the attacker’s server: simplelogin.co’s DMARC fails, so the name is the impersonation',
    class: 'probe6-masked-relay',
    raw: submitted({
      from: '"Northbank - security at northbank.example" <security_at_northbank_example_k3j2h1@simplelogin.co>',
      subject: 'Unusual sign-in to your account',
    }),
    envelope: 'bounce@attacker.example',
    entry: fromAttacker('attacker.example'),
    zone: { ...slZone, ...authenticZone('attacker.example', ATTACKER_IP) },
    expect: { verdict: 'spoofed', findings: ['display-name-address'] },
  });
  {
    const addyEntry = received({
      helo: 'mail.anonaddy.me',
      rdns: 'mail.anonaddy.me',
      ip: ADDY_IP,
      by: RECEIVER,
    });
    const addyZone = { ...authenticZone('anonaddy.me', ADDY_IP), ...ptr(ADDY_IP, 'mail.anonaddy.me') };
    const addy = async (p: Probe & { from: string }) =>
      deliver({
        ...p,
        raw: await signCorpus(submitted({ from: p.from, subject: 'Unusual sign-in to your account' }), {
          domain: 'anonaddy.me',
          selector: 's1',
        }),
        envelope: 'shopping@anonaddy.me',
        entry: addyEntry,
        zone: addyZone,
      });
    await addy({
      name: 'probe6-masked-addy-name-bank-first',
      about:
        'addy.io forwards mail from x@attacker.example whose own name is "security@northbank.example": "security@northbank.example \'x@attacker.example\'" <shopping+x=attacker.example@anonaddy.me>: the first address in the name is not the one the relay spells',
      class: 'probe6-masked-relay',
      from: '"security@northbank.example \'x@attacker.example\'" <shopping+x=attacker.example@anonaddy.me>',
      expect: { verdict: 'suspicious', findings: ['display-name-address'] },
    });
    await addy({
      name: 'probe6-masked-addy-user-subdomain-alias',
      about:
        'An alias on the attacker’s own addy.io username subdomain (northbank.anonaddy.me) whose local part the attacker chose as "alerts+security=northbank.example", sending as that alias with a From name "Northbank \'security@northbank.example\'". Kept as it comes out ("authenticated", masked-relay-sender low): it is exactly the shape of addy.io’s forward to a username alias, and works only if addy.io accepts "+" and "=" in an alias it lets its owner send from, which could not be checked here',
      class: 'probe6-masked-relay',
      from: '"Northbank \'security@northbank.example\'" <alerts+security=northbank.example@northbank.anonaddy.me>',
      expect: { notVerdict: ['spoofed'], findings: ['masked-relay-sender'] },
    });
  }

  // ---- HubSpot recognised by its names: an attacker on Amazon's network around hubspotemail.net
  {
    // The bank still lists a recycled cloud address in its SPF (narrow: no broad-spf finding), which
    // the attacker now rents: SPF and DMARC pass for the bank, and only hosted-server-relay is left.
    const bankListsAws = {
      'northbank.example': { TXT: [`v=spf1 ip4:192.0.2.0/24 ip4:${AWS_IP} -all`] },
      '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
    };
    const bankFromAws = (p: Probe & { rdns: string; zone?: Record<string, unknown>; helo?: string }) =>
      deliver({
        ...p,
        raw: submitted({
          from: 'Northbank Security <security@northbank.example>',
          subject: 'Unusual sign-in to your account',
        }),
        envelope: 'security@northbank.example',
        entry: received({ helo: p.helo ?? p.rdns, rdns: p.rdns, ip: AWS_IP, by: RECEIVER }),
        zone: { ...bankListsAws, ...p.zone },
      });
    const HOSTED: CaseExpectation = {
      verdict: 'suspicious',
      findings: ['hosted-server-relay'],
      fields: { 'dmarc.result': 'pass', 'origin.hostedServer': true },
    };
    bankFromAws({
      name: 'probe6-hubspot-ptr-unconfirmed',
      about:
        'The rented AWS address’s PTR says o1.p1.hubspotemail.net (Amazon lets its customers set reverse names), but that name has no A record holding the address: HubSpot is not recognised, the server stays a hosted one',
      class: 'probe6-hubspot',
      rdns: 'o1.p1.hubspotemail.net',
      zone: { '10.1.120.3.in-addr.arpa': { PTR: ['o1.p1.hubspotemail.net'] } },
      expect: HOSTED,
    });
    bankFromAws({
      name: 'probe6-hubspot-ptr-look-alike-registered',
      about:
        'A forward-confirmed reverse name under xhubspotemail.net, a domain the attacker registered (the name ends in "hubspotemail.net" without the dot)',
      class: 'probe6-hubspot',
      rdns: 'o1.p1.xhubspotemail.net',
      zone: ptr(AWS_IP, 'o1.p1.xhubspotemail.net'),
      expect: HOSTED,
    });
    bankFromAws({
      name: 'probe6-hubspot-ptr-prefix-of-attacker',
      about: 'A forward-confirmed reverse name o1.p1.hubspotemail.net.attacker.example',
      class: 'probe6-hubspot',
      rdns: 'o1.p1.hubspotemail.net.attacker.example',
      zone: ptr(AWS_IP, 'o1.p1.hubspotemail.net.attacker.example'),
      expect: HOSTED,
    });
    bankFromAws({
      name: 'probe6-hubspot-helo-only',
      about: 'HELO o2.p1.hubspotemail.net and no PTR at all: a HELO is the client’s word',
      class: 'probe6-hubspot',
      rdns: 'unknown',
      helo: 'o2.p1.hubspotemail.net',
      expect: HOSTED,
    });
    bankFromAws({
      name: 'probe6-hubspot-ptr-cname-to-hubspot',
      about:
        'The PTR names o1.hs.attacker.example, a CNAME to a real HubSpot host name whose A record the attacker cannot set: the forward lookup follows the alias to an address that is not the server',
      class: 'probe6-hubspot',
      rdns: 'o1.hs.attacker.example',
      zone: {
        '10.1.120.3.in-addr.arpa': { PTR: ['o1.hs.attacker.example'] },
        'o1.hs.attacker.example': { CNAME: ['o2.p1.hubspotemail.net'] },
        'o2.p1.hubspotemail.net': { A: ['143.244.84.208'] },
      },
      expect: HOSTED,
    });
    // Unauthenticated look-alike mail from the rented server: row 8 (hosted server) unless the
    // attacker's names make it an email service.
    const cardsMail = submitted({
      from: 'Northbank Card Services <cards@northbank-cards.example>',
      subject: 'Card blocked',
    });
    const unsigned = async (
      p: Probe & { envelope: string; zone: Record<string, unknown>; dkimDomain?: string },
    ) =>
      deliver({
        ...p,
        raw: p.dkimDomain ? await signCorpus(cardsMail, { domain: p.dkimDomain, selector: 's1' }) : cardsMail,
        entry: received({
          helo: 'ec2-3-120-1-10.eu-central-1.compute.amazonaws.com',
          ip: AWS_IP,
          by: RECEIVER,
        }),
      });
    const ROW8: CaseExpectation = {
      verdict: 'suspicious',
      fields: { 'origin.hostedServer': true, 'origin.esp': null },
    };
    await unsigned({
      name: 'probe6-hubspot-envelope-softfail',
      about:
        'Return-Path at bf01x.hubspotemail.net from the rented server: HubSpot’s SPF does not list it (softfail), so the envelope is not HubSpot’s evidence',
      class: 'probe6-hubspot',
      envelope: 'bounce-1234@bf01x.hubspotemail.net',
      zone: {
        'bf01x.hubspotemail.net': { TXT: ['v=spf1 include:_spf.hubspotemail.net ~all'] },
        '_spf.hubspotemail.net': { TXT: ['v=spf1 ip4:143.244.80.0/20 ~all'] },
      },
      expect: ROW8,
    });
    await unsigned({
      name: 'probe6-hubspot-envelope-prefix-of-attacker',
      about: 'Return-Path at bf01x.hubspotemail.net.attacker.example, whose SPF passes for the rented server',
      class: 'probe6-hubspot',
      envelope: 'bounce@bf01x.hubspotemail.net.attacker.example',
      zone: { 'bf01x.hubspotemail.net.attacker.example': { TXT: [`v=spf1 ip4:${AWS_IP} -all`] } },
      expect: ROW8,
    });
    await unsigned({
      name: 'probe6-hubspot-dkim-look-alike-signer',
      about: 'A passing DKIM signature by xhubspotemail.net (the attacker’s): no HubSpot evidence',
      class: 'probe6-hubspot',
      envelope: 'bounce@northbank-cards.example',
      dkimDomain: 'xhubspotemail.net',
      zone: { 's1._domainkey.xhubspotemail.net': KEY() },
      expect: ROW8,
    });
  }

  // ---- Approvals scoped to the sender's organisation (--approve-for IP=DOMAIN)
  {
    // A shared host (or a recycled cloud address) that the bank's SPF lists, narrowly.
    const shared = (
      p: Probe & { from: string; approveFor: string; zone?: Record<string, unknown>; domain: string },
    ) =>
      deliver({
        ...p,
        raw: submitted({ from: p.from, subject: 'Unusual sign-in to your account' }),
        envelope: `security@${p.domain}`,
        entry: received({ helo: 'vps.shared-host.example', rdns: 'unknown', ip: AWS_IP, by: RECEIVER }),
        zone: {
          'northbank.example': { TXT: [`v=spf1 ip4:192.0.2.0/24 ip4:${AWS_IP} -all`] },
          '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
          ...p.zone,
        },
        args: ['--approve-for', `${AWS_IP}=${p.approveFor}`],
      });
    const BANK_FROM = 'Northbank Security <security@northbank.example>';
    const HOSTED: CaseExpectation = {
      verdict: 'suspicious',
      findings: ['hosted-server-relay'],
      fields: { 'origin.approved': false },
    };
    shared({
      name: 'probe6-approve-for-vendor-then-bank',
      about:
        'The reader approved the shared server for a vendor’s newsletters (vendor.example); the attacker, another customer of the same server, sends as the bank, whose SPF lists it: the approval does not cover the bank',
      class: 'probe6-approve-for',
      from: BANK_FROM,
      domain: 'northbank.example',
      approveFor: 'vendor.example',
      expect: HOSTED,
    });
    shared({
      name: 'probe6-approve-for-bank-prefixed-domain',
      about:
        'The approval was given on the attacker’s own newsletter from northbank.example.attacker.example (its organisation is attacker.example); the bank’s From from the same server is not covered',
      class: 'probe6-approve-for',
      from: BANK_FROM,
      domain: 'northbank.example',
      approveFor: 'northbank.example.attacker.example',
      expect: HOSTED,
    });
    shared({
      name: 'probe6-approve-for-public-suffix',
      about:
        'An approval scoped to a bare public suffix (example, as a message From "x@example" would store it): no organisation, covers no one',
      class: 'probe6-approve-for',
      from: BANK_FROM,
      domain: 'northbank.example',
      approveFor: 'example',
      expect: HOSTED,
    });
    shared({
      name: 'probe6-approve-for-private-suffix-neighbour',
      about:
        'Approved for vendor.eu.org (a free delegated name under a private suffix); the attacker’s northbank.eu.org, authenticated from the same server, is another owner',
      class: 'probe6-approve-for',
      from: 'Northbank Security <security@northbank.eu.org>',
      domain: 'northbank.eu.org',
      approveFor: 'vendor.eu.org',
      zone: {
        'northbank.eu.org': { TXT: [`v=spf1 ip4:${AWS_IP} -all`] },
        '_dmarc.northbank.eu.org': { TXT: ['v=DMARC1; p=reject'] },
      },
      expect: HOSTED,
    });
    shared({
      name: 'probe6-approve-for-bank-then-idn-look-alike',
      about:
        'Approved for the bank itself (its newsletters come from this shared server); the attacker sends from xn--northbnk-66g.example (a Cyrillic а), authenticated from the same server: another organisation, and a look-alike',
      class: 'probe6-approve-for',
      from: 'Northbank Security <security@xn--northbnk-66g.example>',
      domain: 'xn--northbnk-66g.example',
      approveFor: 'northbank.example',
      zone: {
        'xn--northbnk-66g.example': { TXT: [`v=spf1 ip4:${AWS_IP} -all`] },
        '_dmarc.xn--northbnk-66g.example': { TXT: ['v=DMARC1; p=reject'] },
      },
      expect: { ...NOT_TRUSTED, fields: { 'origin.approved': false } },
    });
    shared({
      name: 'probe6-approve-for-bank-subdomain-covers-bank',
      about:
        'Approved for news.northbank.example (the bank’s newsletters from this shared server); a co-tenant sends as security@northbank.example. The approval covers the bank’s organisation by design (the reader vouched for this server sending for the bank): "authenticated", kept',
      class: 'probe6-approve-for',
      from: BANK_FROM,
      domain: 'northbank.example',
      approveFor: 'news.northbank.example',
      expect: { verdict: 'authenticated', fields: { 'origin.approved': true } },
    });
  }

  // ---- Header fields added to a replayed genuine bank notice (RFC 6376 §8.15)
  {
    const genuine = await genuineBankNotice();
    const ADDED_SUBJECT = 'Subject: Card blocked: call +1 555 0100 now';
    const eopPass = eopReplayPass();
    const outlook = (p: Probe & { raw: string }) =>
      write(p.name, {
        eml: onTop(
          appendHeaders(p.raw, 'Return-Path: <bounce@attacker.example>'),
          ...exchangeMailboxHops(),
          ...eopPass,
          eopEntry('mail.attacker.example', ATTACKER_IP),
        ),
        zone: { ...BANK, ...authenticZone('attacker.example', ATTACKER_IP), ...BANK_KEY },
        meta: { about: p.about, class: p.class, args: p.args ?? OUTLOOK, expect: p.expect },
      });
    outlook({
      name: 'probe6-eop-banner-added-subject',
      about:
        'A genuine bank notice replayed with a second, unsigned Subject on top ("Card blocked: call …"), which mail apps show; EOP verified the signed bottom Subject and recorded the pass, the tenant’s banner broke the body hash. On the unchanged message the signature is refused (a single field added after signing, RFC 6376 §8.15): the excuse must not bring it back (it read "unverified", changed-after-entry, before the added-field rule also applied to signatures failing on a hash)',
      class: 'probe6-added-field',
      raw: prependBody(`${ADDED_SUBJECT}\r\n${genuine}`, CAUTION),
      expect: { verdict: 'spoofed', absentFindings: ['changed-after-entry'] },
    });
    outlook({
      name: 'probe6-eop-banner-added-to',
      about:
        'The same replay with a second To on top naming the reader (the genuine one named the attacker), under the tenant’s banner (it read "unverified" before the fix)',
      class: 'probe6-added-field',
      // Lead, 2026-12-07: the genuine message's To already named Robin, so the copy on top repeated
      // the signed words, which since real-mail round 206 is no addition (a reader sees the signed
      // To); the copy now adds the payables desk, as the round's attack means.
      raw: prependBody(
        `To: Robin Reader <robin@reader.example>, Payables <ap@reader.example>\r\n${genuine}`,
        CAUTION,
      ),
      expect: { verdict: 'spoofed', absentFindings: ['changed-after-entry'] },
    });
    outlook({
      name: 'probe6-eop-no-banner-added-subject',
      about: 'The added-Subject replay where the tenant adds no banner: the signature is refused outright',
      class: 'probe6-added-field',
      raw: `${ADDED_SUBJECT}\r\n${genuine}`,
      expect: SPOOFED,
    });
    const listDress = [
      'List-Id: Northbank customers <customers.lists.attacker.example>',
      'List-Post: <mailto:customers@lists.attacker.example>',
      'List-Unsubscribe: <mailto:customers-leave@lists.attacker.example>',
    ];
    deliver({
      name: 'probe6-list-footer-added-subject',
      about:
        'A genuine bank notice with a footer appended (the accepted residual: "unverified", list-modified) and also a second, unsigned Subject on top, dressed as a list post: undoing the footer makes the hash match, but the signature covers one Subject and the message has two (it read "unverified", changed-by-list, before the added-field rule also applied to signatures failing on a hash)',
      class: 'probe6-added-field',
      raw: onTop(
        `${genuine}\r\n-- \r\nCustomers list: https://lists.attacker.example/customers\r\n`,
        ADDED_SUBJECT,
        ...listDress,
      ),
      envelope: 'customers-bounces@lists.attacker.example',
      entry: fromAttacker('attacker.example'),
      zone: { ...authenticZone('attacker.example', ATTACKER_IP), ...BANK_KEY },
      expect: { verdict: 'spoofed', absentFindings: ['list-modified'] },
    });
    deliver({
      name: 'probe6-list-tag-added-from',
      about:
        'A list-dressed replay with a "[customers] " subject tag and a second From on top naming the bank’s fraud team at another address of the bank: the signature covers one From, the message has two',
      class: 'probe6-added-field',
      raw: onTop(
        genuine.replace('Subject: Your statement', 'Subject: [customers] Your statement'),
        'From: Northbank Fraud Team <fraud@northbank.example>',
        ...listDress,
      ),
      envelope: 'customers-bounces@lists.attacker.example',
      entry: fromAttacker('attacker.example'),
      zone: { ...authenticZone('attacker.example', ATTACKER_IP), ...BANK_KEY },
      expect: NOT_TRUSTED,
    });
  }

  // ---- Gmail's neutral for a body-hash failure, on a copy that is not byte-exact
  {
    const genuine = await genuineBankNotice();
    const tampered = withAttackerText(genuine);
    const gmail = (p: Probe & { raw: string; results: string }) =>
      write(p.name, {
        eml: gmailDelivery(p.raw, {
          relay: { helo: 'mail.attacker.example', rdns: 'mail.attacker.example', ip: ATTACKER_IP },
          envelope: 'alerts@northbank.example',
          results: p.results,
          ids: ['x12csp123470pxa', 'a1si1234570qtb.52'],
        }),
        zone: { ...BANK, ...authenticZone('attacker.example', ATTACKER_IP), ...BANK_KEY },
        meta: {
          about: p.about,
          class: p.class,
          args: ['--webmail', 'gmail', '--not-byte-exact'],
          expect: p.expect,
        },
      });
    const FAIL_TAIL = `spf=fail (google.com: domain of alerts@northbank.example does not designate ${ATTACKER_IP} as permitted sender) smtp.mailfrom=alerts@northbank.example;\r\n       dmarc=fail (p=REJECT sp=REJECT dis=REJECT) header.from=northbank.example`;
    gmail({
      name: 'probe6-gmail-neutral-replay-not-byte-exact',
      about:
        'A bank signature replayed over the attacker’s body, read from Gmail’s "Show original" (not byte-exact): our body-hash failure is set aside as unreliable and Gmail’s own record decides; Gmail wrote dkim=neutral (body hash did not verify), which is now read as the same failure, and dmarc=fail',
      class: 'probe6-provider',
      raw: tampered,
      results: `dkim=neutral (body hash did not verify) header.i=@northbank.example header.s=nb1 header.b=abcdEFGH;\r\n       ${FAIL_TAIL}`,
      expect: SPOOFED,
    });
    gmail({
      name: 'probe6-gmail-neutral-beside-attacker-pass',
      about:
        'The same replay also signed by the attacker’s own domain (which passes): Gmail records neutral for the bank’s nb1 and pass for attacker.example’s s1; the pass of another signer must not be matched to the bank’s signature, and Gmail’s dmarc=fail stands',
      class: 'probe6-provider',
      raw: await signCorpus(tampered, { domain: 'attacker.example', selector: 's1' }),
      results: `dkim=neutral (body hash did not verify) header.i=@northbank.example header.s=nb1 header.b=abcdEFGH;\r\n       dkim=pass header.i=@attacker.example header.s=s1 header.b=ijklMNOP;\r\n       ${FAIL_TAIL}`,
      expect: SPOOFED,
    });
  }
}
