import { t } from '../lib/i18n';
import type { Analysis } from '../lib/types';
import { WEBMAIL_PROFILE_NAMES, WEBMAIL_PROFILES, type WebmailChoice } from '../lib/webmail/profiles';

/** The line above a pasted message's result: which webmail's rules it was read with. */
export function profileLine(analysis: Analysis, choice: WebmailChoice): string {
  const used = analysis.meta.profile;
  if (used) {
    const name = WEBMAIL_PROFILES[used.name]?.displayName ?? used.name;
    return t(used.how === 'detected' ? 'profile_read_as_detected' : 'profile_read_as_chosen', { name });
  }
  return choice === 'auto' ? t('profile_none_recognised') : t('profile_general_rules');
}

/**
 * Inspector only: a pasted message has no tab to say which webmail delivered it. The engine
 * detects it from the topmost Received header (lib/webmail/profile-detect.ts); the user can
 * change it, which re-reads the message with that webmail's rules.
 */
export function WebmailProfilePicker({
  analysis,
  choice,
  onChoose,
}: {
  analysis: Analysis;
  choice: WebmailChoice;
  onChoose: (choice: WebmailChoice) => void;
}) {
  return (
    <p class="notice" data-testid="webmail-profile">
      <span data-testid="webmail-profile-line">{profileLine(analysis, choice)}</span>.{' '}
      <label>
        {t('profile_read_as_label')}{' '}
        <select
          data-testid="webmail-profile-select"
          value={choice}
          onChange={(e) => onChoose(e.currentTarget.value as WebmailChoice)}
        >
          <option value="auto">{t('profile_option_auto')}</option>
          {WEBMAIL_PROFILE_NAMES.map((n) => (
            <option key={n} value={n}>
              {WEBMAIL_PROFILES[n].displayName}
            </option>
          ))}
          <option value="none">{t('profile_option_none')}</option>
        </select>
      </label>
    </p>
  );
}
