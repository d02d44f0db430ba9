// Copy-link buttons: shown only where the Clipboard API exists (JavaScript on, HTTPS or localhost); elsewhere the
// anchor link beside each button is the way to share. A click copies the answer's absolute URL and says so.
const statusLine = document.getElementById('copy_status');
let clearTimer: ReturnType<typeof setTimeout> | undefined;

function announce(message: string): void {
  if (!statusLine) return;
  // Empty first, so that the same message twice in a row is announced twice.
  statusLine.textContent = '';
  clearTimeout(clearTimer);
  setTimeout(() => (statusLine.textContent = message), 50);
  clearTimer = setTimeout(() => (statusLine.textContent = ''), 4000);
}

if (navigator.clipboard) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-url]')) button.style.visibility = 'visible';
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy-url]');
    if (!button?.dataset.copyUrl) return;
    try {
      await navigator.clipboard.writeText(button.dataset.copyUrl);
      announce('已复制链接');
    } catch {
      announce('复制失败，请长按旁边的 # 链接复制');
    }
  });
}
