import type { Analysis } from '../lib/types';
import { WEBMAIL_PROFILE_NAMES, WEBMAIL_PROFILES, type WebmailChoice } from '../lib/webmail/profiles';

/** The line above a pasted message's result: which webmail's rules it was read with. */
export function profileLine(analysis: Analysis, choice: WebmailChoice): string {
  const used = analysis.meta.profile;
  if (used) {
    const name = WEBMAIL_PROFILES[used.name]?.displayName ?? used.name;
    return `Read as delivered by ${name} (${used.how === 'detected' ? 'detected' : 'your choice'})`;
  }
  return choice === 'auto'
    ? 'No webmail recognised in the topmost Received header: read with the general rules'
    : 'Read with the general rules (no webmail profile)';
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
        Read as:{' '}
        <select
          data-testid="webmail-profile-select"
          value={choice}
          onChange={(e) => onChoose(e.currentTarget.value as WebmailChoice)}
        >
          <option value="auto">Detect from the headers</option>
          {WEBMAIL_PROFILE_NAMES.map((n) => (
            <option key={n} value={n}>
              {WEBMAIL_PROFILES[n].displayName}
            </option>
          ))}
          <option value="none">No webmail (general rules)</option>
        </select>
      </label>
    </p>
  );
}
