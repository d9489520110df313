// Progressive enhancement only; every page works without it.
//
// Side-by-side page (table[data-compare]):
//   - clicking or focusing a sentence ([data-claim][data-article]) gives it and every sentence of the same
//     claim the class "is-highlighted" (and no other element); Escape clears it;
//   - the filter buttons ([data-filter="all|shared|exclusive|article:<id>"]) hide rows ([data-row]) with
//     the `hidden` attribute and update the row count ([data-rows-shown]).
(function () {
  'use strict';

  var table = document.querySelector('table[data-compare]');
  if (!table) return;

  var sentences = Array.prototype.slice.call(table.querySelectorAll('[data-claim][data-article]'));
  var rows = Array.prototype.slice.call(table.querySelectorAll('tr[data-row]'));
  var current = null;

  function highlight(claim) {
    if (claim === current) return;
    current = claim;
    sentences.forEach(function (el) {
      var on = claim !== null && el.getAttribute('data-claim') === claim;
      el.classList.toggle('is-highlighted', on);
      if (on) el.setAttribute('aria-current', 'true');
      else el.removeAttribute('aria-current');
    });
  }

  function sentenceOf(target) {
    var el = target instanceof Element ? target.closest('[data-claim][data-article]') : null;
    return el && table.contains(el) ? el : null;
  }

  table.addEventListener('click', function (event) {
    var el = sentenceOf(event.target);
    if (el) highlight(el.getAttribute('data-claim'));
  });
  table.addEventListener('focusin', function (event) {
    var el = sentenceOf(event.target);
    if (el) highlight(el.getAttribute('data-claim'));
  });
  table.addEventListener('keydown', function (event) {
    var el = sentenceOf(event.target);
    if (!el) return;
    if (event.key === 'Escape') {
      highlight(null);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      highlight(el.getAttribute('data-claim'));
    }
  });

  // ── filters ────────────────────────────────────────────────────────────
  var bar = document.querySelector('[data-filters]');
  var buttons = bar ? Array.prototype.slice.call(bar.querySelectorAll('button[data-filter]')) : [];
  var shown = document.querySelector('[data-rows-shown]');
  if (!bar || buttons.length === 0) return;

  function keep(row, filter) {
    var share = row.getAttribute('data-share');
    if (filter === 'shared') return share !== 'one';
    if (filter === 'exclusive') return share === 'one';
    if (filter.indexOf('article:') === 0) {
      var article = filter.slice('article:'.length);
      return (row.getAttribute('data-carried-by') || '').split(' ').indexOf(article) !== -1;
    }
    return true;
  }

  function apply(filter) {
    var count = 0;
    rows.forEach(function (row) {
      var visible = keep(row, filter);
      row.hidden = !visible;
      if (visible) count += 1;
    });
    buttons.forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-filter') === filter));
    });
    if (shown) shown.textContent = String(count);
    table.setAttribute('data-active-filter', filter);
  }

  buttons.forEach(function (button) {
    button.addEventListener('click', function () {
      apply(button.getAttribute('data-filter') || 'all');
    });
  });
  bar.hidden = false;
})();
