import type { Analysis } from '../lib/types';
import { localDateTime } from './dates';
import { type Fact, FactList } from './FactList';

/** Who the message says it is from, and where replies and bounces would go. */
export function MessageFacts({ analysis }: { analysis: Analysis }) {
  const facts: Fact[] = [
    [
      'From',
      analysis.from
        ? `${analysis.from.displayName ? `${analysis.from.displayName} ` : ''}<${analysis.from.address}>`
        : null,
    ],
    ['Reply-To', analysis.replyTo.map((m) => m.address).join(', ') || null],
    ['Return-Path', analysis.returnPath],
    ['Subject', analysis.subject],
    // The Date header in the reader's own locale and time zone (the raw value is in the report).
    ['Date', analysis.date ? localDateTime(analysis.date) : null],
  ];
  return (
    <section class="facts" aria-labelledby="facts-h">
      <h2 id="facts-h">Message</h2>
      <FactList facts={facts} maxLength={500} testid="message-facts" />
    </section>
  );
}
