import type { Analysis } from '../lib/types';
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
    ['Date', analysis.date],
  ];
  return (
    <section class="facts" aria-label="Message">
      <h2>Message</h2>
      <FactList facts={facts} maxLength={500} testid="message-facts" />
    </section>
  );
}
