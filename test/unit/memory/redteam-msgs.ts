// Messages for the sender-memory red team (test/unit/memory/redteam.test.ts): northbank.example's
// usual mail (sequence.ts: SendGrid, its own DKIM key s1) beside the other ways its name can
// arrive — Microsoft 365's and Google's shared servers, a second ESP, a forger — each built
// from the corpus helpers (signed with the corpus test key, DNS from zone data, relay facts from
// the bundled IP tables), so no test depends on live DNS.
import { analyzeMessage } from '../../../lib/analyze';
import { type ZoneData, ZoneResolver } from '../../../lib/dns';
import type { SenderMemorySnapshot } from '../../../lib/memory';
import { createClassifier } from '../../../lib/relay/classify';
import type { Analysis } from '../../../lib/types';
import { loadIpTablesFromDisk } from '../../../scripts/ip-tables-node';
import { onTop, received, submitted } from '../../corpus/messages';
import { corpusKeys, signCorpus } from '../../helpers/corpus';
import { RECEIVER, zone as sequenceZone } from './sequence';

/** Where a message leaves from: the client of the receiver's Received line. */
export interface Relay {
  ip: string;
  helo: string;
  rdns?: string;
}

export const RELAYS = {
  sendgrid: { ip: '149.72.126.143', helo: 's.wrqvtzvf.outbound-mail.sendgrid.net' },
  // Other SendGrid pools (AS 11377): one ESP, many addresses.
  sendgrid2: { ip: '167.89.115.54', helo: 'o1.ptr2793.northbank.example' },
  sendgrid3: { ip: '168.245.10.1', helo: 'o2.ptr8812.northbank.example' },
  // Google's outbound servers: the address changes from message to message.
  google1: { ip: '209.85.220.41', helo: 'mail-sor-f41.google.com' },
  google2: { ip: '209.85.218.45', helo: 'mail-ej1-f45.google.com' },
  google3: { ip: '74.125.82.1', helo: 'mail-wm1-f1.google.com' },
  // Exchange Online Protection, the servers every Microsoft 365 tenant sends from.
  m365: { ip: '40.107.92.55', helo: 'NAM10-DM6-obe.outbound.protection.outlook.com' },
  amazonSes: { ip: '54.240.1.1', helo: 'a1-1.smtp-out.amazonses.com' },
  aws: { ip: '3.85.17.42', helo: 'ip-10-0-3-7.ec2.internal' },
  list: { ip: '192.0.2.25', helo: 'mail.lists.example' },
  // A VPS host whose registered AS name carries an exclamation mark ("High5! B.V.", AS 60131).
  high5: { ip: '46.23.89.10', helo: 'vps1.high5.example' },
} satisfies Record<string, Relay>;

export interface Msg {
  n: number;
  from?: string;
  relay?: Relay;
  /** Envelope sender (default billing@ the From domain). */
  envelope?: string;
  /** DKIM selector; null: unsigned. Default s1. */
  selector?: string | null;
  signDomain?: string;
  /** Further signatures by the same domain, one per selector. */
  moreSelectors?: string[];
  messageId?: string;
  date?: string;
  /** Header lines the sender writes above its own (signed) message, below the receiver's. */
  senderAdded?: string[];
  /** The receiving host on the Received line (default RECEIVER; `mx.google.com` for a Gmail reader). */
  by?: string;
  /** Header lines the receiver writes above its Received line. */
  receiverAdded?: string[];
}

export function domainOfFrom(from: string): string {
  return from.replace(/.*@/, '').replace(/>.*/, '');
}

export async function build(m: Msg): Promise<string> {
  const from = m.from ?? 'Northbank Billing <billing@northbank.example>';
  const domain = domainOfFrom(from);
  let raw = submitted({
    from,
    subject: `Statement ${m.n}`,
    messageId: m.messageId ?? `<rt-${m.n}.${domain}@mail.example>`,
    ...(m.date ? { date: m.date } : {}),
  });
  const selector = m.selector === undefined ? 's1' : m.selector;
  if (selector) raw = await signCorpus(raw, { domain: m.signDomain ?? domain, selector });
  for (const s of m.moreSelectors ?? [])
    raw = await signCorpus(raw, { domain: m.signDomain ?? domain, selector: s });
  const relay: Relay = m.relay ?? RELAYS.sendgrid;
  return onTop(
    raw,
    ...(m.receiverAdded ?? []),
    `Return-Path: <${m.envelope ?? `billing@${domain}`}>`,
    received({ helo: relay.helo, rdns: relay.rdns ?? relay.helo, ip: relay.ip, by: m.by ?? RECEIVER }),
    ...(m.senderAdded ?? []),
  );
}

/**
 * sequence.ts's zone, and: northbank.example's record allows its SendGrid, Google Workspace and
 * Microsoft 365 (as many a company's does), with the keys a Microsoft 365 tenant publishes
 * (selector1 / selector2); a second sender that uses two ESPs; a tenant-platform domain.
 */
export function redteamZone(): ZoneData {
  const keys = corpusKeys();
  const base = sequenceZone();
  return {
    ...base,
    'northbank.example': {
      TXT: [
        'v=spf1 include:sendgrid.net include:_spf.google.com include:spf.protection.outlook.com include:_spf.apphost.example -all',
      ],
    },
    'sendgrid.net': { TXT: ['v=spf1 ip4:149.72.0.0/16 ip4:167.89.0.0/17 ip4:168.245.0.0/17 ~all'] },
    '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ip4:74.125.0.0/16 ~all'] },
    'spf.protection.outlook.com': {
      TXT: ['v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 ip4:52.100.0.0/14 -all'],
    },
    'selector1._domainkey.northbank.example': { TXT: [keys.rsaTxt] },
    'selector2._domainkey.northbank.example': { TXT: [keys.rsaTxt] },
    'google._domainkey.northbank.example': { TXT: [keys.rsaTxt] },
    // A subdomain that signs its own mail.
    's1._domainkey.alerts.northbank.example': { TXT: [keys.rsaTxt] },
    // A tenant of Microsoft 365 (any name is free to take) signing as itself.
    'selector1-northbankalerts._domainkey.northbankalerts.onmicrosoft.com': { TXT: [keys.rsaTxt] },
    'selector1-contoso._domainkey.contoso.onmicrosoft.com': { TXT: [keys.rsaTxt] },
    'northbankalerts.onmicrosoft.com': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
    'contoso.onmicrosoft.com': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
    '_dmarc.onmicrosoft.com': { TXT: ['v=DMARC1; p=none'] },
    // A mailing list server that rewrites From to its own address (DMARC mitigation) and signs.
    'lists.example': { TXT: ['v=spf1 ip4:192.0.2.25 -all'] },
    's1._domainkey.lists.example': { TXT: [keys.rsaTxt] },
    '_dmarc.lists.example': { TXT: ['v=DMARC1; p=none'] },
    // A bookshop whose name is not ASCII (RFC 6532 mail writes it in UTF-8 in From).
    's1._domainkey.xn--bcherstube-9db.example': { TXT: [keys.rsaTxt] },
    '_dmarc.xn--bcherstube-9db.example': { TXT: ['v=DMARC1; p=reject'] },
    // A sender of the attacker's own, with keys under many selectors and an odd one.
    ...Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`k${i + 1}._domainkey.shopco.example`, { TXT: [keys.rsaTxt] }]),
    ),
    'a+b._domainkey.shopco.example': { TXT: [keys.rsaTxt] },
    // A shop that sends through SendGrid and Amazon SES alternately.
    'twoesp.example': { TXT: ['v=spf1 include:sendgrid.net include:amazonses.com -all'] },
    'amazonses.com': { TXT: ['v=spf1 ip4:54.240.0.0/18 ~all'] },
    's1._domainkey.twoesp.example': { TXT: [keys.rsaTxt] },
    '_dmarc.twoesp.example': { TXT: ['v=DMARC1; p=reject'] },
  };
}

let classifier: ReturnType<typeof createClassifier> | null = null;

export interface Run {
  memory?: SenderMemorySnapshot;
  minute?: number;
  /** Offline: no DNS, the receiver's Authentication-Results trusted (authserv-id RECEIVER). */
  offline?: boolean;
}

export async function analyseMsg(raw: string, r: Run = {}): Promise<Analysis> {
  classifier ??= createClassifier(await loadIpTablesFromDisk());
  return analyzeMessage(raw, {
    ...(r.offline ? {} : { resolver: new ZoneResolver(redteamZone()) }),
    trustedAuthservIds: [RECEIVER],
    classifyIp: classifier,
    now: new Date(Date.parse('2026-11-21T09:00:00Z') + (r.minute ?? 0) * 60_000),
    ...(r.memory ? { senderMemory: r.memory } : {}),
  });
}
