// lib/auth/subject-tag.ts: which tags are a gateway's own words, and which Subjects carry a tag.
import { describe, expect, it } from 'vitest';
import { gatewayTag, subjectTagged } from '../../../lib/auth/subject-tag';

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
  ])('%s is a gateway’s tag', (tag) => expect(gatewayTag(tag)).toBe(true));
  it.each(['[Marketing now]', '[Social]', '⚠', '⚠ [Call 555-0100]', 'CAUTION', '[COURRIEL]'])(
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
});
