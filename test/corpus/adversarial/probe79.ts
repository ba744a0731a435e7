// Red-team probes, seventy-ninth round (December 2026): the rules the adversarial corpus names
// least. Coverage measured at the round's start (`grep -rl <id> test/corpus/adversarial | wc -l`):
// header-field-too-large 0, auth-field-skipped 1 (lib/findings/limits.ts over the bounds of
// lib/auth/limits.ts), provider-from-mismatch 1 (lib/auth/authresults-provider.ts sameAuthor,
// lib/findings/provider.ts), and from-unusable's ids (multiple-from 6, from-unparseable 7;
// lib/findings/verdict.ts UNUSABLE_FROM_IDS). (Zero-count ids such as first-contact or clock-skew
// are memory or timing notes that decide no verdict.) The edges attacked:
// - MAX_FIELD_BYTES (64 KB): a header field over it is left out of what mailauth sees, while the
//   engine's own parse (parseMessage) reads the whole message. A From padded past 64 KB with a
//   comment is the bank's for the reader and absent for the DMARC check; a second, small From of
//   the attacker's aligned domain is then the only one DMARC is about.
// - MAX_FWS_RUN (256): a DKIM-Signature with a longer white-space run is left out. The attacker
//   edits a genuine bank notice and bloats the bank's (now failing) signature so that no failing
//   bank signature is checked at all.
// - header.from in the receiver's record (provider-from-mismatch): a From whose address parsers
//   read differently (an RFC 5322 §4.4 obsolete source route `<@northbank.example:x@attacker…>`,
//   white space before the colon of the field name, §4.5.5 obs-optional) so that the receiver's
//   pass names the attacker's domain while a reader may see the bank's.
// Readers: Outlook (--webmail outlook; Exchange Online records EOP's results, HeaderLens checks
// itself online), a self-hosted box (Postfix, rspamd, Dovecot LMTP; --authserv-id
// mx.reader.example, its header_size_limit 100 KB lets a 66 KB field through; Exchange Online's
// header limit is 256 KB) and Gmail for a control. Online, each with a zone. One control per
// family: the bank's genuine notice through Outlook, the box and Gmail, authenticated.
// Layouts: EOP's as probe17.ts / m365-shapes.ts record them, rspamd's and Gmail's as probe78.ts
// (its box and Gmail helpers, learnt from realworld74.ts). Documentation names and addresses.
import type { CaseExpectation } from '../../helpers/corpus';
import {
  ATTACKER_IP,
  AUTHENTICATED,
  BANK_IP,
  emitCase,
  KEY,
  NOT_TRUSTED,
  ptr,
  RECEIVER,
  type Relay,
  SPOOFED,
  signAll,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  dovecotLmtp,
  eopDelivery,
  GMAIL_TO,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
} from '../receivers';
import { postfixEntry } from '../rounds-kit';

/** Probes HeaderLens reads wrong today (see the seventy-ninth round's report). */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

const NB = 'northbank.example';
const EVIL = 'nb-alerts.example';
const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';
const BOX = RECEIVER;
const BOX_TO = 'robin@reader.example';
const OWN_BOX = ['--authserv-id', BOX];
const OUTLOOK = ['--webmail', 'outlook'];
const GMAIL = ['--webmail', 'gmail'];
const OUTLOOK_TO = 'Robin Reader <robin@reader.example>';

const BANK: Relay = { helo: 'mail.northbank.example', rdns: 'mail.northbank.example', ip: BANK_IP };
const VPS: Relay = { helo: `mail.${EVIL}`, rdns: `mail.${EVIL}`, ip: ATTACKER_IP };
const BANK_FROM = `Northbank Security <security@${NB}>`;

const LURE =
  'We detected an unusual sign-in to your online banking. Your card is on hold until you confirm your details:\r\nhttps://nb-verify.nb-alerts.example/c\r\n';
const NOTICE = 'Your November statement is ready in online banking.\r\n\r\nNorthbank\r\n';

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const spf = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

/** The bank's records (p=reject, its own server only) and the attacker's aligned domain. */
const ZONE = {
  ...dmarc(NB, 'reject'),
  ...spf(NB, `v=spf1 ip4:${BANK_IP} -all`),
  ...key(NB, 'nb2026'),
  ...ptr(BANK_IP, BANK.rdns),
  ...dmarc(EVIL, 'reject'),
  ...spf(EVIL, `v=spf1 ip4:${ATTACKER_IP} -all`),
  ...key(EVIL, 's79'),
  ...ptr(ATTACKER_IP, VPS.rdns),
};

/** A From comment that takes the field past MAX_FIELD_BYTES (64 KB), folded as a mailer folds. */
function paddedFrom(address: string): string {
  const words = 'Northbank customer protection service notice reference';
  const lines: string[] = [];
  let size = 0;
  while (size < 66 * 1024) {
    const line = ` ${words} ${String(lines.length).padStart(5, '0')}`;
    lines.push(line);
    size += line.length + 2;
  }
  return `${address} (${lines.join('\r\n').trimStart()})`;
}

interface Sent {
  /** Every From field as written, the first shown by the mail app. */
  from: string[];
  envelope: string;
  relay: Relay;
  signers: Array<[string, string]>;
  subject: string;
  body: string;
  /** Rewrites the message after signing (the attacker's edit of a genuine notice). */
  edit?: (raw: string) => string;
}

async function built(s: Sent, to: string): Promise<string> {
  const [first, ...more] = s.from;
  const raw = submitted({
    from: first!,
    to,
    subject: s.subject,
    date: SENT,
    messageId: `<${s.subject.length}.${s.envelope.length}.79@${s.envelope.split('@')[1]}>`,
    extraHeaders: more.map((f) => `From: ${f}`),
    body: s.body,
  });
  const signed = await signAll(raw, s.signers);
  return s.edit ? s.edit(signed) : signed;
}

/** What a receiver concluded about one method, written as its header shows it. */
interface Found {
  spf: 'pass' | 'fail';
  dkim: Array<[string, string, 'pass' | 'fail']>;
  dmarc: 'pass' | 'fail';
  /** The domain the receiver's DMARC check names (its header.from). */
  headerFrom: string;
}

async function atOutlook(s: Sent, f: Found): Promise<string> {
  const ip = s.relay.ip;
  const mailfrom = s.envelope.split('@')[1]!;
  const dkim = f.dkim.length
    ? f.dkim.map(([d, , r]) => `dkim=${r} (signature was verified)\r\n header.d=${d}`).join(';')
    : 'dkim=none (message not signed)\r\n header.d=none';
  const pass = f.spf === 'pass';
  return eopDelivery(await built(s, OUTLOOK_TO), {
    ip,
    helo: s.relay.helo,
    ar: `spf=${f.spf} (sender IP is ${ip})\r\n smtp.mailfrom=${mailfrom}; ${dkim};dmarc=${f.dmarc} action=${f.dmarc === 'pass' ? 'none' : 'oreject'}\r\n header.from=${f.headerFrom};compauth=${f.dmarc === 'pass' ? 'pass reason=100' : 'fail reason=000'}`,
    spf: `${pass ? 'Pass' : 'Fail'} (protection.outlook.com: domain of ${mailfrom} ${pass ? 'designates' : 'does not designate'}\r\n ${ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${ip}; helo=${s.relay.helo};${pass ? ' pr=C' : ''}`,
    returnPath: s.envelope,
    bottom: ['X-MS-Exchange-Organization-SCL: 1'],
  });
}

async function atBox(s: Sent, f: Found, id: string): Promise<string> {
  const rows = [
    ...(f.dkim.length
      ? f.dkim.map(([d, sel, r]) => `dkim=${r} header.d=${d} header.s=${sel} header.b=Q29ycHVz`)
      : ['dkim=none']),
    `spf=${f.spf} (${BOX}: domain of ${s.envelope} ${f.spf === 'pass' ? 'designates' : 'does not designate'} ${s.relay.ip} as permitted sender) smtp.mailfrom=${s.envelope}`,
    `dmarc=${f.dmarc} (policy=reject) header.from=${f.headerFrom}`,
  ].join(';\r\n\t');
  return onTop(
    await built(s, `Robin <${BOX_TO}>`),
    `Return-Path: <${s.envelope}>`,
    `Delivered-To: ${BOX_TO}`,
    dovecotLmtp(BOX, s.envelope, BOX_TO, `${id}LmtpQAAqVw1Bg`, 'Fri, 20 Nov 2026 10:00:07 +0000'),
    `Authentication-Results: ${BOX};\r\n\t${rows}`,
    postfixEntry(s.relay, BOX, id, BOX_TO, 'Fri, 20 Nov 2026 10:00:05 +0000'),
  );
}

async function atGmail(s: Sent, f: Found, n: string): Promise<string> {
  const results = [
    ...f.dkim.map(([d, sel, r]) => gmailDkim(d, sel, r)),
    gmailSpf(s.envelope, s.relay.ip, f.spf),
    gmailDmarc(f.headerFrom, 'REJECT', f.dmarc),
  ].join('\r\n       ');
  return gmailDelivery(await built(s, GMAIL_TO), {
    relay: s.relay,
    envelope: s.envelope,
    results,
    ids: [`x79csp${n}pxa`, `a79si${n}qtb.79`],
    spf: f.spf,
    deliveredTo: true,
  });
}

interface One {
  name: string;
  about: string;
  reader: 'outlook' | 'box' | 'gmail';
  s: Sent;
  found: Found;
  expect: CaseExpectation;
  cls: string;
}

async function emit(write: CaseWriter, c: One): Promise<void> {
  const n = String(c.name.length).padStart(2, '0');
  const eml =
    c.reader === 'outlook'
      ? await atOutlook(c.s, c.found)
      : c.reader === 'box'
        ? await atBox(c.s, c.found, `4ZrW79${n}`)
        : await atGmail(c.s, c.found, n);
  emitCase(write, {
    name: c.name,
    about: c.about,
    class: `probe79-${c.cls}`,
    args: c.reader === 'outlook' ? OUTLOOK : c.reader === 'box' ? OWN_BOX : GMAIL,
    eml,
    zone: ZONE,
    expect: c.expect,
  });
}

const attacker = (from: string[], subject: string, extra: Partial<Sent> = {}): Sent => ({
  from,
  envelope: `bounce@${EVIL}`,
  relay: VPS,
  signers: [[EVIL, 's79']],
  subject,
  body: LURE,
  ...extra,
});

const bank = (subject: string): Sent => ({
  from: [BANK_FROM],
  envelope: `bounces@${NB}`,
  relay: BANK,
  signers: [[NB, 'nb2026']],
  subject,
  body: NOTICE,
});

/** The receiver's fail for the bank's From, the attacker's own passes beside it. */
const bankFail: Found = { spf: 'pass', dkim: [[EVIL, 's79', 'pass']], dmarc: 'fail', headerFrom: NB };
/** The receiver's pass for the attacker's aligned domain. */
const evilPass: Found = { spf: 'pass', dkim: [[EVIL, 's79', 'pass']], dmarc: 'pass', headerFrom: EVIL };
const bankPass: Found = { spf: 'pass', dkim: [[NB, 'nb2026', 'pass']], dmarc: 'pass', headerFrom: NB };

export async function makeAll(write: CaseWriter): Promise<void> {
  const big = paddedFrom(BANK_FROM);

  // 1–2. One From, past 64 KB: the reader sees the bank; mailauth sees no From at all.
  await emit(write, {
    name: 'probe79-outlook-bank-from-over-64kb-comment-online',
    about: `The attacker sends from his VPS (${ATTACKER_IP}, SPF and DKIM pass for ${EVIL}) a lure whose only From is "${BANK_FROM}" followed by a 66 KB comment, past the 64 KB field bound of lib/auth/limits.ts: the engine's own parse reads the bank's address while mailauth, which never sees the field, has no From to check DMARC for. Exchange Online (header limit 256 KB) records dmarc=fail for ${NB}; the Outlook profile trusts no results, so HeaderLens's own check decides online. Wanted: spoofed (the bank's p=reject fails), header-field-too-large noted`,
    reader: 'outlook',
    s: attacker([big], 'Card on hold: confirm your details'),
    found: bankFail,
    expect: { ...SPOOFED, findings: ['header-field-too-large'] },
    cls: 'from-over-field-bound',
  });
  await emit(write, {
    name: 'probe79-box-bank-from-over-64kb-comment-online',
    about: `The same 66 KB From comment naming ${NB}, sent to a self-hosted Postfix box (header_size_limit 100 KB lets it in) whose rspamd records dmarc=fail header.from=${NB} beside the attacker's own SPF and DKIM passes. Online, --authserv-id ${BOX}. Wanted: spoofed, header-field-too-large noted`,
    reader: 'box',
    s: attacker([big], 'Unusual sign-in to your account'),
    found: bankFail,
    expect: { ...SPOOFED, findings: ['header-field-too-large'] },
    cls: 'from-over-field-bound',
  });

  // 3–4. Two From fields: the shown one past 64 KB (the bank's), the small second the attacker's.
  await emit(write, {
    name: 'probe79-outlook-two-from-bank-over-64kb-attacker-second-online',
    about: `Two From fields: the first "${BANK_FROM}" padded past 64 KB (what a mail app shows), the second security@${EVIL}, small, aligned with the attacker's SPF and DKIM. mailauth sees only the second, so DMARC passes for ${EVIL}; Exchange Online records the pass for ${EVIL}. Outlook profile, online. Wanted: not trusted: the reader sees the bank, the check was about another author (multiple-from, from-unusable)`,
    reader: 'outlook',
    s: attacker([big, `security@${EVIL}`], 'Confirm your card'),
    found: evilPass,
    expect: { ...NOT_TRUSTED, findings: ['multiple-from'] },
    cls: 'two-from-field-bound',
  });
  await emit(write, {
    name: 'probe79-box-two-from-bank-over-64kb-attacker-second-online',
    about: `The same two From fields at a self-hosted box whose rspamd took the second From for DMARC and recorded dmarc=pass header.from=${EVIL}. Online, --authserv-id ${BOX}. Wanted: not trusted (multiple-from; the receiver's pass names another author: provider-from-mismatch or from-unusable)`,
    reader: 'box',
    s: attacker([big, `security@${EVIL}`], 'Your card is on hold'),
    found: evilPass,
    expect: { ...NOT_TRUSTED, findings: ['multiple-from'] },
    cls: 'two-from-field-bound',
  });

  // 5. The bank's failing signature bloated past MAX_FWS_RUN so that it is never checked.
  await emit(write, {
    name: 'probe79-outlook-edited-bank-notice-signature-bloated-online',
    about: `The attacker keeps a genuine, signed statement notice from ${NB}, replaces its body with his lure and widens one folding white space of the bank's DKIM-Signature to 300 characters (relaxed canonicalization would have forgiven it; the body hash fails anyway), so that lib/auth/limits.ts leaves the bank's failing signature out of the check (auth-field-skipped) instead of reporting dkim-fail. He sends it from his VPS with his own envelope. Exchange Online records dkim=fail for ${NB}, dmarc=fail. Outlook profile, online. Wanted: spoofed`,
    reader: 'outlook',
    s: {
      ...bank('Your November statement'),
      envelope: `bounce@${EVIL}`,
      relay: VPS,
      edit: (raw) => raw.replace(/^(DKIM-Signature: v=1;)/m, `$1${' '.repeat(300)}`).replace(NOTICE, LURE),
    },
    found: { spf: 'pass', dkim: [[NB, 'nb2026', 'fail']], dmarc: 'fail', headerFrom: NB },
    expect: { ...SPOOFED, findings: ['auth-field-skipped'] },
    cls: 'signature-over-fws-bound',
  });

  // 6–7. Addresses parsers read differently: the receiver's pass names the attacker's domain.
  await emit(write, {
    name: 'probe79-box-from-source-route-bank-then-attacker-online',
    about: `From "Northbank Security" <@${NB}:security@${EVIL}>: an RFC 5322 §4.4 obsolete source route naming the bank before the attacker's real mailbox. rspamd reads the address as security@${EVIL} and records dmarc=pass header.from=${EVIL} (aligned SPF and DKIM); a mail app may show the route. Online, --authserv-id ${BOX}. Wanted: not trusted: a route naming the bank is no author HeaderLens can vouch for`,
    reader: 'box',
    s: attacker([`Northbank Security <@${NB}:security@${EVIL}>`], 'Security check required'),
    found: evilPass,
    expect: NOT_TRUSTED,
    cls: 'from-parse-divergence',
  });
  await emit(write, {
    name: 'probe79-outlook-from-source-route-bank-then-attacker-online',
    about: `The same source-routed From <@${NB}:security@${EVIL}> through Exchange Online, which records dmarc=pass header.from=${EVIL}. Outlook profile, online: HeaderLens's own check and parse decide. Wanted: not trusted`,
    reader: 'outlook',
    s: attacker([`Northbank Security <@${NB}:security@${EVIL}>`], 'Security check needed'),
    found: evilPass,
    expect: NOT_TRUSTED,
    cls: 'from-parse-divergence',
  });
  await emit(write, {
    name: 'probe79-box-two-from-obs-colon-bank-first-online',
    about: `Two From fields, the bank's first written "From : ${BANK_FROM}" (RFC 5322 §4.5.5 obsolete white space before the colon) and the attacker's aligned security@${EVIL} second. rspamd's parser, strict about field names, takes only the second and records dmarc=pass header.from=${EVIL}; a lenient mail app shows the first. Online, --authserv-id ${BOX}. Wanted: not trusted`,
    reader: 'box',
    s: attacker([BANK_FROM, `security@${EVIL}`], 'Your account is on hold', {
      edit: (raw) => raw.replace(/^From: Northbank/m, 'From : Northbank'),
    }),
    found: evilPass,
    expect: NOT_TRUSTED,
    cls: 'from-parse-divergence',
  });

  // Controls: the bank's genuine notice, signed, from its own server.
  await emit(write, {
    name: 'probe79-outlook-control-bank-notice-online',
    about: `Control: the bank's genuine statement notice from its own server (${BANK_IP}), signed d=${NB}, through Exchange Online, which records every pass. Outlook profile, online. Wanted: authenticated`,
    reader: 'outlook',
    s: bank('Your November statement is ready'),
    found: bankPass,
    expect: AUTHENTICATED,
    cls: 'control',
  });
  await emit(write, {
    name: 'probe79-box-control-bank-notice-online',
    about: `Control: the bank's genuine notice at the self-hosted box (rspamd records every pass). Online, --authserv-id ${BOX}. Wanted: authenticated`,
    reader: 'box',
    s: bank('Statement ready'),
    found: bankPass,
    expect: AUTHENTICATED,
    cls: 'control',
  });
  await emit(write, {
    name: 'probe79-gmail-control-bank-notice-online',
    about: `Control: the bank's genuine notice delivered to Gmail, which records every pass. Online, --webmail gmail. Wanted: authenticated`,
    reader: 'gmail',
    s: bank('November statement'),
    found: bankPass,
    expect: AUTHENTICATED,
    cls: 'control',
  });
}

export async function make(write: CaseWriter): Promise<void> {
  await makeAll((name, c) => {
    if (!PENDING_ENGINE_FIX.has(name)) write(name, c);
  });
}
