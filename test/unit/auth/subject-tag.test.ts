// lib/auth/subject-tag.ts: which tags are a gateway's own words, and which Subjects carry a tag.
import { describe, expect, it } from 'vitest';
import { gatewayTag, gatewayTags, subjectTagged, withoutTag } from '../../../lib/auth/subject-tag';

// The words that excuse a tag without list evidence (lib/findings/list.ts subject-tag-added) and
// the Subjects that send a message to the restore at all (lib/analyze.ts).
describe('gatewayTag and subjectTagged', () => {
  it.each([
    '[HARİCİ] ',
    '[harici]',
    '[HARICI]',
    '[hari\u0307ci\u0307]',
    '[KULSO]',
    '[внешнее письмо]',
    '⚠ [EXTERNAL]: ',
    // Real-mail rounds 20 and 21: three asterisks, (EXT), Slovak, Dutch and German sender words.
    '***EXTERNAL*** ',
    '(EXT) ',
    '[EXTERNÝ] ',
    '[Externe afzender] ',
    '[Externer Absender]',
  ])('%s is a gateway’s tag', (tag) => expect(gatewayTag(tag)).toBe(true));
  it.each(['[Marketing now]', '[Social]', '⚠', '⚠ [Call 555-0100]', 'CAUTION', '[COURRIEL]', '(EXT 555)'])(
    '%s is not',
    (tag) => expect(gatewayTag(tag)).toBe(false),
  );
  it.each([
    ['Fahnen bereit [EXTERNAL]', true],
    ['Fahnen bereit [Call 555-0100]', false],
    ['⚠ [EXTERNAL] Fahnen bereit', true],
    ['[EXTERNAL]: Fahnen bereit', true],
    ['Internal vs external', true],
    ['Fahnen bereit', false],
  ])('subjectTagged(%j) is %s', (subject, want) => expect(subjectTagged(subject)).toBe(want));

  it('two tags undone together are a gateway’s when both are (lib/findings/list.ts)', () => {
    expect(gatewayTags('CAUTION: EXTERNAL EMAIL:')).toBe(true);
    expect(gatewayTags('[EXTERNAL]')).toBe(true);
    expect(gatewayTags('CAUTION: [Call 555-0100]')).toBe(false);
    expect(gatewayTags('[Devel] [EXTERNAL]')).toBe(false);
  });
});

// A list's prefix names the list (lib/auth/list-restore.ts undoes no other bracket).

describe('withoutTag', () => {
  const texts = (subject: string) => withoutTag(`Subject: ${subject}\r\n`).map((u) => u.text);
  it('offers the front cut, the end cut and both', () => {
    expect(texts('[Devel] Build broken [EXTERNAL]')).toEqual([
      'Subject: Build broken [EXTERNAL]\r\n',
      'Subject: [Devel] Build broken\r\n',
      'Subject: Build broken\r\n',
    ]);
  });
  it('a gateway’s tag over a list’s: both removed too; a lure’s bracket shields no second one', () => {
    expect(texts('[EXTERNAL] [Devel] Build broken')).toContain('Subject: Build broken\r\n');
    expect(texts('[Call 555-0100] [Devel] Build broken')).toEqual(['Subject: [Devel] Build broken\r\n']);
  });
  it('never more than 16 forms', () => {
    const encoded = `=?UTF-8?B?${Buffer.from('[EXTERNAL] [Devel] Rückfrage zur Rechnung [EXTERNAL]').toString('base64')}?=`;
    expect(withoutTag(`Subject: ${encoded}\r\n`)).toHaveLength(16);
  });
});
