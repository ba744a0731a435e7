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
}

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
  return { approvedAt: d.approvedAt, ...cleanNote(d) };
}

/** Records (approved) or forgets (not) the details of one approval. */
export async function noteApproval(
  ip: string,
  approved: boolean,
  note: unknown,
  now: Date = new Date(),
): Promise<void> {
  const all = { ...(await approvalDetailsItem.getValue()) };
  if (approved) all[ip] = { approvedAt: now.toISOString(), ...cleanNote(note) };
  else delete all[ip];
  await approvalDetailsItem.setValue(all);
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
