// Genuine mail delivered by MDaemon (the Windows mail server of many small firms). MDaemon names
// the client by its HELO alone (`Received: from <HELO> by <itself> (MDaemon PRO v…) with ESMTP id
// md5…msg`) and writes the address it connected from in an X-MDRemoteIP row under that line,
// with X-Spam-Processed, X-MDHelo, X-Return-Path, X-Envelope-From and X-MDaemon-Deliver-To; when it
// resolved the client it prints `from <HELO> ([IP])` instead. Layouts from public raw copies of
// MDaemon-relayed list mail (MDaemon PRO 9.6 to 26.0, 2008–2026). Since 21:2x lib/message/
// received.ts reads the HELO-only line's address from that row, and lib/message/origin.ts takes a
// HELO-only network line as the entry (probe13: a sender's forged line below it is never read):
// these cases hold that genuine mail to such a box still authenticates. Names and addresses are
// documentation ones (RFC 2606, RFC 5737, RFC 1918 for the LAN); every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { legitCorpus, ptr, senderZone, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';

const MX = 'mail.kanzlei-mueller.example';
const ARGS = ['--authserv-id', MX];
const DATE = 'Fri, 20 Nov 2026 10:00:05 +0100';

/** MDaemon's own rows on top of what it received (`client`: the HELO-only form or the resolved one). */
function mdaemon(
  raw: string,
  o: { client: string; ip: string; helo: string; envelope: string; rcpt: string },
) {
  return onTop(
    raw,
    `Received: ${o.client} by ${MX} (MDaemon PRO v23.5.1)\r\n\twith ESMTPS id md5001003764615.msg\r\n\tfor <${o.rcpt}>; ${DATE}`,
    `X-Spam-Processed: ${MX}, ${DATE}\r\n\t(not processed: spam filter heuristic analysis disabled)`,
    `X-MDRemoteIP: ${o.ip}`,
    `X-MDHelo: ${o.helo}`,
    `X-MDArrival-Date: ${DATE}`,
    `X-Return-Path: ${o.envelope}`,
    `X-Envelope-From: ${o.envelope}`,
    `X-MDaemon-Deliver-To: ${o.rcpt}`,
  );
}

/** As it sits in the MDaemon mailbox, read over IMAP: the Return-Path MDaemon wrote on top. */
const stored = (raw: string, envelope: string) => onTop(raw, `Return-Path: <${envelope}>`);

const NOT_SPOOFED: CaseExpectation = { verdict: 'authenticated' };

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, new Set(), write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const rcpt = 'info@kanzlei-mueller.example';
  const to = `Kanzlei Müller <${rcpt}>`;

  // 1. An unsigned invoice from a small supplier whose own server is in its SPF record (p=reject),
  //    MDaemon printing the HELO only: SPF is checked against the X-MDRemoteIP address.
  {
    const ip = '203.0.113.25';
    const envelope = 'rechnung@druckerei-haas.example';
    const raw = submitted({
      from: 'Druckerei Haas <rechnung@druckerei-haas.example>',
      to,
      subject: 'Rechnung 2026-1187',
      date: 'Fri, 20 Nov 2026 10:00:01 +0100',
    });
    write('mdaemon-helo-only-spf-only-supplier', {
      eml: stored(
        mdaemon(raw, {
          client: 'from mail.druckerei-haas.example',
          ip,
          helo: 'mail.druckerei-haas.example',
          envelope,
          rcpt,
        }),
        envelope,
      ),
      zone: {
        ...ptr(ip, 'mail.druckerei-haas.example'),
        'druckerei-haas.example': { TXT: [`v=spf1 ip4:${ip} -all`] },
        '_dmarc.druckerei-haas.example': { TXT: ['v=DMARC1; p=reject'] },
      },
      meta: {
        about:
          'An unsigned invoice from a supplier’s own server (SPF ip4, DMARC p=reject) to a law firm on MDaemon, which writes "from <HELO> by <itself> (MDaemon PRO v23.5.1) with ESMTPS" and the client’s address in X-MDRemoteIP. Layout from public MDaemon-relayed raw copies',
        class: 'mdaemon',
        args: ARGS,
        expect: { ...NOT_SPOOFED, fields: { 'origin.ip': ip, 'spf.result': 'pass' } },
      },
    });
  }

  // 2. A DKIM-signed newsletter through an ESP, MDaemon printing the HELO only.
  {
    const relay = {
      helo: 'o1.ptr1234.news.verband.example',
      rdns: 'o1.ptr1234.news.verband.example',
      ip: '198.51.100.140',
    };
    const envelope = 'bounces+8812@news.verband.example';
    const raw = await signAll(
      submitted({
        from: 'Anwaltsverband <newsletter@verband.example>',
        to,
        subject: 'Newsletter November 2026',
        date: 'Fri, 20 Nov 2026 10:00:01 +0100',
      }),
      [['verband.example', 's1']],
    );
    write('mdaemon-helo-only-dkim-newsletter', {
      eml: stored(
        mdaemon(raw, { client: `from ${relay.helo}`, ip: relay.ip, helo: relay.helo, envelope, rcpt }),
        envelope,
      ),
      zone: senderZone(
        relay,
        [['verband.example', 's1']],
        { 'verband.example': 'v=DMARC1; p=quarantine' },
        { 'news.verband.example': `v=spf1 ip4:${relay.ip} -all` },
      ),
      meta: {
        about:
          'A member newsletter signed by the association’s own domain (aligned DKIM) and sent from its bulk host, delivered by MDaemon with the HELO-only Received line and X-MDRemoteIP. Layout from public MDaemon-relayed raw copies',
        class: 'mdaemon',
        args: ARGS,
        expect: { ...NOT_SPOOFED, fields: { 'origin.ip': relay.ip } },
      },
    });
  }

  // 3. The resolved form, `from <HELO> ([IP])`, with an unsigned SPF-only sender.
  {
    const ip = '192.0.2.77';
    const envelope = 'termine@gericht-stadt.example';
    const raw = submitted({
      from: 'Amtsgericht <termine@gericht-stadt.example>',
      to,
      subject: 'Terminsladung 4 C 112/26',
      date: 'Fri, 20 Nov 2026 10:00:02 +0100',
    });
    write('mdaemon-resolved-client-spf-only', {
      eml: stored(
        mdaemon(raw, {
          client: `from mx.gericht-stadt.example ([${ip}])`,
          ip,
          helo: 'mx.gericht-stadt.example',
          envelope,
          rcpt,
        }),
        envelope,
      ),
      zone: {
        ...ptr(ip, 'mx.gericht-stadt.example'),
        'gericht-stadt.example': { TXT: [`v=spf1 ip4:${ip} -all`] },
        '_dmarc.gericht-stadt.example': { TXT: ['v=DMARC1; p=reject'] },
      },
      meta: {
        about:
          'An unsigned court notice (SPF only, p=reject) delivered by MDaemon in its resolved form, "from <HELO> ([IP]) by <itself> (MDaemon …)". Layout from public MDaemon-relayed raw copies (MDaemon 9.6, 26.0)',
        class: 'mdaemon',
        args: ARGS,
        expect: { ...NOT_SPOOFED, fields: { 'origin.ip': ip } },
      },
    });
  }

  // 4. The office scanner on the LAN, submitting through the firm's own MDaemon: HELO its address
  //    literal, X-MDRemoteIP the LAN address. Mail of the firm's own domain written inside it.
  {
    const envelope = 'scanner@kanzlei-mueller.example';
    const raw = submitted({
      from: 'Scanner Empfang <scanner@kanzlei-mueller.example>',
      to,
      subject: 'Scan from RICOH IM C3000',
      date: 'Fri, 20 Nov 2026 09:58:40 +0100',
      messageId: '<20261120095840.0001@IM-C3000>',
    });
    write('mdaemon-lan-scanner-own-domain', {
      eml: stored(
        mdaemon(raw, {
          client: 'from [192.168.20.31]',
          ip: '192.168.20.31',
          helo: '[192.168.20.31]',
          envelope,
          rcpt,
        }),
        envelope,
      ),
      zone: {
        'kanzlei-mueller.example': { TXT: ['v=spf1 mx -all'] },
        '_dmarc.kanzlei-mueller.example': { TXT: ['v=DMARC1; p=quarantine'] },
      },
      meta: {
        about:
          'A multifunction printer on the office LAN (HELO its address literal) scans to e-mail through the firm’s own MDaemon, From the firm’s own domain (p=quarantine), unsigned: written inside the receiver. Layout from public MDaemon raw copies (an address-literal HELO with X-MDRemoteIP)',
        class: 'mdaemon',
        args: ARGS,
        expect: { notVerdict: ['spoofed', 'suspicious'] },
      },
    });
  }
}
