// Spoofs that were already right before the adversarial work and must stay right.
import { corpusKeys, signCorpus } from '../../helpers/corpus';
import { RECEIVER } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';

export async function make(write: CaseWriter): Promise<void> {
  // A rented EC2 server, no signature, p=reject: the plain spoof.
  write('base-ec2-unsigned-reject', {
    eml: onTop(
      submitted({
        from: 'Northbank Security <security@northbank.example>',
        subject: 'Verify your account now',
      }),
      'Return-Path: <security@northbank.example>',
      `Authentication-Results: ${RECEIVER}; spf=fail smtp.mailfrom=northbank.example; dkim=none; dmarc=fail (p=REJECT) header.from=northbank.example`,
      received({ helo: 'ec2-3-85-17-200.compute-1.amazonaws.com', ip: '3.85.17.200', by: RECEIVER }),
    ),
    zone: {
      'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
      '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
    },
    meta: {
      about: 'Unsigned mail claiming a p=reject bank, sent from an EC2 address its SPF does not list',
      class: 'baseline',
      args: ['--authserv-id', RECEIVER],
      expect: { verdict: 'spoofed', fields: { 'origin.ip': '3.85.17.200', 'dmarc.result': 'fail' } },
    },
  });

  // A subdomain nobody set up: DMARC falls back to the organisational domain's p=reject (sp absent).
  write('base-subdomain-of-reject', {
    eml: onTop(
      submitted({ from: 'Northbank <alerts@secure.northbank.example>', subject: 'Card blocked' }),
      'Return-Path: <alerts@secure.northbank.example>',
      received({ helo: 'mail.attacker.example', ip: '198.51.100.66', by: RECEIVER }),
    ),
    zone: {
      'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
      '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
    },
    meta: {
      about: 'A made-up subdomain of a p=reject domain, hoping no record means no policy',
      class: 'baseline',
      args: ['--authserv-id', RECEIVER],
      expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail', 'dmarc.policy': 'reject' } },
    },
  });

  // Signed by the attacker's own domain, From the bank: an unaligned pass is no pass.
  const signed = await signCorpus(
    submitted({ from: 'Northbank <service@northbank.example>', subject: 'Statement ready' }),
    { domain: 'mailer.attacker.example', selector: 's1' },
  );
  write('base-unaligned-dkim', {
    eml: onTop(
      signed,
      'Return-Path: <bounce@mailer.attacker.example>',
      received({ helo: 'out.mailer.attacker.example', ip: '198.51.100.67', by: RECEIVER }),
    ),
    zone: {
      'mailer.attacker.example': { TXT: ['v=spf1 ip4:198.51.100.67 -all'] },
      's1._domainkey.mailer.attacker.example': { TXT: [corpusKeys().rsaTxt] },
      'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
      '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
    },
    meta: {
      about: "SPF and DKIM pass for the attacker's own domain while From names the bank",
      class: 'baseline',
      args: ['--authserv-id', RECEIVER],
      expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail', 'spf.result': 'pass' } },
    },
  });
}
