// subject-unsigned (red-team round 8): the only thing that vouches for the From domain is a DKIM
// signature (no aligned SPF pass: the message did not come from the domain's own servers), and
// that signature does not cover Subject. Anyone holding one genuine signed message can then send
// it again under a Subject of their own ("Card blocked: call now") and it still passes: the
// Subject shown is not the signer's. RFC 6376 §5.4.1 lists Subject among the fields a signer
// should cover, and the large senders do; the rule asks the same signatures the Reply-To and
// replay rules ask (the ones our check passed, and those Exchange Online recorded passing before
// the reader's own organisation changed the message), and, as the Reply-To rule, the one that
// verifies once a list's or a gateway's changes are undone and the one a believed gateway or
// trusted ARC forwarder recorded passing (red-team round 20: a thin signature behind a trusted
// Mimecast read "authenticated" under a new Subject).
// Medium only when the signature covers To neither: a replay to the reader then looks like mail
// to the reader. Zimbra's bundled OpenDKIM signs From, To, Date and Message-ID only, and its users'
// posts reach readers through lists and forwarders, where DKIM alone vouches (realworld10.ts):
// there the signed To names the list or the original recipient, and the finding is low (only when
// there is one To field and it names a mailbox outside the From's organisation).
import { msg } from '../i18n/message';
import {
  coversField,
  forwarderRecordedSignatures,
  NOT_MICROSOFT,
  signsField,
  vouchingSignatures,
} from './dkim-tags';
import { sameOrg } from './domains';
import { firstHeaderLine, uniq } from './evidence';
import { entryVouched } from './receiver-record';
import type { FindingRule } from './rule';
import { texts } from './text';

export const subjectRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  const domain = a.from?.domain;
  if (!domain || !a.subject?.trim()) return [];
  // Microsoft 365's shared pass still stands for the sender's servers here: its tenants send
  // through Exchange Online with other signers too (a PHP mailer's own DKIM without Subject,
  // rw10-nette-mail-dkim-via-m365-smtp-spf-aligned-gmail), so a replay from another tenant under a
  // new Subject gets through (probe11-shared-m365-replay-thin-new-subject, a trade-off).
  const vouching = [
    ...vouchingSignatures(a, NOT_MICROSOFT, true),
    ...(entryVouched(ctx)?.signatures ?? []),
    ...forwarderRecordedSignatures(ctx),
  ];
  if (vouching.length === 0 || vouching.some((d) => coversField(d, 'subject'))) return [];
  const signer = vouching[0]!;
  // The signed To counts only when it names someone: one To field, with a mailbox outside the
  // From's organisation. `undisclosed-recipients:;` or the sender's own address, signed, fits any
  // reader, and a To added above a signed one is not the signer's (red-team round 10).
  const toFields = ctx.message.headers.filter((h) => h.key === 'to').length;
  // Ed25519 alone earns nothing here: signers sign with RSA beside it (RFC 8463 §4, most verifiers
  // ignore Ed25519), so a thin Ed25519 signature without its RSA twin had the twin removed
  // (probe144-subject-swapped-rsa-signature-deleted).
  const toSigned =
    toFields === 1 &&
    a.to.some((m) => m.domain && !sameOrg(m.domain, domain)) &&
    vouching.some((d) => d.line !== null && signsField(d, 'to') && !/^ed25519/i.test(d.algorithm ?? ''));
  // Another signature of the same signer fails: the message was changed after signing, or that
  // signature was tampered with (its s=, h= or bh= edited), and the signed To excuses nothing
  // (probe143-dual-ed25519-short-h-subject-swapped: the bank's RSA signature over Subject broken, its
  // thin Ed25519 one carrying DMARC under a new Subject; probe144: the same with the RSA
  // signature's selector or h= edited).
  // (Not a vouching signature itself: one Exchange Online recorded passing before the reader's own
  // banner broke it vouches as it was: rw10-zimbra-opendkim-via-vger-eop-banner-outlook.)
  const headersChanged = a.dkim.some(
    (d) =>
      d.result !== 'pass' &&
      !vouching.some((v) => v.line !== null && v.line === d.line) &&
      vouching.some((v) => v.domain.toLowerCase() === d.domain.toLowerCase()),
  );
  return [
    {
      id: 'subject-unsigned',
      severity: toSigned && !headersChanged ? 'low' : 'medium',
      ...texts(
        msg('finding_subject_unsigned_title', { domain }),
        msg('finding_subject_unsigned_detail', { domain, signer: signer.domain }),
      ),
      evidence: uniq(
        [...firstHeaderLine(ctx.message, 'subject'), ...vouching.map((d) => d.line ?? '')].filter(Boolean),
      ),
    },
  ];
};
