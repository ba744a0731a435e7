// Approved servers with what they were approved for. The IP list (`approvedServersItem`) stays
// what the worker reads, unchanged, so approvals stored before this existed keep working; the
// details (date, From domain, network) live beside it, keyed by IP. An IP without details is an
// approval from before they were kept: listed as such, never dropped (that is the migration).
import { storage } from 'wxt/utils/storage';
import { normalizeIp } from '../message/ip';
import { approvedServersItem } from './settings';

/** What the user saw when approving: shown in Options so an approval can be judged later. */
export interface ApprovalNote {
  /** The From domain of the message the server was approved on. */
  fromDomain: string | null;
  /** The network it belongs to, as the popup named it (`AS16509 Amazon · AWS`). */
  network: string | null;
}

export interface ApprovalDetail extends ApprovalNote {
  /** ISO 8601 (UTC); shown in the reader's locale and time zone. */
  approvedAt: string;
  /**
   * Other From domains the same server was approved on later, each once. The approval covers
   * `fromDomain` and these (their organisations); none at all (no `fromDomain`) covers every
   * message from the IP.
   */
  alsoFrom?: string[];
}

/** Most From domains one approval keeps (a server shared by that many senders is one to re-check). */
const MAX_DOMAINS = 50;

export interface Approval {
  ip: string;
  /** null: approved before HeaderLens kept details. */
  detail: ApprovalDetail | null;
}

export const approvalDetailsItem = storage.defineItem<Record<string, ApprovalDetail>>(
  'local:approvedServerDetails',
  { fallback: {}, version: 1 },
);

const short = (v: unknown, max: number): string | null =>
  typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : null;

/** Cleans what an extension page sent: strings only, short, nothing else kept. */
export function cleanNote(note: unknown): ApprovalNote {
  const n = (note && typeof note === 'object' ? note : {}) as Record<string, unknown>;
  return { fromDomain: short(n.fromDomain, 253), network: short(n.network, 200) };
}

function detailOf(v: unknown): ApprovalDetail | null {
  if (!v || typeof v !== 'object') return null;
  const d = v as Record<string, unknown>;
  if (typeof d.approvedAt !== 'string' || Number.isNaN(Date.parse(d.approvedAt))) return null;
  const detail: ApprovalDetail = { approvedAt: d.approvedAt, ...cleanNote(d) };
  const also = Array.isArray(d.alsoFrom)
    ? d.alsoFrom.flatMap((x) => short(x, 253) ?? []).slice(0, MAX_DOMAINS)
    : [];
  if (detail.fromDomain && also.length > 0) detail.alsoFrom = also;
  return detail;
}

/**
 * The From domains an approval covers, or null when it covers every message from its IP (no
 * details, from before they were kept, or approved on a message without a From domain).
 */
export function approvalDomains(detail: ApprovalDetail | null): string[] | null {
  if (!detail?.fromDomain) return null;
  return [detail.fromDomain, ...(detail.alsoFrom ?? [])];
}

/**
 * Records (approved) or forgets (not) the details of one approval. Approving a server again on
 * another sender's message adds that From domain to what it covers (date and network stay the
 * first approval's); approving it on a message without a From domain makes it cover every message.
 */
export async function noteApproval(
  ip: string,
  approved: boolean,
  note: unknown,
  now: Date = new Date(),
  /** The IP is not approved now: details left from an earlier approval are replaced, not added to. */
  opts: { replace?: boolean } = {},
): Promise<void> {
  const all = { ...(await approvalDetailsItem.getValue()) };
  const fresh = cleanNote(note);
  const before = opts.replace ? null : detailOf(Object.hasOwn(all, ip) ? all[ip] : null);
  if (!approved) delete all[ip];
  else if (!before) all[ip] = { approvedAt: now.toISOString(), ...fresh };
  else if (!before.fromDomain) all[ip] = before;
  else if (!fresh.fromDomain) {
    const { alsoFrom: _narrower, ...rest } = before;
    all[ip] = { ...rest, fromDomain: null };
  } else {
    const domains = approvalDomains(before) ?? [];
    const known = domains.some((d) => d.toLowerCase() === fresh.fromDomain!.toLowerCase());
    const also = known ? (before.alsoFrom ?? []) : [...(before.alsoFrom ?? []), fresh.fromDomain];
    all[ip] = { ...before, ...(also.length > 0 ? { alsoFrom: also.slice(0, MAX_DOMAINS) } : {}) };
  }
  await approvalDetailsItem.setValue(all);
}

/**
 * What each approved IP covers, for the engine (AnalyzeOptions.approvedServerDomains): the IPs
 * whose approval names its From domains. An IP missing here is approved for every message.
 */
export function approvalScopes(
  ips: readonly string[],
  details: Readonly<Record<string, unknown>> | null | undefined,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const map = details && typeof details === 'object' ? details : {};
  for (const [key, value] of Object.entries(map)) {
    const ip = normalizeIp(key.trim());
    const domains = approvalDomains(detailOf(value));
    if (ip && domains && ips.includes(ip)) out[ip] = domains;
  }
  return out;
}

/** Every approval, newest first; old ones (no details) last, in stored order. */
export async function listApprovals(): Promise<Approval[]> {
  const [ips, details] = await Promise.all([approvedServersItem.getValue(), approvalDetailsItem.getValue()]);
  const list = (Array.isArray(ips) ? ips : []).filter((x): x is string => typeof x === 'string');
  const map = details && typeof details === 'object' ? details : {};
  const out = list.map((ip) => {
    const key = normalizeIp(ip.trim()) ?? ip;
    return {
      ip,
      detail: detailOf(Object.hasOwn(map, key) ? map[key] : Object.hasOwn(map, ip) ? map[ip] : null),
    };
  });
  return out
    .map((x, i) => ({ x, i }))
    .sort((p, q) => {
      const a = p.x.detail?.approvedAt ?? '';
      const b = q.x.detail?.approvedAt ?? '';
      return a === b ? p.i - q.i : a < b ? 1 : -1;
    })
    .map((p) => p.x);
}

/** Removes one approval (IP and details); returns it so "Undo" can put it back as it was. */
export async function removeApproval(ip: string): Promise<Approval> {
  const [ips, details] = await Promise.all([approvedServersItem.getValue(), approvalDetailsItem.getValue()]);
  const detail = detailOf(details?.[ip]);
  await approvedServersItem.setValue((ips ?? []).filter((x) => x !== ip));
  const rest = { ...details };
  delete rest[ip];
  await approvalDetailsItem.setValue(rest);
  return { ip, detail };
}

/** Puts a removed approval back, with its original date. */
export async function restoreApproval(a: Approval): Promise<void> {
  const ips = (await approvedServersItem.getValue()) ?? [];
  if (!ips.includes(a.ip)) await approvedServersItem.setValue([...ips, a.ip]);
  if (a.detail)
    await approvalDetailsItem.setValue({ ...(await approvalDetailsItem.getValue()), [a.ip]: a.detail });
}
