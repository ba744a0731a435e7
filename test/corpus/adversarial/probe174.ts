// Red-team round 174 (the lead): a Plesk reader's one "Authentication-Results: Plesk;" row.
//
// Real-mail round 167 (realworld167.ts) showed that every Plesk server writes its SPF check's row
// under the literal id "Plesk", UNDER Postfix's entry line (milter rows: lore.kernel.org copies via
// plesk.hostmyservers.fr), so `lib/auth/authresults.ts` now admits the first A-R under the entry
// for that id (BELOW_ENTRY_PROVIDERS) and, below the entry, no longer calls another Plesk server's
// row forged (PRODUCT_IDS). Such a row is taken only for its spf= results. These cases are the
// attacker's answers: a forged "Plesk;" row claiming dmarc/dkim pass, placed where the reader's
// server writes its own (its SPF check switched off) or beneath it, online and offline.
// Layout of the Plesk delivery: as realworld167 cites it. Addresses are documentation ones.
import { BANK, BANK_FROM, emitCase, KEY, SPOOFED } from '../kit';
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
  [READER]: { TXT: ['v=spf1 +a +mx -all'], MX: [{ priority: 10, exchange: PK }] },
  [`_dmarc.${READER}`]: { TXT: ['v=DMARC1; p=none'] },
  's1._domainkey.attacker.example': KEY(),
};
const NOT_AUTHENTICATED = { notVerdict: ['authenticated'] };

const FORGED_ROW = `Authentication-Results: Plesk;\r\n\tspf=pass (sender IP is ${VPS.ip}) smtp.mailfrom=northbank.example smtp.helo=mail.northbank.example;\r\n\tdkim=pass header.d=northbank.example;\r\n\tdmarc=pass (p=reject) header.from=northbank.example`;

const lure = (extra: string[]) =>
  submitted({
    from: BANK_FROM,
    to: `Jeanne Morel <${MOREL}>`,
    subject: 'Votre carte est suspendue',
    extraHeaders: extra,
    body: 'Confirmez vos informations sur https://northbank-secure.example/carte\r\n',
  });

/** Postfix's entry for the attacker's VPS on the reader's Plesk, and Plesk's own row under it when its SPF check runs. */
function delivery(raw: string, ownRow: string | null): string {
  const entry = `Received: from ${VPS.helo} (${VPS.rdns} [${VPS.ip}])\r\n\tby ${PK} (Postfix) with ESMTPS id 4ZsQ9F0A1B7C\r\n\tfor <${MOREL}>; Fri, 20 Nov 2026 11:00:05 +0100 (CET)`;
  return onTop(
    raw,
    'Return-Path: <security@northbank.example>',
    `Delivered-To: ${MOREL}`,
    entry,
    ...(ownRow ? [ownRow] : []),
  );
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const ownFail = `Authentication-Results: Plesk;\r\n\tspf=fail (sender IP is ${VPS.ip}) smtp.mailfrom=security@northbank.example smtp.helo=${VPS.helo}`;
  for (const [where, ownRow, about] of [
    [
      'under-servers-own-row',
      ownFail,
      "The reader's Plesk checks SPF (its default) and writes its spf=fail row under its entry; the attacker's own forged row claiming dkim, spf and dmarc pass for the bank comes right after it, above his From",
    ],
    [
      'spf-check-off',
      null,
      "The reader's Plesk has its incoming SPF check switched off, so the attacker's forged row claiming dkim, spf and dmarc pass for the bank is the first Authentication-Results under the entry line",
    ],
  ] as const) {
    const eml = delivery(lure([FORGED_ROW]), ownRow);
    emitCase(write, {
      name: `lead174-plesk-forged-row-${where}-online`,
      about: `${about}. --authserv-id Plesk, online. Wanted: spoofed (the bank publishes p=reject; nothing aligned verifies).`,
      class: 'plesk-forged-row',
      args: ARGS,
      eml,
      zone: ZONE,
      expect: SPOOFED,
    });
    emitCase(write, {
      name: `lead174-plesk-forged-row-${where}-offline`,
      about: `${about}. --authserv-id Plesk, offline: only the row under the entry can speak, and a Plesk row is taken for its SPF word alone. Wanted: not authenticated.`,
      class: 'plesk-forged-row',
      args: ARGS,
      eml,
      expect: NOT_AUTHENTICATED,
    });
  }
  // The forged row alone with the server's own row absent and the From the reader's own domain.
  const ceo = submitted({
    from: `Jeanne Morel <direction@${READER}>`,
    to: `Jeanne Morel <${MOREL}>`,
    subject: 'Virement urgent',
    extraHeaders: [
      `Authentication-Results: Plesk;\r\n\tspf=pass (sender IP is ${VPS.ip}) smtp.mailfrom=${READER};\r\n\tdmarc=pass header.from=${READER}`,
    ],
    body: 'Merci de faire le virement aujourd’hui, je suis en réunion.\r\n',
  });
  emitCase(write, {
    name: 'lead174-plesk-forged-row-spf-check-off-reader-domain-ceo-offline',
    about: `CEO fraud as the reader's own domain (p=none): the reader's Plesk writes no row (SPF check off), the attacker's row claiming spf and dmarc pass for ${READER} is the first under the entry. --authserv-id Plesk, offline. Wanted: not authenticated.`,
    class: 'plesk-forged-row',
    args: ARGS,
    eml: delivery(ceo, null),
    expect: NOT_AUTHENTICATED,
  });
}

export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
