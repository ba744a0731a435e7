// `--attached` (issue 19): the original a "report phishing" button or a forward-as-attachment
// carries. Its Received and Authentication-Results lines say how it reached the reporter — if the
// reporter is who attached it. Anyone can attach a message they wrote themselves, delivery lines
// and all, "Received: from mail.northbank.example ([192.0.2.10]) by <your receiver>" included
// (probe13-attached-original-forged-bank-delivery). So the report around it is read first: only a
// report that someone of the receiving organisation sent, and that authenticates, vouches for the
// delivery lines of what it carries; otherwise only the original's signatures count.
import { analyzeMessage } from './analyze';
import { hostKey } from './dns/name';
import { sameOwner } from './dns/registrable';
import { isSignUpDomain } from './findings/freemail';
import { listEvidence, listFromRewrite } from './findings/list-evidence';
import { parseMessage } from './message/parse';
import type { Analysis, AnalyzeOptions } from './types';

/** Who attached the original: the report's own analysis, and whether it vouches for the delivery. */
export async function attachedBy(
  report: Uint8Array | string,
  opts: AnalyzeOptions,
): Promise<NonNullable<AnalyzeOptions['attachedBy']>> {
  // The report as it was delivered, without the sender memory (it teaches nothing here).
  const { senderMemory: _, attached: __, attachedBy: ___, ...rest } = opts;
  const outer = await analyzeMessage(report, rest);
  const m = parseMessage(report);
  const receiverWrote =
    outer.origin.insideReceiver === true &&
    outer.verdict !== 'spoofed' &&
    outer.verdict !== 'suspicious' &&
    receiverReport(m);
  return {
    insider: receiverWrote || vouches(outer, m, opts),
    from: outer.from?.address ?? null,
    verdict: outer.verdict,
    ...(receiverWrote ? { receiverWrote } : {}),
  };
}

/**
 * The report vouches for what it carries when a person of the reader's organisation sent it:
 * - mail inside one Exchange Online organisation (`insideReceiver` under the Outlook profile), or
 *   mail written on the reader's own box that a person submitted with a login (`with ESMTPSA`):
 *   a ticket system's or web form's local mail relays whatever an outsider uploaded (probe17);
 * - or mail that authenticates for a From domain of the reader's: one the reader named
 *   (`--recipient-domain`), or the owner of the address the receiver delivered the report to, as
 *   the receiver wrote it (Delivered-To or X-Original-To above every Received line, or the topmost
 *   Received line's `for`). Never the report's To, which its sender writes ("To:
 *   helpdesk@attacker.example", Bcc the team); never a free-mail or sign-up domain, whose other
 *   users are strangers; owners compared with the PSL's private section (two dynv6.net names are
 *   two owners).
 * A list's re-send (a Google Group "X via Security") is its author's, not a colleague's report;
 * the organisation's own list passing a colleague's mail unchanged vouches only when the
 * organisation proved the post (`provedByOwner`), as a Google Group re-sending a Workspace
 * colleague's signed report does.
 */
function vouches(outer: Analysis, m: ReturnType<typeof parseMessage>, opts: AnalyzeOptions): boolean {
  if (outer.verdict === 'spoofed' || outer.verdict === 'suspicious') return false;
  const from = outer.from?.domain ?? '';
  // A list's re-send is its author's report, unless it is the organisation's own list passing on
  // a colleague's mail as it was (its From unchanged, of the list's own organisation).
  // Mailman takes a post's membership from its From, which the poster writes, and the list's
  // envelope authenticates the re-send whoever posted (probe24-att-own-list-*): the organisation
  // itself must have proved the post, with its own signature or its own list's ARC record.
  const list = listEvidence(m);
  if (list && (listFromRewrite(m) || rewrittenFrom(m) || !from || !sameOwner(list.id, from))) return false;
  if (list && !provedByOwner(outer, from)) return false;
  // The reader's own word for its organisation's names (`--recipient-domain`).
  const named = (opts.recipientDomains ?? []).map((d) => hostKey(d)).filter(Boolean);
  if (relaysAnother(m, from, named)) return false;
  if (outer.origin.insideReceiver && byPerson(outer, m)) return true;
  if (outer.verdict !== 'authenticated' || !from || isSignUpDomain(from)) return false;
  // Those domains and the names under them are the organisation's.
  const own = hostKey(from);
  if (underNamed(own, named)) return true;
  const recipients: string[] = [];
  for (const h of m.headers) {
    if (h.key === 'received') break;
    if (h.key === 'delivered-to' || h.key === 'x-original-to') recipients.push(h.value.trim());
  }
  const top = outer.hops[0]?.for;
  if (top) recipients.push(top);
  // The very domain, not any name under it: anyone may hold an address at
  // alumni.<university> (probe18); a colleague at a subdomain is named with --recipient-domain.
  return recipients.some((r) => hostKey(r.slice(r.lastIndexOf('@') + 1).replace(/[<>\s]/g, '')) === own);
}

/**
 * The From's organisation proved the post a list re-sent: a signature of its own (aligned with
 * the From) verifies, as delivered or once the list's changes are undone (list-restore.ts); or a
 * valid ARC chain whose first seal is the organisation's (its own list host) recorded dmarc=pass
 * for the From. Not the list's envelope (SPF), nor an Authentication-Results or
 * X-Original-Authentication-Results line the list passed on: a poster writes those.
 */
function provedByOwner(outer: Analysis, from: string): boolean {
  if (
    outer.dkim.some((d) => d.aligned && sameOwner(d.domain, from) && (d.result === 'pass' || d.listRestore))
  )
    return true;
  const { arc } = outer;
  const sealer = arc.sealers[0];
  if (arc.result !== 'pass' || !sealer || !sameOwner(sealer, from)) return false;
  const dmarc = /\bdmarc\s*=\s*pass\b[^;]*?\bheader\.from\s*=\s*([^\s;]+)/i.exec(arc.originalAuth ?? '');
  return dmarc !== null && hostKey(dmarc[1]!) === hostKey(from);
}

/** `host` is one of the reader's named domains or a name under one. */
function underNamed(host: string, named: string[]): boolean {
  return named.some((d) => host === d || host.endsWith(`.${d}`));
}

/**
 * Software that sends on someone else's behalf (a web form, a ticket system) names that someone,
 * or itself: a Reply-To or RT-Originator outside the From's organisation, or a form or ticket
 * mailer's own mark (WP Mail SMTP, PHPMailer, Request Tracker). What it carries is the outsider's
 * upload, however it logged in (probe18). A Reply-To at a domain the reader named as its own
 * (`--recipient-domain`: a former brand, a sister company) is the organisation's.
 */
function relaysAnother(m: ReturnType<typeof parseMessage>, from: string, named: string[]): boolean {
  for (const h of m.headers) {
    if (h.key === 'reply-to' || h.key === 'rt-originator') {
      const at = h.value.lastIndexOf('@');
      const domain = at === -1 ? '' : h.value.slice(at + 1).replace(/[>\s].*$/, '');
      const ours = underNamed(hostKey(domain), named);
      if (domain && from && !sameOwner(domain, from) && !ours) return true;
    }
    if (
      (h.key === 'x-mailer' || h.key === 'user-agent' || h.key === 'x-powered-by') &&
      FORM_MAILER.test(h.value)
    )
      return true;
    if (h.key === 'managed-by' || h.key === 'x-rt-loop-prevention' || h.key === 'rt-ticket') return true;
  }
  return false;
}

/** Mailers of web forms and ticket systems (their default X-Mailer). */
const FORM_MAILER =
  /\b(?:wpmailsmtp|wp mail smtp|phpmailer|request tracker|contact form 7|gravity forms|formidable|osticket|zammad|znuny|otrs|freescout|glpi)\b/i;

/** A list that put its own name or address in From ("'X' via Security", X-Original-From). */
function rewrittenFrom(m: ReturnType<typeof parseMessage>): boolean {
  return / via /i.test(m.from?.displayName ?? '') || m.headers.some((h) => h.key === 'x-original-from');
}

/**
 * A delivery status notification the receiver wrote itself (it never crossed the internet:
 * `insideReceiver`): a null envelope sender, From its MAILER-DAEMON or postmaster, a
 * `multipart/report; report-type=delivery-status`. What it returns is its own queue file of a
 * message it took, delivery lines and all (real-mail round 147: the reader's own Postfix
 * returning the reader's unsigned mail). An outsider's bounce comes in over SMTP, so it is not
 * inside the receiver.
 */
function receiverReport(m: ReturnType<typeof parseMessage>): boolean {
  if (m.returnPath !== '') return false;
  const local = m.from?.address.slice(0, m.from.address.lastIndexOf('@')).toLowerCase();
  if (local !== 'mailer-daemon' && local !== 'postmaster') return false;
  const type = m.headers.find((h) => h.key === 'content-type')?.value ?? '';
  return /^\s*multipart\/report\s*;/i.test(type) && /\breport-type\s*=\s*"?delivery-status"?/i.test(type);
}

/** Webmail the box serves its own users (a person logged in to write): its own mark on the report. */
const WEBMAIL = /\b(?:roundcube|sogo|horde|snappymail|rainloop|squirrelmail)\b/i;

/**
 * Mail inside the receiver that a person wrote: inside one Exchange Online organisation, submitted
 * with a login (`with ESMTPSA`) or from Outlook to Exchange (`with mapi`), or written in the box's
 * own webmail (Roundcube, SOGo… handing it over without a login). Not a ticket system's or web
 * form's local mail, which relays whatever an outsider uploaded (probe17).
 */
function byPerson(outer: Analysis, m: ReturnType<typeof parseMessage>): boolean {
  if (outer.meta.profile?.name === 'outlook') return true;
  if (outer.hops.some((h) => h.with !== null && /^(?:e?smtps?a|mapi)$/i.test(h.with))) return true;
  return m.headers.some((h) => (h.key === 'user-agent' || h.key === 'x-mailer') && WEBMAIL.test(h.value));
}
