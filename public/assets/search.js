// The search page (search.html): Pagefind's browser API over the index in pagefind/ beside this folder.
// Results are built as DOM nodes from text: an excerpt's <mark> tags are the only markup kept, so nothing
// of an article's words can become markup here.
(() => {
  var form = document.querySelector('[data-search]');
  if (!form) return;
  var input = form.querySelector('[data-search-input]');
  var selects = Array.prototype.slice.call(form.querySelectorAll('[data-search-filter]'));
  var status = document.querySelector('[data-search-status]');
  var list = document.querySelector('[data-search-results]');
  var base = new URL('..', document.currentScript ? document.currentScript.src : location.href).href;
  var engine = null;
  var MAX_RESULTS = 30;
  var BATCH = 10;

  function load() {
    engine = engine || import(base + 'pagefind/pagefind.js').then((pagefind) => pagefind.options({ baseUrl: '/' }).then(() => pagefind));
    return engine;
  }

  /** The excerpt's text, with its <mark> elements kept as <mark> and everything else as plain text. */
  function excerptNodes(html) {
    var template = document.createElement('template');
    template.innerHTML = html;
    var out = document.createDocumentFragment();
    template.content.childNodes.forEach((node) => {
      if (node.nodeName === 'MARK') {
        const mark = document.createElement('mark');
        mark.textContent = node.textContent;
        out.appendChild(mark);
      } else {
        out.appendChild(document.createTextNode(node.textContent || ''));
      }
    });
    return out;
  }

  /** Whether a result's metadata has every chosen filter value (outlets and speakers are one per line). */
  function passes(data, filters) {
    return Object.keys(filters).every((name) => {
      var values = (data.meta?.[name] || '').split('\n');
      return values.indexOf(filters[name]) !== -1;
    });
  }

  /** Results' data in batches, keeping those that pass the filters, until enough are kept. */
  function collect(results, filters, kept, from) {
    if (kept.length >= MAX_RESULTS || from >= results.length) return Promise.resolve(kept);
    var batch = results.slice(from, from + BATCH);
    return Promise.all(batch.map((result) => result.data())).then((data) => {
      data.forEach((d) => {
        if (kept.length < MAX_RESULTS && passes(d, filters)) kept.push(d);
      });
      return collect(results, filters, kept, from + BATCH);
    });
  }

  function show(results, query) {
    list.textContent = '';
    results.forEach((data) => {
      var item = document.createElement('li');
      item.className = 'search-result';
      var link = document.createElement('a');
      // Relative to the site root, which is one folder up from this script.
      link.href = base + data.url.replace(/^\//, '');
      link.textContent = data.meta?.title || data.url;
      var heading = document.createElement('h2');
      heading.appendChild(link);
      var excerpt = document.createElement('p');
      excerpt.appendChild(excerptNodes(data.excerpt || ''));
      item.appendChild(heading);
      item.appendChild(excerpt);
      list.appendChild(item);
    });
    status.textContent = results.length
      ? results.length + ' result' + (results.length === 1 ? '' : 's') + ' for “' + query + '”.'
      : 'Nothing found for “' + query + '”.';
  }

  function run() {
    var query = input.value.trim();
    var filters = {};
    selects.forEach((select) => {
      if (select.value) filters[select.getAttribute('data-search-filter')] = select.value;
    });
    if (!query) {
      status.textContent = 'Type a few words to search.';
      list.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    load()
      .then((pagefind) => pagefind.search(query))
      .then((search) => collect(search.results, filters, [], 0))
      .then((results) => {
        show(results, query);
      })
      .catch(() => {
        status.textContent = 'Search is not available here (it needs the site served over http, not opened from disk).';
      });
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  selects.forEach((select) => {
    select.addEventListener('change', run);
  });
  form.hidden = false;
})();
