// Mailing lists, forwarders and p=none (issue 17.5): real delivery paths that must never come out
// "spoofed". Header layouts and where they were learnt: test/corpus/list-shapes.ts.
import { signCorpus } from '../../helpers/corpus';
import { ARGS, fromGmail, RECEIVER } from '../kit';
import { keyZone, mailmanFooter, mailmanHeaders, sealCorpus } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';

const LIST_HOST = 'lists.example.org';
const LIST_IP = '192.0.2.80';

const fromList = received({
  helo: `mail.${LIST_HOST}`,
  rdns: `mail.${LIST_HOST}`,
  ip: LIST_IP,
  by: RECEIVER,
});
const listZone = {
  [LIST_HOST]: { TXT: [`v=spf1 ip4:${LIST_IP} -all`] },
  [`_dmarc.${LIST_HOST}`]: { TXT: ['v=DMARC1; p=quarantine'] },
};

/** An author at `domain` (DMARC `policy`), signed with selector s1. */
async function authored(domain: string, m: Parameters<typeof submitted>[0]): Promise<string> {
  return signCorpus(submitted(m), { domain, selector: 's1' });
}

function authorZone(domain: string, policy: string) {
  return {
    ...keyZone([`s1._domainkey.${domain}`]),
    [domain]: { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
    [`_dmarc.${domain}`]: { TXT: [`v=DMARC1; ${policy}`] },
  };
}

export async function make(write: CaseWriter): Promise<void> {
  // 1. Gmail forwarding: robin@gmail.com forwards to robin@reader.example. Gmail seals (d=google.com)
  // and re-sends from its own servers; the author's signature survives untouched.
  {
    const signed = await authored('quarkfield.example', {
      from: 'Quarkfield Billing <billing@quarkfield.example>',
      to: 'robin@gmail.com',
      subject: 'Invoice 2026-118',
    });
    const sealed = await sealCorpus(signed, {
      domain: 'google.com',
      selector: 'arc-20240605',
      cv: 'none',
      authResults:
        'mx.google.com; dkim=pass header.i=@quarkfield.example header.s=s1; spf=pass (google.com: domain of billing@quarkfield.example designates 198.51.100.20 as permitted sender) smtp.mailfrom=billing@quarkfield.example; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=quarkfield.example',
    });
    write('list-gmail-forwarding', {
      eml: onTop(sealed, 'Return-Path: <robin+caf_=robin=reader.example@gmail.com>', fromGmail()),
      zone: {
        ...authorZone('quarkfield.example', 'p=reject'),
        ...keyZone(['arc-20240605._domainkey.google.com']),
        'gmail.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
      },
      meta: {
        about: 'Gmail auto-forwarding to another mailbox: ARC sealed by google.com, the author’s DKIM intact',
        class: 'forwarding',
        args: ARGS,
        expect: { verdict: 'authenticated', notVerdict: ['spoofed'], fields: { 'arc.result': 'pass' } },
      },
    });
  }

  // 2. Google Groups with its From rewrite ("'Alice' via Devel"), Reply-To the author, ARC by
  // google.com recording the author's DMARC pass, DKIM by googlegroups.com, footer added.
  {
    const original = await authored('quarkfield.example', {
      from: 'Alice Martin <alice@quarkfield.example>',
      to: 'devel@googlegroups.com',
      subject: 'Release notes draft',
      body: 'Draft attached for review.\r\n\r\nAlice\r\n',
    });
    const arcd = await sealCorpus(original, {
      domain: 'google.com',
      selector: 'arc-20240605',
      cv: 'none',
      authResults:
        'gmr-mx.google.com; dkim=pass header.i=@quarkfield.example header.s=s1; spf=pass smtp.mailfrom=alice@quarkfield.example; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=quarkfield.example',
    });
    // The group rewrites From, adds its fields and footer, then signs as googlegroups.com.
    const rewritten = arcd
      .replace(/^From: .*$/m, `From: "'Alice Martin' via Devel" <devel@googlegroups.com>`)
      .replace(
        /^Subject: /m,
        [
          'X-Original-Sender: alice@quarkfield.example',
          'X-Original-From: Alice Martin <alice@quarkfield.example>',
          'Reply-To: Alice Martin <alice@quarkfield.example>',
          'Precedence: list',
          'Mailing-list: list devel@googlegroups.com; contact devel+owners@googlegroups.com',
          'List-ID: <devel.googlegroups.com>',
          'List-Post: <https://groups.google.com/group/devel/post>, <mailto:devel@googlegroups.com>',
          'List-Unsubscribe: <mailto:googlegroups-manage+1234+unsubscribe@googlegroups.com>',
          'Subject: ',
        ].join('\r\n'),
      )
      .concat(
        '\r\n-- \r\nYou received this message because you are subscribed to the Google Groups "Devel" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to devel+unsubscribe@googlegroups.com.\r\n',
      );
    const groupAr =
      'gmr-mx.google.com; dkim=pass header.i=@quarkfield.example header.s=s1; spf=pass smtp.mailfrom=alice@quarkfield.example; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=quarkfield.example';
    // Google seals the group's outgoing copy again (i=2), as in the public sample.
    const groupSigned = await sealCorpus(
      await signCorpus(rewritten, { domain: 'googlegroups.com', selector: '20230601' }),
      { domain: 'google.com', selector: 'arc-20240605', cv: 'pass', authResults: groupAr },
    );
    write('list-google-groups-rewrite', {
      eml: onTop(
        groupSigned,
        'Return-Path: <devel+bncBC3ZLA5BYIFBBNENVTCAMGQETEJEMTY@googlegroups.com>',
        received({
          helo: 'mail-qt1-x83f.google.com',
          rdns: 'mail-qt1-x83f.google.com',
          ip: '209.85.160.63',
          by: RECEIVER,
        }),
      ),
      zone: {
        ...authorZone('quarkfield.example', 'p=reject'),
        ...keyZone(['arc-20240605._domainkey.google.com', '20230601._domainkey.googlegroups.com']),
        'googlegroups.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
      },
      meta: {
        about:
          'Google Groups post from a p=reject author: From rewritten to "\'Alice Martin\' via Devel" <devel@googlegroups.com>, Reply-To the author, signed by googlegroups.com (no DMARC record is assumed for googlegroups.com: not confirmed)',
        class: 'mailing-list',
        args: ARGS,
        expect: {
          notVerdict: ['spoofed', 'suspicious'],
          fields: { 'arc.result': 'pass' },
          findings: ['list-from-rewritten'],
          absentFindings: ['display-name-address', 'reply-to-other-org', 'dmarc-fail'],
        },
      },
    });
  }

  // 3. Mailman 2.1 without DMARC mitigation: subject prefix and footer on a p=quarantine author's
  // post. The author's DKIM breaks (Subject signed, body changed); undone, it verifies.
  {
    const signed = await authored('quarkfield.example', {
      from: 'Alice Martin <alice@quarkfield.example>',
      to: `devel@${LIST_HOST}`,
      subject: 'Build broken on arm64',
      body: 'The nightly build fails at link time, log attached.\r\n\r\nAlice\r\n',
    });
    const listed = onTop(
      signed.replace(/^Subject: /m, 'Subject: [Devel] ') + mailmanFooter('devel', LIST_HOST, 'Devel'),
      'Return-Path: <devel-bounces+robin=reader.example@lists.example.org>',
      fromList,
      ...mailmanHeaders('devel', LIST_HOST, 'Devel'),
    );
    write('list-mailman2-tag-footer', {
      eml: listed,
      zone: { ...authorZone('quarkfield.example', 'p=quarantine'), ...listZone },
      meta: {
        about:
          'Mailman 2.1 adds "[Devel] " and its footer to a p=quarantine author’s signed post, no ARC, no From munging',
        class: 'mailing-list',
        args: ARGS,
        expect: {
          verdict: 'unverified',
          findings: ['list-modified'],
          fields: { 'dmarc.result': 'fail', 'dkim.0.listRestore.subjectTag': '[Devel] ' },
        },
      },
    });
  }

  // 4. Mailman 3 DMARC mitigation "munge From": From is the list, Reply-To the author (a p=reject
  // free-mail domain), the list's own DKIM signature.
  {
    const munged = submitted({
      from: '"Alice Martin via Devel" <devel@lists.example.org>',
      to: `devel@${LIST_HOST}`,
      subject: '[Devel] Meeting moved to Thursday',
      extraHeaders: [
        'Reply-To: Alice Martin <alice.martin@yahoo.com>',
        ...mailmanHeaders('devel', LIST_HOST, 'Devel').filter((h) => !h.startsWith('X-Mailman')),
        'X-Mailman-Version: 3.3.9',
      ],
      body: `Moved to Thursday 15:00.\r\n\r\nAlice\r\n${mailmanFooter('devel', LIST_HOST, 'Devel')}`,
    });
    const signed = await signCorpus(munged, { domain: LIST_HOST, selector: 'mm' });
    write('list-mailman3-munged-from', {
      eml: onTop(signed, 'Return-Path: <devel-bounces@lists.example.org>', fromList),
      zone: { ...listZone, ...keyZone([`mm._domainkey.${LIST_HOST}`]) },
      meta: {
        about:
          'Mailman 3 with dmarc_mitigate_action=munge_from for a yahoo.com author: From the list, Reply-To the author',
        class: 'mailing-list',
        args: ARGS,
        expect: {
          verdict: 'authenticated',
          findings: ['list-from-rewritten'],
          absentFindings: ['reply-to-other-org', 'display-name-address'],
        },
      },
    });
  }

  // 5. Mailman 2.1 munging an author without a display name: "alice at yahoo.com via Devel".
  {
    const munged = submitted({
      from: '"alice.martin at yahoo.com via Devel" <devel@lists.example.org>',
      to: `devel@${LIST_HOST}`,
      subject: '[Devel] Re: Build broken on arm64',
      extraHeaders: ['Cc: alice.martin@yahoo.com', ...mailmanHeaders('devel', LIST_HOST, 'Devel')],
      body: `Fixed in r2211.\r\n${mailmanFooter('devel', LIST_HOST, 'Devel')}`,
    });
    const signed = await signCorpus(munged, { domain: LIST_HOST, selector: 'mm' });
    write('list-mailman2-munged-address-name', {
      eml: onTop(signed, 'Return-Path: <devel-bounces@lists.example.org>', fromList),
      zone: { ...listZone, ...keyZone([`mm._domainkey.${LIST_HOST}`]) },
      meta: {
        about:
          'Mailman 2.1 from_is_list for an author without a name: the address spelled "at" in the list’s From, the author in Cc',
        class: 'mailing-list',
        args: ARGS,
        expect: {
          verdict: 'authenticated',
          absentFindings: ['display-name-address'],
          findings: ['list-from-rewritten'],
        },
      },
    });
  }

  // 6. LISTSERV: Sender the list, owner- envelope, wa.exe footer appended to a p=quarantine post.
  {
    const signed = await authored('quarkfield.example', {
      from: 'Dr. Alice Martin <alice@quarkfield.example>',
      to: 'STATS-L@LISTSERV.UNI.EXAMPLE',
      subject: 'CFP: workshop on robust estimation',
      body: 'Submissions are due on 15 January.\r\n\r\nAlice Martin\r\n',
    });
    const footer =
      '\r\n########################################################################\r\n\r\nTo unsubscribe from the STATS-L list, click the following link:\r\nhttps://listserv.uni.example/scripts/wa.exe?SUBED1=STATS-L&A=1\r\n';
    write('list-listserv-footer', {
      eml: onTop(
        signed + footer,
        'Return-Path: <owner-STATS-L@LISTSERV.UNI.EXAMPLE>',
        received({
          helo: 'listserv.uni.example',
          rdns: 'listserv.uni.example',
          ip: '192.0.2.90',
          by: RECEIVER,
        }),
        'Sender: "Statistics discussion list" <STATS-L@LISTSERV.UNI.EXAMPLE>',
        'List-Id: Statistics discussion list <STATS-L.LISTSERV.UNI.EXAMPLE>',
        'List-Unsubscribe: <mailto:LISTSERV@LISTSERV.UNI.EXAMPLE?subject=SIGNOFF%20STATS-L>',
      ),
      zone: {
        ...authorZone('quarkfield.example', 'p=quarantine'),
        'listserv.uni.example': { TXT: ['v=spf1 ip4:192.0.2.90 -all'] },
      },
      meta: {
        about:
          'An L-Soft LISTSERV list appends its unsubscribe footer; the author’s signature verifies without it',
        class: 'mailing-list',
        args: ARGS,
        expect: { verdict: 'unverified', findings: ['list-modified'] },
      },
    });
  }

  // 7/8. A list with its own ARC seal from a sealer nobody trusted yet. Mailman wraps the plain
  // post into multipart/mixed to add its footer part (Content-Type, a signed field, changes), so
  // the author's signature cannot be restored; the list recorded the author's pass before it.
  {
    const signed = await authored('quarkfield.example', {
      from: 'Alice Martin <alice@quarkfield.example>',
      to: `devel@${LIST_HOST}`,
      subject: 'Board minutes',
      body: 'Minutes of the October meeting below.\r\n',
    });
    const sep = signed.indexOf('\r\n\r\n');
    const body = signed.slice(sep + 4);
    const wrapped = `${signed
      .slice(0, sep)
      .replace(
        'Content-Type: text/plain; charset=utf-8',
        'Content-Type: multipart/mixed; boundary="===============0468=="',
      )}\r\n\r\n--===============0468==\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}--===============0468==\r\nContent-Type: text/plain; charset="us-ascii"\r\n\r\n${mailmanFooter('devel', LIST_HOST, 'Devel')}--===============0468==--\r\n`;
    const listed = onTop(wrapped, ...mailmanHeaders('devel', LIST_HOST, 'Devel'));
    const sealed = await sealCorpus(listed, {
      domain: LIST_HOST,
      cv: 'none',
      authResults: `${LIST_HOST}; dkim=pass header.d=quarkfield.example header.s=s1; spf=pass smtp.mailfrom=alice@quarkfield.example; dmarc=pass header.from=quarkfield.example`,
    });
    const eml = onTop(sealed, 'Return-Path: <devel-bounces@lists.example.org>', fromList);
    const zone = {
      ...authorZone('quarkfield.example', 'p=quarantine'),
      ...listZone,
      ...keyZone([`arc._domainkey.${LIST_HOST}`]),
    };
    write('list-own-arc-unknown-sealer', {
      eml,
      zone,
      meta: {
        about:
          'A Mailman list that ARC-seals with its own domain, not on any trusted list: suspicious with a "Trust lists.example.org" action, never spoofed',
        class: 'mailing-list',
        args: ARGS,
        expect: {
          verdict: 'suspicious',
          findings: ['arc-untrusted-sealer'],
          fields: { 'arc.result': 'pass', 'arc.sealers.0': LIST_HOST },
        },
      },
    });
    write('list-own-arc-trusted-forwarder', {
      eml,
      zone,
      meta: {
        about:
          'The same list after the reader chose "Trust lists.example.org as a forwarder" (--trust-forwarder)',
        class: 'mailing-list',
        args: [...ARGS, '--trust-forwarder', LIST_HOST],
        expect: {
          verdict: 'unverified',
          findings: ['arc-forwarded'],
          absentFindings: ['arc-untrusted-sealer'],
        },
      },
    });
  }

  // 9. A p=none newsletter sent through an ESP that signs only with its own domain.
  {
    const signed = await signCorpus(
      submitted({
        from: 'The Weekly Digest <news@weeklydigest.example>',
        subject: 'This week: 12 new recipes',
        extraHeaders: ['List-Unsubscribe: <https://esp-mailer.example/u/9f2c>'],
      }),
      { domain: 'esp-mailer.example', selector: 'k1' },
    );
    write('list-pnone-newsletter', {
      eml: onTop(
        signed,
        'Return-Path: <bounce-9f2c@esp-mailer.example>',
        received({
          helo: 'o1.esp-mailer.example',
          rdns: 'o1.esp-mailer.example',
          ip: '198.51.100.140',
          by: RECEIVER,
        }),
      ),
      zone: {
        ...keyZone(['k1._domainkey.esp-mailer.example']),
        'esp-mailer.example': { TXT: ['v=spf1 ip4:198.51.100.128/25 -all'] },
        'weeklydigest.example': { TXT: ['v=spf1 include:esp-mailer.example -all'] },
        '_dmarc.weeklydigest.example': { TXT: ['v=DMARC1; p=none; rua=mailto:dmarc@weeklydigest.example'] },
      },
      meta: {
        about: 'A newsletter whose ESP signs only as itself: DMARC fails, but the domain publishes p=none',
        class: 'p-none',
        args: ARGS,
        expect: {
          verdict: 'unverified',
          findings: ['dmarc-fail'],
          fields: { 'dmarc.result': 'fail', 'dmarc.policy': 'none' },
        },
      },
    });
  }

  // 10. A gmail.com user posts to a list that adds its footer to both parts of a multipart/alternative
  // message (not undone by HeaderLens); gmail.com publishes p=none (sp=quarantine).
  {
    const body =
      '--000000000000a1b2\r\nContent-Type: text/plain; charset="UTF-8"\r\n\r\nSee you at the meetup.\r\n\r\n--000000000000a1b2\r\nContent-Type: text/html; charset="UTF-8"\r\n\r\n<div dir="ltr">See you at the meetup.</div>\r\n\r\n--000000000000a1b2--\r\n';
    const gm = submitted({
      from: 'Sam Okafor <sam.okafor@gmail.com>',
      to: `hikers@${LIST_HOST}`,
      subject: 'Saturday hike',
      body,
    }).replace(
      'Content-Type: text/plain; charset=utf-8',
      'Content-Type: multipart/alternative; boundary="000000000000a1b2"',
    );
    const signed = await signCorpus(gm, { domain: 'gmail.com', selector: '20230601' });
    const footered = signed
      .replace(
        'See you at the meetup.\r\n\r\n--',
        `See you at the meetup.\r\n${mailmanFooter('hikers', LIST_HOST, 'Hikers')}\r\n--`,
      )
      .replace('</div>\r\n\r\n--', '</div><hr><p>Hikers mailing list</p>\r\n\r\n--');
    write('list-gmail-user-post', {
      eml: onTop(
        footered,
        'Return-Path: <hikers-bounces@lists.example.org>',
        fromList,
        ...mailmanHeaders('hikers', LIST_HOST, 'Hikers'),
      ),
      zone: {
        ...keyZone(['20230601._domainkey.gmail.com']),
        ...listZone,
        'gmail.com': { TXT: ['v=spf1 redirect=_spf.google.com'] },
        '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
        '_dmarc.gmail.com': {
          TXT: ['v=DMARC1; p=none; sp=quarantine; rua=mailto:mailauth-reports@google.com'],
        },
      },
      meta: {
        about:
          'A gmail.com member’s post to a Mailman list that footers both MIME parts: DMARC fails, gmail.com is p=none',
        class: 'p-none',
        args: ARGS,
        expect: { verdict: 'unverified', notVerdict: ['spoofed'], fields: { 'dmarc.policy': 'none' } },
      },
    });
  }

  // 11. A calendar invitation, forwarded by Gmail to the reader's work mailbox.
  {
    const invite = submitted({
      from: 'Alice Martin <alice@quarkfield.example>',
      to: 'robin@gmail.com',
      subject: 'Invitation: Design review @ Tue 1 Dec 2026 14:00 (CET)',
      body: 'BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nDTSTART:20261201T130000Z\r\nDTEND:20261201T140000Z\r\nORGANIZER;CN=Alice Martin:mailto:alice@quarkfield.example\r\nSUMMARY:Design review\r\nUID:7kq2r0c5@quarkfield.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
    }).replace(
      'Content-Type: text/plain; charset=utf-8',
      'Content-Type: text/calendar; charset="UTF-8"; method=REQUEST',
    );
    const signed = await signCorpus(invite, { domain: 'quarkfield.example', selector: 's1' });
    const sealed = await sealCorpus(signed, {
      domain: 'google.com',
      selector: 'arc-20240605',
      cv: 'none',
      authResults:
        'mx.google.com; dkim=pass header.i=@quarkfield.example header.s=s1; spf=pass smtp.mailfrom=alice@quarkfield.example; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=quarkfield.example',
    });
    write('list-calendar-forwarded', {
      eml: onTop(sealed, 'Return-Path: <robin+caf_=robin=reader.example@gmail.com>', fromGmail()),
      zone: {
        ...authorZone('quarkfield.example', 'p=reject'),
        ...keyZone(['arc-20240605._domainkey.google.com']),
        'gmail.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
      },
      meta: {
        about: 'A calendar invitation (text/calendar, METHOD:REQUEST) forwarded by Gmail',
        class: 'forwarding',
        args: ARGS,
        expect: { verdict: 'authenticated', notVerdict: ['spoofed'] },
      },
    });
  }
}
