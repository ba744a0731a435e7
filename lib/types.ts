// The contract every layer shares: the engine produces an `Analysis`, the popup, the report,
// the CLI and the tests read it. Field meanings documented in README ("JSON result format");
// fields may be added, existing ones keep their meaning.
import type { AuthBounds } from './auth/limits';
import type { SpfTree } from './auth/spf-tree';
import type { Message } from './i18n/message';
import type { SenderMemorySnapshot, SenderRecall } from './memory/types';

/** RFC 8601 result words. */
export type AuthWord =
  | 'pass'
  | 'fail'
  | 'softfail'
  | 'neutral'
  | 'none'
  | 'temperror'
  | 'permerror'
  | 'policy';

export type Verdict = 'authenticated' | 'suspicious' | 'spoofed' | 'unverified';
export type Severity = 'high' | 'medium' | 'low' | 'info';

export interface Finding {
  /** Stable kebab-case id, e.g. `hosted-server-relay`, `dmarc-fail`. */
  id: string;
  severity: Severity;
  /** One plain-language line. */
  title: string;
  /** A few sentences a non-expert understands. */
  detail: string;
  /** The header lines (unfolded, `Name: value`) the finding rests on. */
  evidence: string[];
  /** A one-click remedy the popup/options can offer (e.g. "Trust lists.example as a forwarder"). */
  action?: FindingAction;
  /** title and detail as keys + parameters (locales/), for the reader's language (lib/i18n/findings.ts). */
  message?: { title: Message; detail: Message };
}

/** What the UI may offer next to a finding; the UI builds the button and stores the choice. */
export type FindingAction = {
  kind: 'trust-forwarder';
  /** The ARC sealer (`d=` of its ARC-Seal) to add to AnalyzeOptions.trustedForwarders. */
  domain: string;
};

// ---------------------------------------------------------------- message

/** One header field, in message order (index 0 = topmost). */
export interface HeaderField {
  index: number;
  /** Name as written (case kept). */
  name: string;
  /** Lower-case name, for lookups. */
  key: string;
  /** Unfolded value, RFC 2047 encoded-words decoded. */
  value: string;
  /** Unfolded value as written (no decoding). */
  rawValue: string;
  /** `Name: rawValue` unfolded: what evidence quotes. */
  line: string;
}

export interface Mailbox {
  address: string;
  /** Lower-case domain of the address ('' when there is none). */
  domain: string;
  /** Decoded display name ('' when absent). */
  displayName: string;
}

export interface ParsedMessage {
  headers: HeaderField[];
  from: Mailbox | null;
  /** All From mailboxes (RFC 5322 allows several; DMARC needs exactly one domain). */
  fromAll: Mailbox[];
  replyTo: Mailbox[];
  to: Mailbox[];
  cc: Mailbox[];
  /** Return-Path address without brackets; '' for the null sender `<>`; null when absent. */
  returnPath: string | null;
  messageId: string | null;
  subject: string | null;
  /** Date header as ISO 8601, null when absent or unparseable. */
  date: string | null;
  /** Bytes of the header block (up to and including the blank line). */
  headerBytes: number;
  /** Total size in bytes. */
  size: number;
  /** Problems met while parsing (no separator, NUL bytes, truncated…), for findings. */
  problems: string[];
}

// ---------------------------------------------------------------- relay

export interface IpClass {
  asn: number | null;
  org: string | null;
  hosting: { provider: string } | null;
  esp: string | null;
  /** The IP data for this address could not be loaded: asn/org/hosting are unknown, not absent. */
  ipDataMissing?: true;
  /**
   * The IPv6 address carries a public IPv4 host (NAT64, RFC 6052 and 8215; 6to4, RFC 3056; Teredo,
   * RFC 4380; the deprecated IPv4-compatible ::a.b.c.d, RFC 4291): asn, org, hosting and esp are
   * that host's (lib/relay/embedded-v4.ts).
   */
  embeddedIpv4?: { ip: string; via: Ipv4Embedding };
}

/** How an IPv6 address carries an IPv4 host (lib/relay/embedded-v4.ts). */
export type Ipv4Embedding = 'nat64' | 'nat64-local' | '6to4' | 'teredo' | 'ipv4-compatible';

/** One Received header, parsed. Index 0 is the topmost (the last hop, nearest the reader). */
export interface Hop extends IpClass {
  index: number;
  /** The name the sending side gave (HELO/EHLO), from `from <helo>`. */
  helo: string | null;
  /** Reverse DNS name the receiving side recorded, e.g. `(mail.example.com [1.2.3.4])`. */
  rdns: string | null;
  /** IP literal of the sending side (IPv4 or IPv6, normalised), when recorded. */
  ip: string | null;
  by: string | null;
  with: string | null;
  id: string | null;
  for: string | null;
  /** Timestamp after the `;`, ISO 8601, null if absent/unparseable. */
  date: string | null;
  /** Seconds between the previous (lower, earlier) hop's date and this one; null if unknown. */
  delaySeconds: number | null;
  /** True when the sending side is inside the receiver (private/loopback/… or a receiver network). */
  internal: boolean;
  /** The unfolded header line. */
  line: string;
  /**
   * The line cannot be read without guessing which part the receiver wrote (a comment the
   * client's HELO name opened swallows the receiver's own record, or the line records a sending
   * side and names no receiving host at all): no IP is taken from it.
   */
  unreadable?: true;
  /** Unreadable because it names no receiving host ("by"): cut short, as by a CRLF in the HELO. */
  noBy?: true;
}

export interface Origin extends IpClass {
  ip: string | null;
  helo: string | null;
  rdns: string | null;
  /** Index of the hop the origin was taken from, null when no hop qualified. */
  hopIndex: number | null;
  /** hosting && !esp && !approved */
  hostedServer: boolean;
  /**
   * A shared host's relay handed the message over, known by its forward-confirmed name (GoDaddy's
   * cPanel relay, all-inkl's KAS servers…), where that name alone does not make it the sender's
   * email service (`esp`: its relays carry every hosting account's scripts too, so it counts only
   * beside an aligned signature). An SPF pass through it is "some customer of the host".
   */
  platformRelay?: string;
  /**
   * The envelope is a mailing list's own bounce address (`<list>-bounces+…@`, `<list>-return-…@`,
   * `owner-<list>@`…) and the message is that list's post: the list's posting address (or its
   * List-Id). The list's server writes that envelope on every subscriber's post, so an SPF pass for
   * it proves someone posted to the list, not that the From domain sent it, even when the list runs
   * under the From's own domain (python.org, apache.org: red-team round 221).
   */
  listRelay?: string;
  /** The user approved this server ("I recognise it"). */
  approved: boolean;
  /**
   * Every hop is the receiver's own (Exchange Online mail within one organisation, Outlook
   * profile): no server handed the message over, so ip is null. Also set, with loginSubmission,
   * for a colleague's login submission to the reader's own box (ip is then that client's).
   * Absent otherwise (issue 17).
   */
  insideReceiver?: boolean;
  /**
   * The entry hop records an authenticated submission (`with ESMTPSA`) to a box named under the
   * From's own domain, delivered there: mail from inside, SPF and DMARC not applied.
   */
  loginSubmission?: boolean;
  /**
   * With loginSubmission: the login the box recorded belongs to another organisation than the
   * From's (`orders@shop-customer.example` writing as the firm's CEO), or, on a box the From's MX
   * names, is a bare user name that names no organisation (`grandma`: a colleague's or another
   * customer's of the box); the verdict is suspicious (row login-outside-organisation). Absent
   * for a colleague's login.
   */
  loginOutsider?: string;
  /**
   * With loginSubmission: on a box the From's MX names, the box's line records a login but no
   * user (Exim's `with esmtpsa`, Postfix's default), so nothing the box wrote says whose account
   * it was (a colleague's or another customer's of the box); the verdict is suspicious (row
   * login-outside-organisation). Absent otherwise.
   */
  loginUnrecorded?: true;
  /**
   * The hop that handed the message over lies in a network the user trusts as a gateway
   * (AnalyzeOptions.trustedGateways.networks, this CIDR) inside shared hosting or cloud space, and
   * records a hand-off below it: the user's gateway, or any tenant of that network. Not honoured as
   * the gateway (lib/engine/gateways.ts hostedGatewayHops), and not "spoofed" on SPF at its address
   * either (verdict row dmarc-fail's exception; finding gateway-network-shared).
   */
  sharedGatewayNetwork?: string;
  /**
   * The hop that handed the message over is named under a domain the user trusts as a gateway
   * (AnalyzeOptions.trustedGateways.domains, this entry) only by its hoster's default reverse name
   * (a hosted server; the entry is the hoster's zone, such as your-server.de), and records a hand-off
   * below it: the user's filter VM, or any tenant of that hoster. Not honoured as the gateway
   * (lib/engine/gateways.ts hostedGatewayNameHops), and, as sharedGatewayNetwork, not "spoofed" on
   * SPF at its address either (finding gateway-network-shared, worded for a domain).
   */
  sharedGatewayDomain?: string;
  /**
   * The entry hop's client was recorded by an address that is a NAT's or proxy's (ip is null): an
   * internal one whose client greeted as a stranger, or one the user named (`natDeclared`).
   */
  natAddress?: string;
  natDeclared?: boolean;
  /**
   * Behind that NAT the receiver's own SPF check was judged at the NAT's address: its own record
   * names that address as the client it checked (probe101), or, where it names none, it passed
   * the envelope (or a null sender's HELO) and so does ours at that address (the record lists the
   * internal network: `ip4:10.0.0.0/8`). The receiver's SPF pass, and a DMARC pass it founded on
   * it, speak for no sender (probe94, probe96).
   */
  natSpfPass?: boolean;
  /**
   * The receiver collected the message from another mailbox on this server (POP3/IMAP), whose
   * provider's lines do not name the server that sent it there, and nothing else decided DMARC:
   * its result is temperror for that reason, not a DNS fault (lib/analyze.ts undecidedByFetch).
   */
  collectedFrom?: string;
  /**
   * The addresses of the receiver's own relays the walk went down past above this hop by their
   * reverse names (under the receiver's domains, or a host the MX records of --recipient-domain
   * name: a backup MX at a hosting company). The receiver's own SPF check, where it names one of
   * them, judged its own hand-off, not the sender (finding provider-disagreement). Absent when none.
   */
  ownRelays?: string[];
  /**
   * The MX lookup of the reader's own domain (`domain`, from --recipient-domain, or a subdomain its
   * authserv-id sits in) failed with a DNS fault, and the walk stopped at `host`, a named server
   * handing over to the receiver, which may be the reader's own backup MX: DMARC, where it rests
   * on SPF at its address, is temperror, not fail; beside an aligned signature's pass the server's
   * hosting is a low note.
   */
  receiverMxUnknown?: { domain: string; host: string };
}

// ---------------------------------------------------------------- authentication

export interface SpfCheck {
  result: AuthWord;
  /** The domain checked (envelope sender's domain, or the HELO name when the sender is null). */
  domain: string;
  aligned: boolean;
  ip: string | null;
  helo: string | null;
  envelopeFrom: string | null;
  /** The mechanism that matched (`ip4:203.0.113.0/24`, `include:_spf.example` …), when known. */
  mechanism: string | null;
  /** Chain of includes/redirects that led to the matching mechanism (outermost first). */
  includePath?: string[];
  explanation: string | null;
  /** DNS-querying terms counted (RFC 7208 §4.6.4). */
  lookups: number;
  /** Free-text reason (mailauth's comment or ours). */
  info: string | null;
  /** How much address space the matched mechanism authorises (lib/relay/spf-breadth.ts); added for the broad-spf finding. */
  breadth?: SpfBreadth | null;
  /** The evaluation as a tree rebuilt from the recorded DNS answers (lib/auth/spf-tree.ts); online only. */
  tree?: SpfTree;
}

/** Breadth of the SPF term that matched (issue 4, "Broad SPF"). Added by the relay helper. */
export interface SpfBreadth {
  /** The matched term, e.g. `ip4:20.0.0.0/11`. */
  mechanism: string;
  kind: 'ip4' | 'ip6' | 'a' | 'mx' | 'all' | 'other';
  /** Domain whose SPF record holds the term (innermost of the include path). */
  recordDomain: string | null;
  /** Address blocks the term authorises (CIDR text); empty when unknown. */
  blocks: string[];
  /** Number of addresses authorised (approximate above 2^53), null when unknown. */
  addresses: number | null;
  /** Hosting-provider space inside those blocks not covered by a known ESP's sending ranges. */
  hosting: Array<{ provider: string; addresses: number }>;
  /** The ESP whose published sending ranges cover all of the authorised space, else null. */
  esp: string | null;
  /** `hosting` counts only part of the space: the IP data for the rest was not loaded (worker budget). */
  hostingIncomplete?: true;
}

export interface DkimCheck {
  result: AuthWord;
  /** d= */
  domain: string;
  /** s= */
  selector: string;
  aligned: boolean;
  /** a= (rsa-sha256, ed25519-sha256, rsa-sha1) */
  algorithm: string | null;
  /** RSA key size in bits, when known. */
  keyBits: number | null;
  /** i= */
  identity?: string | null;
  /** l= present: the signature covers only part of the body. */
  bodyLength?: number | null;
  /** With l=: canonicalized body bytes after the signed part (added after signing; 0 = none). */
  unsignedBytes?: number | null;
  /** Machine-friendly cause of failure (see DkimFailureCause). */
  cause: DkimFailureCause | null;
  /** mailauth's comment / our reason. */
  info: string | null;
  /** The DKIM-Signature header line (unfolded). */
  line: string | null;
  /**
   * Offline, where several DKIM-Signature fields fit the provider's pass (its d= and s=) and its
   * words do not say which passed: the other fields' lines. The rules read what all of them sign
   * (a field every h= names, the oldest t=): a copy of the bank's field beside the genuine one
   * could claim anything (red-team rounds 206 and 207).
   */
  alsoFits?: string[];
  /**
   * Set when this failing signature verifies in full (b= and bh=) once a mailing list's changes
   * are undone: a subject tag removed, list header fields removed, an appended footer removed
   * (lib/auth/list-restore.ts). Proof that the signing domain signed the message as it was.
   */
  listRestore?: ListRestore | null;
  /**
   * This signature failed on the body as stored and verifies in full (b= and bh=) once the body's
   * mbox quoting (`>From ` lines, lib/auth/mbox-quoting.ts) is undone: a copy saved out of a
   * mailbox file.
   */
  mboxUnquoted?: true;
  /**
   * On a list's post handed on by the list's own server (Origin.listRelay): this passing signature
   * covers a field the list wrote (List-Id, List-Post…), so the list's server made it after taking
   * the post; it vouches for the list, not for the author (lib/findings/list-evidence.ts
   * markListSigned).
   */
  listSigned?: true;
}

export interface ListRestore {
  /** The subject tag that was removed (`[devel] `), null when the Subject was left as it is. */
  subjectTag: string | null;
  /** Header fields the list added that the signature covered (oversigned), removed to verify. */
  removedHeaders: string[];
  /** Bytes of body text removed (a footer, or a footer MIME part); 0 when the body was unchanged. */
  footerBytes: number;
  /** The start of the removed body text, whitespace collapsed (at most 160 characters). */
  footerPreview: string;
  /** Host names the removed text links to or spells out (lib/auth/footer-markup.ts footerLinkHosts). */
  footerHosts: string[];
  /** Links of an HTML footer whose text shows one name and that open another organisation's page. */
  footerDisguisedLinks: Array<{ shown: string; opens: string }>;
  /**
   * The removed text scares about an account (lib/auth/footer-markup.ts footerLure): the word, and
   * the addresses and host names it gives. Absent when it says no such word.
   */
  footerLure?: { word: string; targets: string[] };
}

export type DkimFailureCause =
  | 'body-hash-mismatch'
  | 'signature-mismatch'
  | 'key-missing'
  | 'key-revoked'
  | 'key-too-short'
  | 'expired'
  | 'sha1'
  | 'malformed'
  | 'dns-error'
  /** RFC 6376 §8.15: a second copy of a field the signature covers was added after signing. */
  | 'field-added'
  | 'other';

export interface DmarcCheck {
  result: AuthWord;
  /** p= (or sp= when it applied), null when no record. */
  policy: 'none' | 'quarantine' | 'reject' | null;
  /** The From domain. */
  domain: string;
  /** Organisational domain used. */
  orgDomain: string | null;
  /** The raw policy record, when found. */
  record: string | null;
  pct: number | null;
  alignment: { spf: 'r' | 's'; dkim: 'r' | 's' } | null;
  /** Which aligned identifier passed, if any. */
  passedBy: Array<'spf' | 'dkim'>;
  /**
   * The SPF domain / DKIM d= that DMARC found aligned (null when none). Optional, added by the
   * DKIM/DMARC work: lets `applyDmarcAlignment` keep domains aligned by mailauth's DNS tree walk.
   */
  alignedDomains?: { spf: string | null; dkim: string | null };
  /**
   * True when the From domain, a name below the organisational domain whose policy (sp= or p=)
   * is none, does not exist in DNS (NXDOMAIN): asked only when DMARC failed there.
   */
  fromDomainMissing?: boolean;
  /**
   * Offline: the provider's DMARC failure rested on its SPF check at this address, that of the
   * gateway the user trusts, not the sender's, and no aligned signature was recorded: it judged
   * the gateway, and nothing here checked the sender (lib/engine/offline.ts offlineAtTrustedGateway).
   */
  atTrustedGateway?: string;
  info: string | null;
}

export interface ArcCheck {
  result: AuthWord;
  /** Number of ARC sets (highest i=). */
  instances: number;
  /** Sealing domains in order i=1..n. */
  sealers: string[];
  /** What the oldest ARC-Authentication-Results recorded (for forwarded mail). */
  originalAuth: string | null;
  info: string | null;
  /**
   * Online: forward-confirmed reverse names, by address, of Google's and Microsoft's sealers' entry
   * clients that a well-known gateway's domain holds (lib/engine/sealer-entry-names.ts); absent
   * when none was looked up or none names one.
   */
  entryNames?: Record<string, string>;
  /**
   * On a chain that fails, its newest set when that set says `cv=fail` (its sealer found the sets
   * below broken) and its own seal and ARC-Message-Signature verify: that sealer's signed record of
   * what reached it (lib/auth/arc.ts). Absent otherwise.
   */
  sealedFail?: { instance: number; sealer: string };
}

/** One resinfo of an Authentication-Results header (RFC 8601 §2.2). */
export interface AuthResultEntry {
  method: string;
  result: string;
  reason: string | null;
  /** ptype.property → value, e.g. { 'header.d': 'example.com', 'smtp.mailfrom': 'a@b' }. */
  props: Record<string, string>;
  /** Comments inside the resinfo (Gmail and Yahoo put the DMARC policy there: `(p=REJECT …)`). */
  comments?: string[];
}

export interface AuthResultsHeader {
  authservId: string;
  version: number | null;
  results: AuthResultEntry[];
  /** Header index in the message (0 = topmost). */
  index: number;
  line: string;
  /** Added by the receiving provider (topmost run of trusted authserv-ids). */
  trusted: boolean;
  /** Trusted, and above the receiver's own entry hop (a Received line by one of its hosts). */
  proven?: boolean;
  /** Claims a trusted authserv-id but sits below the receiver's entry hop or an untrusted header: forged. */
  forged: boolean;
  /**
   * Forged, yet where a Postfix box's own milters write theirs (OpenDKIM, OpenDMARC, OpenARC: in the
   * run right under its entry line, lib/auth/authresults.ts): the reader's server or the sender
   * wrote it, which HeaderLens cannot tell. Still never counted.
   */
  underOwnEntry?: boolean;
  /** Could not be parsed (kept for evidence). */
  malformed: boolean;
  /**
   * Written by a gateway the user trusts, at its own place in the chain (between the receiver's
   * entry hop and the gateway's own Received): counted like the provider's (lib/auth/gateway-results.ts).
   * An ARC-Authentication-Results read this way has `line` starting `ARC-Authentication-Results:`.
   */
  gateway?: boolean;
}

/** What the receiving provider said, from its trusted Authentication-Results. */
export interface ProviderResults {
  authservId: string;
  spf: AuthWord | null;
  /**
   * `b`: the start of the signature's b= the provider quoted (header.b, RFC 6008; OpenDKIM and
   * rspamd write it), white space removed; absent when it quoted none.
   */
  dkim: Array<{ result: AuthWord; domain: string | null; selector: string | null; b?: string }>;
  dmarc: { result: AuthWord; policy: string | null; domain: string | null } | null;
  arc: AuthWord | null;
  lines: string[];
  /**
   * The header sits above the receiver's own entry hop (a Received line by one of its hosts), so
   * the receiver wrote it. Only then may its pass outrank our own fail (lib/findings/auth-state.ts).
   */
  proven: boolean;
  /** Results of that header that name another domain in `header.from` than the message's From:
   *  not counted, and shown (`provider-from-mismatch`). */
  fromMismatch: Array<{ method: string; result: AuthWord; headerFrom: string }>;
}

// ---------------------------------------------------------------- DNS

export type RrType = 'TXT' | 'A' | 'AAAA' | 'MX' | 'PTR' | 'CNAME';
export interface MxRecord {
  exchange: string;
  priority: number;
}
/** TXT → string[][] (chunks per record); A/AAAA/PTR/CNAME → string[]; MX → MxRecord[]. */
export type DnsAnswer = string[][] | string[] | MxRecord[];

/** Error codes of Node's `dns` module that mailauth understands. */
export type DnsErrorCode =
  | 'ENOTFOUND'
  | 'ENODATA'
  | 'ETIMEOUT'
  | 'ESERVFAIL'
  | 'EREFUSED'
  | 'EBADNAME'
  | 'ECONNREFUSED';

/** One query and its outcome, as recorded in `Analysis.dns` (replayable as a zone source). */
export interface DnsLogEntry {
  name: string;
  type: RrType;
  /** Answer records when the query succeeded. */
  answer?: DnsAnswer;
  /** Error code when it did not. */
  error?: DnsErrorCode;
  ttl?: number;
  /** Milliseconds the lookup took (0 for cache hits). */
  ms?: number;
  cached?: boolean;
}

/** Everything the engine needs from DNS: mailauth's `dns.promises.resolve` contract. */
export interface Resolver {
  /** Resolves or rejects with a `DnsError` carrying a `DnsErrorCode`. */
  resolve(name: string, type: RrType): Promise<DnsAnswer>;
}

// ---------------------------------------------------------------- analysis

/** A webmail whose delivery rules the engine knows (lib/webmail/profiles.ts). */
export type WebmailProfileName = 'gmail' | 'outlook' | 'yahoo';

/** The webmail profile an analysis was read with (`meta.profile`). */
export interface ProfileUse {
  name: WebmailProfileName;
  /** `chosen`: named by the caller (adapter, `--webmail outlook`, the inspector's select);
   *  `detected`: `auto` found it in the topmost Received header. */
  how: 'chosen' | 'detected';
  /** When detected: the Received line that decided. */
  evidence: string | null;
}

export interface AnalyzeOptions {
  /** Undefined = offline mode: no DNS; trusted Authentication-Results only. */
  resolver?: Resolver;
  /** authserv-ids of the user's own provider (e.g. `mx.google.com`). */
  trustedAuthservIds?: string[];
  /** CIDRs of the receiving provider's networks (hops from these are internal). */
  receiverNetworks?: string[];
  /**
   * CIDRs of a NAT or proxy in front of the receiver (`--nat-address`, Options → Advanced): it
   * records its own address for every client, so a network delivery from one is the entry, with no
   * address to check, whatever HELO it names (lib/message/origin.ts).
   */
  natNetworks?: string[];
  /** IPs the user approved as "I recognise this server". */
  approvedServers?: string[];
  /**
   * What each approval covers, by IP (canonical form): the From domains of the messages it was
   * approved on. An approved IP listed here is approved only for mail whose From domain is in the
   * same organisation as one of them; one not listed (an approval made before the extension kept
   * domains, the CLI's --approve) is approved for every message from it.
   */
  approvedServerDomains?: Record<string, string[]>;
  /** Clock, for reproducible tests. */
  now?: Date;
  /** Recipient's own domain(s), for look-alike checks. */
  recipientDomains?: string[];
  /** The source is not byte-exact (e.g. Gmail's HTML view): DKIM failures are not evidence. */
  notByteExact?: boolean;
  /**
   * The whole message's size in bytes when `raw` is only its header block (a webmail message over
   * the hashing limit is sent to the worker headers-only): DKIM then says "body not hashed".
   */
  messageBytes?: number;
  /** Above this size DKIM is checked on the headers only (default: lib/auth/limits.ts). */
  maxHashedBytes?: number;
  /** The classifier for relay intelligence; null result = unknown. */
  classifyIp?: (ip: string) => IpClass | null;
  /** Version/date of the IP data behind classifyIp, stamped into the analysis. */
  ipDataVersion?: string;
  /**
   * ARC sealer / forwarder domains the user trusts (Options → "Mail gateways and forwarders you
   * trust", or the popup's "Trust <sealer> as a forwarder"), on top of the built-in list.
   */
  trustedForwarders?: string[];
  /**
   * Inbound gateways the user trusts as part of the receiver (e.g. the organisation's Mimecast):
   * hosts under these domains (Received `by` / reverse name) and addresses in these networks
   * (CIDR) are the receiver's; the origin walk continues below them and their ARC results count
   * like the provider's.
   */
  trustedGateways?: { domains?: string[]; networks?: string[] };
  /**
   * Read the message as delivered by this webmail (lib/webmail/profiles.ts): its trusted
   * authserv-ids and internal networks are added to the ones above, and its entry rule picks the
   * origin. `auto`: detect it from the topmost Received header; `none`/absent: no profile.
   */
  webmail?: WebmailProfileName | 'auto' | 'none';
  /**
   * What HeaderLens remembers about senders (lib/memory/, issue 21), read-only: the memory
   * findings compare the message with it. Absent = memory off. Learning happens after the analysis.
   */
  senderMemory?: SenderMemorySnapshot;
  /**
   * The message was not delivered to this reader as it stands (`--attached`: an original taken out
   * of a report): its Received lines are whoever attached it, so nothing is read as written on the
   * reader's own system, and no delivery date excuses a key that is gone.
   */
  attached?: boolean;
  /**
   * With `attached`: who attached the original (lib/attached.ts reads the report around it). Not
   * someone of the receiving organisation, authenticated (`insider` false): the original's
   * Received and Authentication-Results lines are that sender's text, so no delivery is read from
   * them and only its signatures count (probe13-attached-original-forged-bank-delivery).
   */
  attachedBy?: {
    insider: boolean;
    from: string | null;
    verdict: Verdict;
    /** The receiver wrote the report itself: its own delivery status notification (lib/attached.ts). */
    receiverWrote?: boolean;
  };
}

/** A mail gateway at the entry hop (lib/engine/gateways.ts). */
export interface GatewayInfo {
  /** The user trusts it (AnalyzeOptions.trustedGateways): the origin walk went on below it. */
  trusted: boolean;
  /** The built-in list's name (lib/relay/gateways.ts), null when only the user's list names it. */
  name: string | null;
  /** The sending side of the receiver's entry hop: the gateway's address and confirmed name. */
  ip: string | null;
  host: string | null;
  /** Hop indexes whose sending side is the gateway (or one of its own hosts). */
  hopIndexes: number[];
  /** What trusting it would add: a domain (`mimecast.com`) or a network (CIDR); null if trusted. */
  offer: string | null;
  /** The gateway's own Authentication-Results (or ARC-Authentication-Results) lines, as placed. */
  resultsLines: string[];
  /** DMARC as the gateway recorded it for the From domain, null when it recorded none. */
  recordedDmarc: AuthWord | null;
}

export interface Analysis {
  verdict: Verdict;
  /** One sentence that explains the verdict. */
  summary: string;
  /** The summary as a key + parameters (locales/), for the reader's language. */
  summaryMessage?: Message;
  mode: 'online' | 'offline';
  from: Mailbox | null;
  replyTo: Mailbox[];
  to: Mailbox[];
  returnPath: string | null;
  messageId: string | null;
  subject: string | null;
  date: string | null;
  origin: Origin;
  hops: Hop[];
  spf: SpfCheck;
  dkim: DkimCheck[];
  dmarc: DmarcCheck;
  arc: ArcCheck;
  /** Parsed Authentication-Results headers (all, with trusted/forged flags). */
  authResults: AuthResultsHeader[];
  /** What the receiving provider concluded; null when no trusted header was found. */
  provider: ProviderResults | null;
  /**
   * A well-known or trusted mail gateway at the entry hop, null when none. With a trusted gateway,
   * `provider` is built from the gateway's own results first (it saw the sender; the provider saw
   * only the gateway).
   */
  gateway?: GatewayInfo | null;
  /** What the sender memory knew about this sender before this message (absent when memory is off; issue 21). */
  memory?: SenderRecall | null;
  /**
   * Online only, present only when found (lib/engine/lookalike-twin.ts): the From domain's
   * organisation is spelt with living-alphabet letters that read as ASCII ones (nørthbank.example),
   * and its ASCII twin (northbank.example) publishes DMARC p=quarantine/reject with no sign of one
   * owner. Domains in A-label form; `letters` are the folded letters, in order of first appearance.
   */
  lookalikeTwin?: { domain: string; twin: string; letters: string[]; policy: 'quarantine' | 'reject' };
  findings: Finding[];
  dns: DnsLogEntry[];
  meta: {
    version: string;
    ipData: string | null;
    analysedAt: string;
    durationMs: number;
    size: number;
    notByteExact: boolean;
    /** The webmail profile applied, null when none was (added by issue 17; absent in older JSON). */
    profile?: ProfileUse | null;
    /** Present when hostile sizes were left out of the DKIM/ARC checks (lib/auth/limits.ts). */
    bounds?: AuthBounds;
  };
}
