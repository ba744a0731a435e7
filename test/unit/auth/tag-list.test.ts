// RFC 6376 §3.2 tag-lists read strictly (lib/auth/tag-list.ts), and the signature rules built on
// them (lib/auth/arc-strict.ts, lib/auth/dkim-strict.ts).
import { describe, expect, it } from 'vitest';
import { arcMessageSignatureProblems, arcSealProblems } from '../../../lib/auth/arc-strict';
import { dkimSignatureProblems } from '../../../lib/auth/dkim-strict';
import { parseTagList, tagValue } from '../../../lib/auth/tag-list';

// RFC 8617 Appendix B.2 style seal (folded), and Gmail's tag order.
const SEAL =
  'i=1; a=rsa-sha256; t=1517535263; cv=none;\r\n        d=google.com; s=arc-20160816;\r\n        b=Xb+RxFzGg2t+Ok4Z4GD6HqIwcq7Qq0cfaaM+4Kw2HG2I6XQfJGDvkw==';
const AMS =
  'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20160816;\r\n        h=from:to:subject:date:message-id;\r\n        bh=KWSe46TZKCcDbH4klJPo+tjk5LWJnVRlP5pvjXFZYLQ=;\r\n        b=abc=';
// RFC 6376 Appendix A.2.
const DKIM =
  'v=1; a=rsa-sha256; s=brisbane; d=example.com;\r\n      c=simple/simple; q=dns/txt; i=joe@football.example.com;\r\n      h=Received : From : To : Subject : Date : Message-ID;\r\n      bh=2jUSOH9NhtVGCQWNr9BrIAPreKQjO6Sn7XIkfJVOzv8=;\r\n      b=AuUoFEfDxTDkHlLXSZEpZj79LICEps6eda7W3deTVFOk4yAUoqOB\r\n      4nujc7YopdG5dWLSdNg6xNAZpOPr+kHxt1IrE+NahM6L/LbvaHut\r\n      KVdkLLkpVaVVQPzeRDI009SO2Il5Lu7rDNH6mZckBdrIx0orEtZV\r\n      4bmp/YzhwvcubU4=;';

describe('parseTagList (RFC 6376 §3.2)', () => {
  it('reads a folded list with white space around "=" and ";" and one trailing ";"', () => {
    const list = parseTagList(' a = 1 ;\r\n\tb=two words ; c= ;');
    expect(list.errors).toEqual([]);
    expect(list.tags).toEqual([
      { name: 'a', value: '1' },
      { name: 'b', value: 'two words' },
      { name: 'c', value: '' },
    ]);
  });

  it.each([
    ['a=1;;b=2', /empty tag-spec/],
    ['a=1; ;b=2', /empty tag-spec/],
    ['', /empty tag-spec/],
    [';', /empty tag-spec/],
    ['a=1;;', /empty tag-spec/],
    ['a=1; _=', /invalid tag name "_"/],
    ['a=1; 1a=2', /invalid tag name/],
    ['a=1; a b=2', /invalid tag name/],
    ['a=1; b', /without "="/],
    ['s=x; s=x', /duplicate tag "s"/],
    ['a=1\u0000; b=2', /control character/],
  ])('%j is not a valid tag-list', (text, error) => {
    expect(parseTagList(text).errors.join('; ')).toMatch(error);
  });

  it('keeps tag names as written: S= is not s= (tags are case-sensitive)', () => {
    const list = parseTagList('S=dummy; d=example.org');
    expect(list.errors).toEqual([]);
    expect(tagValue(list, 's')).toBeNull();
    expect(tagValue(list, 'S')).toBe('dummy');
  });

  it('takes UTF-8 in values (RFC 8616 §4), which never changes how the list splits', () => {
    expect(parseTagList('i=jöran@exämple.org; d=exämple.org').errors).toEqual([]);
  });

  it('is linear: 200 KB of spaces, semicolons or "=" is read at once (quadratic would take minutes)', () => {
    for (const hostile of [
      `a=${' '.repeat(200_000)}x`,
      'a;'.repeat(100_000),
      `${'a=b '.repeat(50_000)}`,
      `${' ;'.repeat(100_000)}=`,
    ]) {
      const started = performance.now();
      parseTagList(hostile);
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });
});

describe('signature rules', () => {
  it('well-formed seals, message signatures and DKIM signatures have no problem', () => {
    expect(arcSealProblems(`ARC-Seal: ${SEAL}`)).toEqual([]);
    expect(arcSealProblems(`${SEAL};`)).toEqual([]);
    expect(arcMessageSignatureProblems(`ARC-Message-Signature: ${AMS}`)).toEqual([]);
    expect(dkimSignatureProblems(parseTagList(DKIM))).toEqual([]);
  });

  it('an ARC-Seal with S= for s= has no s= and names the ambiguity', () => {
    const problems = arcSealProblems(SEAL.replace('s=arc', 'S=arc'));
    expect(problems).toContain('tag "S" is "s" in upper case');
    expect(problems).toContain('missing s=');
  });

  it('d= and D= together is refused, though each alone would be a valid list', () => {
    expect(arcSealProblems(`${SEAL}; D=attacker.example`)).toEqual(['tag "D" is "d" in upper case']);
  });

  it('an unknown upper-case tag is ignored, as RFC 6376 §3.2 says unknown tags are', () => {
    expect(arcSealProblems(`${SEAL}; X=1; Zz=2`)).toEqual([]);
  });

  it('an ARC-Message-Signature needs h= and bh=; a DKIM-Signature also v=1', () => {
    expect(arcMessageSignatureProblems(AMS.replace(/h=[^;]*;/, ''))).toEqual(['missing h=']);
    expect(dkimSignatureProblems(parseTagList(DKIM.replace('v=1; ', '')))).toEqual(['missing v=']);
    expect(dkimSignatureProblems(parseTagList(DKIM.replace('v=1', 'v=2')))).toEqual(['v=2 is not 1']);
  });
});
