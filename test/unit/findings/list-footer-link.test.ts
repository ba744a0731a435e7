// Red-team round 65: the attacker's own list relays the bank's genuine signed notice and appends a
// "footer" whose link imitates the bank (northbank.example.attacker.example). The list's changes
// undone, the bank's signature verifies, and the verdict would read unverified (changed-by-list);
// the footer's link names the bank, so it is a concern beside the excuse (list-footer-lookalike-link,
// medium: suspicious). Genuine lists' footers link to their own pages, also when the list is
// named after the organisation whose people post to it.
import { describe, expect, it } from 'vitest';
import {
  footerDisguisedLinks,
  footerLinkHosts,
  footerLure,
  MAX_DISGUISED_LINKS,
  MAX_FOOTER_HOSTS,
} from '../../../lib/auth/footer-markup';
import type { Ctx } from './build';
import { baseCtx, failAuth, findings, header, verdictOf } from './build';

describe('footerLinkHosts: the names a footer links to, as a browser reads them', () => {
  it('reads links with a scheme and bare names a mail app links', () => {
    expect(
      footerLinkHosts(
        '_______________\r\nDevel mailing list\r\nhttps://lists.example.org/mailman/listinfo/devel\r\nor visit www.Example.ORG.\r\n',
      ),
    ).toEqual(['lists.example.org', 'www.example.org']);
  });

  it('undoes character references, quoted-printable, base64, percent escapes and backslashes', () => {
    expect(footerLinkHosts('<a href="&#104;ttps://northbank.example.attacker.example/x">here</a>')).toContain(
      'northbank.example.attacker.example',
    );
    expect(
      footerLinkHosts('Confirm at https://northbank.exa=\r\nmple.attacker.example/confirm\r\n'),
    ).toContain('northbank.example.attacker.example');
    expect(footerLinkHosts('https://northbank%2Eexample.attacker.example/')).toContain(
      'northbank.example.attacker.example',
    );
    expect(footerLinkHosts('https:\\\\northbank.example.attacker.example\\confirm')).toContain(
      'northbank.example.attacker.example',
    );
    const part = `--b1\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(
      'Confirm: https://northbank-secure.example/\r\n',
    ).toString('base64')}\r\n--b1--\r\n`;
    expect(footerLinkHosts(part)).toContain('northbank-secure.example');
  });

  it('reads the name a link spells in its user part, and IDN names as the browser does', () => {
    expect(footerLinkHosts('https://northbank.example@attacker.example/')).toEqual([
      'attacker.example',
      'northbank.example',
    ]);
    // The removed block is the message's bytes read as latin1: here UTF-8 text.
    const utf8 = Buffer.from('https://nörthbank.example/').toString('latin1');
    expect(footerLinkHosts(utf8)).toContain('xn--nrthbank-n4a.example');
  });

  it('returns at most MAX_FOOTER_HOSTS names, whatever the footer holds', () => {
    const many = Array.from({ length: 500 }, (_, i) => `https://h${i}.example.org/`).join('\r\n');
    expect(footerLinkHosts(many)).toHaveLength(MAX_FOOTER_HOSTS);
    expect(footerLinkHosts('')).toEqual([]);
    expect(footerLinkHosts('https://[::1/ and https:// and e.g. v1.2')).toEqual([]);
  });
});

/** The bank's notice, failing DMARC on our check, restored by undoing a list's footer linking to `hosts`. */
function listed(hosts: string[], id = 'notices.lists.attacker.example'): Ctx {
  const ctx = baseCtx();
  failAuth(ctx);
  ctx.analysis.dkim[0]!.line =
    'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=northbank.example; s=sel1; h=from:to:subject:date:message-id; bh=abc=; b=SIGNATUREBYTES=';
  ctx.analysis.dkim[0]!.listRestore = {
    subjectTag: '[Notices] ',
    removedHeaders: [],
    footerBytes: 120,
    footerPreview: 'list footer',
    footerHosts: hosts,
    footerDisguisedLinks: [],
  };
  ctx.message.headers.push(
    header('List-Id', `Notices <${id}>`, 97),
    header('List-Post', `<mailto:notices@${id.split('.').slice(1).join('.')}>`, 98),
  );
  return ctx;
}

const linkFinding = (ctx: Ctx) => findings(ctx).find((f) => f.id === 'list-footer-lookalike-link');

describe('list-footer-lookalike-link', () => {
  it('the attacker’s list links to a name built on the bank’s: medium, suspicious', () => {
    for (const host of [
      'northbank.example.attacker.example',
      'n0rthbank.example',
      'northbank-secure.example',
      'northbank.evil.example',
    ]) {
      const ctx = listed(['lists.attacker.example', host]);
      expect(linkFinding(ctx), host).toMatchObject({ severity: 'medium' });
      expect(linkFinding(ctx)?.detail).toContain(host);
      expect(verdictOf(ctx), host).toMatchObject({
        verdict: 'suspicious',
        rule: 'authenticated-with-concerns',
      });
      expect(verdictOf(ctx).summary, host).toContain(host);
    }
  });

  it('the bank’s name as a label on the host of a list not named after the bank counts (probe67)', () => {
    expect(linkFinding(listed(['northbank.attacker.example']))).toBeDefined();
    expect(linkFinding(listed(['northbank-secure.attacker.example']))).toBeDefined();
    // The same host from a list named after the bank: its own pages.
    expect(
      linkFinding(listed(['northbank.attacker.example'], 'notices.northbank.attacker.example')),
    ).toBeUndefined();
  });

  it('free sites anyone opens under any name are no one’s own pages (probe69)', () => {
    expect(linkFinding(listed(['northbank.my.site.com']))).toBeDefined();
    expect(linkFinding(listed(['northbank.github.io']))).toBeDefined();
  });

  it('on those platforms, anything more than the name exactly still counts', () => {
    expect(linkFinding(listed(['northbank-secure.sharepoint.com']))).toBeDefined();
    expect(linkFinding(listed(['northbank.example.zoom.us']))).toBeDefined();
  });

  it('a full copy of the bank’s name or a spelling trick counts on the list’s own host too', () => {
    expect(linkFinding(listed(['northbank.example.lists.attacker.example']))).toBeDefined();
    expect(linkFinding(listed(['n0rthbank.example'], 'notices.lists.n0rthbank.example'))).toBeDefined();
  });

  it('genuine lists: their own pages, the sender’s own site, a list named after the organisation', () => {
    const genuine: Array<[string[], string]> = [
      [['lists.example.org'], 'devel.lists.example.org'],
      [['www.northbank.example', 'northbank.example'], 'staff.lists.example.org'],
      [['northbank.groups.io'], 'main.northbank.groups.io'],
      [['lists.northbank-alumni.org'], 'news.lists.northbank-alumni.org'],
      [['groups.google.com'], 'friends.googlegroups.com'],
      // The company's own pages on platforms that name them so (rw64).
      [
        ['northbank.zoom.us', 'northbank.sharepoint.com', 'northbank.atlassian.net'],
        'minutes.lists.uni.example',
      ],
    ];
    for (const [hosts, id] of genuine) {
      const ctx = listed(hosts, id);
      expect(linkFinding(ctx), hosts.join()).toBeUndefined();
      expect(verdictOf(ctx), hosts.join()).toMatchObject({ verdict: 'unverified', rule: 'changed-by-list' });
    }
  });

  it('nothing without a list or without a DMARC failure', () => {
    const ctx = listed(['northbank.example.attacker.example']);
    ctx.message.headers = ctx.message.headers.filter((h) => !/^list-/i.test(h.name));
    expect(linkFinding(ctx)).toBeUndefined();
  });
});

describe('footerDisguisedLinks and list-footer-disguised-link (probe67)', () => {
  const html = (a: string) => `<p>Card blocked? ${a}</p>\r\n`;

  it('a link whose text shows one name and that opens another organisation’s page', () => {
    expect(
      footerDisguisedLinks(
        html('<a href="https://secure-verify.attacker.example/c">https://northbank.example/confirm</a>'),
      ),
    ).toEqual([{ shown: 'northbank.example', opens: 'secure-verify.attacker.example' }]);
    // The text read as shown: tags, references and invisible characters out.
    expect(
      footerDisguisedLinks(
        html("<a href='&#104;ttps://x.attacker.example'>www.north<wbr>bank.ex&shy;ample</a>"),
      ),
    ).toEqual([{ shown: 'www.northbank.example', opens: 'x.attacker.example' }]);
  });

  it('a link opening what it shows, or showing no name, is none; at most MAX_DISGUISED_LINKS', () => {
    expect(
      footerDisguisedLinks(
        html('<a href="https://lists.example.org/mailman/listinfo/devel">lists.example.org/mailman</a>'),
      ),
    ).toEqual([]);
    expect(footerDisguisedLinks(html('<a href="https://lists.example.org/">Unsubscribe</a>'))).toEqual([]);
    expect(footerDisguisedLinks(html('<a href="javascript:go()">northbank.example</a>'))).toEqual([]);
    const many = Array.from(
      { length: 50 },
      (_, i) => `<a href="https://h${i}.attacker.example/">northbank.example</a>`,
    ).join('');
    expect(footerDisguisedLinks(many)).toHaveLength(MAX_DISGUISED_LINKS);
  });

  it('showing the bank’s own address and opening another: medium, suspicious', () => {
    const ctx = listed(['northbank.example', 'secure-verify.attacker.example']);
    ctx.analysis.dkim[0]!.listRestore!.footerDisguisedLinks = [
      { shown: 'northbank.example', opens: 'secure-verify.attacker.example' },
    ];
    const f = findings(ctx).find((x) => x.id === 'list-footer-disguised-link');
    expect(f).toMatchObject({ severity: 'medium' });
    expect(f?.title).toContain('secure-verify.attacker.example');
    expect(verdictOf(ctx)).toMatchObject({ verdict: 'suspicious', rule: 'authenticated-with-concerns' });
  });

  it('showing the list’s own address and opening another of its pages: nothing', () => {
    const ctx = listed(['lists.example.org', 'click.example.net'], 'devel.lists.example.org');
    ctx.analysis.dkim[0]!.listRestore!.footerDisguisedLinks = [
      { shown: 'lists.example.org', opens: 'click.example.net' },
    ];
    expect(findings(ctx).some((x) => x.id === 'list-footer-disguised-link')).toBe(false);
    expect(verdictOf(ctx).verdict).toBe('unverified');
  });
});

describe('footerLure and list-footer-lure (probe75)', () => {
  it('reads the scare word and every address and host the footer gives', () => {
    expect(
      footerLure(
        '-- \r\nCard blocked? Write to mailto:card-desk@attacker.example or call in at https://lists.attacker.example/notices\r\n',
      ),
    ).toEqual({ word: 'blocked', targets: ['card-desk@attacker.example', 'lists.attacker.example'] });
    expect(
      footerLure('<p>Ihre <b>Karte</b> ist gesperrt: <a href="https://x.example/k">hier</a></p>')?.word,
    ).toBe('gesperrt');
  });

  it('a list’s stock footer says no such word', () => {
    for (const footer of [
      '_______________________________________________\r\nDevel mailing list -- devel@lists.example.org\r\nTo unsubscribe send an email to devel-leave@lists.example.org\r\n',
      'You received this message because you are subscribed to the Google Groups "Devs" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to devs+unsubscribe@googlegroups.com.\r\n',
      'Manage your subscription: https://lists.example.org/postorius/lists/devel.lists.example.org/\r\n',
    ])
      expect(footerLure(footer), footer).toBeNull();
  });

  const lured = (targets: string[], listFields: Array<[string, string]> = []) => {
    const ctx = listed(['lists.attacker.example']);
    ctx.analysis.dkim[0]!.listRestore!.footerLure = { word: 'card', targets };
    for (const [k, v] of listFields) ctx.message.headers.push(header(k, v, 99));
    return ctx;
  };
  const lureFinding = (ctx: Ctx) => findings(ctx).find((f) => f.id === 'list-footer-lure');

  it('pointing to an address that is not one of the list’s own: medium, suspicious', () => {
    const ctx = lured(['card-desk@attacker.example']);
    expect(lureFinding(ctx)).toMatchObject({ severity: 'medium' });
    expect(lureFinding(ctx)?.title).toContain('card-desk@attacker.example');
    expect(verdictOf(ctx)).toMatchObject({ verdict: 'suspicious' });
  });

  it('the list’s own List-* addresses and pages and the From domain’s are no lure target', () => {
    const ctx = lured(
      ['notices-leave@lists.attacker.example', 'lists.attacker.example', 'help.northbank.example'],
      [
        ['List-Unsubscribe', '<mailto:notices-leave@lists.attacker.example>'],
        ['List-Archive', '<https://lists.attacker.example/archives/notices>'],
      ],
    );
    expect(lureFinding(ctx)).toBeUndefined();
  });
});

describe('list-footer-lure after red-team 76 and real-mail 73', () => {
  it('reads scare words split by a soft hyphen or a tag, and plurals; signing in alone is no scare', () => {
    // The removed bytes as footerLure reads them: UTF-8, one character per byte.
    const bytes = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
    expect(footerLure(bytes('Your ca\u00adrd is bl\u00adocked? Write to desk@attacker.example'))?.word).toBe(
      'blocked',
    );
    expect(footerLure(bytes('Update your ca\u00adrd de\u00adtails: desk@attacker.example'))?.word).toBe(
      'card details',
    );
    expect(
      footerLure('<p>Your card is <b>bl</b>ocked: <a href="https://x.example/">here</a></p>')?.word,
    ).toBe('blocked');
    // A card alone is no scare: "donate by card", a card-reader project's list.
    expect(footerLure('Donate by card at https://donate.example/list')).toBeNull();
    expect(footerLure('Never send passwords to anyone: security@x.example')?.word).toBe('passwords');
    expect(footerLure(bytes('Compte suspendu ? Écrivez à desk@x.example'))?.word).toBe('suspendu');
    expect(footerLure('Sign in to manage your subscription at https://listserv.example.edu/')).toBeNull();
    expect(footerLure('Login für Mitglieder: https://www.tsv.example/login')).toBeNull();
  });

  const lured = (targets: string[], fields: Array<[string, string]>) => {
    const ctx = listed(['lists.attacker.example']);
    ctx.analysis.dkim[0]!.listRestore!.footerLure = { word: 'card', targets };
    for (const [k, v] of fields) ctx.message.headers.push(header(k, v, 99));
    return findings(ctx).find((f) => f.id === 'list-footer-lure');
  };

  it('a desk named in List-Help or List-Owner is not the list’s own', () => {
    expect(
      lured(['card-desk@attacker.example'], [['List-Help', '<mailto:card-desk@attacker.example>']]),
    ).toBeDefined();
    expect(
      lured(['card-desk@attacker.example'], [['List-Owner', '<mailto:card-desk@attacker.example>']]),
    ).toBeDefined();
  });

  it('the `+` forms of the list’s posting address, the hosts its fields name and the reader’s address are', () => {
    // listed() gives List-Post <mailto:notices@lists.attacker.example>.
    expect(lured(['notices+unsubscribe@lists.attacker.example'], [])).toBeUndefined();
    expect(
      lured(
        ['listserv.example.edu'],
        [['List-Unsubscribe', '<mailto:HIST-L-unsubscribe-request@LISTSERV.EXAMPLE.EDU>']],
      ),
    ).toBeUndefined();
    // The reader's address as the receiver wrote it at delivery, above every Received line.
    const delivered = (targets: string[], name: string, value: string, index: number) => {
      const ctx = listed(['lists.attacker.example']);
      ctx.analysis.dkim[0]!.listRestore!.footerLure = { word: 'card', targets };
      ctx.message.headers.unshift(header(name, value, index));
      return findings(ctx).find((f) => f.id === 'list-footer-lure');
    };
    expect(
      delivered(['robin.reader@gmail.com'], 'Delivered-To', 'robin.reader@gmail.com', -1),
    ).toBeUndefined();
    // To and Cc are the sender's: a Cc naming his desk makes it no reader's.
    expect(lured(['card-desk@attacker.example'], [['Cc', 'card-desk@attacker.example']])).toBeDefined();
    expect(delivered(['card-desk@attacker.example'], 'Cc', 'card-desk@attacker.example', -1)).toBeDefined();
    expect(lured(['other@lists.attacker.example'], [])).toBeDefined();
  });
});
