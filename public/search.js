// Searches the module pages with Pagefind's index, which `npm run build` writes
// to /pagefind/. Results are written as text, never as HTML.
const form = document.getElementById('search-form');
const input = document.getElementById('search-input');
const statusLine = document.getElementById('search-status');
const list = document.getElementById('search-results');

let pagefind;
// Each search gets a number; a search that finishes after a newer one started
// is dropped, so fast typing never mixes results of old queries.
let latest = 0;

async function loadIndex() {
  if (pagefind) return pagefind;
  try {
    pagefind = await import('/pagefind/pagefind.js');
    return pagefind;
  } catch {
    statusLine.textContent = 'Search needs the built site: run npm run build, then npm run preview.';
    return undefined;
  }
}

function textOf(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.textContent ?? '';
}

async function run() {
  const ticket = ++latest;
  const query = input.value.trim();
  if (query === '') {
    list.replaceChildren();
    statusLine.textContent = '';
    return;
  }

  const index = await loadIndex();
  if (!index) return;
  const search = await index.search(query);
  const results = await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
  if (ticket !== latest) return;

  list.replaceChildren();

  statusLine.textContent =
    results.length === 0
      ? `No module mentions “${query}”.`
      : `${search.results.length} ${search.results.length === 1 ? 'module mentions' : 'modules mention'} “${query}”.`;
  for (const result of results) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    const excerpt = document.createElement('p');
    excerpt.textContent = textOf(result.excerpt);
    item.append(link, excerpt);
    list.append(item);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  run();
});
input.addEventListener('input', () => run());
