// namesFrom (lib/findings/reply-to.ts): whether a display name speaks as the From's organisation,
// read as the reader sees it (probe23: a Cyrillic о, full-width letters; probe24: Greek capitals).
import { describe, expect, it } from 'vitest';
import { namesFrom } from '../../../lib/findings/reply-to';

const from = { domain: 'northbank.example', displayName: 'Northbank Security' };

describe('namesFrom', () => {
  it.each([
    'Northbank Card Team',
    'N\u043erthbank Card Team', // a Cyrillic о
    '\uff2e\uff4f\uff52\uff54\uff48\uff42\uff41\uff4e\uff4b Card Team', // full-width letters
    'North bank Card Team',
    '\u039dorthbank Card Services', // a Greek capital Nu (lower-cased first it would fold to v: probe24)
    '\u039d\u039fR\u03a4\u0397\u0392\u0391\u039d\u039a Card Services', // Greek capitals throughout
    'N\u041erthbank Card Team', // a Cyrillic capital О
    'Northbank Security',
  ])('%s names the bank', (name) => expect(namesFrom(name, from)).toBe(true));

  it.each(['Customers list', 'Devel', 'Card Team', '', '\u03bdorthbank Card Team'])('%s does not', (name) =>
    expect(namesFrom(name, from)).toBe(false),
  );
});
