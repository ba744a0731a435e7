// `--attached` (issue 19): the original a "report phishing" button or a forward-as-attachment
// carries. Its Received and Authentication-Results lines say how it reached the reporter — if the
// reporter is who attached it. Anyone can attach a message they wrote themselves, delivery lines
// and all, "Received: from mail.northbank.example ([192.0.2.10]) by <your receiver>" included
// (probe13-attached-original-forged-bank-delivery). So the report around it is read first: only a
// report that someone of the receiving organisation sent, and that authenticates, vouches for the
// delivery lines of what it carries; otherwise only the original's signatures count.
import { analyzeMessage } from './analyze';
import { registrableDomain } from './dns/registrable';
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
  return { insider: vouches(outer, report, opts), from: outer.from?.address ?? null, verdict: outer.verdict };
}

/**
 * The report vouches for what it carries when it came from inside the reader's organisation: mail
 * that never left it (Exchange Online's or the box's own, `insideReceiver`), or mail that
 * authenticates for a From domain of the reader's: one the reader named (`--recipient-domain`),
 * or the organisation the receiver delivered the report to, as the receiver wrote it (Delivered-To
 * or X-Original-To above every Received line, or the topmost Received line's `for`). Never the
 * report's To, which its sender writes: "To: helpdesk@attacker.example", Bcc the security team,
 * would make any sender an insider. A report from outside, or one that fails, does not vouch.
 */
function vouches(outer: Analysis, report: Uint8Array | string, opts: AnalyzeOptions): boolean {
  if (outer.verdict === 'spoofed' || outer.verdict === 'suspicious') return false;
  if (outer.origin.insideReceiver) return true;
  if (outer.verdict !== 'authenticated' || !outer.from?.domain) return false;
  const from = registrableDomain(outer.from.domain);
  if (!from) return false;
  const recipients: string[] = [...(opts.recipientDomains ?? [])];
  for (const h of parseMessage(report).headers) {
    if (h.key === 'received') break;
    if (h.key === 'delivered-to' || h.key === 'x-original-to') recipients.push(h.value.trim());
  }
  const top = outer.hops[0]?.for;
  if (top) recipients.push(top);
  return recipients.some(
    (r) => registrableDomain(r.slice(r.lastIndexOf('@') + 1).replace(/[<>\s]/g, '')) === from,
  );
}
