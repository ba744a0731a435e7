// An L-Soft LISTSERV list by its own fields. LISTSERV's "Full" and "Subject" header styles write no
// List-Id or List-Post (rw26-listserv-subject-tag-no-list-id): the list names itself in Sender
// (`"Statistics discussion list" <STATS-L@LISTSERV.UNI.EXAMPLE>`) and sends from the envelope
// `owner-STATS-L@` at the same host. Both are the sender's text, as forgeable as List-Id: they only
// name a list (lib/findings/list-evidence.ts) and let lib/auth/list-restore.ts try the list's
// changes undone, after which the signature must still verify in full.

const ADDRESS = /<?([a-z0-9._+-]{1,64})@([a-z0-9.-]{1,190})>?\s*$/i;

/**
 * The list's posting address (lower case) when Sender names a mailbox whose `owner-<local>@<host>`
 * is the envelope sender, else null.
 */
export function listservAddress(sender: string | null, envelope: string | null): string | null {
  if (!sender || !envelope || sender.length > 1000 || envelope.length > 1000) return null;
  const address = ADDRESS.exec(sender);
  if (!address) return null;
  const post = `${address[1]}@${address[2]}`.toLowerCase();
  const bare = envelope
    .trim()
    .replace(/^<(.*)>$/, '$1')
    .trim()
    .toLowerCase();
  return bare === `owner-${post}` ? post : null;
}
