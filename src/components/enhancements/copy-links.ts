// Copy-link buttons: made by this script (from the page's <template id="copy_link">, whose text the Traditional
// twin has converted), and only where the Clipboard API exists (JavaScript on, HTTPS or localhost); elsewhere
// the anchor link beside each answer heading is the way to share. A button copies the absolute URL of the
// answer's own page in the variant being read (/a/<id>/ or /zh-hant/a/<id>/) on the origin the reader is on,
// not the build's SITE_URL: a site served from any host copies links that work there. It says so, or, when the
// copy fails, where to copy the link by hand: the anchor link beside the heading, or, for an answer page's own
// answer (whose heading has no link to itself), the address bar.

const [button, copied, failed, failedOnItsPage] = document.querySelector<HTMLTemplateElement>('#copy_link')?.content.children ?? [];
const statusLine = document.getElementById('copy_status');
let clearTimer: ReturnType<typeof setTimeout> | undefined;

function announce(message: string | null | undefined): void {
  if (!statusLine) return;
  // Empty first, so that the same message twice in a row is announced twice.
  statusLine.textContent = '';
  clearTimeout(clearTimer);
  setTimeout(() => (statusLine.textContent = message ?? ''), 50);
  clearTimer = setTimeout(() => (statusLine.textContent = ''), 4000);
}

// The header's site name links to the home page of the variant being read (/ or /zh-hant/, under the base path),
// on the origin the reader is on: answer pages are under it.
const home = document.querySelector<HTMLAnchorElement>('a.site-name')?.href;

if (navigator.clipboard && button && home) {
  // Each answer heading is followed by its tools (src/components/answer/AnswerHeading.astro); the heading
  // describes the button, which says whose link it copies.
  for (const tools of document.querySelectorAll('.answer-heading > .heading-tools')) {
    const id = tools.previousElementSibling?.id;
    if (!id) continue;
    const copy = button.cloneNode(true) as Element;
    copy.setAttribute('aria-describedby', id);
    tools.append(copy);
  }
  document.addEventListener('click', async (event) => {
    const clicked = (event.target as Element | null)?.closest('button.copy-link');
    const id = clicked?.getAttribute('aria-describedby');
    if (!id) return;
    try {
      await navigator.clipboard.writeText(new URL(`a/${id}/`, home).href);
      announce(copied?.textContent);
    } catch {
      announce((clicked!.parentElement!.querySelector('.anchor-link') ? failed : failedOnItsPage)?.textContent);
    }
  });
}
