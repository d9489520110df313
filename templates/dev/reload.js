// Served by `npm run dev` only: reload the page when the site has been rebuilt.
(function () {
  'use strict';
  if (typeof EventSource === 'undefined') return;
  var source = new EventSource('/__dev/events');
  source.addEventListener('reload', function () {
    window.location.reload();
  });
  source.addEventListener('build-error', function (event) {
    console.warn('[dev] the build failed; the page shows the last good build.\n' + event.data);
  });
})();
