// Served by `npm run dev` only: reload the page when the site has been rebuilt; while the last build
// failed, show its message over the page (as Vite and Eleventy do) until a build succeeds.
(function () {
  'use strict';
  if (typeof EventSource === 'undefined') return;
  var OVERLAY_ID = '__dev-build-error';
  var source = new EventSource('/__dev/events');
  source.addEventListener('reload', function () {
    window.location.reload();
  });
  source.addEventListener('build-error', function (event) {
    showError(String(event.data));
  });
  offerReferences();

  /** The overlay, made with DOM methods only: the message is text, never markup. */
  function showError(message) {
    var old = document.getElementById(OVERLAY_ID);
    if (old) old.remove();
    if (!document.getElementById(OVERLAY_ID + '-style')) {
      var link = document.createElement('link');
      link.id = OVERLAY_ID + '-style';
      link.rel = 'stylesheet';
      link.href = '/__dev/overlay.css';
      document.head.appendChild(link);
    }
    var overlay = element('div', { id: OVERLAY_ID, role: 'alertdialog', 'aria-labelledby': OVERLAY_ID + '-title', 'aria-describedby': OVERLAY_ID + '-message' });
    var box = element('div', { class: 'dev-error-box' });
    box.appendChild(element('h2', { id: OVERLAY_ID + '-title' }, 'The build failed'));
    // "path:line:column  what is wrong; what to do." — the position on a line of its own.
    var match = /^(\S+:\d+:\d+) {2}([\s\S]*)$/.exec(message);
    if (match) box.appendChild(element('p', { class: 'dev-error-where' }, match[1]));
    box.appendChild(element('pre', { id: OVERLAY_ID + '-message', class: 'dev-error-message' }, match ? match[2] : message));
    box.appendChild(element('p', { class: 'dev-error-note' }, 'Fix the file and save it: this message goes away when the next build succeeds. Underneath is the last good build.'));
    var close = element('button', { type: 'button', class: 'dev-error-close' }, 'Hide');
    close.addEventListener('click', function () {
      overlay.remove();
    });
    box.appendChild(close);
    overlay.appendChild(box);
    document.body.appendChild(overlay);
    close.focus();
    console.warn('[dev] the build failed; the page shows the last good build.\n' + message);
  }

  /**
   * On an article page, a sentence under the pointer offers its reference for corrections.yml,
   * "<article>: <first words>", with just enough words that no other sentence of the article starts so.
   */
  function offerReferences() {
    var article = /\/articles\/([^/]+)\.html$/.exec(window.location.pathname);
    var sentences = document.querySelectorAll('.article-body .s[id]');
    if (!article || sentences.length === 0) return;
    var texts = Array.prototype.map.call(sentences, sentenceText);
    var button = element('button', { type: 'button', class: 'dev-ref', hidden: '' }, 'Copy reference');
    var current = -1;
    document.body.appendChild(button);
    if (!document.getElementById(OVERLAY_ID + '-style')) {
      var link = element('link', { id: OVERLAY_ID + '-style', rel: 'stylesheet', href: '/__dev/overlay.css' });
      document.head.appendChild(link);
    }
    Array.prototype.forEach.call(sentences, function (sentence, index) {
      sentence.addEventListener('mouseenter', function () {
        current = index;
        var box = sentence.getBoundingClientRect();
        button.dataset.ref = article[1] + ': ' + firstWords(texts, index);
        button.textContent = 'Copy reference';
        button.style.top = window.scrollY + box.top - 26 + 'px';
        button.style.left = window.scrollX + box.left + 'px';
        button.hidden = false;
      });
    });
    button.addEventListener('click', function () {
      if (current < 0) return;
      var reference = button.dataset.ref;
      var done = function () {
        button.textContent = 'Copied: "' + reference + '"';
      };
      if (navigator.clipboard) navigator.clipboard.writeText('"' + reference + '"').then(done, done);
      else done();
    });
  }

  /** The sentence as published: without the speaker tags, claim links and marks the page adds. */
  function sentenceText(sentence) {
    var copy = sentence.cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll('.speaker, .claim-link, .edit-mark'), function (node) {
      // The space the page puts before a tag goes with it.
      var before = node.previousSibling;
      if (before && before.nodeType === 3 && /^\s*$/.test(before.textContent)) before.remove();
      node.remove();
    });
    return copy.textContent.replace(/\s+/g, ' ').trim();
  }

  /** At least four words, more until no other sentence starts with the same ones (compared as the build does). */
  function firstWords(texts, index) {
    var words = texts[index].split(' ');
    var plain = function (text) {
      return text.replace(/["'“”‘’«»„‚‹›]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
    };
    for (var count = Math.min(4, words.length); count <= words.length; count++) {
      var prefix = plain(words.slice(0, count).join(' '));
      var others = texts.filter(function (text, other) {
        return other !== index && plain(text).indexOf(prefix) === 0;
      });
      if (others.length === 0 || count === words.length) return words.slice(0, count).join(' ');
    }
    return texts[index];
  }

  function element(name, attributes, text) {
    var node = document.createElement(name);
    for (var key in attributes) node.setAttribute(key, attributes[key]);
    if (text !== undefined) node.textContent = text;
    return node;
  }
})();
