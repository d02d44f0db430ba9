// Marks the table-of-contents entry of the section being read: the last listed heading above the reading line.
// Deeper sections that are not listed fall under the entry before them.
const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
const targets = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
let current: HTMLAnchorElement | undefined;
let queued = false;

function mark(): void {
  queued = false;
  const line = Math.min(window.innerHeight / 3, 160);
  let index = -1;
  targets.forEach((target, i) => {
    if (target && target.getBoundingClientRect().top <= line) index = i;
  });
  const link = links[index];
  if (link === current) return;
  current?.removeAttribute('aria-current');
  link?.setAttribute('aria-current', 'true');
  current = link;
}

if (links.length > 0) {
  window.addEventListener('scroll', () => {
    if (!queued) requestAnimationFrame(mark);
    queued = true;
  }, { passive: true });
  mark();
}
