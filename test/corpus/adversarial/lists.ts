// Attacks on the mailing-list, forwarder and p=none rules (issues 16.3 and 17.5), written by
// someone who has read lib/findings/arc.ts, lib/findings/list*.ts and lib/auth/list-restore.ts.
// List header fields are free text for the sender; ARC seals prove only who sealed; a DKIM
// signature that fails bh= was never checked by mailauth. Layouts: test/corpus/list-shapes.ts.
import { signCorpus } from '../../helpers/corpus';
import { ARGS, fromGmail, RECEIVER } from '../kit';
import { keyZone, mailmanFooter, mailmanHeaders, sealCorpus } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';

const BANK = 'northbank.example';
const bankZone = {
  ...keyZone([`s1._domainkey.${BANK}`]),
  [BANK]: { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
  [`_dmarc.${BANK}`]: { TXT: ['v=DMARC1; p=reject'] },
};
const attackerHop = received({
  helo: 'mail.evil-lists.example',
  rdns: 'mail.evil-lists.example',
  ip: '198.51.100.66',
  by: RECEIVER,
});
const attackerZone = { 'evil-lists.example': { TXT: ['v=spf1 ip4:198.51.100.66 -all'] } };
const listDress = [
  'Return-Path: <devel-bounces@evil-lists.example>',
  attackerHop,
  ...mailmanHeaders('devel', 'evil-lists.example', 'Devel'),
];

/** A real, bank-signed notice, as the attacker received it as a customer. */
function bankNotice(body = 'Your monthly statement is ready in online banking.\r\n') {
  return signCorpus(
    submitted({
      from: `Northbank <alerts@${BANK}>`,
      to: 'mallory@evil-lists.example',
      subject: 'Your statement',
      body,
    }),
    { domain: BANK, selector: 's1' },
  );
}

export async function make(write: CaseWriter): Promise<void> {
  // 1. List dress-up without any signature.
  write('list-adv-fake-list-headers-unsigned', {
    eml: onTop(
      submitted({
        from: `Northbank Security <security@${BANK}>`,
        subject: '[Devel] Verify your account',
        body: `Log in at https://northbank.evil-lists.example/\r\n${mailmanFooter('devel', 'evil-lists.example', 'Devel')}`,
      }),
      ...listDress,
    ),
    zone: { ...bankZone, ...attackerZone },
    meta: {
      about:
        'Adds List-Id, List-Post, Sender, a -bounces envelope and a Mailman footer to an unsigned p=reject spoof, hoping "mailing list" excuses the DMARC failure',
      class: 'list-evidence-forged',
      args: ARGS,
      expect: { verdict: 'spoofed', absentFindings: ['list-modified'] },
    },
  });

  // 2. Seals its own spoof with its own domain and records a pass for the bank.
  {
    const spoof = onTop(
      submitted({ from: `Northbank <alerts@${BANK}>`, subject: 'Card blocked' }),
      ...mailmanHeaders('devel', 'evil-lists.example', 'Devel'),
    );
    const sealed = await sealCorpus(spoof, {
      domain: 'evil-lists.example',
      cv: 'none',
      authResults: `evil-lists.example; dkim=pass header.d=${BANK} header.s=s1; spf=pass smtp.mailfrom=${BANK}; dmarc=pass header.from=${BANK}`,
    });
    write('list-adv-own-arc-records-pass', {
      eml: onTop(sealed, 'Return-Path: <devel-bounces@evil-lists.example>', attackerHop),
      zone: { ...bankZone, ...attackerZone, ...keyZone(['arc._domainkey.evil-lists.example']) },
      meta: {
        about:
          'Seals its own spoof with an intact ARC chain under its own domain, writing dmarc=pass for the bank into the record',
        class: 'arc-untrusted-sealer',
        args: ARGS,
        expect: {
          verdict: 'suspicious',
          notVerdict: ['unverified', 'authenticated'],
          findings: ['arc-untrusted-sealer'],
        },
      },
    });
  }

  // 3. A spoof that went through Gmail forwarding: Gmail (trusted) recorded dmarc=fail.
  {
    const spoof = submitted({
      from: `Northbank <alerts@${BANK}>`,
      to: 'robin@gmail.com',
      subject: 'Urgent: confirm your payee',
    });
    const sealed = await sealCorpus(spoof, {
      domain: 'google.com',
      selector: 'arc-20240605',
      cv: 'none',
      authResults: `mx.google.com; spf=fail (google.com: domain of alerts@${BANK} does not designate 198.51.100.66 as permitted sender) smtp.mailfrom=alerts@${BANK}; dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=${BANK}`,
    });
    write('list-adv-trusted-forwarder-recorded-fail', {
      eml: onTop(sealed, 'Return-Path: <robin+caf_=robin=reader.example@gmail.com>', fromGmail()),
      zone: {
        ...bankZone,
        ...keyZone(['arc-20240605._domainkey.google.com']),
        'gmail.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
      },
      meta: {
        about:
          'Lets a Gmail user’s auto-forward carry a spoof: the chain is intact and sealed by google.com, a trusted sealer, but Google recorded dmarc=fail (issue 16.3)',
        class: 'arc-trusted-no-pass',
        args: ARGS,
        expect: {
          verdict: 'spoofed',
          findings: ['arc-forwarder-no-pass'],
          absentFindings: ['arc-forwarded'],
        },
      },
    });
  }

  // 4. The trusted forwarder recorded a pass, but for the attacker's own domain.
  {
    const spoof = await signCorpus(
      submitted({ from: `Northbank <alerts@${BANK}>`, to: 'robin@gmail.com', subject: 'Security notice' }),
      {
        domain: 'evil-lists.example',
        selector: 'k1',
      },
    );
    const sealed = await sealCorpus(spoof, {
      domain: 'google.com',
      selector: 'arc-20240605',
      cv: 'none',
      authResults: `mx.google.com; dkim=pass header.i=@evil-lists.example header.s=k1; spf=pass smtp.mailfrom=bounce@evil-lists.example; dmarc=pass (p=NONE) header.from=evil-lists.example`,
    });
    write('list-adv-forwarder-pass-other-domain', {
      eml: onTop(sealed, 'Return-Path: <robin+caf_=robin=reader.example@gmail.com>', fromGmail()),
      zone: {
        ...bankZone,
        ...attackerZone,
        ...keyZone(['arc-20240605._domainkey.google.com', 'k1._domainkey.evil-lists.example']),
        'gmail.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
      },
      meta: {
        about:
          'A trusted forwarder’s record full of passes, all of them for the attacker’s own domain (dkim, spf, dmarc header.from=evil-lists.example), not for the From domain',
        class: 'arc-trusted-no-pass',
        args: ARGS,
        expect: { verdict: 'spoofed', absentFindings: ['arc-forwarded'] },
      },
    });
  }

  // 5. A subdomain of a p=none organisation that publishes sp=reject.
  write('list-adv-subdomain-pnone-org-sp-reject', {
    eml: onTop(
      submitted({ from: `Northbank <alerts@secure.${BANK}>`, subject: 'Card blocked' }),
      `Return-Path: <alerts@secure.${BANK}>`,
      attackerHop,
    ),
    zone: {
      [BANK]: { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
      [`_dmarc.${BANK}`]: { TXT: ['v=DMARC1; p=none; sp=reject'] },
    },
    meta: {
      about:
        'Picks a subdomain of an organisation whose own policy is p=none, hoping "p=none" excuses it; sp=reject applies to subdomains',
      class: 'p-none',
      args: ARGS,
      expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail', 'dmarc.policy': 'reject' } },
    },
  });

  // 6. A DKIM-Signature by the bank that fails b= (made up), with a bh= that does not match either.
  {
    const real = await bankNotice();
    const forged = real
      .replace(/ b=[A-Za-z0-9+/]{8}/, ' b=AAAAAAAA')
      .replace(
        'Your monthly statement is ready in online banking.',
        'Your card is blocked: https://northbank.evil-lists.example/',
      );
    write('list-adv-bad-signature-with-list-headers', {
      eml: onTop(forged, ...listDress),
      zone: { ...bankZone, ...attackerZone },
      meta: {
        about:
          'A d=northbank.example signature whose b= was never made by the bank, bh= mismatched on purpose (mailauth then never checks b=), dressed as a list post',
        class: 'list-restore',
        args: ARGS,
        expect: { verdict: 'spoofed', absentFindings: ['list-modified'] },
      },
    });
  }

  // 7. The bank's real signature replayed over a body of the attacker's own, with list dress.
  {
    const real = await bankNotice();
    const replay = real.replace(
      'Your monthly statement is ready in online banking.',
      'Your statement could not be delivered. Pay the fee at https://northbank.evil-lists.example/',
    );
    write('list-adv-replay-new-body', {
      eml: onTop(replay, ...listDress),
      zone: { ...bankZone, ...attackerZone },
      meta: {
        about:
          'Replays a genuine bank-signed notice (b= valid) with its body replaced, adding List-Id so the body-hash failure looks like a list footer',
        class: 'list-restore',
        args: ARGS,
        expect: { verdict: 'spoofed', absentFindings: ['list-modified'] },
      },
    });
  }

  // 8. The bank's real notice with the attacker's text appended as a "footer" linking to a host named after the bank.
  {
    const real = await bankNotice();
    const appended = `${real}\r\nIMPORTANT: confirm your details within 24h at https://northbank.evil-lists.example/\r\n`;
    write('list-adv-replay-appended-footer', {
      eml: onTop(appended, ...listDress),
      zone: { ...bankZone, ...attackerZone },
      meta: {
        about:
          'Appends a phishing line to a genuine bank-signed notice and dresses it as a list post: the signature verifies without the "footer", so it is never authenticated and the finding says the text is not the bank’s; the footer links to northbank.evil-lists.example, the bank’s name on a list not named after it, so it is suspicious (list-footer-lookalike-link, since 2026-12-05)',
        class: 'list-restore',
        args: ARGS,
        expect: { verdict: 'suspicious', findings: ['list-modified', 'list-footer-lookalike-link'] },
      },
    });
  }

  // 9. A subject tag plus a changed signed header (To): only tags are undone.
  {
    const real = await bankNotice();
    const changed = real
      .replace(/^Subject: /m, 'Subject: [Devel] ')
      .replace('To: mallory@evil-lists.example', 'To: robin@reader.example');
    write('list-adv-tag-and-changed-to', {
      eml: onTop(changed, ...listDress),
      zone: { ...bankZone, ...attackerZone },
      meta: {
        about:
          'Re-addresses a genuine bank notice to the victim (signed To changed) and adds a list subject tag, hoping the tag explains the broken signature',
        class: 'list-restore',
        args: ARGS,
        expect: { verdict: 'spoofed', absentFindings: ['list-modified'] },
      },
    });
  }

  // 10. "Munged From" dress-up on the attacker's own domain naming a brand.
  {
    const signed = await signCorpus(
      submitted({
        from: '"service at paypal.com via Alerts" <alerts@evil-lists.example>',
        subject: 'Your account is limited',
        extraHeaders: [
          'Reply-To: service@paypal.com',
          ...mailmanHeaders('alerts', 'evil-lists.example', 'Alerts').map((h) =>
            h.replace('alerts.evil-lists.example', 'alerts.evil-lists.example'),
          ),
        ],
      }),
      { domain: 'evil-lists.example', selector: 'k1' },
    );
    write('list-adv-munged-from-brand', {
      eml: onTop(signed, 'Return-Path: <alerts-bounces@evil-lists.example>', attackerHop),
      zone: {
        ...attackerZone,
        ...keyZone(['k1._domainkey.evil-lists.example']),
        '_dmarc.evil-lists.example': { TXT: ['v=DMARC1; p=reject'] },
      },
      meta: {
        about:
          'Imitates Mailman’s From rewrite on its own domain ("service at paypal.com via Alerts", Reply-To the brand) so the address in the name is excused as a list author',
        class: 'list-from-rewrite',
        args: ARGS,
        expect: { verdict: 'suspicious', notVerdict: ['authenticated'], findings: ['display-name-brand'] },
      },
    });
  }

  // 11. p=quarantine with pct=0 is not p=none.
  write('list-adv-quarantine-pct-zero', {
    eml: onTop(
      submitted({ from: 'Quarkfield <billing@quarkfield.example>', subject: 'Overdue invoice' }),
      'Return-Path: <billing@quarkfield.example>',
      attackerHop,
    ),
    zone: {
      'quarkfield.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
      '_dmarc.quarkfield.example': { TXT: ['v=DMARC1; p=quarantine; pct=0'] },
    },
    meta: {
      about: 'Spoofs a domain rolling out DMARC with p=quarantine; pct=0, hoping pct=0 counts as p=none',
      class: 'p-none',
      args: ARGS,
      expect: { verdict: 'spoofed', fields: { 'dmarc.policy': 'quarantine' } },
    },
  });
}
