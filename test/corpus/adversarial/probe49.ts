// Red-team probes, forty-ninth round (December 2026): the login rules of this session
// (lib/engine/login-elsewhere.ts decide, mxSharesAddress, boxRecordUsers; lib/findings/login.ts),
// attacked by a sender who has read lib/ and wants an unsigned forgery of northbank.example (DMARC
// p=reject) or of a small dental practice's domain (p=quarantine) read authenticated or unverified.
// - Who controls the comparison: the box's name is what the reader's box prints, the MX host is
//   the From domain's; no name the attacker controls enters mxSharesAddress. What the attacker
//   controls is his own account on the shared box the victim's MX names (by name or by a shared
//   address), and so the login name the box prints. decide() calls a login a colleague's when its
//   registrable domain is the From's: a hoster's panel that lets a customer add any domain not yet
//   on the server lets him add a sub-domain of another customer's domain (pay.<firm>), and log in
//   as billing@pay.<firm>. Probed on the bank's hoster (MX by name) and on a shared Plesk-style
//   server (MX by a shared address, v4 and v6). Also probed: a bare login with a HELO carrying ";"
//   and an injected dmarc=pass in the box's SPF milter header; a login under a realm with no
//   public suffix (`shopadm@nbhost`); a co-tenant of a shared host that is not the bank's MX
//   adding northbank.example itself to his account; the From's MX reaching the box through a CNAME.
// Controls: a colleague's own login on the shared-address server (v6 only, and through a CNAME).
// Layouts: Postfix's "(Authenticated sender: …)" line and Dovecot's LMTP line as probe45 and
// realworld41/43 (rw43-plesk-provider-named-box-mx-alias-colleague-login: Plesk's mail.<domain>
// as an A record of the provider-named server); policyd-spf's Authentication-Results as probe47.
// Names and addresses are documentation ones.

import { ATTACKER_IP, BANK, NOT_TRUSTED, ptr, SPOOFED } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the forty-ninth round's report).
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Read unverified ("an authenticated submission to <box>, a server of <From's domain>": no
  // finding), wanted not trusted. lib/engine/login-elsewhere.ts decide() calls a login a
  // colleague's when its registrable domain is the From's (`org(u) === from`), so a co-tenant of
  // the shared box the From's MX names (by name, or by a shared address through mxSharesAddress)
  // who added a sub-domain of the victim's domain to his own account (secure.northbank.example,
  // pay.harbor-dental.example: a panel that only refuses a domain already on the server lets him)
  // logs in as its user and reads as mail from inside. Fix (proposed): on this path (a box not
  // named under the From's organisation, i.e. a hoster's), a colleague's login is one at the
  // From's own domain or its registrable domain, nothing deeper; a login at another sub-domain of
  // the organisation reads as the bare name does (login-outside-organisation, suspicious, naming
  // it, at p=quarantine/reject). Risk: a firm whose hoster accounts sit at a sub-domain
  // (kari@staff.firm.example) writing as firm.example on a shared box reads suspicious, not
  // spoofed; none in the corpus (rw41/rw43 log in at the From's own domain). loginSubmission (the
  // firm's own box, named under its organisation) can keep the organisation-wide match.
  // Fixed at 23:2x on 2026-12-04 (lib/engine/login-elsewhere.ts decide: a colleague's login on a
  // box of another name is at the From domain or its registrable domain; a sub-domain login reads as
  // a bare one, suspicious, naming it): probe49-login-mxbox-cotenant-subdomain-of-bank-login.
  // Fixed at 23:2x on 2026-12-04 (lib/engine/login-elsewhere.ts decide: a colleague's login on a
  // box of another name is at the From domain or its registrable domain; a sub-domain login reads as
  // a bare one, suspicious, naming it): probe49-login-mxalias-cotenant-subdomain-login-writes-as-firm.
]);

const D = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;
const UNVERIFIED_OR_BETTER = { verdict: ['authenticated', 'unverified'] };

type Case = {
  name: string;
  about: string;
  cls: string;
  eml: string;
  zone?: object;
  args: string[];
  expect: object;
};

function emit(write: CaseWriter, c: Case): void {
  write(c.name, {
    eml: c.eml,
    ...(c.zone ? { zone: c.zone as Record<string, unknown> } : {}),
    meta: { about: c.about, class: `probe49-${c.cls}`, args: c.args, expect: c.expect },
  });
}

/** A message from `from` to `to` (unsigned). */
const note = (from: string, to: string, subject: string, body: string, extra: string[] = []) =>
  submitted({ from, to, subject, body, extraHeaders: extra });

/** Postfix's login line on `box` for `login` from `ip`, greeted as `helo`, then Dovecot's LMTP. */
const postfixLogin = (
  msg: string,
  o: {
    box: string;
    ip: string;
    login: string;
    envelope: string;
    rcpt: string;
    helo?: string;
    above?: string[];
  },
) =>
  onTop(
    msg,
    `Return-Path: <${o.envelope}>`,
    `Delivered-To: ${o.rcpt}`,
    `Received: from ${o.box}\r\n\tby ${o.box} with LMTP\r\n\tid kP2xB049Z2f4TgAAz1Qv8w\r\n\t(envelope-from <${o.envelope}>)\r\n\tfor <${o.rcpt}>; ${D(6)}`,
    ...(o.above ?? []),
    `Received: from ${o.helo ?? '[192.168.1.20]'} (unknown [${o.ip}])\r\n\t(Authenticated sender: ${o.login})\r\n\tby ${o.box} (Postfix) with ESMTPSA id 4Zr49L0c03\r\n\tfor <${o.rcpt}>; ${D(5)}`,
  );

// --- 1. The bank's hoster: its MX names the box ---------------------------------------------------
const HOST = 'mx1.nb-host.example';
const HOST_IP = '192.0.2.60';
const HOST_ZONE = {
  ...BANK,
  'northbank.example': { TXT: [`v=spf1 ip4:${HOST_IP} -all`], MX: [{ priority: 10, exchange: HOST }] },
  [HOST]: { A: [HOST_IP] },
  ...ptr(HOST_IP, HOST),
};
const HOST_ARGS = ['--authserv-id', HOST];
const BANK_LURE = note(
  'Northbank Security <security@northbank.example>',
  'Ops Desk <ops@northbank.example>',
  'Mandatory: re-enrol your token today',
  'All staff must re-enrol their token by 17:00. Sign in at https://northbank-token.example/enrol\r\n',
);
const bankLogin = (login: string, envelope = 'security@northbank.example', helo?: string, above?: string[]) =>
  postfixLogin(BANK_LURE, {
    box: HOST,
    ip: ATTACKER_IP,
    login,
    envelope,
    rcpt: 'ops@northbank.example',
    helo,
    above,
  });

async function bankHoster(write: CaseWriter): Promise<void> {
  emit(write, {
    name: 'probe49-login-mxbox-cotenant-subdomain-of-bank-login',
    about: `The bank's mail is on a hoster's Postfix/Dovecot box (northbank.example MX ${HOST}). The attacker rents a mailbox there; the hoster's panel lets a customer add any domain not yet on the server, and secure.northbank.example is not, so he adds it and logs in as security@secure.northbank.example from ${ATTACKER_IP} ("(Authenticated sender: security@secure.northbank.example)" in the box's line). He sends the unsigned lure as security@northbank.example to ops@northbank.example. The login's registrable domain is the bank's, but the bank never made that account: a sub-domain login on a shared box is no colleague's. Read with --authserv-id ${HOST}. Wanted: not trusted`,
    cls: 'login-mx-box',
    eml: bankLogin('security@secure.northbank.example', 'security@secure.northbank.example'),
    zone: HOST_ZONE,
    args: HOST_ARGS,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe49-login-mxbox-cotenant-bare-login-helo-semicolon-dmarc-pass',
    about: `As probe45-login-mxbox-cotenant-bare-user-writes-as-bank (bare login "shopadm" on the bank's hoster), but the attacker greets with HELO "x;dmarc=pass header.from=northbank.example" and the box's policyd-spf, run before permit_sasl_authenticated, copies it into its Authentication-Results under the box's name (smtp.helo=…), writing a dmarc=pass there. A HELO holding ";" writes into the receiver's header (lib/auth/authresults.ts heloWrites): no pass of that header counts, and the bare login still reads as the login row. Wanted: not trusted`,
    cls: 'login-helo-taint',
    eml: bankLogin('shopadm', 'security@northbank.example', 'x;dmarc=pass header.from=northbank.example', [
      `Authentication-Results: ${HOST};\r\n\tspf=fail (sender IP is ${ATTACKER_IP}) smtp.mailfrom=security@northbank.example smtp.helo=x;dmarc=pass header.from=northbank.example`,
    ]),
    zone: HOST_ZONE,
    args: HOST_ARGS,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe49-login-mxbox-cotenant-realm-login-no-public-suffix',
    about: `The bank's hoster keys its Dovecot logins on an internal realm: the co-tenant logs in as shopadm@nbhost, and Postfix prints "(Authenticated sender: shopadm@nbhost)". The login has an "@" but no registrable domain: neither a colleague's, nor a bare name, nor an organisation's. It must not make the box's record vanish into a colleague reading; judged as usual (the bank's SPF fails at ${ATTACKER_IP}) or as the login row. Wanted: not trusted`,
    cls: 'login-mx-box',
    eml: bankLogin('shopadm@nbhost'),
    zone: HOST_ZONE,
    args: HOST_ARGS,
    expect: NOT_TRUSTED,
  });
}

// --- 2. A shared host that is not the bank's: the co-tenant adds northbank.example ---------------
const SHARED = 's42.webhost-eu.example';
const SHARED_IP = '203.0.113.42';

function sharedHost(write: CaseWriter): void {
  emit(write, {
    name: 'probe49-login-sharedbox-cotenant-adds-bank-domain-itself',
    about: `The reader (ana@reader-firm.example) has her mailbox on a shared host, ${SHARED}. The hoster's panel lets anyone add any domain not already on that server; northbank.example's mail is elsewhere (MX mx.northbank.example, the bank's own 192.0.2.25), so the attacker adds northbank.example to his account there and logs in as security@northbank.example from ${ATTACKER_IP}. The box's line names a login of the From's own domain, but the From's MX names neither the box nor its address: nothing says the box is the bank's. Judged as usual: the bank's SPF fails at ${ATTACKER_IP}, p=reject. Read with --authserv-id ${SHARED}. Wanted: spoofed`,
    cls: 'login-shared-box',
    eml: postfixLogin(
      note(
        'Northbank Security <security@northbank.example>',
        'Ana <ana@reader-firm.example>',
        'Your card has been suspended',
        'Confirm your identity at https://northbank-verify.example/card to lift the suspension.\r\n',
      ),
      {
        box: SHARED,
        ip: ATTACKER_IP,
        login: 'security@northbank.example',
        envelope: 'security@northbank.example',
        rcpt: 'ana@reader-firm.example',
      },
    ),
    zone: {
      ...BANK,
      'northbank.example': {
        TXT: ['v=spf1 ip4:192.0.2.0/24 -all'],
        MX: [{ priority: 10, exchange: 'mx.northbank.example' }],
      },
      'mx.northbank.example': { A: ['192.0.2.25'] },
      [SHARED]: { A: [SHARED_IP] },
      ...ptr(SHARED_IP, SHARED),
      'reader-firm.example': { MX: [{ priority: 10, exchange: SHARED }] },
    },
    args: ['--authserv-id', SHARED],
    expect: SPOOFED,
  });
}

// --- 3. A shared Plesk-style server: the firm's MX is a name of the box's address -----------------
const FIRM = 'harbor-dental.example';
const BOX = 'srv80.sharedhost.example';
const BOX_V4 = '203.0.113.80';
const BOX_V6 = '2001:db8:80::25';
const HOME = '198.51.100.41';
const FIRM_BASE = {
  [FIRM]: { TXT: ['v=spf1 +a +mx -all'], MX: [{ priority: 10, exchange: `mail.${FIRM}` }], A: [BOX_V4] },
  [`_dmarc.${FIRM}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  ...ptr(BOX_V4, BOX),
  [BOX]: { A: [BOX_V4], AAAA: [BOX_V6] },
};
const FIRM_ZONE = { ...FIRM_BASE, [`mail.${FIRM}`]: { A: [BOX_V4] } };
const FIRM_ARGS = ['--authserv-id', BOX];
const INVOICE = (from: string) =>
  note(
    from,
    `Reception <reception@${FIRM}>`,
    'Updated bank details for supplier payments',
    'Please pay this month’s lab invoices to the new account IBAN XX00 0000 0000 0000 0000 00.\r\n',
  );
const firmLogin = (
  login: string,
  envelope: string,
  ip = ATTACKER_IP,
  from = `Dr. Mona Lund <mona@${FIRM}>`,
) => postfixLogin(INVOICE(from), { box: BOX, ip, login, envelope, rcpt: `reception@${FIRM}` });

function sharedAddress(write: CaseWriter): void {
  emit(write, {
    name: 'probe49-login-mxalias-cotenant-subdomain-login-writes-as-firm',
    about: `A dental practice's mail is on a shared Plesk-style server: its MX mail.${FIRM} is an A record of the server's address (${BOX_V4}), and the server's Postfix prints the provider's name, ${BOX}. Another customer of that server adds pay.${FIRM} (the panel does not stop a sub-domain of another customer's domain) and logs in as billing@pay.${FIRM} from ${ATTACKER_IP}, writing as the dentist to reception with new bank details. mxSharesAddress makes the box the practice's; decide() takes the sub-domain login as a colleague's. DMARC p=quarantine. Read with --authserv-id ${BOX}. Wanted: not trusted`,
    cls: 'login-mx-alias',
    eml: firmLogin(`billing@pay.${FIRM}`, `billing@pay.${FIRM}`),
    zone: FIRM_ZONE,
    args: FIRM_ARGS,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe49-login-mxalias-cotenant-bare-login-writes-as-firm',
    about: `As probe49-login-mxalias-cotenant-subdomain-login-writes-as-firm, but the co-tenant's login is the bare account name the server prints ("(Authenticated sender: labshop)"). Through the shared address the box is the practice's, and a bare name names no organisation: the login row, naming it (suspicious, p=quarantine), never a colleague's. Wanted: not trusted`,
    cls: 'login-mx-alias',
    eml: firmLogin('labshop', `mona@${FIRM}`),
    zone: FIRM_ZONE,
    args: FIRM_ARGS,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe49-login-mxalias-cotenant-outsider-login-ipv6-shared',
    about: `The practice's MX host has only an IPv6 address, the server's (${BOX_V6}), and the co-tenant logs in with his own shop's account, info@lab-supplies.example. The box names a login of another organisation: login-outside-organisation (suspicious at p=quarantine), never a colleague's; the IPv6 path must not change that. Wanted: not trusted`,
    cls: 'login-mx-alias',
    eml: firmLogin('info@lab-supplies.example', 'info@lab-supplies.example'),
    zone: { ...FIRM_BASE, [`mail.${FIRM}`]: { AAAA: [BOX_V6] } },
    args: FIRM_ARGS,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe49-login-mxalias-colleague-ipv6-shared-control',
    about: `Control: the practice's MX host has only an IPv6 address, the server's (${BOX_V6}); Dr. Lund logs in with her own account mona@${FIRM} from home (${HOME}) and writes to reception. Her own login on the box her domain's MX reaches by a shared address: mail from inside. Wanted: not spoofed, not suspicious (unverified: nothing signs it)`,
    cls: 'login-mx-alias',
    eml: firmLogin(`mona@${FIRM}`, `mona@${FIRM}`, HOME),
    zone: { ...FIRM_BASE, [`mail.${FIRM}`]: { AAAA: [BOX_V6] } },
    args: FIRM_ARGS,
    expect: UNVERIFIED_OR_BETTER,
  });
  emit(write, {
    name: 'probe49-login-mxalias-colleague-mx-cname-control',
    about: `Control: the practice's MX host is a CNAME to the server's name (mail.${FIRM} CNAME ${BOX}, as hosters ask customers to set); Dr. Lund logs in as mona@${FIRM} from home (${HOME}). The MX host's address is the box's: mail from inside. Wanted: not spoofed, not suspicious (unverified: nothing signs it)`,
    cls: 'login-mx-alias',
    eml: firmLogin(`mona@${FIRM}`, `mona@${FIRM}`, HOME),
    zone: { ...FIRM_BASE, [`mail.${FIRM}`]: { CNAME: [BOX] } },
    args: FIRM_ARGS,
    expect: UNVERIFIED_OR_BETTER,
  });
  emit(write, {
    name: 'probe49-login-mxalias-cotenant-colleague-name-mx-servfail',
    about: `The co-tenant of ${BOX} logs in with the sub-domain account billing@pay.${FIRM} while the practice's MX host's DNS fails (SERVFAIL). Nothing then shows the box to be the practice's: a DNS fault proves nothing and must not make the login a colleague's. Wanted: not trusted (the SPF check of "+a +mx" may fail temporarily too: then DMARC is undecided, and the reading must still not be a colleague's mail)`,
    cls: 'login-mx-alias',
    eml: firmLogin(`billing@pay.${FIRM}`, `billing@pay.${FIRM}`),
    zone: { ...FIRM_BASE, [`mail.${FIRM}`]: { SERVFAIL: true } },
    args: FIRM_ARGS,
    expect: NOT_TRUSTED,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await bankHoster(write);
  sharedHost(write);
  sharedAddress(write);
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
