// The "/" shortcut to the search box, and the reader's choice to turn it off (WCAG 2.1.4: a one-character
// shortcut can fire by accident, from a speech-input command or a stray key). On by default, as on the sites a
// reader knows it from; the switch is on /search/ (./search-ui.ts). Stored in localStorage, never a cookie;
// where storage is blocked the shortcut stays on.
import { stored } from '../../lib/stored.ts';

const storageKey = 'huabei-kb:slash-key';

export const slashKeyOn = (): boolean => stored(storageKey) !== 'off';

export function setSlashKey(on: boolean): void {
  try {
    if (on) localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, 'off');
  } catch {
    // Blocked: the choice lasts until the page is left.
  }
}

/** Shows the switch of the search page (a checkbox in `setting`) and keeps the choice. */
export function mountSlashSetting(setting: HTMLElement): void {
  const box = setting.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
  box.checked = slashKeyOn();
  box.addEventListener('change', () => setSlashKey(box.checked));
  setting.hidden = false;
}
