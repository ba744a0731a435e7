// Sender memory (issue 21): what HeaderLens remembers about the organisations that send the
// reader mail, so that a familiar sender suddenly using other infrastructure stands out. One JSON
// shape for the extension (storage.local) and the CLI (`--memory FILE`). Only the From
// organisational domain and the infrastructure facts are kept: no subject, no address, no body.
// Lists, not objects keyed by attacker-chosen names: a domain spelt `__proto__` is just a value.

export const MEMORY_FORMAT = 'headerlens-sender-memory';
export const MEMORY_VERSION = 1;

/** A network a sender's mail came from: an email service, a hosting provider, or an AS. */
export interface InfraSeen {
  /** `esp:SendGrid`, `host:Amazon Web Services`, `as:64500`, `net:198.51.100.0/24`. */
  key: string;
  /** How it is named to the reader ("SendGrid", "Amazon Web Services", "Northbank Ltd (AS64500)"). */
  name: string;
  asn: number | null;
  count: number;
  firstSeen: string;
  lastSeen: string;
}

/** A DKIM signing domain (d=) whose signatures verified, with the selectors seen. */
export interface SignerSeen {
  domain: string;
  count: number;
  selectors: Array<{ selector: string; count: number; lastSeen: string }>;
  firstSeen: string;
  lastSeen: string;
}

/** One remembered message (newest last): what it contributed, so a second look at it counts once. */
export interface RecentMessage {
  /** A 64-bit hash (16 hex digits) of the Message-ID, or of Date + From when there is none (`messageKey`). */
  h: string;
  /** Infrastructure key, null when the origin was not known. */
  i: string | null;
  /** `d=/s=` of the signatures that verified. */
  d: string[];
  /** The SPF mechanism that matched, null when SPF did not pass. */
  m: string | null;
}

export interface DomainMemory {
  /** The From organisational domain, lower case (ASCII / punycode as in the message). */
  domain: string;
  count: number;
  /** When HeaderLens first/last learnt from this domain (its own clock, never the message's Date). */
  firstSeen: string;
  lastSeen: string;
  /** The user marked the domain as known good: kept when the memory is full. */
  knownGood?: boolean;
  infra: InfraSeen[];
  dkim: SignerSeen[];
  /** SPF mechanisms that matched (`include:sendgrid.net`), with counts. */
  spf: Array<{ mechanism: string; count: number; lastSeen: string }>;
  /** How the From domain authenticated: `pass` (DMARC) or `known-good` (the user's word). */
  dmarc: Array<{ result: 'pass' | 'known-good'; count: number }>;
  recent: RecentMessage[];
}

export interface SenderMemory {
  format: typeof MEMORY_FORMAT;
  version: typeof MEMORY_VERSION;
  /** When this memory started (first learning after a reset): "never seen" means "not since then". */
  startedAt: string;
  domains: DomainMemory[];
}

/** A read-only view for the analysis (AnalyzeOptions.senderMemory): the data and an index. */
export interface SenderMemorySnapshot {
  readonly memory: Readonly<SenderMemory>;
  /** One domain's record (through the list's lineage, lib/memory/lineage.ts: no index built per snapshot). */
  readonly byDomain: { get(domain: string): Readonly<DomainMemory> | undefined };
}

/** What the memory knew about this message's sender before this message (Analysis.memory). */
export interface SenderRecall {
  /** The From organisational domain. */
  domain: string;
  /** When the memory started. */
  since: string;
  /** Domains remembered. */
  domainsKnown: number;
  /** This message's own facts, as the memory would file them. */
  current: {
    infra: { key: string; name: string; asn: number | null } | null;
    /** Verified DKIM signatures (d=, s=). */
    signers: Array<{ domain: string; selector: string }>;
    spfMechanism: string | null;
    /** The message was already learnt (opened before, or judged for an inbox badge): not counted below. */
    alreadyCounted: boolean;
  };
  /** The history, without this message; null when the domain is not remembered. */
  known: null | {
    count: number;
    firstSeen: string;
    lastSeen: string;
    knownGood: boolean;
    /** Most-used first (the six most used). */
    infra: Array<{ key: string; name: string; count: number; lastSeen: string }>;
    /**
     * This message's network is among every network remembered for the domain, not only the six
     * shown (a sender rotating through more services is not "new" on each). Absent: read `infra`.
     */
    infraKnown?: boolean;
    /** The infrastructure of the latest messages in a row (newest first), null when unknown. */
    lastRun: { key: string; name: string; count: number } | null;
    signers: Array<{ domain: string; count: number; selectors: string[] }>;
    spf: Array<{ mechanism: string; count: number }>;
  };
}
