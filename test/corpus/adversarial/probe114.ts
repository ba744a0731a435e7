// Red-team probes, round 114 (December 2026): reverse names won by a subdomain takeover. A domain
// that once pointed a name at a cloud resource and deleted the resource but not the record
// (`legacy-mail.northbank.example CNAME nb-legacy-mail.westeurope.cloudapp.azure.com`) leaves the
// name to whoever next claims the cloud name: the attacker creates a VM with that DNS label, so the
// name resolves to his address, and sets the VM's reverse FQDN to the bank's name (Azure accepts a
// reverse FQDN that resolves to the VM's own address). His server now has a forward-confirmed
// reverse name under the bank's (or the reader's own) registered domain, while SPF, DKIM and DMARC
// know nothing of it. The corpus has dangling DKIM selectors (probe4) and taken-over subdomains
// that sign (probe2, probe38); none gives the attacker's relay a confirmed name inside the spoofed
// or the reader's organisation, which is what lib/ reads in its relay and origin rules
// (lib/relay/esp-evidence.ts confirmReverseName, lib/engine/origin-walk.ts forwardMatch,
// lib/findings/own-domain.ts). Each forgery beside its genuine control, read by a self-hosted box
// (`--authserv-id mx.reader.example`), in Gmail and in Outlook on the web.
// Where the layouts were learnt (cited from memory; the search tool was not used this round): the
// takeover itself from the public write-ups of dangling Azure
// CNAMEs (Microsoft Learn "Prevent dangling DNS entries and avoid subdomain takeover"; the
// can-i-take-over-xyz list's cloudapp.azure.com / cloudapp.net rows) and Azure's "Configure
// reverse DNS for services" (a reverse FQDN must forward-resolve to the address); the receivers'
// entry blocks are the corpus's own (receivers.ts, as realworld rounds learnt Gmail's and EOP's).
// Names and addresses are documentation ones except Azure's cloudapp zone and its West Europe
// address (20.76.201.14); every key is the corpus key.

import { signCorpus } from '../../helpers/corpus';
import {
  ARGS,
  AUTHENTICATED,
  BANK,
  BANK_IP,
  BANK_KEY,
  emitCase,
  GMAIL,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  SPOOFED,
} from '../kit';
import type { CaseWriter } from '../make';
import { received, submitted } from '../messages';
import { eopDelivery, eopPass, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { BANK_ENVELOPE, BANK_RELAY, bankNotice, probeCorpus, READER_DOMAIN, readerZone } from '../rounds-kit';

const AZURE_IP = '20.76.201.14';
const CLOUDAPP = 'nb-legacy-mail.westeurope.cloudapp.azure.com';
const TAKEN = 'legacy-mail.northbank.example';
const READER_TAKEN = 'autodiscover-old.reader.example';
const READER_CLOUDAPP = 'rx-autodiscover.westeurope.cloudapp.azure.com';
const TO = `Robin Reader <robin@${READER_DOMAIN}>`;

/** The bank's dangling name, now the attacker's VM: PTR → the bank's name → CNAME → Azure → the VM. */
const TAKEOVER = {
  [`${AZURE_IP.split('.').reverse().join('.')}.in-addr.arpa`]: { PTR: [TAKEN] },
  [TAKEN]: { CNAME: [CLOUDAPP] },
  [CLOUDAPP]: { A: [AZURE_IP] },
};
const READER_TAKEOVER = {
  [`${AZURE_IP.split('.').reverse().join('.')}.in-addr.arpa`]: { PTR: [READER_TAKEN] },
  [READER_TAKEN]: { CNAME: [READER_CLOUDAPP] },
  [READER_CLOUDAPP]: { A: [AZURE_IP] },
};

const ATTACKER: Relay = { helo: TAKEN, rdns: TAKEN, ip: AZURE_IP };
const BANK_ZONE = { ...BANK, ...BANK_KEY, ...ptr(BANK_IP, BANK_RELAY.rdns) };

const genuine = () => signCorpus(bankNotice(TO), { domain: 'northbank.example', selector: 'nb1' });

export async function makeAll(write: CaseWriter): Promise<void> {
  const forged = bankNotice(TO);
  const real = await genuine();

  // ---- self-hosted box
  const boxLine = (r: Relay, id: string) =>
    received({ ...r, by: RECEIVER, id, for: `robin@${READER_DOMAIN}` });
  emitCase(write, {
    name: 'probe114-bank-takeover-rdns-box',
    about: `An unsigned forgery of the bank from the attacker's Azure VM, whose reverse name ${TAKEN} is a dangling CNAME of the bank's that he claimed (${CLOUDAPP}): the name forward-confirms, HELO the same, envelope the bank's. SPF fails (the bank lists 192.0.2.0/24 only), DMARC p=reject fails. Wanted: spoofed`,
    class: 'probe114-takeover',
    args: ARGS,
    eml: `Return-Path: <${BANK_ENVELOPE}>\r\n${boxLine(ATTACKER, '4T114a1')}\r\n${forged}`,
    zone: { ...BANK_ZONE, ...TAKEOVER },
    expect: SPOOFED,
    twin: true,
  });
  emitCase(write, {
    name: 'probe114-bank-takeover-rdns-null-sender-box',
    about: `The same forgery with a null envelope (a bounce), so SPF is checked on the HELO ${TAKEN}: its TXT query follows the CNAME into Azure's zone and finds none. Wanted: spoofed (DMARC fails; no aligned identifier)`,
    class: 'probe114-takeover',
    args: ARGS,
    eml: `Return-Path: <>\r\n${boxLine(ATTACKER, '4T114a2')}\r\n${forged}`,
    zone: { ...BANK_ZONE, ...TAKEOVER },
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'probe114-bank-takeover-rdns-subdomain-envelope-box',
    about: `The forgery's envelope at the taken-over name itself (bounce@${TAKEN}): SPF is none there (the name's TXT is Azure's, empty), the envelope is the bank's organisation, so relaxed SPF alignment would hold if SPF passed. Wanted: spoofed`,
    class: 'probe114-takeover',
    args: ARGS,
    eml: `Return-Path: <bounce@${TAKEN}>\r\n${boxLine(ATTACKER, '4T114a3')}\r\n${forged}`,
    zone: { ...BANK_ZONE, ...TAKEOVER },
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'probe114-bank-genuine-own-server-box',
    about:
      'Control: the bank’s own notice from mail.northbank.example (192.0.2.10, in its SPF), signed d=northbank.example s=nb1. Wanted: authenticated',
    class: 'probe114-control',
    args: ARGS,
    eml: `Return-Path: <${BANK_ENVELOPE}>\r\n${boxLine(BANK_RELAY, '4T114c1')}\r\n${real}`,
    zone: BANK_ZONE,
    expect: AUTHENTICATED,
    twin: true,
  });

  // ---- Gmail
  const atGmail = (
    raw: string,
    relay: Relay,
    envelope: string,
    results: string[],
    spf: 'pass' | 'fail',
    n: string,
  ) =>
    gmailDelivery(raw, {
      relay,
      envelope,
      results: results.join('\r\n       '),
      ids: [`x114csp${n}pxa`, `a114si${n}qtb.114`],
      spf,
      deliveredTo: true,
      to: `robin@${READER_DOMAIN}`,
    });
  emitCase(write, {
    name: 'probe114-bank-takeover-rdns-gmail',
    about: `The takeover forgery read in Gmail: Gmail records spf=fail and dmarc=fail (p=REJECT) for the bank, the entry names the attacker by the bank's own confirmed reverse name ${TAKEN}. Wanted: spoofed`,
    class: 'probe114-takeover',
    args: GMAIL,
    eml: atGmail(
      forged,
      ATTACKER,
      BANK_ENVELOPE,
      [gmailSpf(BANK_ENVELOPE, AZURE_IP, 'fail'), gmailDmarc('northbank.example', 'REJECT', 'fail')],
      'fail',
      '1',
    ),
    zone: { ...BANK_ZONE, ...TAKEOVER },
    expect: SPOOFED,
    twin: true,
  });
  emitCase(write, {
    name: 'probe114-bank-genuine-gmail',
    about: 'Control: the bank’s genuine signed notice read in Gmail. Wanted: authenticated',
    class: 'probe114-control',
    args: GMAIL,
    eml: atGmail(
      real,
      BANK_RELAY,
      BANK_ENVELOPE,
      [
        gmailDkim('northbank.example', 'nb1'),
        gmailSpf(BANK_ENVELOPE, BANK_IP),
        gmailDmarc('northbank.example'),
      ],
      'pass',
      '2',
    ),
    zone: BANK_ZONE,
    expect: AUTHENTICATED,
  });

  // ---- Outlook on the web
  emitCase(write, {
    name: 'probe114-bank-takeover-rdns-outlook',
    about: `The takeover forgery read in Outlook on the web: EOP records SPF and DMARC fail for the bank at ${AZURE_IP}, HELO ${TAKEN}. Wanted: spoofed`,
    class: 'probe114-takeover',
    args: OUTLOOK,
    eml: eopDelivery(forged, {
      ip: AZURE_IP,
      helo: TAKEN,
      ar: `spf=fail (sender IP is ${AZURE_IP})\r\n smtp.mailfrom=northbank.example; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=oreject\r\n header.from=northbank.example;compauth=fail reason=000`,
      spf: `Fail (protection.outlook.com: domain of northbank.example does not designate\r\n ${AZURE_IP} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${AZURE_IP}; helo=${TAKEN};`,
      returnPath: BANK_ENVELOPE,
    }),
    zone: { ...BANK_ZONE, ...TAKEOVER },
    expect: SPOOFED,
    twin: true,
  });
  emitCase(write, {
    name: 'probe114-bank-genuine-outlook',
    about: 'Control: the bank’s genuine signed notice read in Outlook on the web. Wanted: authenticated',
    class: 'probe114-control',
    args: OUTLOOK,
    eml: eopDelivery(real, {
      ...eopPass(
        BANK_RELAY,
        'northbank.example',
        'dkim=pass (signature was verified)\r\n header.d=northbank.example',
      ),
      returnPath: BANK_ENVELOPE,
    }),
    zone: BANK_ZONE,
    expect: AUTHENTICATED,
  });

  // ---- the reader's own organisation
  const ceo = submitted({
    from: `Dana Whitfield <dana.whitfield@${READER_DOMAIN}>`,
    to: TO,
    subject: 'Urgent: supplier payment before 3pm',
    date: 'Fri, 20 Nov 2026 09:58:00 +0000',
    messageId: `<c114-77e1@${READER_DOMAIN}>`,
    body: 'Robin,\r\n\r\nplease release the Harbour Supplies payment today, new account details attached. I am in meetings, reply by mail only.\r\n\r\nDana\r\n',
  });
  const READER_ATTACKER: Relay = { helo: READER_TAKEN, rdns: READER_TAKEN, ip: AZURE_IP };
  emitCase(write, {
    name: 'probe114-reader-takeover-rdns-ceo-box',
    about: `A CEO forgery of the reader's own domain from the attacker's Azure VM, its reverse name ${READER_TAKEN} a dangling CNAME of the reader's organisation he claimed: a confirmed name inside the reader's own registered domain, HELO the same, envelope the CEO's. SPF fails (only the box's 203.0.113.25), unsigned, DMARC p=quarantine fails. Wanted: spoofed (not read as the organisation's own server)`,
    class: 'probe114-takeover',
    args: ARGS,
    eml: `Return-Path: <dana.whitfield@${READER_DOMAIN}>\r\n${boxLine(READER_ATTACKER, '4T114r1')}\r\n${ceo}`,
    zone: { ...readerZone('p=quarantine'), ...READER_TAKEOVER },
    expect: NOT_TRUSTED,
    twin: true,
  });
  emitCase(write, {
    name: 'probe114-reader-takeover-rdns-ceo-esmtpsa-box',
    about: `The same CEO forgery with one Received line of the attacker's own below the box's: "from [10.20.0.14] (unknown [198.51.100.23]) by ${READER_TAKEN} (Postfix) with ESMTPSA", hoping the box's confirmed own-domain name for his VM (the taken-over ${READER_TAKEN}) makes the walk pass his VM as the firm's inner relay and read his line as a colleague's login. Wanted: spoofed`,
    class: 'probe114-takeover',
    args: ARGS,
    eml: `Return-Path: <dana.whitfield@${READER_DOMAIN}>\r\n${boxLine(READER_ATTACKER, '4T114r2')}\r\nReceived: from [10.20.0.14] (unknown [198.51.100.23])\r\n\tby ${READER_TAKEN} (Postfix) with ESMTPSA id 4T114r0\r\n\tfor <robin@${READER_DOMAIN}>; Fri, 20 Nov 2026 09:58:10 +0000\r\n${ceo}`,
    zone: { ...readerZone('p=quarantine'), ...READER_TAKEOVER },
    expect: NOT_TRUSTED,
  });
  const colleague = await signCorpus(ceo, { domain: READER_DOMAIN, selector: 'dkim' });
  emitCase(write, {
    name: 'probe114-reader-genuine-colleague-box',
    about:
      'Control: the CEO’s genuine mail, submitted with a login on the box and signed there by OpenDKIM (d=reader.example s=dkim), delivered to a colleague. Wanted: authenticated',
    class: 'probe114-control',
    args: ARGS,
    eml: `Return-Path: <dana.whitfield@${READER_DOMAIN}>\r\nReceived: from [10.20.0.14] (office.reader.example [198.51.100.23])\r\n\t(Authenticated sender: dana.whitfield@${READER_DOMAIN})\r\n\tby ${RECEIVER} (Postfix) with ESMTPSA id 4T114c9\r\n\tfor <robin@${READER_DOMAIN}>; Fri, 20 Nov 2026 09:58:10 +0000\r\n${colleague}`,
    zone: { ...readerZone('p=quarantine'), ...ptr('198.51.100.23', 'office.reader.example') },
    expect: AUTHENTICATED,
  });
}

// Fixed at 21:34 on 2026-12-05 (lib/engine/origin-walk.ts unconfirmedHandOffs): online, a hand-off
// name under the receiver's domain that leads back to an address in hosting space must lead there
// without a CNAME out of the receiver's domain (staysInside, since 21:46; first an MX/SPF test,
// which probe115's taken-over backup MX and `a:` term passed). The taken-over name is a CNAME into
// cloudapp.azure.com, so the walk stops at the box's own line and
// probe114-reader-takeover-rdns-ceo-esmtpsa-box reads spoofed. Offline the box's word still stands
// (nothing can be looked up).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter) {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
