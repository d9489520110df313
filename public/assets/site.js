// Progressive enhancement only; every page works without it.
//
// Side-by-side page (table[data-compare], with the exclusives in details[data-exclusives] after it):
//   - clicking or focusing a sentence ([data-claim][data-article]) gives it and every sentence of the same
//     claim the class "is-highlighted" (and no other element); Escape clears it;
//   - the filter buttons ([data-filter="all|shared|exclusive|article:<id>"]) hide claim rows ([data-row])
//     with the `hidden` attribute, unfold the rows they show (details[data-fold], the claims fewer than half
//     the outlets carry), open the exclusives they name and close the others, and update the count
//     ([data-rows-shown]);
//   - the order buttons ([data-order="coverage|prominence"]) put the rows in their first order, or most
//     prominently placed first ([data-prominence], lower is nearer the top of the articles).
(() => {
  var table = document.querySelector('table[data-compare]');
  if (!table) return;
  var main = document.querySelector('main') || document.body;
  highlighting(main);
  filtering(table, main);
})();

/** Clicking, focusing or pressing Enter on a sentence picks out its counterparts. */
function highlighting(main) {
  var sentences = Array.prototype.slice.call(main.querySelectorAll('[data-claim][data-article]'));
  var current = null;

  function highlight(claim) {
    if (claim === current) return;
    current = claim;
    sentences.forEach((el) => {
      var on = claim !== null && el.getAttribute('data-claim') === claim;
      el.classList.toggle('is-highlighted', on);
      if (on) el.setAttribute('aria-current', 'true');
      else el.removeAttribute('aria-current');
    });
  }

  function sentenceOf(target) {
    var el = target instanceof Element ? target.closest('[data-claim][data-article]') : null;
    return el && main.contains(el) ? el : null;
  }

  main.addEventListener('click', (event) => {
    var el = sentenceOf(event.target);
    if (el && !(event.target instanceof Element && event.target.closest('a'))) highlight(el.getAttribute('data-claim'));
  });
  main.addEventListener('focusin', (event) => {
    var el = sentenceOf(event.target);
    if (el) highlight(el.getAttribute('data-claim'));
  });
  main.addEventListener('keydown', (event) => {
    var el = sentenceOf(event.target);
    if (!el || event.target !== el) return;
    if (event.key === 'Escape') {
      highlight(null);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      highlight(el.getAttribute('data-claim'));
    }
  });
}

/** The filter and order buttons, shown only when this script runs. */
function filtering(table, main) {
  var rows = Array.prototype.slice.call(table.querySelectorAll('[data-row]'));
  var groups = Array.prototype.slice.call(main.querySelectorAll('details[data-exclusives]'));
  var bar = document.querySelector('[data-filters]');
  var buttons = bar ? Array.prototype.slice.call(bar.querySelectorAll('button[data-filter]')) : [];
  var orders = bar ? Array.prototype.slice.call(bar.querySelectorAll('button[data-order]')) : [];
  var shown = document.querySelector('[data-rows-shown]');
  if (!bar || buttons.length === 0) return;

  function keep(row, filter) {
    var share = row.getAttribute('data-share');
    if (filter === 'shared') return share !== 'one';
    if (filter === 'exclusive') return share === 'one';
    if (filter.indexOf('article:') === 0) {
      const article = filter.slice('article:'.length);
      return (row.getAttribute('data-carried-by') || '').split(' ').indexOf(article) !== -1;
    }
    return true;
  }

  function opens(group, filter) {
    if (filter === 'all' || filter === 'exclusive') return true;
    if (filter.indexOf('article:') === 0) return group.getAttribute('data-article') === filter.slice('article:'.length);
    return false;
  }

  function apply(filter) {
    var count = 0;
    rows.forEach((row) => {
      var visible = keep(row, filter);
      var fold = row.querySelector('details[data-fold]');
      row.hidden = !visible;
      if (fold) fold.open = visible;
      if (visible) count += 1;
    });
    groups.forEach((group) => {
      group.open = opens(group, filter);
      if (group.open) count += group.querySelectorAll('[data-claim], [data-unaligned]').length;
    });
    buttons.forEach((button) => {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-filter') === filter));
    });
    if (shown) shown.textContent = String(count);
    table.setAttribute('data-active-filter', filter);
  }

  function order(by) {
    var sorted = rows.slice();
    if (by === 'prominence') {
      sorted.sort(
        (a, b) =>
          Number(a.getAttribute('data-prominence')) - Number(b.getAttribute('data-prominence')) || rows.indexOf(a) - rows.indexOf(b),
      );
    }
    sorted.forEach((row) => {
      table.appendChild(row);
    });
    orders.forEach((button) => {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-order') === by));
    });
  }

  buttons.forEach((button) => {
    button.addEventListener('click', () => {
      apply(button.getAttribute('data-filter') || 'all');
    });
  });
  orders.forEach((button) => {
    button.addEventListener('click', () => {
      order(button.getAttribute('data-order') || 'coverage');
    });
  });
  bar.hidden = false;
}
