// withListRestore, red-team round 21 and real-mail round 24: a Sympa HTML footer part, a footer
// part under a signature without Content-Type, RFC 2231 file names, several Subject tags at once,
// and a list prefix that must name the list. Each genuine shape is restored; each attack is not.
import { dkimSign } from 'mailauth/lib/dkim/sign';
import { describe, expect, it } from 'vitest';
import { checkDkim } from '../../../lib/auth/dkim';
import { withListRestore } from '../../../lib/auth/list-restore';
import { dkimName, message, rsaKey, SIGN_TIME, sign, TestZone } from '../../fixtures/auth/mail';
import { dkimRaw } from '../../helpers/raw-sign';

const author = rsaKey(2048);
const opts = () => ({
  resolver: new TestZone({ [dkimName('a1', 'example.com')]: { TXT: [author.record] } }),
  now: SIGN_TIME,
  fromDomain: 'example.com',
});

const LIST_HEADERS =
  'List-Id: Developers <devel.lists.example.org>\r\nList-Post: <mailto:devel@lists.example.org>\r\nSender: "Devel" <devel-bounces@lists.example.org>\r\n';
const FOOTER_TEXT = 'Devel mailing list\r\nhttps://lists.example.org/mailman/listinfo/devel\r\n';
const MAILMAN_PART = `Content-Type: text/plain; charset="us-ascii"\r\nContent-Disposition: inline\r\n\r\n${FOOTER_TEXT}`;
const SYMPA_HTML_PART = `Content-Type: text/html; charset=UTF-8\r\n\r\n<p>devel mailing list &ndash; <a href="https://lists.example.org/sympa/info/devel">list information</a></p>\r\n`;

/** Thunderbird's multipart/mixed (text, then a PDF), with its one-line preamble. */
const MIXED_BODY =
  'This is a multi-part message in MIME format.\r\n--b1\r\nContent-Type: text/plain\r\n\r\nMinutes attached.\r\n\r\n--b1\r\nContent-Type: application/pdf; name="minutes.pdf"\r\nContent-Disposition: attachment; filename="minutes.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n\r\n--b1--\r\n';
const mixed = (body = MIXED_BODY) =>
  message({ body }).replace(
    'Content-Type: text/plain; charset=utf-8',
    'Content-Type: multipart/mixed; boundary="b1"',
  );

/** Signed by example.com; `headerList` as a webmail that leaves Content-Type out of h= signs. */
async function signed(raw: string, headerList?: string[]): Promise<string> {
  if (!headerList) return sign(raw, [{ domain: 'example.com', selector: 'a1', key: author }]);
  const res = await dkimSign(raw, {
    signingDomain: 'example.com',
    selector: 'a1',
    privateKey: author.privatePem,
    signTime: SIGN_TIME,
    signatureData: [
      {
        signingDomain: 'example.com',
        selector: 'a1',
        privateKey: author.privatePem,
        canonicalization: 'relaxed/relaxed',
        headerList,
      },
    ],
  } as never);
  return (res as { signatures: string }).signatures + raw;
}
const THIN = ['from', 'to', 'subject', 'date', 'message-id'];

const lastPart = (raw: string, part: string) => raw.replace('--b1--', `--b1\r\n${part}--b1--`);

async function restore(raw: string) {
  const before = await checkDkim(raw, opts());
  expect(before[0]?.result).not.toBe('pass');
  return (await withListRestore(raw, before, opts()))[0]?.listRestore ?? null;
}

describe('footer parts (lib/auth/list-footer.ts)', () => {
  it('Sympa’s message_footer.mime as a last inline text/html part of a multipart/mixed is the list’s', async () => {
    const raw = LIST_HEADERS + lastPart(await signed(mixed()), SYMPA_HTML_PART);
    expect((await restore(raw))?.footerPreview).toContain('list information');
  });
  it.each([
    [
      'filename*= (RFC 2231 §4)',
      "text/plain; charset=utf-8\r\nContent-Disposition: inline; filename*=UTF-8''verify.html",
    ],
    [
      'filename*0*= (RFC 2231 §3)',
      "text/html\r\nContent-Disposition: inline; filename*0*=UTF-8''verify.html",
    ],
    ['name*= on the type', "text/html; name*=UTF-8''verify.html"],
    ['filename*0= (RFC 2231 §3)', 'text/plain\r\nContent-Disposition: inline; filename*0="verify.html"'],
  ])('a part named by %s is an attachment, no footer', async (_, type) => {
    const raw = `${LIST_HEADERS}${lastPart(await signed(mixed()), `Content-Type: ${type}\r\n\r\n<form>card number</form>\r\n`)}`;
    expect(await restore(raw)).toBeNull();
  });
  it('an HTML part added to multipart/alternative is still no footer (the one mail apps show)', async () => {
    const alt = message({ body: '--b1\r\nContent-Type: text/plain\r\n\r\nMeeting.\r\n--b1--\r\n' }).replace(
      'Content-Type: text/plain; charset=utf-8',
      'Content-Type: multipart/alternative; boundary="b1"',
    );
    expect(await restore(LIST_HEADERS + lastPart(await signed(alt), SYMPA_HTML_PART))).toBeNull();
  });

  it('Sympa’s footer_type append: text appended to the FIRST part of a multipart/mixed, before the attachment', async () => {
    const raw = (await signed(mixed())).replace(
      'Minutes attached.\r\n\r\n--b1',
      `Minutes attached.\r\n\r\n${FOOTER_TEXT}\r\n--b1`,
    );
    expect((await restore(LIST_HEADERS + raw))?.footerPreview).toContain('Devel mailing list');
  });
  it('a whole part inserted before the attachment (not at the closing delimiter) is no footer', async () => {
    const raw = (await signed(mixed())).replace(
      'Minutes attached.\r\n\r\n--b1',
      `Minutes attached.\r\n\r\n--b1\r\n${MAILMAN_PART}--b1`,
    );
    expect(await restore(LIST_HEADERS + raw)).toBeNull();
  });
  describe('a signed multipart/alternative wrapped by the list in a new multipart/mixed (Sympa, Mailman 2.1)', () => {
    const ALT_BODY =
      '--a1\r\nContent-Type: text/plain\r\n\r\nLunch at 12:30.\r\n\r\n--a1\r\nContent-Type: text/html\r\n\r\n<p>Lunch at 12:30.</p>\r\n\r\n--a1--\r\n';
    const ALT_TYPE = 'Content-Type: multipart/alternative; boundary="a1"';
    const wrap = async (second: string, extra = '') => {
      const raw = await signed(
        message({ body: ALT_BODY }).replace('Content-Type: text/plain; charset=utf-8', ALT_TYPE),
      );
      const at = raw.indexOf('\r\n\r\n');
      const head = raw.slice(0, at).replace(ALT_TYPE, 'Content-Type: multipart/mixed; boundary="w1"');
      return `${LIST_HEADERS}${head}\r\n\r\nThis is a multi-part message in MIME format...\r\n\r\n--w1\r\n${ALT_TYPE}\r\n\r\n${raw.slice(at + 4)}\r\n${extra}--w1\r\n${second}\r\n--w1--\r\n`;
    };
    it('the footer part undone and the signed Content-Type put back: the list’s', async () => {
      expect((await restore(await wrap(MAILMAN_PART)))?.footerPreview).toContain('Devel mailing list');
    });
    it('an attachment as the second part, or a third part, is no footer', async () => {
      const attachment =
        'Content-Type: text/html; name="verify.html"\r\nContent-Disposition: attachment\r\n\r\n<form></form>\r\n';
      expect(await restore(await wrap(attachment))).toBeNull();
      expect(await restore(await wrap(MAILMAN_PART, `--w1\r\n${SYMPA_HTML_PART}\r\n`))).toBeNull();
    });
  });
  it('Content-Type unsigned: a footer part in a post that was signed as that very multipart is the list’s', async () => {
    const raw = LIST_HEADERS + lastPart(await signed(mixed(), THIN), MAILMAN_PART);
    expect((await restore(raw))?.footerPreview).toContain('Devel mailing list');
  });
  it('Content-Type unsigned: a signed single part made a multipart (its text a preamble) is no footer', async () => {
    const thin = await signed(message({ body: 'Your statement is ready.\r\n' }), THIN);
    const raw = `${LIST_HEADERS}${thin.replace(
      'Content-Type: text/plain; charset=utf-8',
      'Content-Type: multipart/mixed; boundary="p1"',
    )}--p1\r\n${MAILMAN_PART}--p1--\r\n`;
    expect(await restore(raw)).toBeNull();
  });
  it('Content-Type unsigned: a signed multipart whose long text stands before its first delimiter is no footer', async () => {
    const body = `Your card is blocked. Call 555-0100 now to unblock it, or it will be closed today for good.\r\nNorthbank\r\n${MIXED_BODY}`;
    const raw = LIST_HEADERS + lastPart(await signed(mixed(body), THIN), MAILMAN_PART);
    expect(await restore(raw)).toBeNull();
  });
});

describe('Subject tags (lib/auth/subject-tag.ts withoutTag, listTag)', () => {
  const tagged = async (signedSubject: string, shown: string, list = true) => {
    const raw = await signed(message({ subject: signedSubject }));
    return (
      (list ? LIST_HEADERS : '') +
      raw.replace(`\r\nSubject: ${signedSubject}\r\n`, `\r\nSubject: ${shown}\r\n`)
    );
  };
  it.each([
    [
      'a sender’s own [Ticket#…] prefix, a gateway’s suffix',
      '[Ticket#2026112610000042] Spare part',
      ' [EXTERNAL]',
      false,
    ],
    ['git send-email’s [PATCH v2], a gateway’s suffix', '[PATCH v2] fix rotor timeout', ' [EXTERNAL]', false],
  ])('%s: only the suffix is undone', async (_, subject, suffix, list) => {
    const r = await restore(await tagged(subject, `${subject}${suffix}`, list));
    expect(r).toMatchObject({ subjectTag: suffix });
  });
  it('a list prefix and a gateway suffix: both undone', async () => {
    const r = await restore(await tagged('Build broken', '[Devel] Build broken [EXTERNAL]'));
    expect(r).toMatchObject({ subjectTag: '[Devel] [EXTERNAL]' });
  });
  it('a gateway prefix over a list prefix: both undone', async () => {
    const r = await restore(await tagged('Build broken', '[EXTERNAL] [Devel] Build broken'));
    expect(r).toMatchObject({ subjectTag: '[EXTERNAL] [Devel]' });
  });
  it.each(['[devel 1234] ', '[Devel:1234] ', '[devel] '])(
    'a prefix naming the list with Mailman’s post number (%s) is the list’s',
    async (tag) => {
      expect(await restore(await tagged('Build broken', `${tag}Build broken`))).toMatchObject({
        subjectTag: tag,
      });
    },
  );
  it.each([
    '[Northbank: card blocked - call +1 555 0100] ',
    '[EXTERNAL] [Call 555-0100] ',
    '[Devel call 555-0100] ',
    '[ANN] ',
    '[Séminaire] ',
  ])(
    'with a list’s fields any bracket is undone (the list’s own prefix need not name it: realworld26; the replayer writes List-Id too: probe23): %s',
    async (tag) => {
      expect(await restore(await tagged('Your statement', `${tag}Your statement`))).not.toBeNull();
    },
  );
  it('without list fields a list-style bracket is not undone; a gateway’s is', async () => {
    expect(await restore(await tagged('Build broken', '[Devel] Build broken', false))).toBeNull();
    expect(await restore(await tagged('Build broken', '[EXTERNAL] Build broken', false))).toMatchObject({
      subjectTag: '[EXTERNAL] ',
    });
  });
});

describe('a Reply-To the list wrote (lib/auth/list-restore.ts withoutListAddress)', () => {
  const LIST_REPLY = 'Reply-To: devel@lists.example.org\r\n';
  /** rspamd's default: Reply-To named in h= twice, so an absent one is signed as absent. */
  const oversigned = (raw: string) =>
    dkimRaw(
      raw,
      (bh) =>
        `v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=a1; t=1772359200;\r\n\th=from:reply-to:reply-to:subject:date:to:message-id;\r\n\tbh=${bh}; b=`,
      ['from', 'reply-to', 'reply-to', 'subject', 'date', 'to', 'message-id'],
      author.privatePem,
    );
  it('over a signer that oversigns Reply-To (rspamd): the list’s own Reply-To is undone', async () => {
    const raw = oversigned(message());
    const r = await restore(
      `${LIST_HEADERS}${LIST_REPLY}${raw.replace('\r\nSubject: ', '\r\nSubject: [Devel] ')}`,
    );
    expect(r).toMatchObject({ subjectTag: '[Devel] ', removedHeaders: ['reply-to'] });
  });
  it('the author’s signed Reply-To joined with the list’s address (first_strip_reply_to = No)', async () => {
    const raw = oversigned(message({ extra: 'Reply-To: Alice <alice.m@example.com>' }));
    const joined = raw
      .replace('Reply-To: Alice <alice.m@example.com>\r\n', '')
      .replace('\r\n\r\n', '\r\nReply-To: Alice <alice.m@example.com>, devel@lists.example.org\r\n\r\n');
    expect((await restore(LIST_HEADERS + joined))?.removedHeaders).toContain('reply-to');
  });
  it('a Reply-To elsewhere is never taken away, nor one the list’s fields do not name', async () => {
    const raw = oversigned(message());
    expect(await restore(`${LIST_HEADERS}Reply-To: help@northbank-secure.example\r\n${raw}`)).toBeNull();
    expect(await restore(`${LIST_REPLY}${raw}`)).toBeNull();
  });
});
