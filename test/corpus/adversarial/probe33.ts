// Red-team probes, thirty-third round (December 2026): the mailing-list and gateway rules as they
// stand after 4317fb5 (lib/message/listserv.ts, lib/findings/list-evidence.ts,
// lib/auth/list-restore.ts, lib/auth/list-footer.ts, lib/auth/subject-tag.ts), aimed at a spoof of
// the bank (northbank.example, p=reject).
// - listserv.ts LISTSERV / Majordomo / Lyris evidence without List-Id, from a list host the
//   attacker owns (owner-<list>@, bounce-<list>-<n>@ envelopes that pass SPF for the attacker's
//   list host): on a plain forgery (the bank's signature copied over new text, or none) does list
//   dress weaken the verdict for the bank's From? Holds: no aligned signature restores, so
//   list-modified is never written and excuseFor has nothing (spoofed).
// - list-restore.ts headerVariants `listed`: a tag is undone as "the list's" when ANY of List-Id,
//   List-Post, X-BeenThere, a LISTSERV Sender or a Lyris pair holds a letter, a looser test than
//   listEvidence (List-Id plus one more sign). A replay carrying List-Post alone gets a lure bracket
//   undone and the bank's signature restored; lib/findings/list.ts then finds no list and the tag is
//   no gateway's, so neither list-modified nor subject-tag-added is written: no excuse (spoofed).
// - subject-tag.ts SIGN_AFTER: a gateway's bracket may carry any pictograph after it, a check mark
//   (✅, ✔) or a lock (🔒) among them: "[EXTERNAL] ✅ " over a replayed notice is undone as the
//   gateway's, the ✅ shown with it.
// - A LISTSERV Subject-Tag of lure words over a replayed notice: as round 21's List-Id prefix.
// Control: a genuine LISTSERV post of a p=reject author (list-modified, unverified).
// Read, no new case: a footer that restores an old genuine body under new headers (fields outside
// h= may be added to a plain replay anyway; the restore adds nothing to it); bidi controls in a tag
// (\s does not take U+200F/U+202E, so gatewayTag refuses the bracket); list evidence below the
// entry line (every list field is the sender's text wherever it sits, and weighs nothing alone).

import { signCorpus } from '../../helpers/corpus';
import { tagSubject } from '../edits';
import {
  ATTACKER_IP,
  authenticZone,
  BANK,
  BANK_KEY,
  genuineBankNotice,
  SIGNED,
  SPOOFED,
  withAttackerText,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { authorZone, LIST_AUTHOR, LISTED, probeCorpus, probeEmitter } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the thirty-third round's report). None this round.
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

const HOST = 'lists.attacker.example';
const ZONE = {
  ...BANK,
  ...BANK_KEY,
  ...authenticZone('attacker.example', ATTACKER_IP),
  [HOST]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
};
const emit = probeEmitter(ZONE);
const entry = () => received({ helo: HOST, rdns: HOST, ip: ATTACKER_IP, by: 'mx.reader.example' });
const FOOTER =
  '\r\n########################################################################\r\n\r\nTo unsubscribe from the NOTICES-L list: https://lists.attacker.example/wa.exe?SUBED1=NOTICES-L\r\n';
const NOT_TRUSTED_REPLAY = { notVerdict: ['authenticated'] };

async function forgeries(write: CaseWriter): Promise<void> {
  const forged = withAttackerText(await genuineBankNotice());
  const dresses: Array<{ name: string; how: string; envelope: string; fields: string[] }> = [
    {
      name: 'probe33-listserv-dress-plain-forgery',
      how: 'L-Soft LISTSERV "Subject" header style: Sender "Northbank Notices" <NOTICES-L@lists.attacker.example>, envelope owner-NOTICES-L@ at the same host (listservAddress names the list), Subject-Tag [NOTICES-L] and the wa.exe footer',
      envelope: `owner-NOTICES-L@${HOST}`,
      fields: [
        `Sender: "Northbank Notices" <NOTICES-L@${HOST}>`,
        `List-Unsubscribe: <mailto:LISTSERV@${HOST}?subject=SIGNOFF%20NOTICES-L>`,
      ],
    },
    {
      name: 'probe33-majordomo-dress-plain-forgery',
      how: 'Majordomo 1.94: Sender owner-notices@lists.attacker.example, the envelope itself (the list is notices@), Subject prefix [NOTICES-L] and a footer',
      envelope: `owner-notices@${HOST}`,
      fields: [`Sender: owner-notices@${HOST}`],
    },
    {
      name: 'probe33-lyris-dress-plain-forgery',
      how: 'Lyris ListManager: per-member envelope bounce-notices-4711@lists.attacker.example and List-Unsubscribe <mailto:leave-notices-4711Q@lists.attacker.example> (lyrisAddress names the list), Subject prefix [NOTICES-L] and a footer',
      envelope: `bounce-notices-4711@${HOST}`,
      fields: [`List-Unsubscribe: <mailto:leave-notices-4711Q@${HOST}>`],
    },
  ];
  for (const d of dresses)
    emit(write, {
      name: d.name,
      about: `A plain forgery: the bank's notice with the attacker's card-blocked text (the copied d=northbank.example signature fails bh=), dressed as a list post from the attacker's own list host (${d.how}). SPF passes for ${HOST}, not the bank. Only a bank signature that verifies in full once the list's changes are undone could excuse the DMARC failure. Wanted: spoofed (holds today)`,
      class: 'probe33-list-dress-forgery',
      eml: onTop(
        tagSubject(forged, '[NOTICES-L] ') + FOOTER,
        `Return-Path: <${d.envelope}>`,
        entry(),
        ...d.fields,
      ),
      expect: SPOOFED,
    });
}

async function replays(write: CaseWriter): Promise<void> {
  const notice = await genuineBankNotice();
  emit(write, {
    name: 'probe33-list-post-only-lure-tag-replay',
    about:
      'A genuine bank notice replayed with the Subject "[Call 0800 555 0100] Your statement is ready" and one list field, List-Post <mailto:customers@lists.attacker.example>, no List-Id. list-restore.ts headerVariants counts List-Post alone as "listed", so the lure bracket is undone and the bank\'s signature restores; list-evidence.ts needs List-Id (or a Mailman/LISTSERV/Lyris set), so list.ts writes neither list-modified nor subject-tag-added (not a gateway\'s words): no excuse. Wanted: not trusted (holds today, spoofed); the two rules disagree on what a list is, harmlessly',
    class: 'probe33-listed-mismatch',
    eml: onTop(
      tagSubject(notice, '[Call 0800 555 0100] '),
      `Return-Path: <customers-bounces@${HOST}>`,
      entry(),
      `List-Post: <mailto:customers@${HOST}>`,
    ),
    expect: { notVerdict: ['authenticated', 'unverified'] },
  });
  emit(write, {
    name: 'probe33-listserv-subject-tag-lure-replay',
    about: `A genuine bank notice replayed dressed as LISTSERV (Sender "Northbank Notices" <NOTICES-L@${HOST}>, envelope owner-NOTICES-L@) with the Subject-Tag "[Call 0800 555 0100] ": under list evidence any bracket is undone, the bank signature verifies in full, list-modified. Wanted: not authenticated (README "What still fools": a lure in brackets over a replay dressed as a list reads unverified; probe21 for List-Id, here for LISTSERV)`,
    class: 'probe33-listserv-replay',
    eml: onTop(
      tagSubject(notice, '[Call 0800 555 0100] '),
      `Return-Path: <owner-NOTICES-L@${HOST}>`,
      entry(),
      `Sender: "Northbank Notices" <NOTICES-L@${HOST}>`,
    ),
    expect: NOT_TRUSTED_REPLAY,
  });
  const replyCovered = await genuineBankNotice(SIGNED);
  emit(write, {
    name: 'probe33-listserv-reply-to-list-replay',
    about: `A genuine bank notice signed over SIGNED's h= (Reply-To named, none written; the corpus signer signs only the fields present, so the signature does not oversign it), replayed dressed as LISTSERV (Sender "Customer Care" <NOTICES-L@${HOST}>, envelope owner-NOTICES-L@) with Reply-To "Customer Care" <NOTICES-L@${HOST}>. The bank's signature passes as it stands, so nothing is restored and the unsigned Reply-To of another organisation is medium. Wanted: not authenticated (holds today: suspicious with reply-to-other-org). With an oversigning signer, listservAddress lets withoutListAddress drop the Reply-To, listsOwn makes it low and the replay reads unverified, as the List-Post replay of probe23/24 does (README "What still fools")`,
    class: 'probe33-listserv-replay',
    eml: onTop(
      replyCovered,
      `Return-Path: <owner-NOTICES-L@${HOST}>`,
      entry(),
      `Sender: "Customer Care" <NOTICES-L@${HOST}>`,
      `Reply-To: "Customer Care" <NOTICES-L@${HOST}>`,
    ),
    expect: NOT_TRUSTED_REPLAY,
  });
  for (const [name, sign, what] of [
    ['probe33-gateway-tag-check-mark-replay', '\u2705', 'U+2705 WHITE HEAVY CHECK MARK'],
    ['probe33-gateway-tag-lock-replay', '\u{1F512}', 'U+1F512 LOCK'],
  ] as const)
    emit(write, {
      name,
      about: `A genuine bank notice replayed from the attacker's server with "[EXTERNAL] ${sign} " in front of its Subject (${what}, read by many as "verified"/"secure"). subject-tag.ts SIGN_AFTER takes any pictograph after a gateway's bracket, so the tag and the sign are undone as the gateway's and the bank's signature verifies: subject-tag-added, unverified. Kept on purpose (16:2x on 2026-12-04): narrowing the signs to warning ones gains nothing against a replayer, whose plain replay (no tag) keeps the bank's signature and reads better than this, and would call a genuine notice spoofed behind a gateway whose administrator typed another sign (probe29-subject-tag-signs-around-external-control). The finding names the whole tag, sign included`,
      class: 'probe33-gateway-sign',
      eml: onTop(
        tagSubject(notice, `[EXTERNAL] ${sign} `),
        'Return-Path: <bounce@attacker.example>',
        received({ helo: 'mail.attacker.example', ip: ATTACKER_IP, by: 'mx.reader.example' }),
      ),
      expect: NOT_TRUSTED_REPLAY,
    });
}

async function controls(write: CaseWriter): Promise<void> {
  const signed = await signCorpus(
    submitted({
      from: `Dr. Alice Martin <alice@${LIST_AUTHOR}>`,
      to: 'STATS-L@LISTSERV.UNI.EXAMPLE',
      subject: 'Seminar moved to room 2.14',
      date: 'Fri, 20 Nov 2026 09:58:00 +0000',
      messageId: `<seminar.2026.11.20@${LIST_AUTHOR}>`,
      body: 'The seminar on Thursday moves to room 2.14.\r\n\r\nAlice Martin\r\n',
    }),
    { domain: LIST_AUTHOR, selector: 's1' },
  );
  write('probe33-listserv-genuine-reject-author-control', {
    eml: onTop(
      tagSubject(signed, '[STATS-L] ') +
        '\r\n########################################################################\r\n\r\nTo unsubscribe from the STATS-L list, click the following link:\r\nhttps://listserv.uni.example/scripts/wa.exe?SUBED1=STATS-L&A=1\r\n',
      'Return-Path: <owner-STATS-L@LISTSERV.UNI.EXAMPLE>',
      received({
        helo: 'listserv.uni.example',
        rdns: 'listserv.uni.example',
        ip: '192.0.2.90',
        by: 'mx.reader.example',
      }),
      'Sender: "Statistics discussion list" <STATS-L@LISTSERV.UNI.EXAMPLE>',
      'List-Unsubscribe: <mailto:LISTSERV@LISTSERV.UNI.EXAMPLE?subject=SIGNOFF%20STATS-L>',
    ),
    zone: {
      ...authorZone(LIST_AUTHOR, 'p=reject'),
      '90.2.0.192.in-addr.arpa': { PTR: ['listserv.uni.example'] },
      'listserv.uni.example': { TXT: ['v=spf1 ip4:192.0.2.90 -all'], A: ['192.0.2.90'] },
    },
    meta: {
      about:
        'Control: a genuine LISTSERV post (Subject-Tag [STATS-L], Sender the list, owner- envelope, wa.exe footer, no List-Id) of an author at p=reject; the author signature verifies once the tag and footer are undone. Wanted: unverified with list-modified, never spoofed (holds today)',
      class: 'probe33-control',
      args: ['--authserv-id', 'mx.reader.example'],
      expect: LISTED,
    },
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await forgeries(write);
  await replays(write);
  await controls(write);
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
