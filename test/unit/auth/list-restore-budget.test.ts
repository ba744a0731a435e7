// The list restore's work per message is bounded (lib/auth/list-restore.ts RESTORE_BUDGET): a
// hostile message built for the worst case (20 aligned failing signatures, each on a different
// footer cut, a tagged Subject re-encoded so that 16 untagged forms are tried, list fields to strip)
// gets at most the budget's DKIM signature verifications, counted at each verifier pass.
import { Buffer } from 'buffer';
import { describe, expect, it } from 'vitest';
import { checkDkim } from '../../../lib/auth/dkim';
import { RESTORE_BUDGET, withListRestore } from '../../../lib/auth/list-restore';
import { dkimBody } from '../../../lib/auth/mailauth';
import { dkimName, message, rsaKey, SIGN_TIME, sign, TestZone } from '../../fixtures/auth/mail';

const author = rsaKey(2048);
const zone = () => new TestZone({ [dkimName('a1', 'example.com')]: { TXT: [author.record] } });

const LIST_HEADERS =
  'List-Id: Developers <devel.lists.example.org>\r\nList-Post: <mailto:devel@lists.example.org>\r\nSender: "Devel" <devel-bounces@lists.example.org>\r\n';
/** "[EXTERNAL] Rückfrage zur Rechnung" as one UTF-8 B word: 16 untagged forms (encodedForms). */
const SUBJECT = `=?UTF-8?B?${Buffer.from('[EXTERNAL] Rückfrage zur Rechnung', 'utf8').toString('base64')}?=`;
const LINES = 200;

function bodyHash(body: string): string {
  const h = dkimBody('relaxed/relaxed', 'rsa-sha256');
  h.update(Buffer.from(body, 'latin1'));
  return h.digest('base64');
}

/**
 * `count` forged signatures of the From domain, the i-th with the bh= of the body without its last
 * i + 1 lines (a different footer cut each, so no verifier pass serves two of them) and a b= of
 * nothing: each fails on its body hash, its "footer" is found, and no header variant ever passes.
 */
function hostile(count: number): string {
  const lines = Array.from({ length: LINES }, (_, i) => `Line ${i} of the notice.\r\n`);
  const body = lines.join('');
  const sigs = Array.from({ length: count }, (_, i) => {
    const bh = bodyHash(lines.slice(0, LINES - (i + 1)).join(''));
    const b = Buffer.alloc(256, i + 1).toString('base64');
    return `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=a1;\r\n t=1772359200; h=from:to:subject:date:message-id; bh=${bh};\r\n b=${b}\r\n`;
  });
  return sigs.join('') + LIST_HEADERS + message({ subject: SUBJECT, body });
}

async function restoreCounted(raw: string, budget?: number) {
  const opts = { resolver: zone(), now: SIGN_TIME, fromDomain: 'example.com' };
  const before = await checkDkim(raw, opts);
  let verified = 0;
  let passes = 0;
  const after = await withListRestore(raw, before, {
    ...opts,
    ...(budget === undefined ? {} : { budget }),
    onVerify: (n) => {
      verified += n;
      passes++;
    },
  });
  return { before, after, verified, passes };
}

describe('list restore budget', () => {
  it('a hostile message gets no more signature verifications than the budget', async () => {
    const raw = hostile(20);
    const { before, after, verified, passes } = await restoreCounted(raw);
    // The shape the worst case needs: 20 aligned signatures failing on their body hash.
    expect(before.filter((d) => d.aligned && d.cause === 'body-hash-mismatch')).toHaveLength(20);
    expect(verified).toBeLessThanOrEqual(RESTORE_BUDGET);
    // Each pass verifies all 20 signatures; the budget, not the message, ended the restore.
    expect(verified).toBe(passes * 20);
    expect(verified).toBeGreaterThan(RESTORE_BUDGET - 20);
    expect(after.some((d) => d.listRestore)).toBe(false);
  });

  it('without the budget the same message costs 20 x 34 passes of 20 verifications', async () => {
    const { verified, passes } = await restoreCounted(hostile(20), Number.POSITIVE_INFINITY);
    expect(passes).toBe(20 * 34);
    expect(verified).toBe(20 * 34 * 20);
  });

  it('signatures past MAX_DKIM_SIGNATURES are not verified again by the restore', async () => {
    const { verified, passes } = await restoreCounted(hostile(40));
    expect(passes).toBeGreaterThan(0);
    expect(verified).toBe(passes * 20);
    expect(verified).toBeLessThanOrEqual(RESTORE_BUDGET);
  });

  it('a spent budget leaves a genuine tagged post as it reads without the restore', async () => {
    const signed = await sign(message({ body: 'Meeting at 10.\r\n' }), [
      { domain: 'example.com', selector: 'a1', key: author },
    ]);
    const raw = LIST_HEADERS + signed.replace('\r\nSubject: ', '\r\nSubject: [Devel] ');
    const whole = await restoreCounted(raw);
    expect(whole.after[0]?.listRestore).toMatchObject({ subjectTag: '[Devel] ' });
    expect(whole.verified).toBeLessThanOrEqual(4);
    const spent = await restoreCounted(raw, 0);
    expect(spent.passes).toBe(0);
    expect(spent.after).toEqual(spent.before);
  });
});
