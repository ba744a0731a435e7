// `--attached`: the report around an original says whether the original's delivery lines are
// believed (lib/attached.ts). A colleague's authenticated report vouches for them; anyone else's
// does not, and then only the original's signatures count (probe13-attached-*).
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { attachedBy } from '../../../lib/attached';
import { attachedMessages } from '../../../lib/cli/batch/attached';

const attachedMessage = (raw: Uint8Array) => attachedMessages(raw)[0] ?? null;

import { ZoneResolver } from '../../../lib/dns';
import type { AnalyzeOptions } from '../../../lib/types';
import { buildMessage, prepend, RECEIVER, sign, testKey } from '../../helpers/scenarios';

const key = testKey();
const zone = new ZoneResolver({
  'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.10 -all'] },
  '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
  'nb1._domainkey.northbank.example': { TXT: [key.txt] },
  'inbound.example': { TXT: ['v=spf1 ip4:203.0.113.5 -all'] },
  'ib1._domainkey.inbound.example': { TXT: [key.txt] },
  '_dmarc.inbound.example': { TXT: ['v=DMARC1; p=reject'] },
  'partner.example': { TXT: ['v=spf1 ip4:198.51.100.20 -all'] },
  '_dmarc.partner.example': { TXT: ['v=DMARC1; p=reject'] },
});
const now = new Date('2026-03-03T10:10:00Z');
const opts: AnalyzeOptions = { resolver: zone, now, trustedAuthservIds: [RECEIVER] };

const received = (helo: string, ip: string, date = '10:00:05') =>
  `Received: from ${helo} (${helo} [${ip}]) by ${RECEIVER} (Postfix) with ESMTPS id 4Qx1; Tue, 3 Mar 2026 ${date} +0000`;

/** The bank's notice as delivered to the employee: SPF only, or signed too. */
async function original(signed: boolean): Promise<string> {
  const raw = buildMessage({
    from: 'Northbank <alerts@northbank.example>',
    mailFrom: 'alerts@northbank.example',
    ip: '192.0.2.10',
    helo: 'mail.northbank.example',
    subject: 'Your statement',
  });
  const body = signed ? await sign(raw, 'northbank.example', 'nb1', key.privatePem) : raw;
  return prepend(
    body,
    'Return-Path: <alerts@northbank.example>',
    received('mail.northbank.example', '192.0.2.10'),
  );
}

/**
 * A report carrying `inner`, from `from` at `ip`, To `to`, delivered to security@inbound.example
 * (the receiver's Delivered-To on top unless `delivered` is false).
 */
function report(
  inner: string,
  from: string,
  ip: string,
  envelope: string,
  o: { to?: string; delivered?: boolean; hop?: string; extra?: string[] } = {},
): string {
  const raw = prepend(
    [
      `From: ${from}`,
      `To: ${o.to ?? 'security@inbound.example'}`,
      'Subject: Fwd: Your statement',
      'Date: Tue, 3 Mar 2026 10:09:00 +0000',
      'Message-ID: <report.1@inbound.example>',
      ...(o.extra ?? []),
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="=_r"',
      '',
      '--=_r',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Is this real?',
      '--=_r',
      'Content-Type: message/rfc822',
      '',
      inner,
      '--=_r--',
      '',
    ].join('\r\n'),
    `Return-Path: <${envelope}>`,
    o.hop ?? received(envelope.split('@')[1]!, ip, '10:09:05'),
  );
  return o.delivered === false ? raw : prepend(raw, 'Delivered-To: security@inbound.example');
}

async function read(raw: string, extra: AnalyzeOptions = {}) {
  const bytes = new TextEncoder().encode(raw);
  const inner = attachedMessage(bytes);
  if (!inner) throw new Error('no attached message');
  const by = await attachedBy(bytes, { ...opts, ...extra });
  return { by, a: await analyzeMessage(inner, { ...opts, ...extra, attached: true, attachedBy: by }) };
}

const ids = (a: { findings: { id: string }[] }) => a.findings.map((f) => f.id);

describe('--attached: who attached the original', () => {
  it('a colleague’s authenticated report vouches for the original’s delivery: an SPF-only notice authenticates', async () => {
    const { by, a } = await read(
      report(await original(false), 'Alice <alice@inbound.example>', '203.0.113.5', 'alice@inbound.example'),
    );
    expect(by).toEqual({ insider: true, from: 'alice@inbound.example', verdict: 'authenticated' });
    expect(a.origin.ip).toBe('192.0.2.10');
    expect(a.verdict).toBe('authenticated');
    expect(ids(a)).not.toContain('attached-by-outsider');
  });

  it('an outsider’s report: the original’s delivery lines are not read; unsigned, it reads spoofed', async () => {
    const { by, a } = await read(
      report(await original(false), 'Partner <p@partner.example>', '198.51.100.20', 'p@partner.example'),
    );
    expect(by.insider).toBe(false);
    expect(a.origin.ip).toBeNull();
    expect(a.spf.info ?? '').toMatch(/attached by p@partner\.example/);
    expect(a.findings.find((f) => f.id === 'attached-by-outsider')?.severity).toBe('medium');
    expect(a.verdict).toBe('spoofed');
  });

  it('an outsider’s report of a signed original: the signature vouches, authenticated with a low note', async () => {
    const { a } = await read(
      report(await original(true), 'Partner <p@partner.example>', '198.51.100.20', 'p@partner.example'),
    );
    expect(a.findings.find((f) => f.id === 'attached-by-outsider')?.severity).toBe('low');
    expect(a.verdict).toBe('authenticated');
  });

  it('the report’s To is its sender’s word: an outsider addressing its own domain, Bcc the team, vouches for nothing', async () => {
    const { by, a } = await read(
      report(
        await original(false),
        'Helpdesk <help@partner.example>',
        '198.51.100.20',
        'help@partner.example',
        {
          to: 'help@partner.example',
          delivered: false,
        },
      ),
    );
    expect(by.insider).toBe(false);
    expect(a.verdict).toBe('spoofed');
  });

  it('with no Delivered-To (Exchange writes none), the reader’s own domains (--recipient-domain) say who is inside', async () => {
    const raw = report(
      await original(false),
      'Alice <alice@inbound.example>',
      '203.0.113.5',
      'alice@inbound.example',
      {
        delivered: false,
      },
    );
    expect((await read(raw)).by.insider).toBe(false);
    const { by, a } = await read(raw, { recipientDomains: ['inbound.example'] });
    expect(by.insider).toBe(true);
    expect(a.verdict).toBe('authenticated');
  });

  it('a report written on the box vouches when a person wrote it (its webmail’s mark), not a program', async () => {
    const local =
      'Received: from localhost (localhost [127.0.0.1]) by mx.inbound.example (Postfix) with ESMTP id 4Qx9; Tue, 3 Mar 2026 10:09:05 +0000';
    const roundcube = report(
      await original(false),
      'Alice <alice@inbound.example>',
      '127.0.0.1',
      'alice@inbound.example',
      {
        hop: local,
        extra: ['User-Agent: Roundcube Webmail/1.6.9'],
      },
    );
    expect((await read(roundcube)).by.insider).toBe(true);
    // A ticket system's notification relaying an upload: the same line, no person's mark.
    const ticket = report(
      await original(false),
      'RT <rt@inbound.example>',
      '127.0.0.1',
      'rt@inbound.example',
      {
        hop: local,
        extra: ['X-Mailer: MIME-tools 5.509 (Entity 5.509)'],
      },
    );
    expect((await read(ticket)).by.insider).toBe(false);
  });

  it('a list re-send vouches only as the organisation’s own list passing a colleague’s mail unchanged', async () => {
    const groupHeaders = [
      'List-ID: <security.inbound.example>',
      'List-Post: <mailto:security@inbound.example>',
    ];
    const own = report(
      await original(false),
      'Alice <alice@inbound.example>',
      '203.0.113.5',
      'alice@inbound.example',
      {
        extra: groupHeaders,
      },
    );
    // Its author's own signature proves the post (a Google Group re-sending a Workspace colleague).
    expect((await read(await sign(own, 'inbound.example', 'ib1', key.privatePem))).by.insider).toBe(true);
    const rewritten = report(
      await original(false),
      "'Jo Park' via Security <security@inbound.example>",
      '203.0.113.5',
      'security@inbound.example',
      { extra: [...groupHeaders, 'X-Original-From: Jo Park <jo@attacker.example>'] },
    );
    expect((await read(rewritten)).by.insider).toBe(false);
  });

  it('an own list’s re-send under a colleague’s From vouches only with the organisation’s proof of the post (probe24)', async () => {
    // Mailman takes membership from the From the poster writes; the list's envelope passes SPF for
    // the organisation whoever posted. Unsigned, the list's SPF alone proves nothing of the author.
    const lists = 'lists.inbound.example';
    const inner = await original(false);
    const mailman = [
      `List-Id: CERT team <cert-team.${lists}>`,
      `List-Post: <mailto:cert-team@${lists}>`,
      'X-Mailman-Version: 2.1.39',
      'Precedence: list',
    ];
    const posted = (extra: string[]) =>
      report(inner, 'Alice <alice@inbound.example>', '203.0.113.5', 'security-bounces@inbound.example', {
        extra,
        hop: [
          received('lists.inbound.example', '203.0.113.5', '10:09:05'),
          'Received: from mail.attacker.example (mail.attacker.example [198.51.100.66]) by lists.inbound.example (Postfix) with ESMTP id 7Hq2; Tue, 3 Mar 2026 10:09:03 +0000',
        ].join('\r\n'),
      });
    const forged = await read(posted(mailman));
    expect(forged.by.insider).toBe(false);
    // Since red-team round 221 the list's own envelope is the list's pass, not the colleague's.
    expect(forged.by.verdict).toBe('unverified');
    expect(forged.a.verdict).toBe('spoofed');
    expect(ids(forged.a)).toContain('attached-by-outsider');
    // A forged X-Original-Authentication-Results (the poster writes it) proves nothing either.
    const claimed = posted([
      ...mailman,
      'X-Original-Authentication-Results: mx.inbound.example; dkim=pass header.i=@inbound.example; dmarc=pass header.from=inbound.example',
    ]);
    expect((await read(claimed)).by.insider).toBe(false);
    // The colleague's own signature verifies: the organisation wrote the post. It was on the post
    // when the list took it: below the list host's Received line, without the list's fields (a
    // signature above that line, or covering List-Id, is the list host's own: dkim[].listSigned).
    const full = posted(mailman);
    const at = full.indexOf('\r\nFrom: ') + 2;
    const listFields = `${mailman.join('\r\n')}\r\n`;
    const signedPost = await sign(
      full.slice(at).replace(listFields, ''),
      'inbound.example',
      'ib1',
      key.privatePem,
    );
    const withList = signedPost.replace('MIME-Version: 1.0\r\n', `${listFields}MIME-Version: 1.0\r\n`);
    const signed = await read(full.slice(0, at) + withList);
    expect(signed.by.insider).toBe(true);
    // Signed above the list host's line, the same signature is the list's, not the colleague's.
    expect((await read(await sign(full, 'inbound.example', 'ib1', key.privatePem))).by.insider).toBe(false);
    expect(signed.a.verdict).toBe('authenticated');
    // Another domain's signature (the list provider's, a sign-up service's) is not the organisation's.
    const other = await sign(posted(mailman), 'partner.example', 'ib1', key.privatePem);
    expect((await read(other)).by.insider).toBe(false);
  });

  it('software sending on someone else’s behalf vouches for nothing, however it logged in (probe18)', async () => {
    for (const extra of [
      ['Reply-To: Visitor <visitor@attacker.example>'],
      ['X-Mailer: WPMailSMTP/Mailer/smtp 4.1.1'],
      ['X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'],
      ['RT-Originator: visitor@attacker.example'],
    ]) {
      const raw = report(
        await original(false),
        'Website <website@inbound.example>',
        '203.0.113.5',
        'website@inbound.example',
        {
          extra,
        },
      );
      expect((await read(raw)).by.insider, extra[0]).toBe(false);
    }
  });

  it('a name under the organisation’s domain is not the organisation, unless the reader names it', async () => {
    const raw = report(
      await original(false),
      'Old Student <s@alumni.inbound.example>',
      '203.0.113.5',
      's@alumni.inbound.example',
    );
    const resolver = () =>
      new ZoneResolver({
        'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.10 -all'] },
        '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
        'alumni.inbound.example': { TXT: ['v=spf1 ip4:203.0.113.5 -all'] },
        '_dmarc.inbound.example': { TXT: ['v=DMARC1; p=reject'] },
      });
    const alone = await read(raw, { resolver: resolver() });
    expect(alone.by).toMatchObject({ verdict: 'authenticated', insider: false });
    const named = await read(raw, { resolver: resolver(), recipientDomains: ['inbound.example'] });
    expect(named.by.insider).toBe(true);
  });

  it('a report that claims a colleague but fails DMARC vouches for nothing', async () => {
    const { by, a } = await read(
      report(
        await original(false),
        'Alice <alice@inbound.example>',
        '198.51.100.66',
        'alice@inbound.example',
      ),
    );
    expect(by).toMatchObject({ insider: false, verdict: 'spoofed' });
    expect(a.verdict).toBe('spoofed');
  });
});
