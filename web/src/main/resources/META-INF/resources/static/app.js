// Jejaring's own script: no inline script anywhere (the Content-Security-Policy forbids it).
// The owner's time zone defaults to the browser's: remember it for the server, which writes every date.
(function () {
  if (!document.cookie.split('; ').some(function (c) { return c.indexOf('jejaring-tz=') === 0; })) {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) {
      document.cookie = 'jejaring-tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; samesite=lax';
    }
  }
})();

// A page that follows the live updates says when it is connected (and when it is not), on <body data-live>.
document.addEventListener('htmx:sseOpen', function () { document.body.setAttribute('data-live', 'open'); });
document.addEventListener('htmx:sseError', function () { document.body.setAttribute('data-live', 'lost'); });
