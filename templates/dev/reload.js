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

  function element(name, attributes, text) {
    var node = document.createElement(name);
    for (var key in attributes) node.setAttribute(key, attributes[key]);
    if (text !== undefined) node.textContent = text;
    return node;
  }
})();
