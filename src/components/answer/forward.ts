// Forwards a retired answer address to its answer, keeping the #fragment; replace() keeps Back usable.
const link = document.querySelector<HTMLAnchorElement>('a[data-forward]');
if (link) location.replace(link.href + location.hash);
