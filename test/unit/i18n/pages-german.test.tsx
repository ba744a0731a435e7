// @vitest-environment happy-dom
// A German reader: the popup's state texts, the inspector's form and its empty-paste error and the
// note on a cut header value come out in German (the English texts are asserted in components/).
import { afterEach, describe, expect, it } from 'vitest';
import { visibleText } from '../../../components/format';
import { InspectorApp } from '../../../components/InspectorApp';
import { idleStatus, StatePanel } from '../../../components/StatePanel';
import { setLanguage } from '../../../lib/i18n';
import { mount, unmountAll, until } from '../components/render';

afterEach(async () => {
  await unmountAll();
});

describe('German pages', () => {
  it('state panel: idle line, loading, unsupported and error texts', async () => {
    setLanguage('de');
    expect(idleStatus()).toBe('Öffne eine E-Mail, um ihren Absender zu prüfen');
    const loading = await mount(
      <StatePanel
        state={{ kind: 'loading', site: 'gmail', messageId: 'm' }}
        inspectorHref="/inspector.html"
      />,
    );
    expect(loading.textContent).toBe('Diese Nachricht in Gmail wird geprüft…');
    const un = await mount(<StatePanel state={{ kind: 'unsupported' }} inspectorHref="/inspector.html" />);
    expect(un.querySelector('[data-testid="popup-status"]')?.textContent).toBe(idleStatus());
    expect(un.textContent).toContain('Diese Seite gehört zu keinem unterstützten Webmail');
    expect(un.querySelector('[data-testid="inspector-link"]')?.textContent).toBe(
      'füge die Kopfzeilen der Nachricht in den Inspektor ein',
    );
    const err = await mount(
      <StatePanel
        state={{ kind: 'error', site: 'outlook', messageId: 'm', reason: 'x' }}
        inspectorHref="/inspector.html"
      />,
    );
    expect(err.textContent).toContain('HeaderLens konnte diese Nachricht nicht lesen.');
    expect(err.querySelector('[data-testid="inspector-link"]')?.textContent).toBe('Stattdessen einfügen');
  });

  it('inspector: heading, button and the empty-paste error', async () => {
    setLanguage('de');
    history.replaceState(null, '', '/inspector.html');
    const root = await mount(<InspectorApp />);
    expect(root.querySelector('h1')?.textContent).toBe('HeaderLens-Inspektor');
    const button = root.querySelector<HTMLButtonElement>('[data-testid="analyze"]')!;
    expect(button.textContent).toBe('Absender prüfen');
    button.click();
    await until(() =>
      expect(root.querySelector('[data-testid="inspector-error"]')?.textContent).toBe(
        'Füge zuerst den Quelltext der Nachricht oder ihre Kopfzeilen ein.',
      ),
    );
  });

  it('a cut value says how much is hidden, the number written the German way', () => {
    setLanguage('de');
    expect(visibleText('a'.repeat(1501), 0)).toBe('… (1.501 weitere Zeichen)');
    expect(visibleText('ab', 1)).toBe('a… (1 weiteres Zeichen)');
  });
});
