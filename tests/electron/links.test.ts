import { describe, expect, it, vi } from 'vitest';
import { createExternalLinkOpener, createUserActivation, isSafeExternalUrl, USER_ACTIVATION_MS } from '../../electron/links';

describe('isSafeExternalUrl', () => {
  it.each(['https://kemensos.go.id/', 'http://dinsos.semarangkota.go.id/layanan?x=1', 'https://siks.kemensos.go.id/#/masuk'])(
    'lets %s open in the system browser',
    (url) => expect(isSafeExternalUrl(url)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'file:///etc/passwd',
    'file:///C:/Windows/System32/calc.exe',
    'file://server/share/setup.exe',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://pendamping/0f1e',
    'app://pendamping/index.html',
    'vbscript:msgbox(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=invoice&crumb=location:\\\\evil\\share',
    'mailto:ani@example.org',
    'ftp://example.org/file',
    'https://user:pass@example.org/',
    '//example.org/',
    '',
    'not a url',
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));
});

describe('user activation', () => {
  it('counts a mouse press, a tap and a fresh Enter; not movement, typing, Space or a held key', () => {
    const a = createUserActivation(() => 0);
    for (const type of ['mouseMove', 'mouseUp', 'mouseWheel', 'mouseEnter', 'keyDown', 'char', 'contextMenu']) a.notePointer({ type });
    a.noteKey({ type: 'keyDown', key: 'a' });
    a.noteKey({ type: 'keyDown', key: ' ' });
    a.noteKey({ type: 'keyUp', key: 'Enter' });
    a.noteKey({ type: 'keyDown', key: 'Enter', isAutoRepeat: true });
    expect(a.consume()).toBe(false);

    for (const pointer of ['mouseDown', 'gestureTap', 'touchEnd']) {
      a.notePointer({ type: pointer });
      expect(a.consume(), pointer).toBe(true);
    }
    a.noteKey({ type: 'keyDown', key: 'Enter' });
    expect(a.consume()).toBe(true);
  });

  it('is used up by one link', () => {
    const a = createUserActivation(() => 0);
    a.notePointer({ type: 'mouseDown' });
    expect(a.consume()).toBe(true);
    expect(a.consume()).toBe(false);
  });

  it('expires after the activation window', () => {
    let now = 10_000;
    const a = createUserActivation(() => now);
    a.notePointer({ type: 'mouseDown' });
    now += USER_ACTIVATION_MS;
    expect(a.consume()).toBe(true);
    a.notePointer({ type: 'mouseDown' });
    now += USER_ACTIVATION_MS + 1;
    expect(a.consume()).toBe(false);
  });

  it('does not trust a clock that went backwards', () => {
    let now = 10_000;
    const a = createUserActivation(() => now);
    a.notePointer({ type: 'mouseDown' });
    now -= 1;
    expect(a.consume()).toBe(false);
  });
});

describe('external link opener (the only caller of shell.openExternal)', () => {
  const setup = () => {
    const openExternal = vi.fn();
    const activation = createUserActivation(() => 0);
    return { openExternal, activation, open: createExternalLinkOpener({ openExternal, activation }) };
  };

  it('opens a web link the user just clicked, once', () => {
    const s = setup();
    s.activation.notePointer({ type: 'mouseDown' });
    expect(s.open('https://kemensos.go.id/')).toBe(true);
    expect(s.open('https://kemensos.go.id/')).toBe(false);
    expect(s.openExternal.mock.calls).toEqual([['https://kemensos.go.id/']]);
  });

  it('opens nothing that the page asks for without a click', () => {
    const s = setup();
    expect(s.open('https://kemensos.go.id/')).toBe(false);
    expect(s.openExternal).not.toHaveBeenCalled();
  });

  it('opens no other scheme after a click, and the refused link does not use the click up', () => {
    const s = setup();
    s.activation.notePointer({ type: 'mouseDown' });
    expect(s.open('file:///C:/Windows/System32/calc.exe')).toBe(false);
    expect(s.open('smb://server/share')).toBe(false);
    expect(s.openExternal).not.toHaveBeenCalled();
    expect(s.open('https://kemensos.go.id/')).toBe(true);
  });

  it('stays quiet when the system has no browser (openExternal rejects or throws)', async () => {
    const activation = createUserActivation(() => 0);
    const rejecting = createExternalLinkOpener({ openExternal: () => Promise.reject(new Error('no browser')), activation });
    activation.notePointer({ type: 'mouseDown' });
    expect(rejecting('https://kemensos.go.id/')).toBe(true);
    const throwing = createExternalLinkOpener({
      openExternal: () => {
        throw new Error('no browser');
      },
      activation,
    });
    activation.notePointer({ type: 'mouseDown' });
    expect(throwing('https://kemensos.go.id/')).toBe(true);
    await new Promise((r) => setImmediate(r)); // an unhandled rejection would fail the run here
  });
});
