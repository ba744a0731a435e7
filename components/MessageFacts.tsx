import type { Analysis } from '../lib/types';
import { visibleText } from './format';

/** Who the message says it is from, and where replies and bounces would go. */
export function MessageFacts({ analysis }: { analysis: Analysis }) {
  const facts: Array<[string, string | null]> = [
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
      <dl data-testid="message-facts">
        {facts
          .filter(([, v]) => v !== null && v !== '')
          .map(([k, v]) => (
            <div class="fact" key={k}>
              <dt>{k}</dt>
              <dd>{visibleText(v ?? '', 500)}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
