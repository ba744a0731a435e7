// The Sender field (RFC 5322 §3.6.2): the mailbox that actually sent the message on the author's
// behalf. Outlook shows it first ("Northbank Security on behalf of Alerts"), so a Sender naming
// another organisation borrows that organisation's name for a message it never sent. Legitimate
// uses (mailing lists, calendar and sharing services, delegates) send through the Sender's own
// organisation: its SPF or DKIM passes. A Sender that nothing authenticates is only words.
import { msg } from '../i18n/message';
import { parseMailboxes } from '../message/addresses';
import type { Analysis, Finding, Mailbox } from '../types';
import { orgDomain, sameOrg } from './domains';
import { firstHeaderLine, uniq } from './evidence';
import type { FindingRule } from './rule';
import { texts } from './text';

/** The first Sender field's mailbox; null when there is none or it holds no address with a domain. */
function senderMailbox(headers: ReadonlyArray<{ key: string; value: string }>): Mailbox | null {
  const field = headers.find((h) => h.key === 'sender');
  if (!field) return null;
  const box = parseMailboxes(field.value)[0];
  return box?.domain ? box : null;
}

/** Whether an SPF or DKIM pass speaks for the Sender's organisation. */
function vouchedFor(a: Pick<Analysis, 'spf' | 'dkim'>, domain: string): boolean {
  if (a.spf.result === 'pass' && a.spf.domain && sameOrg(a.spf.domain, domain)) return true;
  return a.dkim.some((d) => d.result === 'pass' && d.domain && sameOrg(d.domain, domain));
}

export const senderRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  const from = a.from;
  if (!from?.domain) return [];
  const sender = senderMailbox(ctx.message.headers);
  if (!sender || sameOrg(sender.domain, from.domain) || vouchedFor(a, sender.domain)) return [];
  const finding: Finding = {
    id: 'sender-other-org',
    // Where the From domain authenticates, the reader would otherwise see "authenticated" beside
    // another organisation's name; elsewhere the DMARC findings already say what matters.
    severity: a.dmarc.result === 'pass' ? 'medium' : 'low',
    ...texts(
      msg('finding_sender_other_org_title', { org: orgDomain(sender.domain), from: orgDomain(from.domain) }),
      msg('finding_sender_other_org_detail', { sender: sender.address, domain: sender.domain }),
    ),
    evidence: uniq([...firstHeaderLine(ctx.message, 'sender'), ...firstHeaderLine(ctx.message, 'from')]),
  };
  return [finding];
};
