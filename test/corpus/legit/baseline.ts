// Plain legitimate mail: the sender's own server, SPF and DKIM aligned.
import { corpusKeys, signCorpus } from '../../helpers/corpus';
import { fromBank, RECEIVER } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';

export async function make(write: CaseWriter): Promise<void> {
  const signed = await signCorpus(
    submitted({ from: 'Northbank <alerts@northbank.example>', subject: 'Your statement' }),
    { domain: 'northbank.example', selector: 'sel1' },
  );
  write('direct-own-server', {
    eml: onTop(
      signed,
      'Return-Path: <bounce@northbank.example>',
      `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=northbank.example; dkim=pass header.d=northbank.example header.s=sel1; dmarc=pass (p=REJECT) header.from=northbank.example`,
      fromBank(),
    ),
    zone: {
      'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
      'sel1._domainkey.northbank.example': { TXT: [corpusKeys().rsaTxt] },
      '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
      'mail.northbank.example': { A: ['192.0.2.10'] },
      '10.2.0.192.in-addr.arpa': { PTR: ['mail.northbank.example'] },
    },
    meta: {
      about: "A bank's own mail server: SPF and DKIM pass for the From domain",
      class: 'direct',
      args: ['--authserv-id', RECEIVER],
      expect: { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } },
    },
  });

  // The same, signed with Ed25519 only (RFC 8463).
  const ed = await signCorpus(
    submitted({ from: 'Northbank <alerts@northbank.example>', subject: 'Your card statement' }),
    { domain: 'northbank.example', selector: 'ed1', algorithm: 'ed25519-sha256' },
  );
  write('direct-ed25519', {
    eml: onTop(ed, 'Return-Path: <bounce@northbank.example>', fromBank()),
    zone: {
      'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
      'ed1._domainkey.northbank.example': { TXT: [corpusKeys().ed25519Txt] },
      '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
    },
    meta: {
      about: 'Ed25519-signed mail from the domain’s own server',
      class: 'direct',
      args: ['--authserv-id', RECEIVER],
      expect: { verdict: 'authenticated', fields: { 'dmarc.result': 'pass', 'dkim.0.result': 'pass' } },
    },
  });
}
