import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type Approval,
  approvalDetailsItem,
  listApprovals,
  removeApproval,
  restoreApproval,
} from '../../lib/ext/approvals';
import { approvedServersItem } from '../../lib/ext/settings';
import { t } from '../../lib/i18n';
import { localDate } from '../dates';
import { visibleText } from '../format';

/**
 * Servers the user approved in the popup, each with what it was approved for (date, From domain,
 * network), so an old approval can be judged; a remove can be undone.
 */
export function ApprovedServers() {
  const [list, setList] = useState<Approval[] | null>(null);
  const [removed, setRemoved] = useState<Approval | null>(null);
  const [note, setNote] = useState('');
  const undoButton = useRef<HTMLButtonElement>(null);

  // The removed row and its button are gone: keep keyboard focus on the way back, once the undo
  // button is in the page (an effect runs after that render, whatever order the storage watch and
  // the remove resolve in).
  useEffect(() => {
    if (removed) undoButton.current?.focus();
  }, [removed]);
  // After an undo, focus goes to the restored row's button once that row is rendered.
  const [refocus, setRefocus] = useState<string | null>(null);
  useEffect(() => {
    if (refocus === null || list === null) return;
    const button = document.querySelector<HTMLElement>(`[data-approval-ip="${CSS.escape(refocus)}"] button`);
    if (button) {
      button.focus();
      setRefocus(null);
    }
  }, [list, refocus]);

  useEffect(() => {
    const load = () => void listApprovals().then(setList);
    load();
    const a = approvedServersItem.watch(load);
    const b = approvalDetailsItem.watch(load);
    return () => {
      a();
      b();
    };
  }, []);

  async function remove(ip: string) {
    const gone = await removeApproval(ip);
    setRemoved(gone);
    setNote(t('options_approved_removed', { ip }));
    setList(await listApprovals());
  }

  async function undo() {
    if (!removed) return;
    await restoreApproval(removed);
    setNote(t('options_approved_restored', { ip: removed.ip }));
    setRemoved(null);
    setRefocus(removed.ip);
    setList(await listApprovals());
  }

  if (list === null) return null;
  return (
    <section aria-labelledby="approved-h" id="approved">
      <h2 id="approved-h">{t('options_approved_heading')}</h2>
      <p class="muted small">{t('options_approved_intro')}</p>
      <div data-testid="approved">
        {list.length === 0 ? (
          <p class="muted small">{t('options_approved_none')}</p>
        ) : (
          <ul class="approvals">
            {list.map((a) => (
              <li key={a.ip} data-approval-ip={a.ip} data-testid="approved-row">
                <span class="mono" data-testid="approved-value">
                  {visibleText(a.ip, 60)}
                </span>{' '}
                <span class="small" data-testid="approved-detail">
                  {a.detail ? (
                    <>
                      {a.detail.network ? `${visibleText(a.detail.network, 120)} · ` : ''}
                      {a.detail.fromDomain
                        ? `${t('options_approved_from', {
                            domain: [a.detail.fromDomain, ...(a.detail.alsoFrom ?? [])]
                              .map((d) => visibleText(d, 120))
                              .join(', '),
                          })} · `
                        : ''}
                      <time dateTime={a.detail.approvedAt}>{localDate(a.detail.approvedAt)}</time>
                    </>
                  ) : (
                    <span class="muted">{t('options_approved_old')}</span>
                  )}
                </span>{' '}
                <button
                  type="button"
                  onClick={() => void remove(a.ip)}
                  aria-label={t('options_approved_remove_label', { ip: a.ip })}
                >
                  {t('options_approved_remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <p class="small" role="status" data-testid="approved-note">
          {note}
          {removed !== null && (
            <>
              {' '}
              <button ref={undoButton} type="button" data-testid="approved-undo" onClick={() => void undo()}>
                {t('options_approved_undo')}
              </button>
            </>
          )}
        </p>
      </div>
    </section>
  );
}
