// The batch's own words (its lines, the summary and the Markdown triage report) in the language of
// `--lang`: t() reads the bundled catalogs the thread registered (lib/cli/batch/worker.ts, main.ts).
// Without `--lang` they are the engine's English text (lib/i18n/english.ts), so English needs no
// catalog in a worker thread. CSV and JSON Lines stay English: they are for programs.
import { type Language, type MessageKey, t } from '../../i18n';
import { english } from '../../i18n/english';
import { findingTitle } from '../../i18n/findings';
import { msg } from '../../i18n/message';
import { VERDICT_WORD } from '../../report/model';
import type { Finding, Verdict } from '../../types';

export interface Words {
  say(key: MessageKey, params?: Record<string, string | number>): string;
  verdict(v: Verdict): string;
  /** A finding's title (the line's first reason). */
  title(f: Finding): string;
  /** How wide the verdict column of a line is: the longest verdict word. */
  verdictWidth: number;
}

const made = new Map<Language | null, Words>();

/** The words of one language (each thread's language is fixed for its life: made once). */
export function wordsIn(lang: Language | null): Words {
  let w = made.get(lang);
  if (!w) {
    w = make(lang);
    made.set(lang, w);
  }
  return w;
}

function make(lang: Language | null): Words {
  const say: Words['say'] = lang
    ? (key, params) => t(key, params)
    : (key, params) => english(msg(key, params));
  const verdict = (v: Verdict) => say(VERDICT_WORD[v]);
  return {
    say,
    verdict,
    title: (f) => (lang ? findingTitle(f) : f.title),
    verdictWidth: Math.max(...Object.values(VERDICT_WORD).map((key) => say(key).length)),
  };
}
