import { t } from '../lib/i18n';
import type { Analysis } from '../lib/types';
import {
  alignmentText,
  arcState,
  type CheckState,
  dkimState,
  dmarcAlignmentText,
  dmarcState,
  notCheckedText,
  spfState,
  stateWord,
} from './checked';
import { visibleText, wordTone } from './format';

interface Row {
  key: string;
  check: string;
  subject: string;
  /** "aligned" / "not aligned …" (every row says which, ARC excepted: it is not about From). */
  alignment: string | null;
  aligned: boolean;
  ours: CheckState;
  provider: string | null;
}

function rows(a: Analysis, dnsUnreachable: boolean): Row[] {
  const p = a.provider;
  const out: Row[] = [
    {
      key: 'spf',
      check: 'SPF',
      subject: a.spf.domain,
      alignment: a.spf.domain ? alignmentText(a, 'spf', a.spf.domain, a.spf.aligned) : null,
      aligned: a.spf.aligned,
      ours: spfState(a, dnsUnreachable),
      provider: p?.spf ?? null,
    },
  ];
  a.dkim.forEach((d, i) => {
    const theirs = p?.dkim.find((x) => x.domain === d.domain && (!x.selector || x.selector === d.selector));
    out.push({
      key: `dkim-${i}`,
      check: 'DKIM',
      subject: `${d.domain} (s=${d.selector})`,
      alignment: alignmentText(a, 'dkim', d.domain, d.aligned),
      aligned: d.aligned,
      ours: dkimState(a, d, dnsUnreachable),
      provider: theirs?.result ?? null,
    });
  });
  if (a.dkim.length === 0) {
    // No signature in the message: that much is known even offline (it is read from the headers).
    out.push({
      key: 'dkim',
      check: 'DKIM',
      subject: t('auth_no_signature'),
      alignment: t('auth_not_aligned'),
      aligned: false,
      ours: { checked: true, word: 'none' },
      provider: p?.dkim[0]?.result ?? null,
    });
  }
  out.push({
    key: 'dmarc',
    check: 'DMARC',
    subject: a.dmarc.domain + (a.dmarc.policy ? ` (p=${a.dmarc.policy})` : ''),
    alignment: dmarcAlignmentText(a),
    aligned: a.dmarc.passedBy.length > 0,
    ours: dmarcState(a, dnsUnreachable),
    provider: p?.dmarc?.result ?? null,
  });
  out.push({
    key: 'arc',
    check: 'ARC',
    subject: a.arc.instances
      ? t('auth_arc_sets', { count: a.arc.instances, sealers: a.arc.sealers.join(', ') })
      : t('auth_no_arc'),
    alignment: null,
    aligned: false,
    ours: arcState(a, dnsUnreachable),
    provider: p?.arc ?? null,
  });
  return out;
}

/** SPF, DKIM per signature, DMARC and ARC: what the user's provider recorded next to our re-check. */
export function AuthTable({
  analysis,
  dnsUnreachable = false,
}: {
  analysis: Analysis;
  dnsUnreachable?: boolean;
}) {
  const all = rows(analysis, dnsUnreachable);
  const reasons = [...new Set(all.flatMap((r) => (r.ours.checked ? [] : [r.ours.why])))];
  return (
    <section class="auth" aria-labelledby="auth-h">
      <h2 id="auth-h">{t('auth_heading')}</h2>
      <table data-testid="auth-table">
        <colgroup>
          <col class="col-check" />
          <col class="col-word" />
          <col class="col-word" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('auth_col_check')}</th>
            <th scope="col" title={t('auth_col_provider_title')}>
              {t('auth_col_provider')}
            </th>
            <th scope="col" title={t('auth_col_ours_title')}>
              HeaderLens
            </th>
            <th scope="col">{t('auth_col_domain')}</th>
          </tr>
        </thead>
        <tbody>
          {all.map((r) => (
            <tr key={r.key} data-testid={`auth-${r.key}`}>
              <th scope="row">{r.check}</th>
              <td class={`word tone-${wordTone(r.provider)}`} data-testid="provider-result">
                {r.provider ?? (
                  <span class="muted" title={t('auth_not_recorded_title')}>
                    —<span class="sr-only"> {t('auth_not_recorded')}</span>
                  </span>
                )}
              </td>
              <td
                class={`word ${r.ours.checked ? `tone-${wordTone(r.ours.word)}` : 'not-checked'}`}
                data-testid="our-result"
                data-checked={r.ours.checked ? 'yes' : 'no'}
              >
                {stateWord(r.ours)}
              </td>
              <td class="subject">
                {visibleText(r.subject, 300)}
                {r.alignment && (
                  <span class={`align ${r.aligned ? 'tone-ok' : 'muted'}`} data-testid="alignment">
                    {r.alignment}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {reasons.length > 0 && (
        <p class="small" data-testid="not-checked-why">
          {t('auth_not_checked_why', { reasons: reasons.map(notCheckedText).join('; ') })}
        </p>
      )}
      <p class="muted small">
        {analysis.provider
          ? t('auth_provider_line', { id: visibleText(analysis.provider.authservId, 80) })
          : t('auth_no_provider')}
      </p>
    </section>
  );
}
