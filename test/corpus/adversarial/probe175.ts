// Red-team round 175: the literal id "Plesk" admitted under the entry line (lib/auth/authresults.ts
// BELOW_ENTRY_PROVIDERS, PRODUCT_IDS, the spf-only filter), attacked further than lead174 did.
// lead174 forged a row claiming dkim, spf AND dmarc pass; the row is now taken for its spf= words
// only, so the attacker writes what is taken: spf=pass for the From domain's own envelope
// (Return-Path the bank's), on a reader's Plesk whose SPF check is off (Plesk lets the admin switch
// it off: no row of its own under the entry, so his is the first). Also: the id spelt otherwise
// (PLESK, "plesk ;", a comment, a version), his row under his own Received line (not the first
// under the entry), his spf=pass naming the bank's envelope while the Return-Path is his, and the
// reader's genuine Plesk row for the bank's genuine mail (control).
// Layout of the Plesk delivery: as realworld167.ts cites it (lore.kernel.org copies via
// plesk.hostmyservers.fr: Postfix's `Received: … by <host> (Postfix) with ESMTPS id …` with,
// BELOW it, `Authentication-Results: Plesk; spf=pass (sender IP is …) smtp.mailfrom=… smtp.helo=…`;
// Plesk's docs "DKIM, SPF and DMARC protection": SPF checks on incoming mail by default, and can be
// turned off). Addresses are documentation ones.
import type { CaseExpectation } from '../../helpers/corpus';
import { BANK, BANK_FROM, BANK_IP, BANK_KEY, emitCase, genuineBankNotice, KEY, SPOOFED } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { probeCorpus } from '../rounds-kit';

const READER = 'cabinet-morel.example';
const MOREL = `j.morel@${READER}`;
const PK = 'plesk01.webhost.example';
const ARGS = ['--authserv-id', 'Plesk', '--recipient-domain', READER];
const VPS = {
  helo: 'mail.northbank-secure.example',
  rdns: 'vps-203-0-113-99.hoster.example',
  ip: '203.0.113.99',
};
const ZONE = {
  ...BANK,
  ...BANK_KEY,
  [READER]: { TXT: ['v=spf1 +a +mx -all'], MX: [{ priority: 10, exchange: PK }] },
  [`_dmarc.${READER}`]: { TXT: ['v=DMARC1; p=none'] },
  's1._domainkey.attacker.example': KEY(),
};
const NOT_AUTHENTICATED: CaseExpectation = { notVerdict: ['authenticated'] };
const BANK_ENV = 'security@northbank.example';

/** The attacker's spf-only row: what a Plesk row is taken for. */
const spfRow = (id: string, mailfrom = BANK_ENV) =>
  `Authentication-Results: ${id};\r\n\tspf=pass (sender IP is ${VPS.ip}) smtp.mailfrom=${mailfrom} smtp.helo=mail.northbank.example`;

const lure = (extra: string[]) =>
  submitted({
    from: BANK_FROM,
    to: `Jeanne Morel <${MOREL}>`,
    subject: 'Votre carte est suspendue',
    extraHeaders: extra,
    body: 'Confirmez vos informations sur https://northbank-secure.example/carte\r\n',
  });

/** Postfix's entry on the reader's Plesk for `relay`, with Plesk's own row under it when its check runs. */
function delivery(
  raw: string,
  o: { envelope?: string; relay?: typeof VPS; ownRow?: string | null; under?: string[] } = {},
): string {
  const r = o.relay ?? VPS;
  const entry = `Received: from ${r.helo} (${r.rdns} [${r.ip}])\r\n\tby ${PK} (Postfix) with ESMTPS id 4ZsQ9F0A1B7C\r\n\tfor <${MOREL}>; Fri, 20 Nov 2026 11:00:05 +0100 (CET)`;
  return onTop(
    raw,
    `Return-Path: <${o.envelope ?? BANK_ENV}>`,
    `Delivered-To: ${MOREL}`,
    entry,
    ...(o.ownRow ? [o.ownRow] : []),
    ...(o.under ?? []),
  );
}

export async function makeAll(write: CaseWriter): Promise<void> {
  // 1. The spf-only row for the bank's own envelope, check off: online and offline.
  const eml = delivery(lure([spfRow('Plesk')]));
  emitCase(write, {
    name: 'r175-plesk-spf-only-row-bank-envelope-check-off-online',
    about:
      "The reader's Plesk has its SPF check off; the attacker's message starts with 'Authentication-Results: Plesk; spf=pass smtp.mailfrom=security@northbank.example', the only words such a row is taken for, and his Return-Path is the bank's. Online: SPF re-checked for his VPS fails against the bank's -all. Wanted: spoofed.",
    class: 'plesk-forged-row',
    args: ARGS,
    eml,
    zone: ZONE,
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'r175-plesk-spf-only-row-bank-envelope-check-off-offline',
    about:
      "As above, offline: only the Plesk row can speak, and it says spf=pass for the bank's own envelope, aligned with the From. Wanted: not authenticated (a row under the entry on a server that may not write one is the sender's).",
    class: 'plesk-forged-row',
    args: ARGS,
    eml,
    expect: NOT_AUTHENTICATED,
  });
  // 2. The id spelt otherwise.
  for (const [tag, id] of [
    ['upper', 'PLESK'],
    ['space-before-semicolon', 'plesk '],
    ['comment', 'Plesk (spf check)'],
    ['version', 'Plesk 1'],
  ] as const) {
    emitCase(write, {
      name: `r175-plesk-spf-only-row-id-${tag}-check-off-offline`,
      about: `The forged spf-only row under the id written '${id};' (the check off, offline). Wanted: not authenticated, as for 'Plesk;'.`,
      class: 'plesk-forged-row',
      args: ARGS,
      eml: delivery(lure([spfRow(id)])),
      expect: NOT_AUTHENTICATED,
    });
  }
  // 3. The row under his own VPS's Received line: not the first under the entry.
  const own = `Received: from [192.168.10.5] (unknown [192.168.10.5])\r\n\tby ${VPS.helo} (Postfix) with ESMTPSA id 7F2A1C0042\r\n\tfor <${MOREL}>; Fri, 20 Nov 2026 11:00:02 +0100 (CET)`;
  emitCase(write, {
    name: 'r175-plesk-spf-only-row-under-senders-received-offline',
    about:
      "The forged spf-only Plesk row sits under the attacker's own Received line (his VPS's Postfix), as another Plesk server's row would. Offline. Wanted: not authenticated (not the reader's row).",
    class: 'plesk-forged-row',
    args: ARGS,
    eml: delivery(lure([]), { under: [own, spfRow('Plesk')] }),
    expect: NOT_AUTHENTICATED,
  });
  // 4. His row names the bank's envelope, the Return-Path is his own.
  emitCase(write, {
    name: 'r175-plesk-spf-only-row-mailfrom-not-return-path-offline',
    about:
      'The forged row says spf=pass smtp.mailfrom=security@northbank.example while the Return-Path Plesk wrote is bounce@attacker.example (the check off, offline). Wanted: not authenticated.',
    class: 'plesk-forged-row',
    args: ARGS,
    eml: delivery(lure([spfRow('Plesk')]), { envelope: 'bounce@attacker.example' }),
    expect: NOT_AUTHENTICATED,
  });
  // 5. The check on: the server's own spf=fail row, his spf=pass row beneath it.
  const ownFail = `Authentication-Results: Plesk;\r\n\tspf=fail (sender IP is ${VPS.ip}) smtp.mailfrom=${BANK_ENV} smtp.helo=${VPS.helo}`;
  emitCase(write, {
    name: 'r175-plesk-spf-only-row-under-servers-fail-row-offline',
    about:
      "The reader's Plesk checks SPF and writes spf=fail under its entry; the attacker's spf-only pass row follows it. Offline. Wanted: spoofed (the reader's own row says fail and the bank publishes p=reject), at least not authenticated.",
    class: 'plesk-forged-row',
    args: ARGS,
    eml: delivery(lure([spfRow('Plesk')]), { ownRow: ownFail }),
    expect: NOT_AUTHENTICATED,
  });
  // 6. Control: the bank's genuine signed notice from its own server, the reader's genuine row.
  const genuine = delivery(await genuineBankNotice(), {
    relay: { helo: 'mail.northbank.example', rdns: 'mail.northbank.example', ip: BANK_IP },
    ownRow: `Authentication-Results: Plesk;\r\n\tspf=pass (sender IP is ${BANK_IP}) smtp.mailfrom=${BANK_ENV} smtp.helo=mail.northbank.example`,
  });
  emitCase(write, {
    name: 'r175-plesk-genuine-bank-own-row-online',
    about:
      "Control: the bank's genuine signed notice from its own server, the reader's Plesk's own spf=pass row under its entry. Online. Wanted: authenticated.",
    class: 'plesk-genuine',
    args: ARGS,
    eml: genuine,
    zone: ZONE,
    expect: { verdict: 'authenticated' },
  });
}

export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
