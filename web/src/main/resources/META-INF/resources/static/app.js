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
