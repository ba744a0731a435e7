// Lists by their own fields when they write no List-Id. Every field read here is the sender's text,
// as forgeable as List-Id: they only name a list (lib/findings/list-evidence.ts) and let
// lib/auth/list-restore.ts try the list's changes undone, after which the signature must still
// verify in full.
// - L-Soft LISTSERV's "Full" and "Subject" header styles (rw26-listserv-subject-tag-no-list-id):
//   the list names itself in Sender (`"Statistics discussion list" <STATS-L@LISTSERV.UNI.EXAMPLE>`)
//   and sends from the envelope `owner-STATS-L@` at the same host.
// - Majordomo 1.94 (rw31-majordomo-sender-owner-subject-prefix): `Sender: owner-<list>@host`, the
//   envelope address itself; the list is `<list>@host`.
// - Lyris ListManager (rw31-lyris-listmanager-bounce-envelope-tag): no List-Id and no list Sender;
//   the per-member envelope `bounce-<list>-<member>@host` and `List-Unsubscribe:
//   <mailto:leave-<list>-<member><letter>@host>` at the same host (Lyris 3.0's sample message and
//   list archives of 1999-2003 found through find_string: `leave-fwtk-users-303A@`,
//   `leave-i-club-list-14220S@`, `Sender: bounce-example-846@` beside `leave-example-846W@`).

const ADDRESS = /<?([a-z0-9._+-]{1,64})@([a-z0-9.-]{1,190})>?\s*$/i;
/** A bare address: local part (at most 64) and host (at most 190), nothing around them. */
const BARE = /^([a-z0-9._+-]{1,64})@([a-z0-9.-]{1,190})$/;

/** The envelope sender, lower case, without its angle brackets. */
function bareEnvelope(envelope: string): string {
  return envelope
    .trim()
    .replace(/^<(.*)>$/, '$1')
    .trim()
    .toLowerCase();
}

/**
 * The list's posting address (lower case) when Sender names a mailbox whose `owner-<local>@<host>`
 * is the envelope sender (LISTSERV), or when Sender is that `owner-<local>@<host>` envelope itself
 * (Majordomo 1.94), else null.
 */
export function listservAddress(sender: string | null, envelope: string | null): string | null {
  if (!sender || !envelope || sender.length > 1000 || envelope.length > 1000) return null;
  const address = ADDRESS.exec(sender);
  if (!address) return null;
  const post = `${address[1]}@${address[2]}`.toLowerCase();
  const bare = bareEnvelope(envelope);
  if (bare === `owner-${post}`) return post;
  // Majordomo: the Sender is the envelope, `owner-` and at least one character of a list name.
  if (bare === post && post.startsWith('owner-') && post.indexOf('@') > 6) return post.slice(6);
  return null;
}

/**
 * Lyris ListManager's list (`<list>@<host>`, lower case) when the envelope is
 * `bounce-<list>-<member>@<host>` (member: digits) and List-Unsubscribe names
 * `mailto:leave-<list>-<member and letters>@<host>`, the same list at the same host; else null.
 */
export function lyrisAddress(envelope: string | null, unsubscribe: string | null): string | null {
  if (!envelope || !unsubscribe || envelope.length > 1000 || unsubscribe.length > 1000) return null;
  const bounce = BARE.exec(bareEnvelope(envelope));
  if (!bounce) return null;
  const [, local, host] = bounce as unknown as [string, string, string];
  const dash = local.lastIndexOf('-');
  // `bounce-` plus at least one character of a list name, then `-<member>`.
  if (!local.startsWith('bounce-') || dash <= 7 || !/^\d{1,20}$/.test(local.slice(dash + 1))) return null;
  const list = local.slice(7, dash);
  const leavePrefix = `leave-${list}-`;
  const leave = /<mailto:([a-z0-9._+-]{1,64})@([a-z0-9.-]{1,190})[?>]/i.exec(unsubscribe);
  if (!leave) return null;
  const leaveLocal = leave[1]!.toLowerCase();
  if (leave[2]!.toLowerCase() !== host || !leaveLocal.startsWith(leavePrefix)) return null;
  if (!/^[a-z0-9]{1,40}$/.test(leaveLocal.slice(leavePrefix.length))) return null;
  return `${list}@${host}`;
}
