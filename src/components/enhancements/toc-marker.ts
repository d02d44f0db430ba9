// Marks the table-of-contents entry of the section being read: the last listed heading above the reading line.
// The list has every answer; the opening of an article, before its first answer, marks the entry before it.
// Answer ids are ASCII (src/schemas/answer-id.ts): a link's hash is the id as written.
const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a')];
let current: HTMLAnchorElement | undefined;
let queued = false;

function mark(): void {
  queued = false;
  const line = Math.min(innerHeight / 3, 160);
  const link = links.findLast((l) => (document.getElementById(l.hash.slice(1))?.getBoundingClientRect().top ?? line + 1) <= line);
  if (link === current) return;
  current?.removeAttribute('aria-current');
  link?.setAttribute('aria-current', 'true');
  current = link;
}

if (links.length > 0) {
  addEventListener('scroll', () => {
    if (!queued) requestAnimationFrame(mark);
    queued = true;
  }, { passive: true });
  mark();
}
