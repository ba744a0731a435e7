// Issue 16 item 9: the broad data-centre list must not turn an email service's sending servers
// into "rented servers". Real sending addresses of Amazon SES (inside AWS), SendGrid and STRATO's
// own mail relays (inside STRATO, now a hosting network), with the Received layouts they leave:
//  - SES: `Received: from a11-173.smtp-out.amazonses.com (a11-173.smtp-out.amazonses.com
//    [54.240.11.173])`, Return-Path `<0100…-000000@amazonses.com>`, signatures for the customer's
//    domain and amazonses.com (lore.kernel.org archive of nvdimm@lists.linux.dev, March 2026).
//  - SendGrid: `Received: from s.wrqvtzvf.outbound-mail.sendgrid.net (… [149.72.126.143])`,
//    Return-Path `<bounces+…@em1847.<customer domain>>` (linux-media list archive, February 2026;
//    mail headers quoted in public repositories, 2025).
//  - STRATO: `Received: from mo4-p01-ob.smtp.rzone.de (mo4-p01-ob.smtp.rzone.de [85.215.255.52])`
//    with the customer's own DKIM signature (linux-can list archive, 2023).
// Domains are RFC 2606 names, signed with the corpus test keys; the zones publish those keys.
import { corpusKeys, signCorpus } from '../../helpers/corpus';
import { RECEIVER } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';

// amazonses.com and sendgrid.net SPF as published (lib/relay/providers-esp.ts, November 2026).
const SES_SPF =
  'v=spf1 ip4:199.255.192.0/22 ip4:199.127.232.0/22 ip4:54.240.0.0/18 ip4:69.169.224.0/20 ' +
  'ip4:23.249.208.0/20 ip4:23.251.224.0/19 ip4:76.223.176.0/20 ip4:54.240.64.0/18 ' +
  'ip4:76.223.128.0/19 ip4:216.221.160.0/19 ip4:206.55.144.0/20 ip4:24.110.64.0/18 -all';
const SENDGRID_SPF =
  'v=spf1 ip4:167.89.0.0/17 ip4:208.117.48.0/20 ip4:50.31.32.0/19 ip4:198.37.144.0/20 ' +
  'ip4:198.21.0.0/21 ip4:192.254.112.0/20 ip4:168.245.0.0/17 ip4:149.72.0.0/16 ip4:159.183.0.0/16 ~all';

/** PTR and A records that confirm `name` for `ip` (forward-confirmed reverse DNS). */
function fcrdns(ip: string, name: string): Record<string, unknown> {
  const rev = `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
  return { [rev]: { PTR: [name] }, [name]: { A: [ip] } };
}

export async function make(write: CaseWriter): Promise<void> {
  const keys = corpusKeys();

  // Amazon SES in its default set-up: envelope at amazonses.com, DKIM for the customer's domain.
  const sesRelay = 'a11-173.smtp-out.amazonses.com';
  let ses = await signCorpus(
    submitted({ from: 'ShopCo Orders <orders@shopco.example>', subject: 'Your order 88214 has shipped' }),
    { domain: 'shopco.example', selector: 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug' },
  );
  ses = await signCorpus(ses, { domain: 'amazonses.com', selector: '224i4yxa5dv7c2xz3womw6peuasteono' });
  write('host-legit-amazon-ses', {
    eml: onTop(
      ses,
      'Return-Path: <0100019d1b2c3d4e-8f7a6b5c-1d2e-4f3a-9b8c-7d6e5f4a3b2c-000000@amazonses.com>',
      received({ helo: sesRelay, rdns: sesRelay, ip: '54.240.11.173', by: RECEIVER }),
    ),
    zone: {
      'amazonses.com': { TXT: [SES_SPF] },
      '224i4yxa5dv7c2xz3womw6peuasteono._domainkey.amazonses.com': { TXT: [keys.rsaTxt] },
      'ug7nbtf4gccmlpwj322ax3p6ow6yfsug._domainkey.shopco.example': { TXT: [keys.rsaTxt] },
      '_dmarc.shopco.example': { TXT: ['v=DMARC1; p=quarantine'] },
      ...fcrdns('54.240.11.173', sesRelay),
    },
    meta: {
      about: 'A shop’s order mail through Amazon SES (an address inside AWS’s AS 16509), DKIM-aligned',
      class: 'hosting-network-esp',
      args: ['--authserv-id', RECEIVER],
      expect: {
        verdict: 'authenticated',
        absentFindings: ['hosted-server-relay', 'broad-spf'],
        fields: {
          'origin.esp': 'Amazon SES',
          'origin.hosting': null,
          'origin.hostedServer': false,
          'dmarc.result': 'pass',
        },
      },
    },
  });

  // SendGrid with domain authentication: link-branded envelope at em1847.<domain>, s1 selector.
  const sgRelay = 's.wrqvtzvf.outbound-mail.sendgrid.net';
  const sg = await signCorpus(
    submitted({ from: 'ShopCo News <news@shopco.example>', subject: 'Spring collection is here' }),
    { domain: 'shopco.example', selector: 's1' },
  );
  write('host-legit-sendgrid', {
    eml: onTop(
      sg,
      'Return-Path: <bounces+45329440-6cd3-robin=reader.example@em1847.shopco.example>',
      received({ helo: sgRelay, rdns: sgRelay, ip: '149.72.126.143', by: RECEIVER }),
    ),
    zone: {
      // em1847 is a CNAME to SendGrid in real life; its TXT answer is sendgrid.net's SPF.
      'em1847.shopco.example': { TXT: [SENDGRID_SPF] },
      's1._domainkey.shopco.example': { TXT: [keys.rsaTxt] },
      '_dmarc.shopco.example': { TXT: ['v=DMARC1; p=quarantine'] },
      ...fcrdns('149.72.126.143', sgRelay),
    },
    meta: {
      about:
        'A newsletter through SendGrid with domain authentication: SPF for the em1847 subdomain, DKIM s1',
      class: 'hosting-network-esp',
      args: ['--authserv-id', RECEIVER],
      expect: {
        verdict: 'authenticated',
        absentFindings: ['hosted-server-relay', 'broad-spf'],
        fields: { 'origin.esp': 'SendGrid', 'origin.hostedServer': false, 'dmarc.result': 'pass' },
      },
    },
  });

  // A small business on a STRATO hosting package sends through STRATO's relay, which signs with
  // the customer's own key. STRATO is a hosting network now; its mail relays are not rented servers.
  const stratoRelay = 'mo4-p01-ob.smtp.rzone.de';
  const strato = await signCorpus(
    submitted({
      from: 'Bäckerei Korn <info@baeckerei-korn.example>',
      subject: 'Ihre Bestellung für Samstag',
    }),
    { domain: 'baeckerei-korn.example', selector: 'strato-dkim-0002' },
  );
  write('host-legit-strato-relay', {
    eml: onTop(
      strato,
      'Return-Path: <info@baeckerei-korn.example>',
      received({ helo: stratoRelay, rdns: stratoRelay, ip: '85.215.255.52', by: RECEIVER }),
    ),
    zone: {
      'baeckerei-korn.example': { TXT: ['v=spf1 ip4:85.215.255.0/24 ip4:81.169.146.0/24 -all'] },
      'strato-dkim-0002._domainkey.baeckerei-korn.example': { TXT: [keys.rsaTxt] },
      '_dmarc.baeckerei-korn.example': { TXT: ['v=DMARC1; p=none'] },
      ...fcrdns('85.215.255.52', stratoRelay),
    },
    meta: {
      about: 'A STRATO hosting customer’s mail through STRATO’s own relay (mo4-p01-ob.smtp.rzone.de)',
      class: 'hosting-network-esp',
      args: ['--authserv-id', RECEIVER],
      expect: {
        verdict: 'authenticated',
        absentFindings: ['hosted-server-relay', 'broad-spf'],
        fields: { 'origin.esp': 'STRATO Mail', 'origin.asn': 6724, 'dmarc.result': 'pass' },
      },
    },
  });
}
