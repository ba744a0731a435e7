// lib/auth/subject-tag.ts, real-mail round 30 (test/corpus/legit/realworld30.ts): gateway tags in
// more languages, a sign after the bracket, a list's prefix over a gateway's tag, and the words a
// lure would use still refused.
import { describe, expect, it } from 'vitest';
import { gatewayTag, gatewayTags, subjectTagged, withoutTag } from '../../../lib/auth/subject-tag';

const texts = (subject: string) => withoutTag(`Subject: ${subject}\r\n`).map((u) => u.text);
/** The Subject field as the receiver holds it: its UTF-8 bytes read as latin1 (lib/auth/list-restore.ts). */
const raw = (subject: string) => Buffer.from(`Subject: ${subject}\r\n`, 'utf8').toString('latin1');
const asText = (field: string) => Buffer.from(field, 'latin1').toString('utf8');

describe('gateway tags in more languages', () => {
  const tags = [
    '[ZEWNĘTRZNA WIADOMOŚĆ]', // Polish
    '[EXTERN AVSÄNDARE]', // Swedish
    '[Externt mejl]', // Swedish
    '[ULKOINEN VIESTI]', // Finnish
    '[EKSTERN AFSENDER]', // Danish
    '[Ekstern e-post]', // Norwegian
    '[REMETENTE EXTERNO]', // Portuguese, the noun first
    '[MITTENTE ESTERNO]', // Italian, the noun first
    '[ΕΞΩΤΕΡΙΚΟ]', // Greek
    '[εξωτερικό μήνυμα]', // Greek, lower case
    '[חיצוני]', // Hebrew
    '[خارجي]', // Arabic
    '[外部寄件者]', // Traditional Chinese
    '[BÊN NGOÀI]', // Vietnamese
    '[EKSTERNAL]', // Indonesian
    '[외부 메일]', // Korean, a space between
    '[외부메일]', // Korean, as before
  ];
  it.each(tags)('%s is a gateway’s tag', (tag) => {
    expect(gatewayTag(tag)).toBe(true);
    expect(gatewayTag(`${tag} `)).toBe(true);
  });

  it.each(tags)('%s is undone in front, raw UTF-8 or encoded', (tag) => {
    const cuts = withoutTag(raw(`${tag} Proofs ready`));
    expect(cuts.map((c) => asText(c.text))).toContain('Subject: Proofs ready\r\n');
    expect(cuts[0]!.tags).toEqual([`${tag} `]);
    const encoded = `=?UTF-8?B?${Buffer.from(`${tag} Proofs ready`).toString('base64')}?=`;
    expect(texts(encoded)).toContain('Subject: Proofs ready\r\n');
  });

  it.each(tags)('%s is undone at the end', (tag) => {
    expect(subjectTagged(`Proofs ready ${tag}`)).toBe(true);
    expect(withoutTag(raw(`Proofs ready ${tag}`)).map((c) => asText(c.text))).toContain(
      'Subject: Proofs ready\r\n',
    );
  });
});

describe('words a lure would use are still no gateway’s', () => {
  it.each([
    '[Verify account]',
    '[External: verify your account]',
    '[URGENT external]',
    '[Payment external]',
    '[External payment]',
    '[Account external sender]',
    '[Zweryfikuj konto]', // Polish "verify account"
    '[Verifiera konto]', // Swedish
    '[Pagamento esterno]', // Italian "external payment"
    '[외부 결제]', // Korean "external payment"
    '[外部付款]', // Chinese "external payment"
    '[EXTERNAL] call 555-0100',
    '[EXTERNAL] ⚠️ call now',
    '⚠️ [Verify now] ⚠️',
  ])('%s is not a gateway’s tag', (tag) => expect(gatewayTag(tag)).toBe(false));

  it('a lure’s bracket is no suffix tag, and shields no second tag', () => {
    expect(withoutTag('Subject: Your statement [Verify account]\r\n')).toEqual([]);
    expect(texts('[Verify account] [Devel] Your statement')).toEqual(['Subject: [Devel] Your statement\r\n']);
  });
});

describe('a sign after a gateway’s bracket', () => {
  it('is undone with the tag, and the cut without it is offered first', () => {
    const cuts = withoutTag(raw('[EXTERNAL] ⚠️ Proofs ready'));
    expect(cuts.map((c) => asText(c.text))).toEqual([
      'Subject: ⚠️ Proofs ready\r\n',
      'Subject: Proofs ready\r\n',
    ]);
    expect(cuts[1]!.tags[0]).toBe('[EXTERNAL] ⚠️ ');
    expect(gatewayTag('[EXTERNAL] ⚠️ ')).toBe(true);
    expect(gatewayTag('[EXTERNAL]: ⚠')).toBe(true);
    expect(gatewayTag('⚠ [EXTERNAL] ⚠')).toBe(true);
  });
  it('after a list’s bracket it stays the author’s', () => {
    expect(texts('[Devel] \u26a0 Server down')).toEqual(['Subject: \u26a0 Server down\r\n']);
    expect(gatewayTag('[Devel] \u26a0')).toBe(false);
  });
  it('at the end, after a gateway’s bracket', () => {
    expect(withoutTag(raw('Proofs ready [EXTERNAL] ⚠️')).map((c) => asText(c.text))).toEqual([
      'Subject: Proofs ready\r\n',
    ]);
    expect(withoutTag(raw('Proofs ready [Call 555-0100] ⚠️'))).toEqual([]);
  });
});

describe('a list’s prefix over a gateway’s tag', () => {
  it('both are undone together (rw30-list-prefix-over-gateway-external)', () => {
    const cuts = withoutTag('Subject: [Devel] [EXTERNAL] Build broken on arm64\r\n');
    expect(cuts).toEqual([
      { text: 'Subject: [EXTERNAL] Build broken on arm64\r\n', tags: ['[Devel] '] },
      { text: 'Subject: Build broken on arm64\r\n', tags: ['[Devel] ', '[EXTERNAL] '] },
    ]);
  });
  it('as before, a gateway’s over a list’s; two brackets of no gateway’s words give one cut', () => {
    expect(texts('[EXTERNAL] [Devel] Build broken')).toContain('Subject: Build broken\r\n');
    expect(texts('[Devel] [Call 555-0100] Build broken')).toEqual([
      'Subject: [Call 555-0100] Build broken\r\n',
    ]);
  });
  it('the pair is a gateway’s only when both are', () => {
    expect(gatewayTags('[Devel] [EXTERNAL]')).toBe(false);
    expect(gatewayTags('[EXTERNAL] [ULKOINEN VIESTI]')).toBe(true);
  });
});

describe('bounds', () => {
  it('a Subject field over MAX_FIELD_BYTES is not cut (it never reaches the verifier)', () => {
    expect(withoutTag(`Subject: [EXTERNAL] ${'x'.repeat(64 * 1024)}\r\n`)).toEqual([]);
    expect(withoutTag(`Subject: [EXTERNAL] ${'x'.repeat(60 * 1024)}\r\n`)).toHaveLength(1);
  });
  it('runs of the new words and signs complete (linear rules; the test’s timeout is the bound)', () => {
    const long = (s: string) => s.repeat(Math.ceil((100 * 1024) / s.length));
    expect(gatewayTag(long('[외부 '))).toBe(false);
    expect(gatewayTag(`[${long('remetente ')}externo]`)).toBe(false);
    expect(subjectTagged(`x ${long('[EXTERNAL] ⚠️')}y`)).toBe(false);
    expect(subjectTagged(`x ${long('[A] ⚠ ')}`)).toBe(false);
    expect(
      withoutTag(`Subject: ${long('[EXTERNAL] \u26a0 ').slice(0, 60 * 1024)}\r\n`).length,
    ).toBeGreaterThan(0);
  });
});

describe("a list's tag written after a reply's prefix (Mailman's old-style prefixing, real-mail round 95)", () => {
  it('takes the tag out from behind "Re: "', () => {
    const cuts = withoutTag('Subject: Re: [QUIC] ack frequency draft\r\n');
    expect(cuts.map((c) => c.text)).toContain('Subject: Re: ack frequency draft\r\n');
    expect(cuts.find((c) => c.text === 'Subject: Re: ack frequency draft\r\n')?.tags).toEqual(['[QUIC] ']);
    expect(withoutTag('Subject: AW: [Vorstand] Protokoll\r\n').map((c) => c.text)).toContain(
      'Subject: AW: Protokoll\r\n',
    );
  });
  it('leaves a Subject with no tag after the prefix alone', () => {
    expect(withoutTag('Subject: Re: ack frequency draft\r\n')).toEqual([]);
  });
});
