// Structural problems in the message itself (RFC 5322 §3.6: exactly one From; §2.1: header block
// ends with an empty line), and modes in which some checks could not run.
import type { Finding } from '../types';
import { dnsErrorEvidence, headerLines, uniq } from './evidence';
import type { FindingRule } from './rule';

export const messageProblemsRule: FindingRule = (ctx) => {
  const m = ctx.message;
  const out: Finding[] = [];
  const fromLines = headerLines(m, 'from');
  if (fromLines.length > 1 || m.fromAll.length > 1) {
    out.push({
      id: 'multiple-from',
      severity: 'high',
      title: 'The message has more than one sender address in From',
      detail:
        'A message should name one author (DMARC, RFC 7489 §6.6.1, checks exactly one). With several From addresses, your mail app may show one while the checks were about another, a known way to slip past them: HeaderLens checked only the first and never calls such a message authenticated.',
      evidence: fromLines,
    });
  }
  for (const problem of m.problems) {
    const p = problem.toLowerCase();
    if (/from/.test(p) && /multiple|more than one|several/.test(p)) continue;
    let id = 'message-problem';
    let title = `The message is malformed: ${problem}`;
    if (/separator|blank line|empty line/.test(p)) {
      id = 'no-header-separator';
      title = 'The message has no empty line between headers and body';
    } else if (/nul|\\0|null byte/.test(p)) {
      id = 'nul-bytes';
      title = 'The message contains NUL bytes';
    }
    out.push({
      id,
      severity: 'low',
      title,
      detail: `HeaderLens noticed: ${problem}. Mail software may read such a message differently from one program to the next, so checks may not reflect what you see. Broken messages are often spam, or were damaged when saved.`,
      evidence: [],
    });
  }
  return out;
};

export const checkModeRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  if (a.mode !== 'offline') return [];
  const p = a.provider;
  return [
    {
      id: 'offline-mode',
      severity: 'info',
      title: p
        ? `Could not check DNS (offline): using your provider's results (${p.authservId})`
        : 'Could not check: offline, and no results from your provider were found',
      detail: p
        ? 'HeaderLens did not look anything up in DNS. The verdict rests on the Authentication-Results your provider added when the message arrived, plus the message itself.'
        : "HeaderLens did not look anything up in DNS, and the message carries no Authentication-Results from a provider you trust, so nobody's check can be relied on. Run the check online to verify the sender.",
      evidence: uniq([...(p?.lines ?? []), ...dnsErrorEvidence(a.dns)]),
    },
  ];
};
