// withListRestore: a failing aligned signature counts as "changed by a list" only when it verifies
// in full (b= and bh=) on the message rebuilt without the list's changes. Signed in the test.
import { describe, expect, it } from 'vitest';
import { checkDkim } from '../../../lib/auth/dkim';
import { withListRestore } from '../../../lib/auth/list-restore';
import { dkimName, message, rsaKey, SIGN_TIME, sign, TestZone } from '../../fixtures/auth/mail';

const author = rsaKey(2048);
const zone = () => new TestZone({ [dkimName('a1', 'example.com')]: { TXT: [author.record] } });
const opts = () => ({ resolver: zone(), now: SIGN_TIME, fromDomain: 'example.com' });

async function signed(canonicalization = 'relaxed/relaxed', extraHeaders?: string[]): Promise<string> {
  return sign(message({ body: 'Meeting at 10.\r\n\r\nAlice\r\n' }), [
    {
      domain: 'example.com',
      selector: 'a1',
      key: author,
      canonicalization,
      ...(extraHeaders ? {} : {}),
    },
  ]);
}

const FOOTER =
  '_______________________________________________\r\nDevel mailing list\r\nDevel@lists.example.org\r\nhttps://lists.example.org/mailman/listinfo/devel\r\n';
const LIST_HEADERS =
  'List-Id: Developers <devel.lists.example.org>\r\nList-Post: <mailto:devel@lists.example.org>\r\nSender: "Devel" <devel-bounces@lists.example.org>\r\n';

async function restored(raw: string) {
  const dkim = await checkDkim(raw, opts());
  return { before: dkim, after: await withListRestore(raw, dkim, opts()) };
}

describe('withListRestore', () => {
  for (const canon of ['relaxed/relaxed', 'simple/simple']) {
    it(`finds the footer a list appended (${canon}) and says how many bytes it was`, async () => {
      const raw = LIST_HEADERS + (await signed(canon)) + FOOTER;
      const { before, after } = await restored(raw);
      expect(before[0]).toMatchObject({ result: 'fail', cause: 'body-hash-mismatch' });
      expect(after[0]?.listRestore).toMatchObject({ subjectTag: null, footerBytes: FOOTER.length });
      expect(after[0]?.listRestore?.footerPreview).toContain('Devel mailing list');
    });
    it(`undoes a subject tag and a footer together (${canon})`, async () => {
      const raw =
        (LIST_HEADERS + (await signed(canon))).replace('\r\nSubject: ', '\r\nSubject: [Devel] ') + FOOTER;
      const { before, after } = await restored(raw);
      expect(before[0]?.result).not.toBe('pass');
      expect(after[0]?.listRestore).toMatchObject({ subjectTag: '[Devel] ', footerBytes: FOOTER.length });
    });
  }
  it('undoes a tag alone (only the header signature broke)', async () => {
    const raw = (await signed()).replace('\r\nSubject: ', '\r\nSubject: [Devel] ');
    const { before, after } = await restored(raw);
    expect(before[0]).toMatchObject({ cause: 'signature-mismatch' });
    expect(after[0]?.listRestore).toMatchObject({ subjectTag: '[Devel] ', footerBytes: 0 });
  });
  it('finds a footer added as a last MIME part before the closing boundary', async () => {
    const body =
      '--b1\r\nContent-Type: text/plain\r\n\r\nMeeting at 10.\r\n--b1\r\nContent-Type: text/html\r\n\r\n<p>Meeting at 10.</p>\r\n--b1--\r\n';
    const orig = message({ body }).replace(
      'Content-Type: text/plain; charset=utf-8',
      'Content-Type: multipart/alternative; boundary="b1"',
    );
    const raw = (await sign(orig, [{ domain: 'example.com', selector: 'a1', key: author }])).replace(
      '--b1--',
      `--b1\r\nContent-Type: text/plain\r\n\r\n${FOOTER}--b1--`,
    );
    const { after } = await restored(raw);
    expect(after[0]?.listRestore?.footerPreview).toContain('Devel mailing list');
  });

  // Attacks: each must leave the signature unrestored.
  it('a made-up signature whose bh= fails proves nothing (mailauth never checked its b=)', async () => {
    const real = await signed();
    const forged = real.replace(/b=[A-Za-z0-9+/=\s]+$/m, (m) => `b=${'A'.repeat(40)}${m.slice(42)}`);
    const raw = LIST_HEADERS + forged.replace('Meeting at 10.', 'Your account is locked.');
    const { before, after } = await restored(raw);
    expect(before[0]?.cause).toBe('body-hash-mismatch');
    expect(after[0]?.listRestore ?? null).toBeNull();
  });
  it('a real signature replayed over a body of the attacker’s own is not restored', async () => {
    const raw = LIST_HEADERS + (await signed()).replace('Meeting at 10.', 'Pay invoice 4411 today.');
    const { before, after } = await restored(raw);
    expect(before[0]?.cause).toBe('body-hash-mismatch');
    expect(after[0]?.listRestore ?? null).toBeNull();
  });
  it('a changed signed header other than a subject tag is not restored', async () => {
    const raw =
      LIST_HEADERS + (await signed()).replace('To: Bob <bob@example.org>', 'To: Victim <v@example.net>');
    const { after } = await restored(raw);
    expect(after[0]?.listRestore ?? null).toBeNull();
  });
  it('a passing signature is left alone', async () => {
    const raw = await signed();
    const { after } = await restored(raw);
    expect(after[0]).toMatchObject({ result: 'pass' });
    expect(after[0]?.listRestore).toBeUndefined();
  });
});
