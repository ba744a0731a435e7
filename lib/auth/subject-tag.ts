// The Subject tags a list, a gateway or a spam filter puts on a message, and the forms the Subject
// may have had before one was added (lib/auth/list-restore.ts tries each of them on the signature).
// A tag is undone only if the signature then verifies in full; gatewayTag alone (lib/findings/
// list.ts) excuses a tag without list evidence, so it takes a gateway's words only.
import { Buffer } from 'buffer';
import { decodeWords } from 'postal-mime';
import { encodeIso2022jp } from '../message/iso2022jp';
import { MAX_FIELD_BYTES } from './limits';

/**
 * A warning sign or emoji an administrator pasted before the tag in a mail-flow rule's "Prepend
 * the subject with" ("⚠ [EXTERNAL] ", rw22-gateway-tag-warning-sign-external). Only ever in front
 * of a tag form below: a symbol is no word a lure could use.
 */
const SIGN = String.raw`(?:[\u2600-\u27bf]|\p{Extended_Pictographic})\ufe0f?[ \t]?`;

/**
 * `[devel] ` (Mailman's subject_prefix), after any Re:/Fwd: the list moved behind it; or the
 * spam filter's `***Spam*** ` (amavis's default `sa_spam_subject_tag`, SpamAssassin's
 * `*****SPAM*****`), which a receiver's own filter writes before delivering; or a gateway's
 * unbracketed `EXTERNAL: ` / `CAUTION: ` / `External Email: ` / `EXTERNAL - `, `*EXTERNAL* ` or
 * `(EXTERNAL) ` (Mimecast's and Microsoft's mail-flow rules offer such prefixes);
 * or a Japanese gateway's `【外部】` (lenticular brackets). A colon or dash an administrator typed
 * after the bracket goes with it (`[EXTERNAL]: `, rw22-gateway-tag-bracket-colon), and a SIGN may
 * stand before any of them.
 */
/** A list's short name as its tag: one token in brackets ("[QUIC] ", "[Vorstand] "). */
const LIST_NAME_TAG = /^\[[\p{L}\p{N}_.-]{1,32}\][ \t]?$/u;

/** A reply's or forward's prefix, in the words mailers write: "Re: ", "AW: ", "SV: ", "Fwd: ". */
const REPLY_PREFIX = /^[ \t]*(?:re|aw|sv|vs|antw|fwd?|wg|tr)[ \t]?:[ \t]?/i;

const SUBJECT_TAG = new RegExp(
  String.raw`^([ \t]*)((?:${SIGN})?(?:\[[^\]\r\n]{1,64}\](?:[ \t]?[:-])?[ \t]?|【[^】\r\n]{1,16}】[ \t]?|\*{3,5} ?spam ?\*{3,5}[ \t]?|\*{1,3}external\*{1,3}[ \t]?|[({](?:external|ext)(?: e-?mail| sender)?[)}][ \t]?|(?:external|ext|caution)(?: e-?mail| sender)? ?[:-][ \t]))`,
  'iu',
);

/**
 * A gateway's tag appended at the end instead (` [EXTERNAL]`, rw22-gateway-tag-suffix-external:
 * Mimecast's and Sophos's subject-tag policies offer "append"). No list appends, so only a
 * gateway's words (gatewayTag) are taken from there. The blanks before the tag are matched only
 * from the start of their run (the lookbehind): unanchored, every blank of a long run (a Subject of
 * 40,000 blanks between two words) was a start that took the rest of the run and gave it back,
 * which cost n² (3.4 s for 40 KB in a whole analysis). The first match is the same either way.
 */
const SUFFIX_TAG = new RegExp(
  String.raw`(?<![ \t])([ \t]+)(\[[^\]\r\n]{1,64}\](?:[ \t]?${SIGN})?|[({](?:external|ext)(?: e-?mail| sender)?[)}]|\*{1,3}external\*{1,3}|(?:external|ext)(?: e-?mail| sender)?)[ \t]*$`,
  'iu',
);

/**
 * A SIGN an administrator typed after a gateway's bracket (`[EXTERNAL] ⚠️ `,
 * rw30-tag-warning-sign-after-bracket). Not in SUBJECT_TAG: after a list's `[Devel] ` a sign is
 * the author's own (`[Devel] ⚠️ Server down`), so tagCuts takes it only behind a gateway's words.
 */
const SIGN_AFTER = new RegExp(String.raw`^[ \t]?${SIGN}`, 'u');

/**
 * A tag a gateway or spam filter writes, by its words: EXTERNAL and its forms (EXT, Ext., EXTERN,
 * EXTÉRIEUR, ESTERNO, EKSTERN, EXTERNÍ, EXTERNÝ, ZEWNĘTRZNY, ULKOINEN, Hungarian KÜLSŐ, Russian ВНЕШНЕЕ
 * (ПИСЬМО), Turkish HARİCİ, External Sender/Email, Québec's COURRIEL EXTERNE (the noun first),
 * CAUTION: External, EXTERNAL SENDER - USE CAUTION, *EXTERNAL* to ***EXTERNAL***, (EXTERNAL),
 * (EXT), (External Sender), Externe afzender / Externer Absender (the sender word in Dutch, German,
 * French, Spanish), {EXTERNAL}, External Email:, EXTERNAL -, Japanese 【外部】 / 【社外】, Chinese
 * [外部邮件], Korean [외부메일]), SPAM (Suspected, Possible, `SPAM?`, a university's graded
 * `Spam_C`), BULK (Barracuda's default) and Cisco's graymail MARKETING and SOCIAL NETWORK
 * (rw22-gateway-tag-cisco-graymail-marketing), SUSPICIOUS, Cisco's WARNING: A/V UNSCANNABLE,
 * ***Spam***; a bracket may be followed by a colon or dash and preceded or followed by a SIGN
 * (`[EXTERNAL] ⚠️ `, rw30-tag-warning-sign-after-bracket). Real-mail round 30 added the tags of
 * more languages' mail-flow rules: Polish [ZEWNĘTRZNA WIADOMOŚĆ], Swedish [EXTERN AVSÄNDARE] /
 * [Externt mejl], Finnish [ULKOINEN VIESTI], Danish [EKSTERN AFSENDER], Norwegian [Ekstern
 * e-post], Portuguese [REMETENTE EXTERNO] and Italian [MITTENTE ESTERNO] (the noun first, as
 * these languages put it), Greek [ΕΞΩΤΕΡΙΚΟ], Hebrew [חיצוני], Arabic [خارجي], Vietnamese [BÊN
 * NGOÀI], Indonesian [EKSTERNAL], Traditional Chinese [外部寄件者] and Korean [외부 메일] (a space
 * between). Only words for "external", "sender", "message" and "mail". Words of
 * status, not of action: a bracket of other words is the replayer's lure
 * (probe14-subject-tag-words-only-lure-on-bank-replay). [Marketing] or [Social Network] over a
 * replayed signed notice gives nothing a plain replay would not: the signature must still verify
 * in full once the tag is undone.
 * JavaScript's /iu does not fold the Turkish dotted capital İ (U+0130) to i, so HARİCİ spells it
 * out, and its lower case i + U+0307 (rw22-gateway-tag-turkish-harici).
 */
const EXTERNAL_WORD = String.raw`ext\.?|extern(?:al|er|e|o|í|i|ý|á|a|t)?|ext[ée]rieur|estern[oa]|ekstern(?:al|t)?|zewn[eę]trzn[yae]|ulkoinen|k[üu]ls[őo]|внешн(?:ий|ее|яя|ие)|har(?:i|İ|i\u0307)c(?:i|İ|i\u0307)|εξωτερικ(?:ό|ο|ή|η|ός|ος|ά|α)?|חיצוני(?:ת)?|خارجي(?:ة)?|b[êe]n\s+ngo[àa]i`;
/** Nouns of status (sender, message, mail) that may stand before or after EXTERNAL_WORD. */
const NOUN = [
  'sender|email|e-mail|mail|message|afzender|absender|expéditeur|remitente|письмо|отправитель|сообщение',
  'avs[äa]ndare|afsender|avsender|l[äa]hett[äa]j[äa]|viesti|wiadomo[sś][cć]|nadawca|e-post|mejl',
  'odes[íi]latel|mittente|remetente|μήνυμα|μηνυμα|αποστολέας|αποστολεας|דואר|הודעה|שולח|بريد|رسالة|مرسل',
].join('|');
const BRACKETED = [
  String.raw`\[\s*(?:(?:caution|warning|attention)\s*[:!-]?\s*)?(?:${EXTERNAL_WORD})(?:\s+(?:${NOUN}))?(?:\s*[-:]\s*(?:use caution|be careful))?\s*\]`,
  String.raw`\[\s*(?:courriel|correo|${NOUN})\s+(?:${EXTERNAL_WORD})\s*\]`,
  String.raw`\[\s*(?:suspected\s+|possible\s+)?spam(?:\?|_[a-z0-9])?\s*\]`,
  String.raw`\[\s*(?:bulk|marketing|social\s+network)\s*\]`,
  String.raw`\[\s*suspicious(?:\s+(?:message|email))?\s*\]`,
  String.raw`\[\s*warning\s*:\s*a\/v unscannable\s*\]`,
  String.raw`[【[](?:外部|社外)(?:メール|邮件|郵件|寄件者|發件人|发件人)?[】\]]`,
  String.raw`\[\s*외부(?:\s?메일)?\s*\]`,
  String.raw`\*{1,3}external\*{1,3}`,
  String.raw`[({](?:external|ext)(?:\s+(?:e-?mail|sender))?[)}]`,
];
const GATEWAY_TAG = new RegExp(
  String.raw`^(?:${SIGN}\s*)?(?:(?:${BRACKETED.join('|')})(?:\s?[:-])?(?:\s*${SIGN})?|\*{3,5} ?spam ?\*{3,5}|(?:external|ext|caution)(?:\s+(?:e-?mail|sender))?\s?[:-]|(?:external|ext)(?:\s+(?:e-?mail|sender))?)$`,
  'iu',
);

/** Whether a tag (as undone, blanks around it dropped) is a gateway's or a spam filter's own words. */
export function gatewayTag(tag: string): boolean {
  return GATEWAY_TAG.test(tag.trim());
}

/**
 * Whether the tags a restore undid, as it records them (lib/auth/list-restore.ts: one as written,
 * two joined by a blank: `CAUTION: EXTERNAL EMAIL:`), are all a gateway's or a filter's words.
 */
export function gatewayTags(recorded: string): boolean {
  if (gatewayTag(recorded)) return true;
  const m = SUBJECT_TAG.exec(`${recorded.trim()} `);
  return m !== null && gatewayTag(m[2]!) && gatewayTag(recorded.trim().slice(m[0].length - m[1]!.length));
}

/** A gateway's tag at the end of `text` (no line end): the text before it and the tag, or null. */
function suffixTag(text: string): { rest: string; tag: string } | null {
  const m = SUFFIX_TAG.exec(text);
  if (!m || !gatewayTag(m[2]!)) return null;
  return { rest: text.slice(0, m.index), tag: m[0] };
}

/** Whether a Subject (as decoded) carries a tag that a list or a gateway may have added. */
export function subjectTagged(subject: string | null): boolean {
  return subject !== null && (SUBJECT_TAG.test(subject) || suffixTag(subject.trimEnd()) !== null);
}

/** A Subject field as it may have been before tags were added, and the tags (as written) undone. */
export interface UntaggedSubject {
  text: string;
  tags: string[];
}

/**
 * Untagged forms tried per Subject, at most: encodedForms' most for one cut (see there), so
 * offering several cuts adds no re-check to the worst case RESTORE_BUDGET was set for.
 */
const MAX_FORMS = 16;

/**
 * Every way tags may have been added to `text` (one line, decoded): a tag in front, one at the end
 * (a gateway's words only), both (a list's `[Devel] ` and a gateway's appended ` [EXTERNAL]`:
 * rw24-list-prefix-gateway-suffix-external), and a gateway's tag in front of a list's
 * (`[EXTERNAL] [Devel] `, rw24-gateway-prefix-over-list-prefix). Each cut is offered, not only
 * the first that matches: a sender's own bracket in front (`[Ticket#…] `, `[PATCH v2] `) is
 * signed, and only the gateway's suffix was added (rw24-ticket-prefix-gateway-suffix-external).
 * The two in front are offered when either is a gateway's: a list's `[Devel] ` over the tag its
 * host's gateway wrote (`[Devel] [EXTERNAL] `, rw30-list-prefix-over-gateway-external; the list
 * evidence is still asked for the list's tag, lib/auth/list-restore.ts). A gateway's tag in
 * front may carry a SIGN after it (SIGN_AFTER): offered both with and without the sign.
 */
function tagCuts(text: string): Array<{ rest: string; tags: string[] }> {
  const front = (t: string) => {
    const m = SUBJECT_TAG.exec(t);
    return m ? { rest: m[1]! + t.slice(m[0].length), tag: m[2]!, lead: m[1]! } : null;
  };
  const out: Array<{ rest: string; tags: string[] }> = [];
  const first = front(text);
  if (first) {
    out.push({ rest: first.rest, tags: [first.tag] });
    const gateway = gatewayTag(first.tag);
    const sign = gateway ? SIGN_AFTER.exec(first.rest.slice(first.lead.length)) : null;
    if (sign) {
      const rest = first.lead + first.rest.slice(first.lead.length + sign[0].length);
      out.push({ rest, tags: [first.tag + sign[0]] });
    }
    const inner = front(first.rest);
    if (inner && (gateway || gatewayTag(inner.tag)))
      out.push({ rest: inner.rest, tags: [first.tag, inner.tag] });
  }
  // Mailman's old-style prefixing writes a list's tag after a reply's "Re: " ("Re: [QUIC] ack…"
  // from "Re: ack…", real-mail round 95): the tag is taken out from behind it, when it is a list's
  // short name; a sentence there is a replayer's lure ("Re: [ap: wire today to new IBAN] …",
  // probe100).
  const reply = REPLY_PREFIX.exec(text);
  if (!first && reply) {
    const after = front(text.slice(reply[0].length));
    if (after && !gatewayTag(after.tag) && LIST_NAME_TAG.test(after.tag))
      out.push({ rest: reply[0] + after.rest.slice(after.lead.length), tags: [after.tag] });
  }
  const end = suffixTag(text);
  if (end) {
    out.push({ rest: end.rest, tags: [end.tag] });
    const both = front(end.rest);
    if (both) out.push({ rest: both.rest, tags: [both.tag, end.tag] });
  }
  return out;
}

/** Up to `max` of the lists' items, taken in turn from each (the first forms of every cut first). */
function interleave<T>(lists: T[][], max: number): T[] {
  const out: T[] = [];
  for (let i = 0; out.length < max && lists.some((l) => i < l.length); i++)
    for (const l of lists) if (i < l.length && out.length < max) out.push(l[i]!);
  return out;
}

/**
 * The Subject field as it may have been before tags were put in front of it (or, a gateway's
 * words only, after it), each with the tags undone; [] when it carries none. A gateway or list
 * that adds a tag to a Subject holding letters outside ASCII (Mimecast's French `[EXTÉRIEUR] `,
 * Mailman 3's prefix over an encoded Subject) writes the whole Subject again as encoded-words
 * (RFC 2047), so the tag is looked for in the decoded text too. What is left is taken back to the
 * forms a sender's mailer writes: as it is when it is plain ASCII, else one encoded-word
 * (encodedForms; a long Subject split over several words, or another charset, cannot be
 * rebuilt). At most MAX_FORMS. Whatever is rebuilt counts only if the signature then verifies in
 * full.
 */
export function withoutTag(field: string): UntaggedSubject[] {
  const colon = field.indexOf(':') + 1;
  const value = field.slice(colon);
  const end = /\r?\n$/.exec(value)?.[0] ?? '';
  const name = field.slice(0, colon);
  // The field is held as latin1 (its bytes); a tag written raw in UTF-8 (`[EXTERNÍ] `, `【外部】`)
  // is looked for in the text those bytes spell, and the rest kept byte for byte.
  const line = value.slice(0, value.length - end.length);
  // A field over MAX_FIELD_BYTES never reaches the verifier (lib/auth/limits.ts leaves it out), so
  // no cut of it could verify; and each cut copies the line (up to MAX_FORMS times) and decodes it.
  if (line.length > MAX_FIELD_BYTES) return [];
  const text = Buffer.from(line, 'latin1').toString('utf8');
  const utf8 = !text.includes('\ufffd');
  const raw = tagCuts(utf8 ? text : line);
  if (raw.length > 0) {
    return raw.slice(0, MAX_FORMS).map((c) => ({
      text: `${name}${utf8 ? Buffer.from(c.rest, 'utf8').toString('latin1') : c.rest}${end}`,
      tags: c.tags,
    }));
  }
  if (!value.includes('=?') || value.length > 4096) return [];
  const decoded = decodeWords(line.replace(/\r?\n(?=[ \t])/g, ''));
  const lead = /^[ \t]*/.exec(decoded)![0];
  const perCut = tagCuts(decoded.slice(lead.length)).map(({ rest, tags }) => {
    const at = (w: string) => ({ text: `${name}${lead}${w}${end}`, tags });
    if (/^[\x20-\x7e]*$/.test(rest)) return rest.includes('=?') ? [] : [at(rest)];
    return rest.length > 200 ? [] : encodedForms(rest).map(at);
  });
  return interleave(perCut, MAX_FORMS);
}

/**
 * Windows-1252's 0x80-0x9f (WHATWG Encoding's index; the five holes left out). Written out:
 * Node's TextDecoder reads windows-1252 as ISO-8859-1 there, so the platform's table cannot be used.
 */
const CP1252_HIGH = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';
/** Where ISO-8859-15 differs from ISO-8859-1 (RFC 1345's table): byte to character. */
const LATIN9: Record<number, string> = {
  164: '€',
  166: 'Š',
  168: 'š',
  180: 'Ž',
  184: 'ž',
  188: 'Œ',
  189: 'œ',
  190: 'Ÿ',
};

/**
 * `text` in ISO-8859-1, ISO-8859-15 or Windows-1252, or null when a character does not fit. All
 * three are ASCII and ISO-8859-1's 0xa0-0xff but for ISO-8859-15's eight and Windows-1252's
 * 0x80-0x9f (C1 controls, never in a Subject, are left out of ISO-8859-1).
 */
function westernBytes(
  charset: 'iso-8859-1' | 'iso-8859-15' | 'windows-1252',
  text: string,
): Uint8Array | null {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    let b: number | undefined;
    if (c < 0x80) b = c;
    else if (charset === 'windows-1252' && CP1252_HIGH.includes(ch) && ch !== '\u0000')
      b = 0x80 + CP1252_HIGH.indexOf(ch);
    else if (charset === 'iso-8859-15') {
      const k = Object.keys(LATIN9).find((key) => LATIN9[Number(key)] === ch);
      b = k ? Number(k) : c >= 0xa0 && c <= 0xff && !LATIN9[c] ? c : undefined;
    } else if (c >= 0xa0 && c <= 0xff) b = c;
    if (b === undefined) return null;
    out.push(b);
  }
  return new Uint8Array(out);
}

/** One encoded-word each, Q and B (RFC 2047 §4), under the label as senders write it and in lower case. */
function words(label: string, bytes: Uint8Array): string[] {
  let q = '';
  for (const b of bytes) {
    if (b === 0x20) q += '_';
    else if (b > 0x20 && b < 0x7f && b !== 0x3d && b !== 0x3f && b !== 0x5f) q += String.fromCharCode(b);
    else q += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  const b64 = Buffer.from(bytes).toString('base64');
  return [label, label.toLowerCase()].flatMap((cs) => [`=?${cs}?Q?${q}?=`, `=?${cs}?B?${b64}?=`]);
}

/**
 * `text` as one encoded-word, as mailers write it: UTF-8; ISO-2022-JP (B) for Japanese; and when
 * it fits, ISO-8859-1, ISO-8859-15 and Windows-1252, which Outlook and older mailers write for
 * Western European text (rw22-gateway-tag-reencoded-over-iso-8859-1-subject: the author's
 * `=?iso-8859-1?Q?R=FCckfrage…?=`, re-encoded by the gateway as UTF-8 behind its tag).
 * Bound: Japanese text fits no Latin charset, so at most 4 UTF-8 + 12 Latin forms = 16, each
 * verified with and without the list fields: 17 x 2 = 34 full DKIM re-checks per failing aligned
 * signature (MAX_DKIM_SIGNATURES of them at most), only for a Subject a tag was taken from; the
 * whole restore stops at RESTORE_BUDGET verifications (lib/auth/list-restore.ts).
 */
function encodedForms(text: string): string[] {
  const forms = words('UTF-8', new TextEncoder().encode(text));
  // Japanese mailers write ISO-2022-JP, B-encoded (a gateway's "encode in UTF-8" re-wrote it).
  const jis = /[\u3000-\u9fff\uff00-\uffef]/.test(text) ? encodeIso2022jp(text) : null;
  if (jis) {
    const j = Buffer.from(jis).toString('base64');
    forms.push(`=?ISO-2022-JP?B?${j}?=`, `=?iso-2022-jp?B?${j}?=`);
  }
  const western: Array<[string, Uint8Array | null]> = [
    ['ISO-8859-1', westernBytes('iso-8859-1', text)],
    ['ISO-8859-15', westernBytes('iso-8859-15', text)],
    ['Windows-1252', westernBytes('windows-1252', text)],
  ];
  for (const [label, bytes] of western) if (bytes) forms.push(...words(label, bytes));
  return [...new Set(forms)];
}
