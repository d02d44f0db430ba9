// The 404 page's script: when the address was an answer link mangled on its way (src/lib/mangled-link.ts), it
// shows the answers that link can stand for, as plain links, and says why. The ids and titles come from the
// page's list of every answer (each link's href, and its retired ids in data-aliases), so the Traditional twin
// offers Traditional titles; a site too large for that list asks the host whether the id's page exists. The
// site's home paths come from the page (data-roots): importing them would make a chunk that the page script of
// every page shares, one more request on each.
import { idPartOf, idsMatching, rootOf } from '../../lib/mangled-link.ts';

const found = document.getElementById('found_answers');
const roots = found?.dataset.roots?.split(' ') ?? [];
const idPart = idPartOf(location.pathname, roots);

function show(links: HTMLAnchorElement[]): void {
  if (!found || links.length === 0) return;
  // The first message for one answer, the second for several.
  found.querySelectorAll('p')[links.length > 1 ? 1 : 0]!.hidden = false;
  found.querySelector('ul')!.append(...links.map(listItem));
  found.hidden = false;
}

function listItem(link: HTMLAnchorElement): HTMLLIElement {
  const item = document.createElement('li');
  item.append(link);
  return item;
}

if (found && idPart) {
  const answers = new Map<string, HTMLAnchorElement>();
  const listed = document.querySelectorAll<HTMLAnchorElement>('#all_answers a');
  for (const link of listed) {
    const id = /\/a\/([^/]+)\/$/.exec(link.pathname)?.[1];
    for (const key of [id, ...(link.dataset.aliases?.split(' ') ?? [])]) if (key) answers.set(key, link);
  }
  if (listed.length > 0) {
    show([...new Set(idsMatching(idPart, [...answers.keys()]).map((id) => answers.get(id)!))].map((link) => link.cloneNode(true) as HTMLAnchorElement));
  } else {
    const path = `${rootOf(location.pathname, roots) ?? roots[0]}a/${idPart}/`;
    fetch(path, { method: 'HEAD' }).then((response) => {
      if (response.ok) show([Object.assign(document.createElement('a'), { href: path, textContent: path })]);
    }, () => {});
  }
}
