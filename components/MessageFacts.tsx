import { t } from '../lib/i18n';
import type { Analysis } from '../lib/types';
import { localDateTime } from './dates';
import { type Fact, FactList } from './FactList';

/** Who the message says it is from, and where replies and bounces would go. */
export function MessageFacts({ analysis }: { analysis: Analysis }) {
  const facts: Fact[] = [
    [
      t('facts_from'),
      analysis.from
        ? `${analysis.from.displayName ? `${analysis.from.displayName} ` : ''}<${analysis.from.address}>`
        : null,
    ],
    [t('facts_reply_to'), analysis.replyTo.map((m) => m.address).join(', ') || null],
    [t('facts_return_path'), analysis.returnPath],
    [t('facts_subject'), analysis.subject],
    // The Date header in the reader's own locale and time zone (the raw value is in the report).
    [t('facts_date'), analysis.date ? localDateTime(analysis.date) : null],
  ];
  return (
    <section class="facts" aria-labelledby="facts-h">
      <h2 id="facts-h">{t('facts_heading')}</h2>
      <FactList facts={facts} maxLength={500} testid="message-facts" />
    </section>
  );
}
