// Mailing lists (issue 17.5): what the list changed, and a From the list rewrote. The list's own
// header fields are written by whoever sent the message; what makes "changed by the mailing list"
// true is a signature of the From domain that verifies once those changes are undone
// (lib/auth/list-restore.ts). Without that proof a DMARC failure stays a failure.
import type { DkimCheck, Finding, ListRestore } from '../types';
import { dmarcState } from './auth-state';
import { firstHeaderLine, headerLines, uniq } from './evidence';
import { listEvidence, listFromRewrite } from './list-evidence';
import type { FindingRule } from './rule';

function changes(r: ListRestore): string[] {
  return [
    ...(r.subjectTag ? [`the subject tag ${r.subjectTag.trim()}`] : []),
    ...(r.removedHeaders.length > 0 ? [`list header fields (${r.removedHeaders.join(', ')})`] : []),
    ...(r.footerBytes > 0 ? [`a footer of ${r.footerBytes} bytes`] : []),
  ];
}

function joinAnd(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

export const listRule: FindingRule = (ctx) => {
  const out: Finding[] = [];
  const a = ctx.analysis;
  const from = a.from?.domain ?? '';
  const list = listEvidence(ctx.message);
  const restored = a.dkim.find(
    (d): d is DkimCheck & { listRestore: ListRestore } => d.aligned && !!d.listRestore,
  );
  if (list && restored && from && dmarcState(ctx).result === 'fail') {
    const r = restored.listRestore;
    const added = joinAnd(changes(r));
    const footer =
      r.footerBytes > 0
        ? ` The text at the end ("${r.footerPreview}${r.footerPreview.length >= 160 ? '…' : ''}") was added after ${restored.domain} signed: by the list, or by whoever passed the message on, never by ${from}. Do not trust its links or requests as ${from}'s.`
        : '';
    const tag = r.subjectTag ? ` The subject tag ${r.subjectTag.trim()} is the list's, not ${from}'s.` : '';
    out.push({
      id: 'list-modified',
      severity: 'low',
      title: `Changed by the mailing list ${list.id}: it added ${added}`,
      detail: `This message came through the mailing list ${list.name === list.id ? list.id : `${list.name} <${list.id}>`}, which changed it, so the DKIM signature of ${restored.domain} no longer verifies as delivered and DMARC fails. With ${added} removed, the signature verifies in full: ${restored.domain} signed the rest of the message exactly as you see it.${tag}${footer} List header fields can be written by anyone; what counts here is the restored signature.`,
      evidence: uniq([...list.lines, restored.line]),
    });
  }
  const rewrite = listFromRewrite(ctx.message);
  if (rewrite && a.from) {
    out.push({
      id: 'list-from-rewritten',
      severity: 'info',
      title: `Sent through the mailing list ${rewrite.listName}, which put its own address in From`,
      detail: `The list rewrote the sender as "${a.from.displayName}" <${a.from.address}> so that its own domain's checks apply (the DMARC mitigation of Mailman and Google Groups), and named the author, ${rewrite.author}${rewrite.authorAddress ? ` <${rewrite.authorAddress}>` : ''}, in Reply-To or Cc, where your reply goes. The authentication shown is the list's (${from}): nothing here proves who the author is.`,
      evidence: uniq([
        ...firstHeaderLine(ctx.message, 'from'),
        ...firstHeaderLine(ctx.message, 'reply-to'),
        ...headerLines(ctx.message, 'list-id'),
      ]),
    });
  }
  return out;
};
