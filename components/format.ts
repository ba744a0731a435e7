// Display helpers shared by the views. Header values are attacker-controlled: they are only ever
// rendered as text nodes, and before that the invisible characters that can disguise them (bidi
// overrides, zero-width and control characters) are made visible, and giant values are cut.
import { t, uiLocale } from '../lib/i18n';
import type { AuthWord, Verdict } from '../lib/types';

// The word is read when shown (a getter), so it follows the reader's language (lib/i18n).
export const VERDICT_LABEL: Record<Verdict, { icon: string; readonly title: string }> = {
  authenticated: {
    icon: '✓',
    get title() {
      return t('verdict_authenticated');
    },
  },
  suspicious: {
    icon: '!',
    get title() {
      return t('verdict_suspicious');
    },
  },
  spoofed: {
    icon: '✕',
    get title() {
      return t('verdict_spoofed');
    },
  },
  unverified: {
    icon: '?',
    get title() {
      return t('verdict_unverified');
    },
  },
};

// U+202A–U+202E embeddings/overrides and U+2066–U+2069 isolates reorder the text around them (the
// "Trojan Source" trick, CVE-2021-42574), as do the zero-width marks LRM/RLM (U+200E/U+200F) and
// U+061C ARABIC LETTER MARK (UAX #9); zero-width characters (and U+180E, once the invisible
// Mongolian vowel separator) hide look-alikes; C0/C1 controls should never be in a header. So do
// characters that render as nothing: U+00AD SOFT HYPHEN ("Pay\u00ADPal" shows as "PayPal"), U+034F
// COMBINING GRAPHEME JOINER, the Hangul fillers U+115F/U+1160/U+3164/U+FFA0 (the blank "invisible
// name"), and the TAG characters U+E0000–U+E007F (invisible text, "ASCII smuggling"; astral, hence
// the `u` flag; U+034F, a combining mark, outside the class). Not the variation selectors: U+FE0F
// is in genuine names with emoji. Shown as ⟨U+XXXX⟩ instead.
const HIDDEN =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0\u{e0000}-\u{e007f}]|\u034f/u;

const escaped = (c: string) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;

/**
 * Text safe to display: hidden characters made visible, at most `max` characters shown (the
 * escapes count: a name of 1,000 overrides is not an 8,000-character title), never cut inside a
 * surrogate pair; a cut value ends with how many characters were left out.
 */
export function visibleText(value: string, max = 4000): string {
  let shown: string;
  let used: number; // code units of `value` shown
  if (!HIDDEN.test(value.length > max ? value.slice(0, max) : value)) {
    used = Math.min(value.length, max);
    // A cut between the halves of an astral character (𝐁) would leave a lone surrogate.
    const last = value.charCodeAt(used - 1);
    if (used < value.length && last >= 0xd800 && last <= 0xdbff) used--;
    shown = value.slice(0, used);
  } else {
    shown = '';
    used = 0;
    while (used < value.length) {
      const cp = value.codePointAt(used)!;
      const ch = value.slice(used, used + (cp > 0xffff ? 2 : 1));
      const piece = HIDDEN.test(ch) ? escaped(ch) : ch;
      if (shown.length + piece.length > max) break;
      shown += piece;
      used += ch.length;
    }
  }
  if (used >= value.length) return shown;
  const more = value.length - used;
  return `${shown}… (${t('format_more_characters', { count: more, number: more.toLocaleString(uiLocale()) })})`;
}

/** The host of a stored origin (`https://mail.example.org` → `mail.example.org`); the text itself if it is no URL. */
export function hostOf(origin: string): string {
  try {
    return new URL(origin).host || origin;
  } catch {
    return origin;
  }
}

/** "2 s", "5 min", "1 h 3 min"; negative delays are clock skew between servers. */
export function formatDelay(seconds: number | null): string {
  if (seconds === null) return '';
  if (seconds < 0) return t('format_clock_skew', { delay: formatDelay(-seconds) });
  if (seconds < 60) return t('format_seconds', { count: Math.round(seconds) });
  if (seconds < 3600) return t('format_minutes', { count: Math.round(seconds / 60) });
  const h = Math.floor(seconds / 3600);
  const m = Math.round((seconds % 3600) / 60);
  if (h >= 48) return t('format_days', { count: Math.round(h / 24) });
  return m ? t('format_hours_minutes', { h, m }) : t('format_hours', { count: h });
}

/** The colour class of a result word: pass is good, fail bad, the rest neither. */
export function wordTone(word: AuthWord | string | null): 'ok' | 'bad' | 'warn' | 'unknown' {
  switch (word) {
    case 'pass':
      return 'ok';
    case 'fail':
    case 'permerror':
      return 'bad';
    case 'softfail':
    case 'temperror':
      return 'warn';
    default:
      return 'unknown';
  }
}
