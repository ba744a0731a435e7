// Red-team round 156: the oldest verdict-bearing rule, lib/engine/author.ts strictestAuthor
// (RFC 7489 §6.6.1, last changed 2026-12-02 10:09, older than every rule that now reads the author),
// attacked with From fields of several addresses, each beside its genuine control. strictestAuthor
// looks only at fromAll.slice(1, MAX_AUTHORS) and drops same-domain entries after slicing, so the
// bank's address placed fifth, or after three fillers of the attacker's own domain, is never checked
// for DMARC; the attacker's first address passes DMARC in full (only `multiple-from` made them
// suspicious). Fixed at 11:09 (author.ts: duplicates dropped before the cap, seven other domains):
// the same-domain filler cases now read spoofed, naming the bank. Read in a Postfix + OpenDMARC box
// (OpenDMARC's default RejectMultiValueFrom=false accepts such a From and checks each domain; Gmail
// refuses a From of several addresses under its sender guidelines, so no Gmail layout is modelled).
// The oldest files listed (spf-macro.ts, spf-ip.ts, relay/feeds.ts, page-values.ts, gmail-ids.ts)
// were read too: spf-macro.ts differs from mailauth's macro.js on an empty local part
// ("postmaster" vs ""), an empty HELO ("" vs "[ip]") and RFC 8616 non-ASCII local parts (mailauth
// strict skips the term), but only the walker's explanation (mechanism / includePath) is taken, and
// only when its result agrees with mailauth's, so no verdict moves there.
// Where the layouts were learnt: RFC 7489 §6.6.1 and OpenDMARC's opendmarc.conf(5)
// (RejectMultiValueFrom), Google's email sender guidelines ("From: header must include only one
// email address"); the box's Postfix lines as messages.ts received() writes them. Names and
// addresses are documentation ones.
import {
  ARGS,
  ATTACKER_IP,
  AUTHENTICATED,
  attackerMail,
  authenticZone,
  BANK,
  BANK_IP,
  BANK_KEY,
  fromBank,
  genuineBankNotice,
  NOT_TRUSTED,
  ptr,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop } from '../messages';
import { probeCorpus } from '../rounds-kit';

const BANK_ADDR = 'Northbank Security <security@northbank.example>';

export async function makeAll(write: CaseWriter): Promise<void> {
  const { authenticated } = attackerMail(write);
  const fillerZone = {
    ...authenticZone('attacker-two.example', ATTACKER_IP),
    ...authenticZone('attacker-three.example', ATTACKER_IP),
    ...authenticZone('attacker-four.example', ATTACKER_IP),
    ...ptr(ATTACKER_IP, 'mail.attacker.example'),
  };

  // ---- Genuine controls ----
  write('probe156-box-bank-genuine-control', {
    eml: onTop(await genuineBankNotice(), 'Return-Path: <security@northbank.example>', fromBank()),
    zone: { ...BANK, ...BANK_KEY, ...ptr(BANK_IP, 'mail.northbank.example') },
    meta: {
      about:
        "Genuine control: the bank's signed notice from its own server to the reader's box (one From address). Wanted: authenticated.",
      class: 'multi-author',
      args: ARGS,
      expect: AUTHENTICATED,
    },
  });
  await authenticated({
    name: 'probe156-box-attacker-own-single-from-control',
    class: 'multi-author',
    about:
      "Genuine control of the attacker's layout: his own domain, signed, SPF-authorised, one From address of his own. Wanted: authenticated (it is honest mail of attacker.example).",
    from: 'Accounts <accounts@attacker.example>',
    zone: ptr(ATTACKER_IP, 'mail.attacker.example'),
    expect: AUTHENTICATED,
  });

  // ---- Attacks: the bank among several authors ----
  const attacks: Array<[string, string, string, string[]?]> = [
    [
      'bank-second',
      `accounts@attacker.example, ${BANK_ADDR}`,
      'the bank second of two (baseline: strictestAuthor checks it, p=reject fails)',
    ],
    [
      'bank-fifth-other-domains',
      `accounts@attacker.example, a@attacker-two.example, b@attacker-three.example, c@attacker-four.example, ${BANK_ADDR}`,
      'the bank fifth after three fillers of other attacker domains: slice(1, MAX_AUTHORS) stops at the fourth address, so the bank is never checked',
    ],
    [
      'bank-fifth-same-domain',
      `accounts@attacker.example, a@attacker.example, b@attacker.example, c@attacker.example, ${BANK_ADDR}`,
      "the bank fifth after three fillers of the attacker's own domain: the slice is taken before same-domain entries are dropped, so no other author is left and only the first (passing) domain counts",
    ],
    [
      'bank-fifth-with-sender',
      `accounts@attacker.example, a@attacker.example, b@attacker.example, c@attacker.example, ${BANK_ADDR}`,
      'the same with the Sender field RFC 5322 §3.6.2 asks for beside several authors (Sender: the attacker)',
      ['Sender: accounts@attacker.example'],
    ],
    [
      'bank-fourth-upper-case',
      `accounts@attacker.example, a@attacker.example, Northbank Security <security@NORTHBANK.EXAMPLE>`,
      'the bank third, its domain in upper case (does the same-domain filter and the DMARC look-up fold case?)',
    ],
  ];
  for (const [slug, from, how, extra] of attacks)
    await authenticated({
      name: `probe156-box-multi-from-${slug}`,
      class: 'multi-author',
      about: `Attack: the attacker's own server and domain (SPF, DKIM, DMARC pass for attacker.example), a From of several addresses with ${how}. Wanted: not trusted (RFC 7489 §6.6.1: the bank's p=reject fails).`,
      from,
      zone: fillerZone,
      ...(extra ? { extra } : {}),
      expect: NOT_TRUSTED,
    });

  // Two From fields, the bank's in the second.
  await authenticated({
    name: 'probe156-box-two-from-fields-bank-second',
    class: 'multi-author',
    about:
      "Attack: the attacker's authenticated mail with a second From field naming the bank (some mail apps show the last one). Wanted: not trusted.",
    from: 'accounts@attacker.example',
    extra: [`From: ${BANK_ADDR}`],
    zone: fillerZone,
    expect: NOT_TRUSTED,
  });
}

// No case is pending: every multi-author From reads spoofed or suspicious (multiple-from, high, in
// lib/findings/message-problems.ts) even where strictestAuthor never checks the bank.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
