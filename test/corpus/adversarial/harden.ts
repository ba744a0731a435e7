// Hostile sizes (issue 18 §2): messages shaped to stall a DKIM/ARC verifier. Each must come out
// quickly (the corpus runner times out long before mailauth's quadratic parse would finish), with
// the oversized part reported and the spoof still called what it is. Shapes from
// test/helpers/hostile.ts; the attacker has read lib/auth/limits.ts and aims just past its bounds.

import { corpusKeys, signCorpus } from '../../helpers/corpus';
import { foldedField, manySignatures } from '../../helpers/hostile';
import { RECEIVER } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';

const NORTHBANK = {
  'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
  '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
};
const FROM_EC2 = received({
  helo: 'ec2-3-85-17-200.compute-1.amazonaws.com',
  ip: '3.85.17.200',
  by: RECEIVER,
});

export async function make(write: CaseWriter): Promise<void> {
  const spoof = () =>
    submitted({
      from: 'Northbank Security <security@northbank.example>',
      subject: 'Verify your account now',
    });

  write('hard-dkim-100k-folded', {
    eml: onTop(
      spoof(),
      foldedField('DKIM-Signature', 100 * 1024),
      'Return-Path: <security@northbank.example>',
      FROM_EC2,
    ),
    zone: NORTHBANK,
    meta: {
      about: 'A 100 KB DKIM-Signature whose b= is one long run of folds: quadratic in mailauth’s tag parser',
      class: 'hostile-size',
      args: ['--authserv-id', RECEIVER],
      expect: { verdict: 'spoofed', findings: ['auth-field-skipped'], fields: { 'dmarc.result': 'fail' } },
    },
  });

  write('hard-arc-seal-200k', {
    eml: onTop(
      spoof(),
      foldedField('ARC-Seal', 200 * 1024, 'i=1; a=rsa-sha256; cv=none; d=northbank.example; s=s1'),
      'Return-Path: <security@northbank.example>',
      FROM_EC2,
    ),
    zone: NORTHBANK,
    meta: {
      about: 'A 200 KB ARC-Seal of folds, hoping the ARC parse stalls (or a broken seal reads as a forward)',
      class: 'hostile-size',
      args: ['--authserv-id', RECEIVER],
      expect: { verdict: 'spoofed', findings: ['auth-field-skipped'], absentFindings: ['arc-forwarded'] },
    },
  });

  write('hard-signatures-60', {
    eml: onTop(spoof(), ...manySignatures(60), 'Return-Path: <security@northbank.example>', FROM_EC2),
    zone: NORTHBANK,
    meta: {
      about: '60 DKIM-Signature fields, each with its own l= (one body hash and one key lookup each)',
      class: 'hostile-size',
      args: ['--authserv-id', RECEIVER],
      expect: { verdict: 'spoofed', findings: ['dkim-too-many-signatures'] },
    },
  });

  // A real Northbank message with a junk signature on top: the junk is skipped and reported, the
  // real signature still verifies — the bound must not turn good mail into "spoofed".
  const genuine = await signCorpus(
    submitted({ from: 'Northbank <alerts@northbank.example>', subject: 'Your statement is ready' }),
    { domain: 'northbank.example', selector: 'nb1' },
  );
  write('hard-real-signature-plus-8k-junk', {
    eml: onTop(
      genuine,
      foldedField('DKIM-Signature', 9 * 1024),
      'Return-Path: <alerts@northbank.example>',
      received({ helo: 'mail.northbank.example', ip: '192.0.2.10', by: RECEIVER }),
    ),
    zone: { ...NORTHBANK, 'nb1._domainkey.northbank.example': { TXT: [corpusKeys().rsaTxt] } },
    meta: {
      about:
        'Genuine signed mail with a 9 KB junk DKIM-Signature added on top: junk skipped, real signature counts',
      class: 'hostile-size',
      args: ['--authserv-id', RECEIVER],
      expect: {
        notVerdict: ['spoofed'],
        findings: ['auth-field-skipped'],
        fields: { 'dmarc.result': 'pass' },
      },
    },
  });
}
