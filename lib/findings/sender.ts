// The Sender field (RFC 5322 §3.6.2): the mailbox that actually sent the message on the author's
// behalf. Outlook shows it first ("Northbank Security on behalf of Alerts"), so a Sender naming
// another organisation borrows that organisation's name for a message it never sent. Legitimate
// uses (mailing lists, calendar and sharing services, delegates) send through the Sender's own
// organisation: its SPF or DKIM passes. A Sender that nothing authenticates is only words.
import { msg } from '../i18n/message';
import { domainOf, parseMailboxes } from '../message/addresses';
import type { Analysis, Finding } from '../types';
import { embeddedAddresses } from './display-name';
import { orgDomain, sameOrg } from './domains';
import { firstHeaderLine, headerLines, uniq } from './evidence';
import type { FindingRule } from './rule';
import { texts } from './text';

/**
 * Every address the Sender fields show: each mailbox (a Sender holds one, but a sender may write
 * more, or several fields) and any address its display name spells out (`security@bank <x@evil>`).
 */
export function senderAddresses(headers: ReadonlyArray<{ key: string; value: string }>): string[] {
  const out: string[] = [];
  for (const field of headers) {
    if (field.key !== 'sender') continue;
    for (const box of parseMailboxes(field.value)) {
      if (box.domain) out.push(box.address);
      for (const e of embeddedAddresses(box.displayName)) out.push(e.address);
    }
  }
  return out;
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
  const shown = senderAddresses(ctx.message.headers).find((address) => {
    const domain = domainOf(address);
    return domain !== '' && !sameOrg(domain, from.domain) && !vouchedFor(a, domain);
  });
  if (!shown) return [];
  const sender = { address: shown, domain: domainOf(shown) };
  const finding: Finding = {
    id: 'sender-other-org',
    // Where the From domain authenticates, the reader would otherwise see "authenticated" beside
    // another organisation's name; elsewhere the DMARC findings already say what matters.
    severity: a.dmarc.result === 'pass' ? 'medium' : 'low',
    ...texts(
      msg('finding_sender_other_org_title', { org: orgDomain(sender.domain), from: orgDomain(from.domain) }),
      msg('finding_sender_other_org_detail', { sender: sender.address, domain: sender.domain }),
    ),
    evidence: uniq([
      ...headerLines(ctx.message, 'sender').slice(0, 3),
      ...firstHeaderLine(ctx.message, 'from'),
    ]),
  };
  return [finding];
};
