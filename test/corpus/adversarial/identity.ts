// Issue 16 items 5–8, written as an attacker who has read lib/: From fields that show one sender
// and are checked as another, display names disguised with invisible, reversed, full-width or
// Cyrillic characters, brand names on free mailboxes and tenants, and a brand's or the reader's
// name registered under another public suffix. Wherever the trick allows it the attacker's own
// domain authenticates fully (SPF, DKIM and DMARC pass), so only the identity rules stand between
// the message and "authenticated".
import { corpusKeys, signCorpus } from '../../helpers/corpus';
import { ARGS, RECEIVER } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';

/** RFC 2047 encoded-word, as a mail client writes a non-ASCII display name. */
function encoded(text: string): string {
  return `=?utf-8?b?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

/** DNS that makes `domain` authenticate everything sent from `ip` with the corpus key `s1`. */
function authenticZone(domain: string, ip: string, dmarcAt = domain): Record<string, unknown> {
  return {
    [domain]: { TXT: [`v=spf1 ip4:${ip} -all`] },
    [`s1._domainkey.${domain}`]: { TXT: [corpusKeys().rsaTxt] },
    [`_dmarc.${dmarcAt}`]: { TXT: ['v=DMARC1; p=reject'] },
  };
}

interface Spec {
  name: string;
  about: string;
  class: string;
  from: string;
  /** The domain that signs, sends (envelope) and authenticates. */
  domain: string;
  /** Where the DMARC record is published (the organisational domain of a tenant). */
  dmarcAt?: string;
  ip?: string;
  extraHeaders?: string[];
  /** Headers the receiver puts on top at delivery (Delivered-To…). */
  delivery?: string[];
  args?: string[];
  to?: string;
  verdict: string | string[];
  findings: string[];
  fields?: Record<string, unknown>;
  /** More DNS (the impersonated domain's own records). */
  extraZone?: Record<string, unknown>;
}

async function authenticated(write: CaseWriter, s: Spec): Promise<void> {
  const ip = s.ip ?? '198.51.100.80';
  const signed = await signCorpus(
    submitted({
      from: s.from,
      to: s.to,
      subject: 'Action required on your account',
      extraHeaders: s.extraHeaders,
    }),
    { domain: s.domain, selector: 's1' },
  );
  write(s.name, {
    eml: onTop(
      signed,
      ...(s.delivery ?? []),
      `Return-Path: <bounce@${s.domain}>`,
      received({ helo: `mail.${s.domain}`, rdns: `mail.${s.domain}`, ip, by: RECEIVER }),
    ),
    zone: { ...authenticZone(s.domain, ip, s.dmarcAt), ...s.extraZone },
    meta: {
      about: s.about,
      class: s.class,
      args: [...ARGS, ...(s.args ?? [])],
      expect: {
        verdict: s.verdict,
        notVerdict: ['authenticated'],
        findings: s.findings,
        ...(s.fields ? { fields: s.fields } : {}),
      },
    },
  });
}

export async function make(write: CaseWriter): Promise<void> {
  // ---- item 5: From tricks
  await authenticated(write, {
    name: 'id-from-encoded-word-only',
    about:
      'The whole From is one encoded-word that decodes to "security@northbank.example": mail apps show the bank, and there is no address for DMARC to check',
    class: 'from-tricks',
    from: '=?utf-8?q?security=40northbank.example?=',
    domain: 'attacker.example',
    verdict: 'suspicious',
    findings: ['from-unparseable'],
  });
  await authenticated(write, {
    name: 'id-from-no-domain',
    about: 'From: PayPal <service>: a name and a bare mailbox with no domain, so no DMARC policy applies',
    class: 'from-tricks',
    from: 'PayPal <service>',
    domain: 'attacker.example',
    verdict: 'suspicious',
    findings: ['from-unparseable'],
  });
  await authenticated(write, {
    name: 'id-from-two-at',
    about:
      'Two @ in one address: the app shows security@northbank.example, the checks read the last @ and pass for the attacker',
    class: 'from-tricks',
    from: 'Northbank Security <security@northbank.example@attacker.example>',
    domain: 'attacker.example',
    verdict: 'suspicious',
    findings: ['from-unparseable'],
    fields: { 'dmarc.result': 'pass' },
  });
  await authenticated(write, {
    name: 'id-from-quoted-local-address',
    about:
      'A legal address whose quoted mailbox name is the bank’s address: "security@northbank.example"@attacker.example',
    class: 'from-tricks',
    from: '"security@northbank.example"@attacker.example',
    domain: 'attacker.example',
    verdict: 'suspicious',
    findings: ['from-local-part-address'],
    fields: { 'from.domain': 'attacker.example' },
  });
  await authenticated(write, {
    name: 'id-from-group',
    about: 'RFC 6854 group syntax in From: some apps show the group name "Northbank Security" as the sender',
    class: 'from-tricks',
    from: 'Northbank Security: alerts@attacker.example;',
    domain: 'attacker.example',
    verdict: 'suspicious',
    findings: ['from-unparseable'],
  });
  await authenticated(write, {
    name: 'id-from-several-addresses',
    about: 'Two authors: the first passes DMARC for the attacker, the second is the bank the app may show',
    class: 'from-tricks',
    from: 'Alerts <alerts@attacker.example>, Northbank Security <security@northbank.example>',
    domain: 'attacker.example',
    verdict: 'suspicious',
    findings: ['multiple-from'],
  });
  await authenticated(write, {
    name: 'id-from-several-strictest',
    about:
      'Two authors, the second a p=reject bank: RFC 7489 §6.6.1 checks each author domain and the strictest failing policy applies',
    class: 'from-tricks',
    from: 'Alerts <alerts@attacker.example>, Northbank Security <security@northbank.example>',
    domain: 'attacker.example',
    extraZone: {
      'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
      '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
    },
    verdict: 'spoofed',
    findings: ['multiple-from'],
    fields: { 'dmarc.result': 'fail', 'dmarc.policy': 'reject', 'from.domain': 'northbank.example' },
  });
  await authenticated(write, {
    name: 'id-from-two-headers',
    about: 'Two From headers, the second naming the bank: one app shows the first, another the last',
    class: 'from-tricks',
    from: 'Alerts <alerts@attacker.example>',
    extraHeaders: ['From: Northbank Security <security@northbank.example>'],
    domain: 'attacker.example',
    verdict: 'suspicious',
    findings: ['multiple-from'],
  });

  // ---- item 6: display names read before they were normalised
  await authenticated(write, {
    name: 'id-name-zero-width-address',
    about:
      'The display name is security@northbank\u200b.example with a zero-width space, so the address-in-name rule did not see an address',
    class: 'display-name-obfuscation',
    from: `${encoded('security@northbank\u200b.example')} <alerts@attacker.example>`,
    domain: 'attacker.example',
    verdict: 'suspicious',
    findings: ['display-name-address', 'invisible-characters'],
  });
  await authenticated(write, {
    name: 'id-name-rlo-brand',
    about: 'A right-to-left override draws "\u202emoc.lapyap" as paypal.com',
    class: 'display-name-obfuscation',
    from: `${encoded('\u202emoc.lapyap')} <service@attacker.example>`,
    domain: 'attacker.example',
    verdict: 'suspicious',
    findings: ['display-name-brand', 'invisible-characters'],
  });
  await authenticated(write, {
    name: 'id-name-fullwidth-brand',
    about: 'Full-width ＰａｙＰａｌ in the display name: the word "paypal" is not in the bytes',
    class: 'display-name-obfuscation',
    from: `${encoded('ＰａｙＰａｌ Service')} <service@attacker.example>`,
    domain: 'attacker.example',
    verdict: 'suspicious',
    findings: ['display-name-brand'],
  });
  await authenticated(write, {
    name: 'id-name-cyrillic-brand',
    about: 'Cyrillic Р, а and у in "Рауpal Support": reads as PayPal, matches nothing in Latin',
    class: 'display-name-obfuscation',
    from: `${encoded('Рауpal Support')} <support@attacker.example>`,
    domain: 'attacker.example',
    verdict: 'suspicious',
    findings: ['display-name-brand'],
  });
  await authenticated(write, {
    name: 'id-name-mixed-brand',
    about:
      'All at once: full-width Ｍ, Cyrillic і and о, a zero-width space and a digit 0 in "Microsoft 365"',
    class: 'display-name-obfuscation',
    from: `${encoded('Ｍі\u200bcrоs0ft 365 Admin')} <admin@attacker.example>`,
    domain: 'attacker.example',
    verdict: 'suspicious',
    findings: ['display-name-brand', 'invisible-characters'],
  });

  // ---- item 7: brands on sign-up-anywhere domains (the provider really did send it)
  await authenticated(write, {
    name: 'id-freemail-microsoft-outlook',
    about: '"Microsoft account team" from a free outlook.com mailbox, DKIM-signed by outlook.com',
    class: 'brand-on-freemail',
    from: 'Microsoft account team <ms.account.team@outlook.com>',
    domain: 'outlook.com',
    verdict: 'suspicious',
    findings: ['brand-on-freemail'],
    fields: { 'dmarc.result': 'pass' },
  });
  await authenticated(write, {
    name: 'id-freemail-google-gmail',
    about: '"Google Accounts" from a gmail.com mailbox',
    class: 'brand-on-freemail',
    from: 'Google Accounts <accounts.verify.team@gmail.com>',
    domain: 'gmail.com',
    verdict: 'suspicious',
    findings: ['brand-on-freemail'],
  });
  await authenticated(write, {
    name: 'id-freemail-apple-icloud',
    about: '"Apple Support" from an icloud.com mailbox',
    class: 'brand-on-freemail',
    from: 'Apple Support <support.desk.team@icloud.com>',
    domain: 'icloud.com',
    verdict: 'suspicious',
    findings: ['brand-on-freemail'],
  });
  await authenticated(write, {
    name: 'id-tenant-onmicrosoft',
    about:
      '"Microsoft 365 Security" from an attacker’s own Microsoft 365 tenant, signed by the tenant domain',
    class: 'brand-on-freemail',
    from: 'Microsoft 365 Security <security@m365-alerts.onmicrosoft.com>',
    domain: 'm365-alerts.onmicrosoft.com',
    dmarcAt: 'onmicrosoft.com',
    verdict: 'suspicious',
    findings: ['brand-on-freemail'],
  });
  await authenticated(write, {
    name: 'id-freemail-brand-local-part',
    about: 'A neutral name, the brand in the mailbox: "Security Team" <microsoft-security@outlook.com>',
    class: 'brand-on-freemail',
    from: 'Security Team <microsoft-security@outlook.com>',
    domain: 'outlook.com',
    verdict: 'suspicious',
    findings: ['brand-on-freemail'],
  });
  await authenticated(write, {
    name: 'id-freemail-obfuscated-brand',
    about: 'Both tricks: Cyrillic "РаyPal" on a hotmail.co.uk mailbox',
    class: 'brand-on-freemail',
    from: `${encoded('РаyPal Resolution Center')} <resolution.center@hotmail.co.uk>`,
    domain: 'hotmail.co.uk',
    verdict: 'suspicious',
    findings: ['brand-on-freemail'],
  });

  // ---- item 8: the same name under another public suffix
  await authenticated(write, {
    name: 'id-suffix-paypal-com-co',
    about:
      'paypal.com.co: PayPal’s name registered under the Colombian com.co suffix, fully authenticated, no display name to give it away',
    class: 'same-name-other-suffix',
    from: 'service@paypal.com.co',
    domain: 'paypal.com.co',
    verdict: 'suspicious',
    findings: ['lookalike-domain'],
    fields: { 'dmarc.result': 'pass' },
  });
  await authenticated(write, {
    name: 'id-suffix-reader-delivered-to',
    about:
      'acme-corp.co writes to a reader at acme-corp.com: no option given, the reader’s domain comes from the Delivered-To the receiver added',
    class: 'same-name-other-suffix',
    from: 'Acme Finance <cfo@acme-corp.co>',
    to: 'Robin <robin@acme-corp.com>',
    delivery: ['Delivered-To: robin@acme-corp.com'],
    domain: 'acme-corp.co',
    verdict: 'suspicious',
    findings: ['lookalike-domain'],
  });
  await authenticated(write, {
    name: 'id-suffix-reader-cli-option',
    about: 'acme-corp.co against --recipient-domain acme-corp.com (no delivery header)',
    class: 'same-name-other-suffix',
    from: 'Acme Finance <cfo@acme-corp.co>',
    domain: 'acme-corp.co',
    args: ['--recipient-domain', 'acme-corp.com'],
    verdict: 'suspicious',
    findings: ['lookalike-domain'],
  });
  await authenticated(write, {
    name: 'id-forged-delivered-to',
    about:
      'The attacker writes its own Delivered-To naming its look-alike paypa1.com, hoping to pass as the reader’s own domain',
    class: 'same-name-other-suffix',
    from: 'PayPal <service@paypa1.com>',
    extraHeaders: ['Delivered-To: robin@paypa1.com'],
    domain: 'paypa1.com',
    verdict: 'suspicious',
    findings: ['lookalike-domain'],
  });

  // Unauthenticated: the two-@ From with nothing passing is spoofed, not "could not check".
  write('id-from-two-at-unauthenticated', {
    eml: onTop(
      submitted({
        from: 'Northbank Security <security@northbank.example@attacker.example>',
        subject: 'Verify your card',
      }),
      'Return-Path: <bounce@attacker.example>',
      received({ helo: 'mail.attacker.example', ip: '198.51.100.81', by: RECEIVER }),
    ),
    // No DMARC record and a neutral SPF: no DMARC fail, so only the From rule can say "spoofed".
    zone: { 'attacker.example': { TXT: ['v=spf1 ?all'] } },
    meta: {
      about: 'Two @ in the From and nothing authenticates the domain the checks read',
      class: 'from-tricks',
      args: ARGS,
      expect: { verdict: 'spoofed', findings: ['from-unparseable'] },
    },
  });
}
