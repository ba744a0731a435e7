// Legitimate senders the identity rules (issue 16 items 5–8) must leave alone: people on free
// mailboxes whose names look like brands, real names in other scripts, a company writing to its
// own staff, Google Groups' DMARC rewrite, a brand's own country domain, a regional free-mail
// domain, and a sister domain (suspicious at most, never spoofed).
//
// Layouts: Delivered-To on top, above the receiver's Received, as Gmail and Postfix's local(8)
// write it (Gmail sample in qianweicheng/hello-world protocol/email/security/demo.md; Postfix
// local(8) manual, "Delivered-To"); Google Groups rewrites From to
// `'Author' via Group <group@googlegroups.com>` for authors whose domain has p=quarantine or
// p=reject (Google Groups Help, as summarised in HENNGE's support note "Google Groups
// Specification Changes Due to Stricter DMARC Policy Enforcement"), adds List-Id and
// X-Original-Sender, and signs with d=googlegroups.com. Gmail's outbound hosts are
// mail-sor-fNN.google.com in 209.85.128.0/17 (_netblocks.google.com).
import { corpusKeys, signCorpus } from '../../helpers/corpus';
import { ARGS, RECEIVER } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';

function encoded(text: string): string {
  return `=?utf-8?b?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

interface Spec {
  name: string;
  about: string;
  class: string;
  from: string;
  domain: string;
  ip: string;
  helo: string;
  spf: string;
  dmarc?: string;
  to?: string;
  extraHeaders?: string[];
  delivery?: string[];
  args?: string[];
  verdict: string | string[];
  absent?: string[];
  findings?: string[];
}

async function signedCase(write: CaseWriter, s: Spec): Promise<void> {
  const signed = await signCorpus(
    submitted({ from: s.from, to: s.to, subject: 'Hello from us', extraHeaders: s.extraHeaders }),
    { domain: s.domain, selector: 's1' },
  );
  write(s.name, {
    eml: onTop(
      signed,
      ...(s.delivery ?? []),
      `Return-Path: <bounce@${s.domain}>`,
      received({ helo: s.helo, rdns: s.helo, ip: s.ip, by: RECEIVER }),
    ),
    zone: {
      [s.domain]: { TXT: [s.spf] },
      [`s1._domainkey.${s.domain}`]: { TXT: [corpusKeys().rsaTxt] },
      [`_dmarc.${s.domain}`]: { TXT: [s.dmarc ?? 'v=DMARC1; p=reject'] },
    },
    meta: {
      about: s.about,
      class: s.class,
      args: [...ARGS, ...(s.args ?? [])],
      expect: {
        verdict: s.verdict,
        ...(s.findings ? { findings: s.findings } : {}),
        absentFindings: s.absent ?? [
          'brand-on-freemail',
          'display-name-brand',
          'lookalike-domain',
          'invisible-characters',
          'from-unparseable',
        ],
      },
    },
  });
}

const GMAIL = {
  ip: '209.85.220.41',
  helo: 'mail-sor-f41.google.com',
  spf: 'v=spf1 ip4:209.85.128.0/17 ~all',
};

export async function make(write: CaseWriter): Promise<void> {
  await signedCase(write, {
    name: 'id-gmail-brand-surname',
    about: 'A person whose surname is a brand ("Jordan Apple") writing from gmail.com',
    class: 'identity-personal',
    from: 'Jordan Apple <jordan.apple@gmail.com>',
    domain: 'gmail.com',
    ...GMAIL,
    dmarc: 'v=DMARC1; p=none; sp=quarantine',
    verdict: ['authenticated', 'unverified'],
  });
  await signedCase(write, {
    name: 'id-gmail-small-business',
    about: 'A small business using a gmail.com mailbox under its own name',
    class: 'identity-personal',
    from: 'Harbour Bakery <harbourbakery.orders@gmail.com>',
    domain: 'gmail.com',
    ...GMAIL,
    dmarc: 'v=DMARC1; p=none; sp=quarantine',
    verdict: ['authenticated', 'unverified'],
  });
  await signedCase(write, {
    name: 'id-cyrillic-real-name',
    about: 'A real Cyrillic name (RFC 2047 UTF-8), no brand, from mail.ru',
    class: 'identity-international',
    from: `${encoded('Иван Петров')} <ivan.petrov@mail.ru>`,
    domain: 'mail.ru',
    ip: '217.69.139.160',
    helo: 'smtp49.i.mail.ru',
    spf: 'v=spf1 ip4:217.69.128.0/20 ~all',
    verdict: 'authenticated',
  });
  await signedCase(write, {
    name: 'id-arabic-real-name',
    about: 'An Arabic name with a right-to-left mark, as RTL-aware clients write it, from a company domain',
    class: 'identity-international',
    from: `${encoded('محمد علي\u200f')} <m.ali@northbank.example>`,
    domain: 'northbank.example',
    ip: '192.0.2.10',
    helo: 'mail.northbank.example',
    spf: 'v=spf1 ip4:192.0.2.0/24 -all',
    verdict: 'authenticated',
  });
  await signedCase(write, {
    name: 'id-persian-zwnj-name',
    about: 'A Persian name written with a zero-width non-joiner (required by Persian orthography)',
    class: 'identity-international',
    from: `${encoded('مهرداد نیک\u200cپور')} <m.nikpour@northbank.example>`,
    domain: 'northbank.example',
    ip: '192.0.2.10',
    helo: 'mail.northbank.example',
    spf: 'v=spf1 ip4:192.0.2.0/24 -all',
    verdict: 'authenticated',
  });
  await signedCase(write, {
    name: 'id-own-company-newsletter',
    about:
      'The reader’s own company (Delivered-To at acme-corp.com) sends its newsletter from its own domain',
    class: 'identity-own-org',
    from: 'Acme Corp News <news@acme-corp.com>',
    to: 'Robin <robin@acme-corp.com>',
    delivery: ['Delivered-To: robin@acme-corp.com'],
    domain: 'acme-corp.com',
    ip: '192.0.2.20',
    helo: 'mail.acme-corp.com',
    spf: 'v=spf1 ip4:192.0.2.20 -all',
    verdict: 'authenticated',
  });
  await signedCase(write, {
    name: 'id-google-groups-via',
    about:
      "Google Groups' DMARC rewrite: 'Alice Smith' via Cloud Users <cloud-users@googlegroups.com>, Reply-To the author",
    class: 'identity-mailing-list',
    from: "'Alice Smith' via Cloud Users <cloud-users@googlegroups.com>",
    extraHeaders: [
      'Reply-To: Alice Smith <alice@northbank.example>',
      'X-Original-Sender: alice@northbank.example',
      'List-ID: <cloud-users.googlegroups.com>',
      'Mailing-list: list cloud-users@googlegroups.com; contact cloud-users+owners@googlegroups.com',
    ],
    domain: 'googlegroups.com',
    ip: '209.85.220.69',
    helo: 'mail-sor-f69.google.com',
    spf: 'v=spf1 ip4:209.85.128.0/17 ~all',
    verdict: 'authenticated',
  });
  await signedCase(write, {
    name: 'id-paypal-country-domain',
    about: "PayPal's German domain paypal.de: the same name under another suffix, but the brand's own",
    class: 'identity-brand-regional',
    from: 'PayPal <service@paypal.de>',
    domain: 'paypal.de',
    ip: '192.0.2.30',
    helo: 'mx0.slc.paypal.de',
    spf: 'v=spf1 ip4:192.0.2.30 -all',
    verdict: 'authenticated',
  });
  await signedCase(write, {
    name: 'id-hotmail-regional-reader',
    about:
      'A person at hotmail.fr writing to a reader at hotmail.com: a free-mail domain is no organisation to imitate',
    class: 'identity-personal',
    from: 'Marie Dubois <marie.dubois@hotmail.fr>',
    delivery: ['Delivered-To: robin@hotmail.com'],
    domain: 'hotmail.fr',
    ip: '192.0.2.40',
    helo: 'mail-db8eur05olkn2041.outbound.protection.outlook.example',
    spf: 'v=spf1 ip4:192.0.2.40 -all',
    verdict: 'authenticated',
  });
  await signedCase(write, {
    name: 'id-sister-domain',
    about:
      'A sister company at acme-corp.co.uk writes to a reader at acme-corp.com: medium look-alike, suspicious, never spoofed',
    class: 'identity-own-org',
    from: 'Acme UK Payroll <payroll@acme-corp.co.uk>',
    delivery: ['Delivered-To: robin@acme-corp.com'],
    domain: 'acme-corp.co.uk',
    ip: '192.0.2.50',
    helo: 'mail.acme-corp.co.uk',
    spf: 'v=spf1 ip4:192.0.2.50 -all',
    verdict: 'suspicious',
    findings: ['lookalike-domain'],
    absent: ['brand-on-freemail', 'from-unparseable'],
  });
}
