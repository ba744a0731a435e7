// Structural problems in the message itself (RFC 5322 §3.6: exactly one From; §2.1: header block
// ends with an empty line), and modes in which some checks could not run.
import { addedField, fieldValues } from '../auth/dkim-strict';
import { parseTagList, tagValue } from '../auth/tag-list';
import { sameOwner } from '../dns/registrable';
import { msg } from '../i18n/message';
import type { Finding } from '../types';
import { dnsErrorEvidence, headerLines, uniq } from './evidence';
import type { FindingRule } from './rule';
import { texts } from './text';

export const messageProblemsRule: FindingRule = (ctx) => {
  const m = ctx.message;
  const out: Finding[] = [];
  const fromLines = headerLines(m, 'from');
  if (fromLines.length > 1 || m.fromAll.length > 1) {
    out.push({
      id: 'multiple-from',
      severity: 'high',
      ...texts(msg('finding_multiple_from_title'), msg('finding_multiple_from_detail')),
      evidence: fromLines,
    });
  }
  for (const problem of m.problems) {
    const p = problem.toLowerCase();
    if (/from/.test(p) && /multiple|more than one|several/.test(p)) continue;
    let id = 'message-problem';
    let title = msg('finding_message_problem_title', { problem });
    if (/separator|blank line|empty line/.test(p)) {
      id = 'no-header-separator';
      title = msg('finding_no_header_separator_title');
    } else if (/nul|\\0|null byte/.test(p)) {
      id = 'nul-bytes';
      title = msg('finding_nul_bytes_title');
    }
    out.push({
      id,
      severity: 'low',
      ...texts(title, msg('finding_message_problem_detail', { problem })),
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
      ...(p
        ? texts(
            msg('finding_offline_mode_provider_title', { provider: p.authservId }),
            msg('finding_offline_mode_provider_detail'),
          )
        : texts(msg('finding_offline_mode_title'), msg('finding_offline_mode_detail'))),
      evidence: uniq([...(p?.lines ?? []), ...dnsErrorEvidence(a.dns)]),
    },
  ];
};

/**
 * Offline, a signature of the From's organisation whose h= covers a single field (Subject, To,
 * From…) fewer times than the message carries it: an unsigned one was added above the signed one
 * after signing (RFC 6376 §8.15), a replay of the bank's genuine notice with a lure Subject on top
 * (red-team round 201). Online our own check refuses such a signature (lib/auth/dkim-strict.ts);
 * offline the provider's pass of it is all there is, and it speaks for the message as signed, not
 * for the field the reader sees first.
 */
export const addedFieldRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  const from = a.from?.domain;
  if (a.mode !== 'offline' || !from) return [];
  const counts = fieldValues(ctx.message.headers);
  for (const h of ctx.message.headers) {
    if (h.key !== 'dkim-signature') continue;
    const tags = parseTagList(h.rawValue.slice(0, 8000));
    const d = tagValue(tags, 'd')?.trim().replace(/\.$/, '');
    if (!d || !sameOwner(d, from)) continue;
    const added = addedField(tags, counts);
    if (!added) continue;
    return [
      {
        id: 'dkim-field-added',
        severity: 'medium',
        ...texts(
          msg('finding_dkim_field_added_title', { domain: d }),
          msg('finding_dkim_field_added_detail', {
            domain: d,
            field: added.field,
            present: added.present,
            covered: added.covered,
          }),
        ),
        evidence: [h.line],
      },
    ];
  }
  return [];
};
