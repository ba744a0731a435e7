// Red-team probes, round 160 (December 2026): the sender memory (issue 21, lib/memory/,
// lib/findings/memory.ts), read in Gmail, Outlook, Yahoo and a Postfix/Dovecot box by a reader who
// has had mail from northbank.example for months (its own servers, 192.0.2.0/24, DKIM selector nb1).
// The attacker has read lib/memory/learn.ts (refusal, networkMayJoin, onlyNewEspNoted) and
// lib/findings/memory.ts (newInfrastructure, firstContact, imitable).
//
// The corpus runner takes no memory (test/helpers/pinned-corpus.ts optionsFromArgs refuses
// --memory, and a case is message.eml + zone.json + case.json, no memory file), so the cases here
// are the single-message half of each memory attack: the poisoning messages themselves. learn
// (refusal) teaches the memory only from a DMARC pass whose verdict stands behind it
// ("authenticated", or "suspicious" with nothing but the memory's own ESP note), so each poisoning
// message below must not read authenticated, or it files the attacker's network as the bank's
// (trust on first use for a new install, and for good once filed: 24 networks, least recent out):
// - the bank's genuine signed notice (sent to the attacker's own account, d=northbank.example
//   s=nb1, body and signed headers intact) replayed to the reader from a rented EC2 server, the
//   envelope his own (SPF pass for attacker.example, DKIM aligned pass: DMARC pass);
// - an unsigned notice from EC2 passing the bank's SPF through a broad include of a hosting
//   provider's whole range (MAIL FROM northbank.example: SPF aligned, DMARC pass).
// Controls: the bank's own notice from its own server, read in each of the four.
// The memory-side evasions (look-alikes, new networks) were run by hand with `--memory` on a
// memory taught by the four controls (northbank.example, 4 messages): held (first-contact medium)
// for north-bank, northbnak, nrthbank, a Latin-look IDN, northbank.co.example, northbank.example.co,
// northbank-example.com, a subdomain of northbank-alerts and a long hyphenated name; missed (info):
// a glued word longer than MAX_GLUED (northbankcustomercare, northbankonlinebanking) and the name
// in the middle (mynorthbankaccount). Those are in the round's report, not here.
// Layouts: Gmail's, EOP's and Yahoo's deliveries as test/corpus/receivers.ts writes them (learnt
// in earlier rounds from real headers); the box as kit.ts's Postfix entry under the reader's
// authserv-id; Amazon EC2's 3.120.1.10 (AS16509) as kit.ts has it. Searching for new layouts was
// not needed (20-minute round). Documentation names and addresses except Amazon's and the
// providers' own hosts; every key is the corpus key.
import type { CaseExpectation } from '../../helpers/corpus';
import {
  ARGS,
  AUTHENTICATED,
  AWS_IP,
  BANK_IP,
  emitCase,
  GMAIL,
  KEY,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  signAll,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import {
  eopDelivery,
  eopPass,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooDelivery,
  yahooResults,
} from '../receivers';
import { probeCorpus } from '../rounds-kit';

const BANK = 'northbank.example';
const READER_ADDR = 'robin.reader@tidewater.example';
const READER = `Robin Reader <${READER_ADDR}>`;
const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';

const BANK_RELAY: Relay = { helo: 'mail.northbank.example', rdns: 'mail.northbank.example', ip: BANK_IP };
const EC2: Relay = {
  helo: 'ec2-3-120-1-10.eu-central-1.compute.amazonaws.com',
  rdns: 'ec2-3-120-1-10.eu-central-1.compute.amazonaws.com',
  ip: AWS_IP,
};

const ZONE = {
  ...ptr(BANK_IP, BANK_RELAY.rdns),
  ...ptr(AWS_IP, EC2.rdns),
  [BANK]: { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
  [`_dmarc.${BANK}`]: { TXT: ['v=DMARC1; p=reject'] },
  [`nb1._domainkey.${BANK}`]: KEY(),
  'attacker.example': { TXT: [`v=spf1 ip4:${AWS_IP} -all`] },
  '_dmarc.attacker.example': { TXT: ['v=DMARC1; p=reject'] },
};

/** The bank's SPF with a hosting provider's whole range included (a broad record). */
const BROAD_ZONE = {
  ...ZONE,
  [BANK]: { TXT: ['v=spf1 ip4:192.0.2.0/24 include:spf.cloudhost.example -all'] },
  'spf.cloudhost.example': { TXT: ['v=spf1 ip4:3.120.0.0/14 ip4:3.64.0.0/12 -all'] },
};

/** The bank's monthly notice, signed nb1 over the usual header list (To included). */
function notice(to: string, n: string): Promise<string> {
  return signAll(
    submitted({
      from: `"Northbank" <alerts@${BANK}>`,
      to,
      subject: 'Your November statement is ready',
      date: SENT,
      messageId: `<160${n}.statement.2026-11@mail.northbank.example>`,
      body: 'Your November statement is ready in online banking.\r\nNorthbank will never ask for your password by email.\r\n',
    }),
    [[BANK, 'nb1']],
  );
}

/** The attacker's unsigned notice, MAIL FROM the bank (broad SPF). */
const forged = (n: string) =>
  submitted({
    from: `"Northbank" <alerts@${BANK}>`,
    to: READER,
    subject: 'Action needed: confirm your card',
    date: SENT,
    messageId: `<160${n}.card@mail.northbank.example>`,
    body: 'Your card is on hold. Confirm it at https://northbank.example.card-check.example/confirm\r\n',
  });

interface Way {
  raw: string;
  relay: Relay;
  envelope: string;
  signed: boolean;
}

function atGmail(w: Way, n: string): string {
  return gmailDelivery(w.raw, {
    relay: w.relay,
    envelope: w.envelope,
    results: [
      ...(w.signed ? [gmailDkim(BANK, 'nb1')] : []),
      gmailSpf(w.envelope, w.relay.ip),
      gmailDmarc(BANK),
    ].join('\r\n       '),
    ids: [`x160csp${n}pxa`, `a160si${n}qtb.160`],
    spf: 'pass',
    deliveredTo: true,
    to: READER_ADDR,
  });
}

function atOutlook(w: Way): string {
  const envDomain = w.envelope.split('@').pop()!;
  return eopDelivery(w.raw, {
    ...eopPass(
      w.relay,
      envDomain,
      w.signed ? `dkim=pass (signature was verified)\r\n header.d=${BANK}` : undefined,
      BANK,
    ),
    returnPath: w.envelope,
  });
}

function atYahoo(w: Way): string {
  return yahooDelivery(w.raw, {
    relay: w.relay,
    envelope: w.envelope,
    results: yahooResults(
      w.signed ? [[BANK, 'nb1']] : [],
      w.envelope.split('@').pop()!,
      `dmarc=pass(p=REJECT) header.from=${BANK};`,
    ),
  });
}

function atBox(w: Way): string {
  return onTop(
    w.raw,
    `Return-Path: <${w.envelope}>`,
    `Authentication-Results: ${RECEIVER};\r\n\t${w.signed ? `dkim=pass header.d=${BANK} header.s=nb1;\r\n\t` : ''}spf=pass smtp.mailfrom=${w.envelope.split('@').pop()};\r\n\tdmarc=pass header.from=${BANK}`,
    received({ helo: w.relay.helo, rdns: w.relay.rdns, ip: w.relay.ip, by: RECEIVER, for: READER_ADDR }),
  );
}

type Reader = 'gmail' | 'outlook' | 'yahoo' | 'box';
const READERS: Reader[] = ['gmail', 'outlook', 'yahoo', 'box'];
const ARGS_OF: Record<Reader, string[]> = {
  gmail: GMAIL,
  outlook: OUTLOOK,
  yahoo: ['--webmail', 'yahoo'],
  box: ARGS,
};
function deliver(r: Reader, w: Way, n: string): string {
  if (r === 'gmail') return atGmail(w, n);
  if (r === 'outlook') return atOutlook(w);
  if (r === 'yahoo') return atYahoo(w);
  return atBox(w);
}

/** Pending: see PENDING_ENGINE_FIX. */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

const POISON: CaseExpectation = NOT_TRUSTED;

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: {
    name: string;
    about: string;
    cls: string;
    eml: string;
    args: string[];
    zone: Record<string, unknown>;
    expect: CaseExpectation;
    twin?: boolean;
  }) => emitCase(write, { ...c, class: `probe160-${c.cls}` });

  for (const [i, r] of READERS.entries()) {
    // Control: the bank's notice from its own server, to the reader.
    emit({
      name: `probe160-genuine-${r}`,
      about: `Control (${r}): the bank's monthly notice from its own server (192.0.2.10, in its SPF), signed d=${BANK} s=nb1, to the reader. It is the mail the memory learns from: authenticated, and no memory finding without a memory.`,
      cls: 'memory-control',
      eml: deliver(
        r,
        { raw: await notice(READER, `g${i}`), relay: BANK_RELAY, envelope: `bounces@${BANK}`, signed: true },
        `g${i}`,
      ),
      args: ARGS_OF[r],
      zone: ZONE,
      expect: { ...AUTHENTICATED, absentFindings: ['new-infrastructure', 'first-contact'] },
      twin: r === 'gmail',
    });
    // Poison 1: the genuine notice (sent to the attacker's own account) replayed from EC2.
    emit({
      name: `probe160-replay-ec2-${r}`,
      about: `Poisoning the sender memory (${r}): the attacker banks at Northbank, receives its signed notice at his own address (To: his, signed) and replays it unchanged to the reader from a rented EC2 server under his own envelope (SPF pass for attacker.example, DKIM nb1 aligned: DMARC pass). Read authenticated, it would teach the memory (lib/memory/learn.ts refusal) that Amazon Web Services is one of the bank's networks, so his later forgeries from there carry no new-infrastructure; it must not read authenticated.`,
      cls: 'memory-poison-replay',
      eml: deliver(
        r,
        {
          raw: await notice('"Pat Vance" <pat.vance@attacker.example>', `r${i}`),
          relay: EC2,
          envelope: 'bounce@attacker.example',
          signed: true,
        },
        `r${i}`,
      ),
      args: ARGS_OF[r],
      zone: ZONE,
      expect: POISON,
    });
  }
  // Poison 2: unsigned through the bank's broad include (Gmail and the box).
  for (const [i, r] of (['gmail', 'box'] as Reader[]).entries())
    emit({
      name: `probe160-broad-spf-ec2-${r}`,
      about: `Poisoning the sender memory (${r}): the bank's SPF includes a hosting provider's whole range (include:spf.cloudhost.example, 3.120.0.0/14); the attacker's EC2 server sends unsigned as alerts@${BANK} with MAIL FROM the bank (SPF aligned, DMARC pass). Any tenant of that provider passes: it must not read authenticated, or it is learnt and the next forgery from EC2 reads usual.`,
      cls: 'memory-poison-broad-spf',
      eml: deliver(
        r,
        { raw: forged(`b${i}`), relay: EC2, envelope: `bounce@${BANK}`, signed: false },
        `b${i}`,
      ),
      args: ARGS_OF[r],
      zone: BROAD_ZONE,
      expect: POISON,
      twin: r === 'gmail',
    });
}

export async function make(write: CaseWriter) {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
