// The published spoofing corpora as HeaderLens cases: espoofer's test cases (server_a1…a19,
// client_a1…a3), the UI-level attack families of the paper behind it, and Mailsploit's
// encoded-word From addresses.
//
// espoofer: https://github.com/chenjj/espoofer, MIT licence, Copyright (c) 2019 Jianjun Chen
// (licence text in test/fixtures/adversarial/espoofer-LICENSE.txt). The paper: Jianjun Chen, Vern
// Paxson, Jian Jiang, "Composition Kills: A Case Study of Email Sender Authentication", USENIX
// Security 2020 (papers/composition-kills-USESEC20.pdf in that repository). Only the shapes are
// taken (HELO, MAIL FROM and the header bytes each case sends, as its testcases.py lists them);
// no espoofer code is in this file. Its names are mapped onto the kit's: legitimate.com → the
// bank northbank.example (p=reject), attack.com → attacker.example (whose DNS the attacker owns:
// every name under it is published where a case needs it), victim@victim.com → the reader.
// Client mode (an account at a mailbox provider that signs what it sends) uses Gmail's outbound
// host from the kit, with d=gmail.com.
// Mailsploit (Sabri Haddouche, December 2017, mailsploit.com): From addresses written as RFC 2047
// encoded-words carrying "@", NUL or a line break, recalled from the published write-up (its plain
// form also as quoted by Red Sift's blog post on it).
//
// The envelope a case sends (HELO, MAIL FROM) is what the reader's receiver writes in its entry
// Received line and the Return-Path, byte for byte as the attacker gave it. Where a case says
// "with the receiver's record", the receiver also wrote an honest Authentication-Results (authserv
// id mx.reader.example, trusted by ARGS) quoting the attacker's identities as it saw them: the
// paper's A4/A5 inject their text into exactly that record. Where a case says "fooled", the
// reader's provider (Gmail, or the kit's receiver) wrote the pass that the paper found it writing
// in 2019: honest but wrong, the raw message is still there to re-check.
import type { CaseExpectation } from '../../helpers/corpus';
import { corpusKeys, signCorpus } from '../../helpers/corpus';
import { bodyHash, dkimRaw, signField } from '../../helpers/raw-sign';
import { appendHeaders } from '../edits';
import {
  ARGS,
  ATTACKER_IP,
  authenticZone,
  BANK,
  fromGmail,
  GMAIL_OUT,
  KEY,
  NOT_TRUSTED,
  ptr,
  RECEIVER,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received } from '../messages';
import { eopDelivery, gmailDelivery } from '../receivers';

/**
 * Cases HeaderLens reads wrong today, with what they should read: written by `makeAll` only. Take
 * a name out when its fix lands, and `npm run corpus` adds the case.
 * - espoofer-server-a3-gmail-record-fooled, espoofer-server-a3-gmail-record-fooled-copy: read
 *   "authenticated", should read "spoofed". Our own check finds the only signature for the bank
 *   permerror (a control character in s=: dkimSignatureProblems in lib/auth/dkim-strict.ts), our
 *   DMARC fails; Gmail's record (proven, above its entry) says dkim=pass and dmarc=pass, and
 *   dmarcState in lib/findings/auth-state.ts lets a proven provider pass outrank our fail (meant
 *   for keys rotated or DNS changed since delivery). provider-disagreement stays low. A signature
 *   whose key name cannot exist could not pass at delivery either: the provider was fooled.
 * - espoofer-server-a4-receiver-fooled: reads "authenticated", should read "spoofed". Same rule:
 *   our signature d=northbank.example'a.attacker.example is permerror (not a DNS name:
 *   isBadKeyName in lib/auth/dkim.ts), the receiver's record passes that very d= and says
 *   dmarc=pass, and dmarcState takes the receiver's pass.
 * - espoofer-server-a5-receiver-fooled-quoted, espoofer-server-a6-receiver-fooled: read
 *   "authenticated", should read "spoofed". No signature; the receiver's record says spf=pass for
 *   smtp.mailfrom "any@northbank.example(a.attacker.example" (quoted) or
 *   any@northbank.example'@any.attacker.example, neither of them the bank's domain read whole or
 *   after the last "@", and dmarc=pass header.from=northbank.example: a pass its own record does
 *   not support. Our SPF is none (not a DNS name) or pass for any.attacker.example, unaligned; our
 *   DMARC fails; dmarcState takes the receiver's pass. (The unquoted a5 record's "(" swallows the
 *   rest of the header as a comment, so no provider record is read and it stays "spoofed"; EOP's
 *   id-less record under Outlook is not taken as the provider's either: a4-outlook-fooled.)
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  await makeAll((name, c) => {
    if (!PENDING_ENGINE_FIX.has(name)) write(name, c);
  });
}

const BANK_DOMAIN = 'northbank.example';
const ATTACKER = 'attacker.example';
const BANK_ADMIN = `admin@${BANK_DOMAIN}`;
const VICTIM = 'robin@reader.example';
const BODY = 'Hi, this is a test message! Best wishes.\r\n';
/** A spoof of the bank's own address only: DMARC must fail. */
const SPOOFED: CaseExpectation = { verdict: 'spoofed' };

/**
 * The message bytes as espoofer assembles them: the From lines as given (a case's odd ones
 * included), a DKIM-Signature right after them when the case signs, To, Subject, then Date, the
 * case's extra fields, Content-Type, MIME-Version, Message-ID, espoofer's X-Email-Client, a blank
 * line and the body.
 */
function espooferMessage(m: {
  from: string;
  subject: string;
  id: string;
  extra?: string[];
  multipart?: boolean;
  to?: string;
}): string {
  const ct = m.multipart
    ? 'Content-Type: multipart/alternative; boundary="001a113db9c28077e7054ee99e9c"'
    : 'Content-Type: text/plain; charset="UTF-8"';
  return [
    `${m.from}${m.to ?? `To: <${VICTIM}>`}`,
    `Subject: ${m.subject}`,
    'Date: Fri, 20 Nov 2026 10:00:00 +0000',
    ...(m.extra ?? []),
    ct,
    'MIME-Version: 1.0',
    `Message-ID: <1538085644648.096e3d4e-bc38-4027-b57e-${m.id}@message-ids.${ATTACKER}>`,
    'X-Email-Client: https://github.com/chenjj/espoofer',
    '',
    BODY,
  ].join('\r\n');
}

/**
 * espoofer's DKIM-Signature: c=simple/relaxed, h=from, the tag list laid out as dkimpy writes it,
 * the case's d= and s= as given (a NUL byte or a quote included), signed with the attacker's key
 * (the corpus key) and put right after the From lines, as espoofer puts it.
 */
function withEspooferDkim(raw: string, fromLines: string, d: string, s: string): string {
  const value = `v=1; a=rsa-sha256; c=simple/relaxed; d=${d};\r\n i=@${d}; q=dns/txt; s=${s};\r\n t=1795168800; h=from; bh=${bodyHash(raw, 'relaxed')};\r\n b=`;
  const field = signField(raw, 'DKIM-Signature', value, ['from'], corpusKeys().rsaPem, 'simple');
  if (!raw.startsWith(fromLines)) throw new Error('the From lines must open the message');
  return `${fromLines}${field}\r\n${raw.slice(fromLines.length)}`;
}

interface Case {
  name: string;
  about: string;
  class: string;
  expect: CaseExpectation;
  /** The message as the attacker's client sends it (the sender's part). */
  raw: string;
  /** HELO and MAIL FROM (angle brackets and all) as the attacker's SMTP client gave them. */
  helo?: string;
  mailFrom: string;
  /** The receiver's entry line; by default for the attacker's server with `helo`. */
  entry?: string;
  /** An honest Authentication-Results by the reader's receiver (after its authserv-id). */
  results?: string;
  /** More DNS: names under attacker.example the attacker publishes, a provider's records. */
  zone?: Record<string, unknown>;
  /**
   * Read in Gmail instead: Gmail's delivery (receivers.ts) with these results in its one
   * Authentication-Results, which it writes right above the message's first line.
   */
  gmail?: { results: string; ids: [string, string]; notByteExact?: boolean };
  /** Read in Outlook instead: Exchange Online's delivery (receivers.ts) with EOP's record `ar`. */
  outlook?: { ar: string };
}

/** Delivery by the reader's receiver: Return-Path, its record if any, its entry line. */
function deliver(write: CaseWriter) {
  return (c: Case) => {
    const zone = { ...BANK, ...authenticZone(ATTACKER, ATTACKER_IP), ...c.zone };
    if (c.gmail) {
      write(c.name, {
        eml: gmailDelivery(c.raw, {
          relay: { helo: c.helo ?? ATTACKER, rdns: `mail.${ATTACKER}`, ip: ATTACKER_IP },
          envelope: c.mailFrom.replace(/^<|>$/g, ''),
          results: c.gmail.results,
          ids: c.gmail.ids,
          to: VICTIM,
        }),
        zone,
        meta: {
          about: c.about,
          class: c.class,
          args: ['--webmail', 'gmail', ...(c.gmail.notByteExact ? ['--not-byte-exact'] : [])],
          expect: c.expect,
        },
      });
      return;
    }
    if (c.outlook) {
      const helo = c.helo ?? ATTACKER;
      write(c.name, {
        eml: eopDelivery(c.raw, {
          ip: ATTACKER_IP,
          helo,
          ar: c.outlook.ar,
          spf: `Pass (protection.outlook.com: domain of ${ATTACKER} designates ${ATTACKER_IP} as\r\n permitted sender) receiver=protection.outlook.com; client-ip=${ATTACKER_IP};\r\n helo=${helo}; pr=C`,
          returnPath: c.mailFrom,
        }),
        zone,
        meta: { about: c.about, class: c.class, args: ['--webmail', 'outlook'], expect: c.expect },
      });
      return;
    }
    write(c.name, {
      eml: onTop(
        c.raw,
        `Return-Path: ${c.mailFrom}`,
        ...(c.results ? [`Authentication-Results: ${RECEIVER};\r\n\t${c.results}`] : []),
        c.entry ??
          received({
            helo: c.helo ?? ATTACKER,
            rdns: `mail.${ATTACKER}`,
            ip: ATTACKER_IP,
            by: RECEIVER,
            for: VICTIM,
          }),
      ),
      zone,
      meta: { about: c.about, class: c.class, args: [...ARGS], expect: c.expect },
    });
  };
}

/** SPF for a name under attacker.example that the attacker publishes (its server passes). */
const attackerSpf = (name: string) => ({ [name]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] } });

/** RFC 2047 B encoding, as espoofer's bs64encode and Mailsploit write it. */
const b64word = (text: string) => `=?utf-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;

/** Every case, the pending ones included. */
export async function makeAll(write: CaseWriter): Promise<void> {
  const send = deliver(write);
  await serverCases(send);
  await clientCases(send);
  await uiCases(send);
  await mailsploitCases(send);
}

// ------------------------------------------------------------------------------------------------
// espoofer server mode: the attacker's own server talks to the reader's receiver directly.

async function serverCases(send: (c: Case) => void): Promise<void> {
  const bankOnly = `From: <${BANK_ADMIN}>\r\n`;
  send({
    name: 'espoofer-server-a1-nonexistent-subdomain',
    about:
      'espoofer server_a1 (paper §4.1, A1, Figure 5(a)): HELO helo.attacker.example, MAIL FROM any@mailfrom.notexist.northbank.example (a name that does not exist, so SPF has no record to fail and some receivers let it through as "none"), From <admin@northbank.example>, unsigned. A careful analyst: the From domain is the bank at p=reject, nothing aligned passes: spoofed',
    class: 'espoofer-spf-mailfrom',
    raw: espooferMessage({ from: bankOnly, subject: 'A1: Non-existent subdomain', id: 'A1SRV1' }),
    helo: `helo.${ATTACKER}`,
    mailFrom: `<any@mailfrom.notexist.${BANK_DOMAIN}>`,
    expect: SPOOFED,
  });
  {
    // The commented dkim_para of server_a1: the attacker signs the bank's From with its own domain.
    const raw = await signCorpus(
      espooferMessage({ from: bankOnly, subject: 'A1: Non-existent subdomain', id: 'A1SRV2' }),
      { domain: ATTACKER, selector: 's1', headerList: ['from'] },
    );
    send({
      name: 'espoofer-server-a1-signed-by-attacker',
      about:
        'espoofer server_a1 with its commented dkim_para (paper §4.1, A1): the same non-existent MAIL FROM subdomain of the bank, and a valid DKIM signature by the attacker’s own domain (d=attacker.example, h=from) over From <admin@northbank.example>. A careful analyst: a passing signature that is not the From domain’s does not vouch for it: spoofed',
      class: 'espoofer-spf-mailfrom',
      raw,
      helo: `helo.${ATTACKER}`,
      mailFrom: `<any@mailfrom.notexist.${BANK_DOMAIN}>`,
      expect: SPOOFED,
    });
  }
  send({
    name: 'espoofer-server-a2-empty-mailfrom',
    about:
      'espoofer server_a2 (paper §4.1, A2, Figure 5(b)): MAIL FROM <(any@northbank.example> which receivers read as empty (the "(" opens a comment), so SPF checks the HELO attacker.example, which passes; From <admin@northbank.example>. A careful analyst: the SPF pass is the attacker’s HELO, not aligned with the bank: spoofed',
    class: 'espoofer-spf-mailfrom',
    raw: espooferMessage({ from: bankOnly, subject: 'A2: empty MAIL FROM address', id: 'A2SRV1' }),
    helo: ATTACKER,
    mailFrom: `<(any@${BANK_DOMAIN}>`,
    expect: SPOOFED,
  });
  {
    const s = `selector._domainkey.${ATTACKER}.\u0000.any`;
    const raw = withEspooferDkim(
      espooferMessage({ from: bankOnly, subject: 'A3: NUL ambiguity', id: 'A3SRV1', multipart: true }),
      bankOnly,
      BANK_DOMAIN,
      s,
    );
    send({
      name: 'espoofer-server-a3-nul-selector',
      about:
        'espoofer server_a3 (paper §4.2, A3, Figure 5(c)): a DKIM-Signature d=northbank.example whose s= is "selector._domainkey.attacker.example.\\0.any": a verifier that stops at the NUL fetches the key from selector._domainkey.attacker.example (published by the attacker, who signed with it) and passes d=northbank.example. HELO and MAIL FROM 33.attacker.example (SPF passes for the attacker). A careful analyst: the key for (northbank.example, that selector) is not the bank’s; DKIM does not pass for the bank: spoofed',
      class: 'espoofer-dkim-injection',
      raw,
      helo: `33.${ATTACKER}`,
      mailFrom: `<any@33.${ATTACKER}>`,
      zone: { ...attackerSpf(`33.${ATTACKER}`), [`selector._domainkey.${ATTACKER}`]: KEY() },
      expect: SPOOFED,
    });
  }
  {
    // The paper's Figure 1: Gmail's own components disagreed on the NUL, and Gmail's record said
    // dkim=pass and dmarc=pass for the bank. The reader's provider is honest but fooled here.
    const raw = withEspooferDkim(
      espooferMessage({ from: bankOnly, subject: 'A3: NUL ambiguity', id: 'A3GML1', multipart: true }),
      bankOnly,
      BANK_DOMAIN,
      `selector._domainkey.${ATTACKER}.\u0000.any`,
    );
    const fooled = {
      class: 'espoofer-dkim-injection',
      raw,
      helo: `33.${ATTACKER}`,
      mailFrom: `<any@33.${ATTACKER}>`,
      zone: { ...attackerSpf(`33.${ATTACKER}`), [`selector._domainkey.${ATTACKER}`]: KEY() },
      expect: SPOOFED,
    };
    const gmailPass = `dkim=pass header.i=@${BANK_DOMAIN} header.s=selector._domainkey.${ATTACKER} header.b=QTNHTUwx;\r\n       spf=pass (google.com: domain of any@33.${ATTACKER} designates ${ATTACKER_IP} as permitted sender) smtp.mailfrom=any@33.${ATTACKER};\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${BANK_DOMAIN}`;
    send({
      ...fooled,
      name: 'espoofer-server-a3-gmail-record-fooled',
      about:
        'espoofer server_a3 read in Gmail as Gmail was in 2019 (paper §1 Figure 1 and §4.2, A3): Gmail’s DKIM component stopped at the NUL in s=, fetched the attacker’s key and wrote dkim=pass header.i=@northbank.example and dmarc=pass in its own Authentication-Results. The provider is honest but fooled; the raw signature is there to re-check. A careful analyst: the key for that selector is not the bank’s, the signature carries a NUL: spoofed',
      gmail: { results: gmailPass, ids: ['x12csp990103pxa', 'a1si9901031qtb.43'] },
    });
    send({
      ...fooled,
      name: 'espoofer-server-a3-gmail-record-fooled-copy',
      about:
        'The same as read from Gmail’s "Show original" (a copy that is not byte-exact, --not-byte-exact), where HeaderLens sets its own DKIM body checks aside and leans on Gmail’s record: the record says dkim=pass and dmarc=pass for the bank. A careful analyst: the NUL in s= is still there to see, the bank’s key never signed it: spoofed',
      gmail: { results: gmailPass, ids: ['x12csp990104pxa', 'a1si9901041qtb.44'], notByteExact: true },
    });
  }
  {
    // The same NUL in d= instead: the whole name (NUL and all) is under the attacker's domain,
    // where DNS lets it publish a key; a module that stops at the NUL reads d=northbank.example.
    const d = `${BANK_DOMAIN}\u0000.${ATTACKER}`;
    const raw = withEspooferDkim(
      espooferMessage({ from: bankOnly, subject: 'A3: NUL ambiguity', id: 'A3SRV2', multipart: true }),
      bankOnly,
      d,
      'selector',
    );
    send({
      name: 'espoofer-server-a3-nul-domain',
      about:
        'espoofer server_a3’s NUL moved into d= (paper §4.2, A3; not one of espoofer’s cases: the paper’s Figure 5(c) puts the NUL in s=): d=northbank.example\\0.attacker.example, s=selector, the key published by the attacker at selector._domainkey.northbank.example\\0.attacker.example (a name under its own domain; DNS labels may hold a NUL): a verifier that keeps the whole name passes it, a DMARC module that stops at the NUL aligns it with the bank. A careful analyst: the signing domain is the attacker’s: spoofed',
      class: 'espoofer-dkim-injection',
      raw,
      helo: `33.${ATTACKER}`,
      mailFrom: `<any@33.${ATTACKER}>`,
      zone: { ...attackerSpf(`33.${ATTACKER}`), [`selector._domainkey.${d}`]: KEY() },
      expect: SPOOFED,
    });
  }
  {
    const d = `${BANK_DOMAIN}'a.${ATTACKER}`;
    const raw = withEspooferDkim(
      espooferMessage({
        from: bankOnly,
        subject: 'A4: DKIM authentication results injection using single quote',
        id: 'A4SRV1',
        multipart: true,
      }),
      bankOnly,
      d,
      'selector',
    );
    const a4 = {
      class: 'espoofer-dkim-injection',
      raw,
      helo: ATTACKER,
      mailFrom: `<any@${ATTACKER}>`,
      zone: { [`selector._domainkey.${d}`]: KEY() },
      expect: SPOOFED,
    };
    send({
      ...a4,
      name: 'espoofer-server-a4-quote-in-dkim-domain',
      about:
        "espoofer server_a4 (paper §4.3, A4, Figure 5(d), with the single quote the paper says works as well as its “(”): a DKIM-Signature d=northbank.example'a.attacker.example, a name under the attacker’s domain where it published its key: the signature verifies, and a receiver that quotes it in Authentication-Results (header.d=northbank.example'a.attacker.example) lets a DMARC module that reads the quote as the end of the value align it with the bank. A careful analyst: the signing domain is the attacker’s, not the bank: spoofed",
    });
    send({
      ...a4,
      name: 'espoofer-server-a4-with-receiver-record',
      about:
        "espoofer server_a4 (paper §4.3, A4, Figure 5(d)) with the receiver’s record: the reader’s receiver honestly writes dkim=pass header.d=northbank.example'a.attacker.example and dmarc=fail. A careful analyst reads the whole header.d value as the attacker’s domain and keeps the provider’s DMARC fail: spoofed",
      results: `dkim=pass header.d=${d} header.s=selector header.b=QjRTUkw;\r\n\tspf=pass smtp.mailfrom=any@${ATTACKER} smtp.helo=${ATTACKER};\r\n\tdmarc=fail (p=reject dis=reject) header.from=${BANK_DOMAIN}`,
    });
    send({
      ...a4,
      name: 'espoofer-server-a4-outlook-fooled',
      about:
        "espoofer server_a4 (paper §4.3, A4, Figure 5(d); Outlook.com was among those open to A4 in 2019) read in Outlook: EOP's record, as Exchange Online writes it, says dkim=pass header.d=northbank.example'a.attacker.example and dmarc=pass header.from=northbank.example, compauth=pass. Honest but fooled; the signature is there to re-check. A careful analyst: spoofed",
      outlook: {
        ar: `spf=pass (sender IP is ${ATTACKER_IP})\r\n smtp.mailfrom=${ATTACKER}; dkim=pass (signature was verified)\r\n header.d=${d};dmarc=pass action=none\r\n header.from=${BANK_DOMAIN};compauth=pass reason=100`,
      },
    });
    send({
      ...a4,
      name: 'espoofer-server-a4-receiver-fooled',
      about:
        "espoofer server_a4 (paper §4.3, A4, Figure 5(d); the paper found Outlook.com, Yahoo, Naver and Protonmail open to A4) at a receiver that is fooled: its own record says dkim=pass header.d=northbank.example'a.attacker.example and, its DMARC module reading the quote as the end of the value, dmarc=pass header.from=northbank.example. The receiver is honest but wrong; the signature is there to re-check. A careful analyst: the only aligned-looking signature names a domain under attacker.example: spoofed",
      results: `dkim=pass header.d=${d} header.s=selector header.b=QjRTUkw;\r\n\tspf=pass smtp.mailfrom=any@${ATTACKER} smtp.helo=${ATTACKER};\r\n\tdmarc=pass (p=reject dis=none) header.from=${BANK_DOMAIN}`,
    });
  }
  {
    // The paper's own A4 form (Figure 5(d)): "(" instead of espoofer's quote.
    const d = `${BANK_DOMAIN}(.${ATTACKER}`;
    send({
      name: 'espoofer-server-a4-paren-in-dkim-domain',
      about:
        'Paper §4.3, A4, Figure 5(d) as printed (espoofer’s server_a4 uses a quote instead): a DKIM-Signature d=northbank.example(.attacker.example signed with the attacker’s key published at selector._domainkey.northbank.example(.attacker.example; a DMARC module reading the receiver’s header.d=northbank.example(.attacker.example takes "(" as a comment and aligns it with the bank. A careful analyst: the signing domain is the attacker’s: spoofed',
      class: 'espoofer-dkim-injection',
      raw: withEspooferDkim(
        espooferMessage({
          from: bankOnly,
          subject: 'A4: DKIM authentication results injection using parenthese',
          id: 'A4SRV2',
          multipart: true,
        }),
        bankOnly,
        d,
        'selector',
      ),
      helo: ATTACKER,
      mailFrom: `<any@${ATTACKER}>`,
      zone: { [`selector._domainkey.${d}`]: KEY() },
      results: `dkim=pass header.d=${d} header.s=selector header.b=QjRTUkw;\r\n\tspf=pass smtp.mailfrom=any@${ATTACKER} smtp.helo=${ATTACKER};\r\n\tdmarc=fail (p=reject dis=reject) header.from=${BANK_DOMAIN}`,
      expect: SPOOFED,
    });
  }
  {
    const mailFrom = `<any@${BANK_DOMAIN}(a.${ATTACKER}>`;
    const a5 = {
      class: 'espoofer-spf-injection',
      raw: espooferMessage({
        from: bankOnly,
        subject: 'A5: SPF authentication results injection using parenthese',
        id: 'A5SRV1',
      }),
      helo: ATTACKER,
      mailFrom,
      zone: attackerSpf(`${BANK_DOMAIN}(a.${ATTACKER}`),
      expect: SPOOFED,
    };
    send({
      ...a5,
      name: 'espoofer-server-a5-paren-in-mailfrom',
      about:
        'espoofer server_a5 (paper §4.3, A5, Figure 5(e)): MAIL FROM any@northbank.example(a.attacker.example: SPF queries the whole name, under the attacker’s domain, and passes; a module that reads "(" as a comment start sees smtp.mailfrom=northbank.example and aligns it with the From. A careful analyst: the SPF domain is the attacker’s: spoofed',
    });
    send({
      ...a5,
      name: 'espoofer-server-a5-with-receiver-record',
      about:
        'espoofer server_a5 (paper §4.3, A5, Figure 5(e)) with the receiver’s record: the reader’s receiver honestly writes spf=pass smtp.mailfrom=any@northbank.example(a.attacker.example and dmarc=fail, the injected "(" inside its record. A careful analyst must not read the comment away and see an aligned SPF pass: spoofed',
      results: `spf=pass smtp.mailfrom=any@${BANK_DOMAIN}(a.${ATTACKER} smtp.helo=${ATTACKER};\r\n\tdkim=none (message not signed);\r\n\tdmarc=fail (p=reject dis=reject) header.from=${BANK_DOMAIN}`,
    });
    send({
      ...a5,
      name: 'espoofer-server-a5-receiver-fooled',
      about:
        'espoofer server_a5 (paper §4.3, A5, Figure 5(e); the paper found Zoho, Tutanota and Protonmail open to A5) at a receiver that is fooled: its record says spf=pass smtp.mailfrom=any@northbank.example(a.attacker.example and, its DMARC module reading "(" as a comment, dmarc=pass header.from=northbank.example. A careful analyst: the SPF pass is for a name under attacker.example, the envelope is not a valid address: spoofed',
      results: `spf=pass smtp.mailfrom=any@${BANK_DOMAIN}(a.${ATTACKER} smtp.helo=${ATTACKER};\r\n\tdkim=none (message not signed);\r\n\tdmarc=pass (p=reject dis=none) header.from=${BANK_DOMAIN}`,
    });
  }
  send({
    name: 'espoofer-server-a6-quote-at-in-mailfrom',
    about:
      'espoofer server_a6 (paper §4.3, A5, Figure 5(f)): MAIL FROM <any@northbank.example\'@any.attacker.example>: the SPF domain is the last "@"’s, any.attacker.example (the attacker’s, passes), while a module that reads the quote as ending the value takes northbank.example. A careful analyst: spoofed',
    class: 'espoofer-spf-injection',
    raw: espooferMessage({
      from: bankOnly,
      subject: 'A6: SPF authentication results injection 2',
      id: 'A6SRV1',
    }),
    helo: ATTACKER,
    mailFrom: `<any@${BANK_DOMAIN}'@any.${ATTACKER}>`,
    zone: attackerSpf(`any.${ATTACKER}`),
    expect: SPOOFED,
  });
  send({
    name: 'espoofer-server-a5-receiver-fooled-quoted',
    about:
      'espoofer server_a5 (paper §4.3, A5, Figure 5(e)) at a fooled receiver that quotes the identity as RFC 8601 §2.2 allows (smtp.mailfrom="any@northbank.example(a.attacker.example"), so its record parses, and writes dmarc=pass header.from=northbank.example. A careful analyst: the SPF pass is for a name under attacker.example, the envelope is not a valid address: spoofed',
    class: 'espoofer-spf-injection',
    raw: espooferMessage({
      from: bankOnly,
      subject: 'A5: SPF authentication results injection using parenthese',
      id: 'A5SRV2',
    }),
    helo: ATTACKER,
    mailFrom: `<any@${BANK_DOMAIN}(a.${ATTACKER}>`,
    zone: attackerSpf(`${BANK_DOMAIN}(a.${ATTACKER}`),
    results: `spf=pass smtp.mailfrom="any@${BANK_DOMAIN}(a.${ATTACKER}" smtp.helo=${ATTACKER};\r\n\tdkim=none (message not signed);\r\n\tdmarc=pass (p=reject dis=none) header.from=${BANK_DOMAIN}`,
    expect: SPOOFED,
  });
  send({
    name: 'espoofer-server-a6-receiver-fooled',
    about:
      'espoofer server_a6 (paper §4.3, A5, Figure 5(f)) at a fooled receiver: SPF took the last "@" (any.attacker.example, pass), its DMARC module took the quote as the end of the value and wrote dmarc=pass header.from=northbank.example; the record quotes the envelope as given. A careful analyst: spoofed',
    class: 'espoofer-spf-injection',
    raw: espooferMessage({
      from: bankOnly,
      subject: 'A6: SPF authentication results injection 2',
      id: 'A6SRV2',
    }),
    helo: ATTACKER,
    mailFrom: `<any@${BANK_DOMAIN}'@any.${ATTACKER}>`,
    zone: attackerSpf(`any.${ATTACKER}`),
    results: `spf=pass smtp.mailfrom=any@${BANK_DOMAIN}'@any.${ATTACKER} smtp.helo=${ATTACKER};\r\n\tdkim=none (message not signed);\r\n\tdmarc=pass (p=reject dis=none) header.from=${BANK_DOMAIN}`,
    expect: SPOOFED,
  });
  send({
    name: 'espoofer-server-a7-route-in-mailfrom',
    about:
      'espoofer server_a7 (a variant of the paper’s A5, §4.3): MAIL FROM with an RFC 821 source route, <@northbank.example,@any.com:\'any@attacker.example>: SPF checks attacker.example (passes), a module that takes the first "@" domain reads the bank. A careful analyst: the mailbox is the attacker’s: spoofed',
    class: 'espoofer-spf-injection',
    raw: espooferMessage({ from: bankOnly, subject: 'A7: routing address in mailfrom', id: 'A7SRV1' }),
    helo: ATTACKER,
    mailFrom: `<@${BANK_DOMAIN},@any.com:'any@${ATTACKER}>`,
    expect: SPOOFED,
  });

  // Header ambiguity (§5.1): DMARC checks one From, the mail app shows another.
  const ambiguous = (n: {
    name: string;
    id: string;
    about: string;
    from: string;
    subject: string;
    extra?: string[];
    to?: string;
  }) =>
    send({
      name: n.name,
      about: n.about,
      class: 'espoofer-from-ambiguity',
      raw: espooferMessage({ from: n.from, subject: n.subject, id: n.id, extra: n.extra, to: n.to }),
      helo: ATTACKER,
      mailFrom: `<any@${ATTACKER}>`,
      expect: NOT_TRUSTED,
    });
  ambiguous({
    name: 'espoofer-server-a8-multiple-from',
    id: 'A8SRV1',
    about:
      'espoofer server_a8 (paper §5.1, A6, Figure 6(a)): two From fields, <first@attacker.example> then <admin@northbank.example>; a verifier that checks the first passes the attacker’s SPF while the app shows the second. A careful analyst: RFC 5322 allows one From; not trusted',
    from: `From: <first@${ATTACKER}>\r\nFrom: <${BANK_ADMIN}>\r\n`,
    subject: 'A8: Multiple From headers',
  });
  ambiguous({
    name: 'espoofer-server-a9-leading-space-from',
    id: 'A9SRV1',
    about:
      'espoofer server_a9 (paper §5.1, A7): " From: <first@attacker.example>" with a leading space as the first header line (a continuation of nothing as sent, which some parsers take as a From and others drop; under the receiver’s Received line written on top it continues that line), then From <admin@northbank.example>. A careful analyst: not trusted',
    from: ` From: <first@${ATTACKER}>\r\nFrom: <${BANK_ADMIN}>\r\n`,
    subject: 'A9: Multiple From headers with preceding space',
  });
  send({
    name: 'espoofer-server-a9-read-in-gmail',
    about:
      'espoofer server_a9 (paper §5.1, A7, with Gmail’s behaviour from Figure 6(f)) read in Gmail: Gmail writes its Authentication-Results right above the message, so the leading-space " From: <first@attacker.example>" becomes a continuation of Gmail’s own record, after Gmail checked DMARC against it (dmarc=pass header.from=attacker.example); the From left is admin@northbank.example. A careful analyst: Gmail’s pass is for another From than the one shown; not trusted',
    class: 'espoofer-from-ambiguity',
    raw: espooferMessage({
      from: ` From: <first@${ATTACKER}>\r\nFrom: <${BANK_ADMIN}>\r\n`,
      subject: 'A9: Multiple From headers with preceding space',
      id: 'A9GML1',
    }),
    helo: ATTACKER,
    mailFrom: `<any@${ATTACKER}>`,
    gmail: {
      results: `spf=pass (google.com: domain of any@${ATTACKER} designates ${ATTACKER_IP} as permitted sender) smtp.mailfrom=any@${ATTACKER};\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${ATTACKER}`,
      ids: ['x12csp990101pxa', 'a1si9901011qtb.41'],
    },
    expect: NOT_TRUSTED,
  });
  {
    // Figure 6(f): a leading-space From as the first line, a Resent-From, an empty MAIL FROM.
    // Gmail's server took the spaced From for DMARC and, finding no other From, added one with
    // the empty MAIL FROM as its value (at the bottom of the header block here: where Gmail puts
    // the fields it adds is recalled, not seen); Gmail's web client then showed Resent-From.
    const chain = espooferMessage({
      from: ` From: <first@${ATTACKER}>\r\n`,
      subject: 'Figure 6(f): space-preceded From, Resent-From, empty MAIL FROM',
      id: 'F6FGML',
      extra: [`Resent-From: <${BANK_ADMIN}>`],
    });
    send({
      name: 'espoofer-server-fig6f-resent-from-read-in-gmail',
      about:
        'Paper §5.1, Figure 6(f) (the chain that bypassed Gmail’s From checks): first line " From: <first@attacker.example>" (folded into Gmail’s Authentication-Results, which says dmarc=pass for attacker.example), Resent-From <admin@northbank.example>, MAIL FROM <> (SPF by the HELO attacker.example), and the empty From Gmail adds; Gmail’s web client showed the Resent-From. A careful analyst: no author address, the bank named unauthenticated; not trusted',
      class: 'espoofer-from-ambiguity',
      raw: appendHeaders(chain, 'From: '),
      helo: ATTACKER,
      mailFrom: '<>',
      gmail: {
        results: `spf=pass (google.com: domain of ${ATTACKER} designates ${ATTACKER_IP} as permitted sender) smtp.helo=${ATTACKER};\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${ATTACKER}`,
        ids: ['x12csp990102pxa', 'a1si9901021qtb.42'],
      },
      expect: NOT_TRUSTED,
    });
    send({
      name: 'espoofer-server-fig6f-resent-from',
      about:
        'Paper §5.1, Figure 6(f) at the kit’s receiver, which adds no From: the leading-space From folds into the receiver’s Received line, Resent-From <admin@northbank.example> is the only author-like field, MAIL FROM <>. A careful analyst: no From DMARC can check, the bank named unauthenticated; not trusted',
      class: 'espoofer-from-ambiguity',
      raw: chain,
      helo: ATTACKER,
      mailFrom: '<>',
      expect: NOT_TRUSTED,
    });
  }
  ambiguous({
    name: 'espoofer-server-a10-from-space-colon',
    id: 'A10SRV',
    about:
      'espoofer server_a10 (paper §5.1, A7, Figure 6(c)): From <first@attacker.example>, then "From : <admin@northbank.example>" (a space before the colon, obsolete syntax that some parsers read as From and others as another field). A careful analyst: two Froms; not trusted',
    from: `From: <first@${ATTACKER}>\r\nFrom : <${BANK_ADMIN}>\r\n`,
    subject: 'A10: Multiple From headers with succeeding space',
  });
  ambiguous({
    name: 'espoofer-server-a11-folded-from-name',
    id: 'A11SRV',
    about:
      'espoofer server_a11 (paper §5.1, A7, Figure 6(b)): "From\\r\\n : <first@attacker.example>" (the field name folded away from its colon) and then From <admin@northbank.example>. A careful analyst: two Froms, one malformed; not trusted',
    from: `From\r\n : <first@${ATTACKER}>\r\nFrom: <${BANK_ADMIN}>\r\n`,
    subject: 'A11: Multiple From headers with folding line',
  });
  ambiguous({
    name: 'espoofer-server-a12-folded-from-sender',
    id: 'A12SRV',
    about:
      'espoofer server_a12 (paper §5.1, A8, Figure 6(d)): the only From is folded away from its colon ("From\\r\\n : <first@attacker.example>"), followed by espoofer’s stray "n" glued to To ("nTo: …"), and Sender <admin@northbank.example>: an app that cannot read the From shows the Sender. A careful analyst: no readable From, the bank in Sender unauthenticated; not trusted',
    from: `From\r\n : <first@${ATTACKER}>\r\nn`,
    subject: 'A12: From and Sender header ambiguity',
    extra: [`Sender: <${BANK_ADMIN}>`],
  });
  ambiguous({
    name: 'espoofer-server-a13-folded-from-resent-from',
    id: 'A13SRV',
    about:
      'espoofer server_a13 (paper §5.1, A8: Gmail’s web client showed Resent-From when it found no From): the only From folded away from its colon and a Resent-From <admin@northbank.example>, which some apps show when they find no From. A careful analyst: not trusted',
    from: `From\r\n : <first@${ATTACKER}>\r\n`,
    subject: 'A13: From and Resent-From header ambiguity',
    extra: [`Resent-From: <${BANK_ADMIN}>`],
  });

  // Address parsing (§5.2): one From field, two readings of its mailbox.
  const senderLine = [`Sender: <s@sender.${BANK_DOMAIN}>`];
  const parsing = (n: { name: string; id: string; about: string; from: string; subject: string }) =>
    send({
      name: n.name,
      about: n.about,
      class: 'espoofer-address-parsing',
      raw: espooferMessage({ from: n.from, subject: n.subject, id: n.id, extra: senderLine }),
      helo: ATTACKER,
      mailFrom: `<any@${ATTACKER}>`,
      expect: NOT_TRUSTED,
    });
  parsing({
    name: 'espoofer-server-a14-multiple-addresses',
    id: 'A14SRV',
    about:
      'espoofer server_a14 (paper §5.2, A9, Figure 8(a)): From <first@attacker.example>, <admin@northbank.example> (two mailboxes; DMARC verifiers may check either or skip the message) with Sender <s@sender.northbank.example>. A careful analyst: several authors, one the unauthenticated bank; not trusted',
    from: `From: <first@${ATTACKER}>, <${BANK_ADMIN}>\r\n`,
    subject: 'A14: Multiple address in From header',
  });
  parsing({
    name: 'espoofer-server-a15-encoded-address',
    id: 'A15SRV',
    about:
      'espoofer server_a15 (paper §5.2, A10, Figure 8(b)): "From:=?utf-8?B?<base64 of <admin@northbank.example>>?=,<second@attacker.example>" (no space after the colon): a verifier sees the attacker’s mailbox, Yahoo and Outlook web decoded the word and showed the bank. A careful analyst: not trusted',
    from: `From:${b64word(`<${BANK_ADMIN}>`)},<second@${ATTACKER}>\r\n`,
    subject: 'A15: Email address encoding',
  });
  parsing({
    name: 'espoofer-server-a16-route-portion',
    id: 'A16SRV',
    about:
      'espoofer server_a16 (paper §5.2, A11, Figure 8(c)): From <@attacker.example,@any.com:admin@northbank.example> (an obsolete source route before the mailbox): a verifier that takes the route’s first domain checks attacker.example, the app shows admin@northbank.example. A careful analyst: the mailbox is the bank’s and nothing passes for it: not trusted',
    from: `From: <@${ATTACKER},@any.com:${BANK_ADMIN}>\r\n`,
    subject: 'A16: Route portion',
  });
  parsing({
    name: 'espoofer-server-a17-quoted-pair',
    id: 'A17SRV',
    about:
      'espoofer server_a17 (paper §5.2, A12, Figure 8(d)): From <admin@northbank.example>\\,<second@attacker.example> (a backslash-escaped comma outside quotes): one parser sees one mailbox, another two. A careful analyst: not trusted',
    from: `From: <${BANK_ADMIN}>\\,<second@${ATTACKER}>\r\n`,
    subject: 'A17: Quoted pair',
  });
  parsing({
    name: 'espoofer-server-a18-special-characters',
    id: 'A18SRV',
    about:
      'espoofer server_a18 (paper §5.2, A13, Figure 8(e)): From admin@northbank.example,<second@attacker.example> (a bare address then an angle-addr): parsers disagree which is the mailbox. A careful analyst: not trusted',
    from: `From: ${BANK_ADMIN},<second@${ATTACKER}>\r\n`,
    subject: 'A18: Specical characters precedence',
  });
  parsing({
    name: 'espoofer-server-a19-name-address-swap',
    id: 'A19SRV',
    about:
      'espoofer server_a19 (paper §5.2, A13, Figure 8(f)): From <any@attacker.example>admin@northbank.example (an angle-addr then bare text): a verifier takes the bracketed attacker mailbox, an app shows the trailing bank address. A careful analyst: not trusted',
    from: `From: <any@${ATTACKER}>${BANK_ADMIN}\r\n`,
    subject: 'A19: Display Name and real address parsing inconsistencies',
  });
}

// ------------------------------------------------------------------------------------------------
// espoofer client mode (paper §6.2, A17): the attacker's account at a mailbox provider (Gmail here, as
// espoofer's config.py defaults to smtp.gmail.com) submits the message; the provider signs it with
// d=gmail.com and sends it from its own outbound host, so SPF and DKIM pass for gmail.com.

const GMAIL_ACCOUNT = 'attacker.account@gmail.com';
const GMAIL_ZONE = {
  'gmail.com': { TXT: ['v=spf1 redirect=_spf.google.com'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ip6:2001:4860:4000::/36 ~all'] },
  '_dmarc.gmail.com': { TXT: ['v=DMARC1; p=none; sp=quarantine; rua=mailto:mailauth-reports@google.com'] },
  '20230601._domainkey.gmail.com': KEY(),
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
};

/** Gmail's submission hop for the attacker's client (HELO espoofer-MacBook-Pro.local). */
const gmailSubmission = (id: string) =>
  `Received: from espoofer-MacBook-Pro.local ([203.0.113.7])\r\n        by smtp.gmail.com with ESMTPSA id ${id}\r\n        for <${VICTIM}>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        Fri, 20 Nov 2026 02:00:01 -0800 (PST)`;

async function clientCases(send: (c: Case) => void): Promise<void> {
  const viaGmail = async (n: {
    name: string;
    about: string;
    from: string;
    subject: string;
    id: string;
    extra?: string[];
    expect: CaseExpectation;
  }) => {
    const submittedRaw = onTop(
      espooferMessage({ from: n.from, subject: n.subject, id: n.id, extra: n.extra }),
      gmailSubmission(`${n.id.toLowerCase()}-20020a05600c0000b0040e5a1b2c3d4sm1234567wmq.12`),
    );
    const raw = await signCorpus(submittedRaw, {
      domain: 'gmail.com',
      selector: '20230601',
      headerList: ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'],
    });
    send({
      name: n.name,
      about: n.about,
      class: 'espoofer-client-account',
      raw,
      mailFrom: `<${GMAIL_ACCOUNT}>`,
      entry: fromGmail(),
      zone: GMAIL_ZONE,
      expect: n.expect,
    });
  };
  await viaGmail({
    name: 'espoofer-client-a1-multiple-from',
    about:
      'espoofer client_a1 (paper §6.2, A17): the attacker’s Gmail account submits From <attacker.account@gmail.com> and From <admin@northbank.example>; the provider signs (d=gmail.com) and sends from its own host, so SPF and DKIM pass for gmail.com while an app may show the second From. A careful analyst: two Froms, the bank unauthenticated; not trusted',
    from: `From: <${GMAIL_ACCOUNT}>\r\nFrom: <${BANK_ADMIN}>\r\n`,
    subject: 'client A1: Multiple From headers',
    id: 'C1CLI1',
    expect: NOT_TRUSTED,
  });
  await viaGmail({
    name: 'espoofer-client-a2-multiple-addresses',
    about:
      'espoofer client_a2 (paper §6.2, A17): the attacker’s Gmail account submits From <attacker.account@gmail.com>, <admin@northbank.example> (with espoofer’s Sender <s@sender.northbank.example>), signed by the provider. A careful analyst: two authors, the bank unauthenticated; not trusted',
    from: `From: <${GMAIL_ACCOUNT}>, <${BANK_ADMIN}>\r\n`,
    subject: 'client A2: Multiple address in From header',
    id: 'C2CLI1',
    extra: [`Sender: <s@sender.${BANK_DOMAIN}>`],
    expect: NOT_TRUSTED,
  });
  await viaGmail({
    name: 'espoofer-client-a3-provider-signs-any-from',
    about:
      'espoofer client_a3 (paper §6.2, A17): the attacker’s account at a provider that does not check the From submits From <admin@northbank.example> alone (and Sender <s@sender.northbank.example>); the provider signs it d=gmail.com and its host passes SPF for the account’s envelope. A careful analyst: nothing aligned with the bank passes: spoofed',
    from: `From: <${BANK_ADMIN}>\r\n`,
    subject: 'client A3: Spoofing via an email service account',
    id: 'C3CLI1',
    extra: [`Sender: <s@sender.${BANK_DOMAIN}>`],
    expect: SPOOFED,
  });
  // The paper's own A17 setting: the address spoofed is another user of the same provider
  // (espoofer's admin@example.com beside attacker@example.com), so DKIM and DMARC pass for every
  // address the From names. A single From naming another user cannot be told from the headers
  // (the provider vouched for it); the ambiguous ones can.
  const other = 'admin@gmail.com';
  await viaGmail({
    name: 'espoofer-client-a1-same-provider',
    about:
      'espoofer client_a1 in the paper’s setting (§6.2, A17: iCloud, Naver and Zoho accepted several From fields and checked only the first): From <attacker.account@gmail.com> then From <admin@gmail.com>, both the provider’s domain, signed d=gmail.com, so DMARC passes whichever From a verifier reads. A careful analyst: two Froms, one of them not the account that sent; not trusted',
    from: `From: <${GMAIL_ACCOUNT}>\r\nFrom: <${other}>\r\n`,
    subject: 'client A1: Multiple From headers',
    id: 'C1CLI2',
    expect: NOT_TRUSTED,
  });
  await viaGmail({
    name: 'espoofer-client-a2-same-provider',
    about:
      'espoofer client_a2 in the paper’s setting (§6.2, A17: Yahoo, iCloud and Naver accepted several addresses and checked only the first): From <attacker.account@gmail.com>, <admin@gmail.com>, signed d=gmail.com. A careful analyst: two authors, one of them not the account that sent; not trusted',
    from: `From: <${GMAIL_ACCOUNT}>, <${other}>\r\n`,
    subject: 'client A2: Multiple address in From header',
    id: 'C2CLI2',
    expect: NOT_TRUSTED,
  });
  await viaGmail({
    name: 'espoofer-client-quoted-pair-same-provider',
    about:
      'Paper §6.2, A17 with A12’s quoted pair, the form the paper reports Gmail, Zoho and mail.ru accepted while checking only the second address: From:admin@gmail.com\\,<attacker.account@gmail.com>, signed d=gmail.com; apps show admin@gmail.com. A careful analyst: the From is malformed and names a user other than the sender; not trusted',
    from: `From:${other}\\,<${GMAIL_ACCOUNT}>\r\n`,
    subject: 'client: quoted pair',
    id: 'C4CLI1',
    expect: NOT_TRUSTED,
  });
}

// ------------------------------------------------------------------------------------------------
// The paper's UI-mismatch families (§5: what the mail app shows against what was checked),
// from the attacker's fully authenticated domain (SPF, DKIM and DMARC pass for attacker.example).

async function uiCases(send: (c: Case) => void): Promise<void> {
  const authentic = async (n: {
    name: string;
    about: string;
    from: string;
    id: string;
    extra?: string[];
    headerList?: string[];
    expect?: CaseExpectation;
  }) => {
    const message = espooferMessage({
      from: n.from,
      subject: 'Action required on your account',
      id: n.id,
      extra: n.extra,
    });
    const names = n.headerList ?? ['from', 'to', 'subject', 'date', 'message-id', 'content-type'];
    // mailauth's signer refuses a message without From: the tag list is then written by hand.
    const raw = n.from
      ? await signCorpus(message, { domain: ATTACKER, selector: 's1', headerList: names })
      : dkimRaw(
          message,
          (bh) =>
            `v=1; a=rsa-sha256; c=relaxed/relaxed; d=${ATTACKER}; s=s1; t=1795168800;\r\n h=${names.join(':')};\r\n bh=${bh};\r\n b=`,
          names,
          corpusKeys().rsaPem,
        );
    send({
      name: n.name,
      about: n.about,
      class: 'espoofer-ui',
      raw,
      helo: `mail.${ATTACKER}`,
      mailFrom: `<bounce@${ATTACKER}>`,
      expect: n.expect ?? NOT_TRUSTED,
    });
  };
  await authentic({
    name: 'espoofer-ui-display-name-address',
    about:
      'Paper §5.2 (a display name holding an address: the paper sets display names aside as known phishing, its A13 is the same disagreement): From "admin@northbank.example" <any@attacker.example>, authenticated as the attacker’s domain; phone apps show only the name. A careful analyst: the name claims the bank’s address; not trusted',
    from: `From: "${BANK_ADMIN}" <any@${ATTACKER}>\r\n`,
    id: 'UI1NAM',
  });
  await authentic({
    name: 'espoofer-ui-display-name-address-unquoted',
    about:
      'Paper §5.2, A13, Figure 8(f) turned around: From admin@northbank.example <any@attacker.example> (the bank’s address as an unquoted display name), authenticated as the attacker’s domain. A careful analyst: not trusted',
    from: `From: ${BANK_ADMIN} <any@${ATTACKER}>\r\n`,
    id: 'UI2NAM',
  });
  await authentic({
    name: 'espoofer-ui-encoded-display-name-address',
    about:
      'Paper §5.2, A10, Figure 8(b) in the display name: From =?utf-8?B?<base64 of admin@northbank.example>?= <any@attacker.example>, authenticated as the attacker’s domain: the app decodes the bank’s address. A careful analyst: not trusted',
    from: `From: ${b64word(BANK_ADMIN)} <any@${ATTACKER}>\r\n`,
    id: 'UI3ENC',
  });
  await authentic({
    name: 'espoofer-ui-multiple-addresses-signed',
    about:
      'espoofer server_a14 with its commented dkim_para (paper §5.2, A9, Figure 8(a)): From <admin@northbank.example>, <any@attacker.example>, DKIM-signed by the attacker’s domain over that From; SPF passes for attacker.example. A careful analyst: two authors, the bank’s unauthenticated; not trusted',
    from: `From: <${BANK_ADMIN}>, <any@${ATTACKER}>\r\n`,
    id: 'UI4MUL',
  });
  await authentic({
    name: 'espoofer-ui-sender-is-bank',
    about:
      'Paper §5.1, A8 (From and Sender, Figure 6(d)) without the malformed From: From <any@attacker.example> authenticated, Sender <admin@northbank.example>; Outlook shows "on behalf of" with the bank. A careful analyst: the bank in Sender is not authenticated; not trusted',
    from: `From: <any@${ATTACKER}>\r\n`,
    id: 'UI5SND',
    extra: [`Sender: Northbank Security <${BANK_ADMIN}>`],
  });
  await authentic({
    name: 'espoofer-ui-no-from-sender-is-bank',
    about:
      'Paper §5.1, A8 (no From at all: six of the paper’s 19 mail apps then showed the Sender): the message has no From field, Sender Northbank Security <admin@northbank.example>, signed by the attacker’s domain (h= without from) with SPF passing for attacker.example; an app with no From shows the Sender. A careful analyst: no author DMARC can check, the bank named unauthenticated; not trusted',
    from: '',
    id: 'UI7NOF',
    extra: [`Sender: Northbank Security <${BANK_ADMIN}>`],
    headerList: ['sender', 'to', 'subject', 'date', 'message-id', 'content-type'],
  });
}

// ------------------------------------------------------------------------------------------------
// Mailsploit (Sabri Haddouche, 2017): From addresses made of encoded-words that decode to the
// bank's address followed by a NUL or a line break, so apps that decode addresses show the bank
// and cut the real domain off. RFC 2047 §5 forbids encoded-words in an addr-spec.

async function mailsploitCases(send: (c: Case) => void): Promise<void> {
  const bankQuoted = `${BANK_ADMIN}" <test>`;
  const signedFrom = async (n: { name: string; about: string; from: string; id: string }) => {
    const raw = await signCorpus(
      espooferMessage({ from: `From: ${n.from}\r\n`, subject: 'Your account', id: n.id }),
      { domain: ATTACKER, selector: 's1', headerList: ['from', 'to', 'subject', 'date', 'message-id'] },
    );
    send({
      name: n.name,
      about: n.about,
      class: 'mailsploit',
      raw,
      helo: `mail.${ATTACKER}`,
      mailFrom: `<bounce@${ATTACKER}>`,
      expect: NOT_TRUSTED,
    });
  };
  await signedFrom({
    name: 'espoofer-mailsploit-nul-classic',
    about:
      'Mailsploit (2017), its published form: From =?utf-8?b?<admin@northbank.example" <test>>?==?utf-8?Q?=00?==?utf-8?b?<admin@northbank.example>?=@attacker.example, DKIM-signed and sent by the attacker’s domain: apps decode the local part, stop at the NUL and show admin@northbank.example. A careful analyst: the address is the attacker’s, written to show the bank; not trusted',
    from: `${b64word(bankQuoted)}=?utf-8?Q?=00?=${b64word(BANK_ADMIN)}@${ATTACKER}`,
    id: 'MS1NUL',
  });
  await signedFrom({
    name: 'espoofer-mailsploit-nul-plain',
    about:
      'Mailsploit (2017), the plain form quoted by Red Sift’s write-up (blog.redsift.com, "Mailsploit: is there a problem with DMARC?"): From =?utf-8?b?<admin@northbank.example>?==?utf-8?Q?=00?==?utf-8?b?<admin@northbank.example>?=@attacker.example, DKIM-signed and sent by the attacker’s domain; clients that stop at the NUL show admin@northbank.example. A careful analyst: not trusted',
    from: `${b64word(BANK_ADMIN)}=?utf-8?Q?=00?=${b64word(BANK_ADMIN)}@${ATTACKER}`,
    id: 'MS6PLN',
  });
  await signedFrom({
    name: 'espoofer-mailsploit-newline',
    about:
      'Mailsploit (2017), line-break form: the same From with =?utf-8?Q?=0A?= in place of the NUL, so apps that draw one line show the bank’s address only. A careful analyst: not trusted',
    from: `${b64word(bankQuoted)}=?utf-8?Q?=0A?=${b64word(BANK_ADMIN)}@${ATTACKER}`,
    id: 'MS2NL',
  });
  await signedFrom({
    name: 'espoofer-mailsploit-quoted-printable-at',
    about:
      'Mailsploit (2017), Q-encoded form: From =?utf-8?Q?admin=40northbank.example=00?=@attacker.example (the "@" and the NUL hidden in quoted-printable inside the local part). A careful analyst: not trusted',
    from: `=?utf-8?Q?admin=40${BANK_DOMAIN}=00?=@${ATTACKER}`,
    id: 'MS3QP',
  });
  await signedFrom({
    name: 'espoofer-mailsploit-name-with-nul',
    about:
      'Mailsploit (2017) in the display name: From =?utf-8?b?<admin@northbank.example\\0>?= <any@attacker.example>: the decoded name is the bank’s address and a NUL. A careful analyst: not trusted',
    from: `${b64word(`${BANK_ADMIN}\u0000`)} <any@${ATTACKER}>`,
    id: 'MS4NAM',
  });
  // Unsigned, from the attacker's server, with the bank's domain as the real address domain.
  send({
    name: 'espoofer-mailsploit-bank-domain-unsigned',
    about:
      'Mailsploit (2017) the other way round: From =?utf-8?b?<admin@attacker.example>?==?utf-8?Q?=00?=@northbank.example, unsigned from the attacker’s server (SPF passes for attacker.example only): the real address domain is the bank’s at p=reject, so DMARC must fail whatever the encoded local part says. A careful analyst: spoofed',
    class: 'mailsploit',
    raw: espooferMessage({
      from: `From: ${b64word(`admin@${ATTACKER}`)}=?utf-8?Q?=00?=@${BANK_DOMAIN}\r\n`,
      subject: 'Your account',
      id: 'MS5UNS',
    }),
    helo: `mail.${ATTACKER}`,
    mailFrom: `<bounce@${ATTACKER}>`,
    expect: SPOOFED,
  });
}
