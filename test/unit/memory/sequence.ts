// Message sequences for the sender-memory tests: northbank.example mail as SendGrid delivers it
// (link-branded envelope, the domain's own DKIM key), and the outliers the memory must notice.
// Built with the corpus helpers (test/helpers/corpus.ts, test/corpus/messages.ts): signed with
// the corpus test keys, DNS from zone data, relay facts from the bundled IP tables.
import { analyzeMessage } from '../../../lib/analyze';
import { type ZoneData, ZoneResolver } from '../../../lib/dns';
import type { SenderMemorySnapshot } from '../../../lib/memory';
import { createClassifier } from '../../../lib/relay/classify';
import type { Analysis } from '../../../lib/types';
import { loadIpTablesFromDisk } from '../../../scripts/ip-tables-node';
import { onTop, received, submitted } from '../../corpus/messages';
import { corpusKeys, signCorpus } from '../../helpers/corpus';

export const RECEIVER = 'mx.reader.example';
export const SENDGRID_IP = '149.72.126.143';
/** An EC2 address (AS 14618, Amazon Web Services), inside the broad block the record below allows. */
export const AWS_IP = '3.85.17.42';

const SENDGRID_SPF =
  'v=spf1 ip4:167.89.0.0/17 ip4:208.117.48.0/20 ip4:50.31.32.0/19 ip4:198.37.144.0/20 ' +
  'ip4:198.21.0.0/21 ip4:192.254.112.0/20 ip4:168.245.0.0/17 ip4:149.72.0.0/16 ip4:159.183.0.0/16 ~all';

export function zone(): ZoneData {
  const keys = corpusKeys();
  const z: ZoneData = {
    'em1847.northbank.example': { TXT: [SENDGRID_SPF] },
    // The domain's own record: SendGrid plus a broad include of a cloud block (its app servers).
    'northbank.example': { TXT: ['v=spf1 include:_spf.apphost.example -all'] },
    '_spf.apphost.example': { TXT: ['v=spf1 ip4:3.80.0.0/12 ~all'] },
    's1._domainkey.northbank.example': { TXT: [keys.rsaTxt] },
    's2._domainkey.northbank.example': { TXT: [keys.rsaTxt] },
    '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
    // The look-alike, properly set up by its registrant.
    'northbank-secure.example': { TXT: [`v=spf1 ip4:${AWS_IP} -all`] },
    's1._domainkey.northbank-secure.example': { TXT: [keys.rsaTxt] },
    '_dmarc.northbank-secure.example': { TXT: ['v=DMARC1; p=reject'] },
    // Another familiar sender, for memories with more than one domain.
    'shopco.example': { TXT: [SENDGRID_SPF] },
    's1._domainkey.shopco.example': { TXT: [keys.rsaTxt] },
    '_dmarc.shopco.example': { TXT: ['v=DMARC1; p=quarantine'] },
  };
  const rev = (ip: string, name: string) => ({
    [`${ip.split('.').reverse().join('.')}.in-addr.arpa`]: { PTR: [name] },
    [name]: { A: [ip] },
  });
  return { ...z, ...rev(SENDGRID_IP, 's.wrqvtzvf.outbound-mail.sendgrid.net') };
}

export interface Spec {
  n: number;
  from?: string;
  /** How it leaves: SendGrid (default), an EC2 server, or a forger's unrelated server. */
  via?: 'sendgrid' | 'aws' | 'forger';
  /** DKIM selector (null: unsigned). */
  selector?: string | null;
  signDomain?: string;
  date?: string;
  messageId?: string;
  /** The receiving host on the Received line (default RECEIVER; `mx.google.com` for the Gmail fixture). */
  by?: string;
}

export async function message(s: Spec): Promise<string> {
  const from = s.from ?? 'Northbank Billing <billing@northbank.example>';
  const domain = from.replace(/.*@/, '').replace(/>.*/, '');
  const via = s.via ?? 'sendgrid';
  let raw = submitted({
    from,
    subject: `Statement ${s.n}`,
    messageId: s.messageId ?? `<stmt-${s.n}.${domain}@mail.example>`,
    ...(s.date ? { date: s.date } : {}),
  });
  const selector = s.selector === undefined ? 's1' : s.selector;
  if (selector) raw = await signCorpus(raw, { domain: s.signDomain ?? domain, selector });
  const ip = via === 'sendgrid' ? SENDGRID_IP : via === 'aws' ? AWS_IP : '203.0.113.66';
  const helo = via === 'sendgrid' ? 's.wrqvtzvf.outbound-mail.sendgrid.net' : 'ip-10-0-3-7.ec2.internal';
  const envelope = via === 'sendgrid' ? `bounces+4532@em1847.${domain}` : `billing@${domain}`;
  return onTop(
    raw,
    `Return-Path: <${envelope}>`,
    received({ helo, rdns: via === 'sendgrid' ? helo : undefined, ip, by: s.by ?? RECEIVER }),
  );
}

let classifier: ReturnType<typeof createClassifier> | null = null;

export async function analyse(
  raw: string,
  senderMemory?: SenderMemorySnapshot,
  minute = 0,
): Promise<Analysis> {
  classifier ??= createClassifier(await loadIpTablesFromDisk());
  return analyzeMessage(raw, {
    resolver: new ZoneResolver(zone()),
    classifyIp: classifier,
    now: new Date(Date.parse('2026-11-21T09:00:00Z') + minute * 60_000),
    ...(senderMemory ? { senderMemory } : {}),
  });
}
