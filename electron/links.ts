/**
 * Links that leave the app (Electron security checklist item 15: `shell.openExternal` never
 * with untrusted content). A URL reaches the system browser only when
 *   1. it is a plain web address (http/https, a host, no user:password), and
 *   2. the user has just pressed the mouse or Enter in that page — a link they followed.
 * A page script alone (an injected note, a timer) can therefore not make the app open
 * anything, even a web page. Imports nothing from Electron, so it is tested in plain Node
 * (tests/electron/links.test.ts); window.ts wires it to each WebContents.
 */

/** How long a press counts as the user's intent; the same window as Chromium's transient user activation. */
export const USER_ACTIVATION_MS = 5_000;

/** Only plain web links may leave the app, and only to the system browser. */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '' && !parsed.username && !parsed.password;
}

/** What the `input-event` WebContents event carries (Electron's InputEvent). */
export interface PointerInputLike {
  type: string;
}

/** What the `before-input-event` WebContents event carries (Electron's Input). */
export interface KeyInputLike {
  type: string;
  key: string;
  isAutoRepeat?: boolean;
}

/** Input types that mean "the user pressed something": a mouse button, a tap. */
const POINTER_ACTIVATION = new Set(['mouseDown', 'gestureTap', 'touchEnd']);

export interface UserActivation {
  /** From `input-event`: remembers a mouse press or tap. */
  notePointer(input: PointerInputLike): void;
  /** From `before-input-event`: remembers Enter, the key that follows a focused link. */
  noteKey(input: KeyInputLike): void;
  /** True once per press, and only within USER_ACTIVATION_MS of it. */
  consume(): boolean;
}

/** One per WebContents: the last time its user pressed something that can follow a link. */
export function createUserActivation(now: () => number = Date.now): UserActivation {
  let pressedAt: number | null = null;
  return {
    notePointer(input) {
      if (POINTER_ACTIVATION.has(input.type)) pressedAt = now();
    },
    noteKey(input) {
      // Typing in a form (letters, Space, a held key) does not count: only a fresh Enter.
      if (input.type === 'keyDown' && input.key === 'Enter' && !input.isAutoRepeat) pressedAt = now();
    },
    consume() {
      const at = pressedAt;
      pressedAt = null; // one press opens at most one link
      if (at === null) return false;
      const elapsed = now() - at;
      return elapsed >= 0 && elapsed <= USER_ACTIVATION_MS;
    },
  };
}

export type OpenExternal = (url: string) => unknown;

/**
 * The only way the app hands a URL to `shell.openExternal`. Returns whether it did. The
 * press is consumed only by a link that may leave, so a refused `file:` link does not use
 * up the user's click.
 */
export function createExternalLinkOpener(opts: { openExternal: OpenExternal; activation: UserActivation }) {
  return (url: string): boolean => {
    if (!isSafeExternalUrl(url)) return false;
    if (!opts.activation.consume()) return false;
    try {
      // openExternal rejects when no browser is installed; nothing in the app waits for it.
      void Promise.resolve(opts.openExternal(url)).catch(() => {});
    } catch {
      // The same failure, thrown instead of rejected: the page simply stays as it is.
    }
    return true;
  };
}
