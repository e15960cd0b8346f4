// A person's page: uPlot draws the tie strength over time that the server put in #strength-data (a JSON block,
// not executed). The same numbers are in the sentence and the table beside it, so without JavaScript nothing is lost.
(function () {
  var data = document.getElementById('strength-data');
  var box = document.getElementById('strength-plot');
  if (!data || !box || !window.uPlot) {
    return;
  }
  var history = JSON.parse(data.textContent);
  var css = getComputedStyle(document.documentElement);
  function colour(name) {
    return css.getPropertyValue(name).trim();
  }
  function size() {
    return { width: Math.max(box.clientWidth, 280), height: 240 };
  }
  var day = 86400;
  var options = size();
  // The days are UTC dates: label them as such wherever the browser is.
  options.tzDate = function (seconds) { return uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'); };
  options.legend = { show: false };
  options.cursor = { drag: { x: false, y: false } };
  // Strength starts at 0; a relationship with none still gets an axis up to 1.
  options.scales = { x: { time: true }, y: { range: function (u, min, max) { return [0, Math.max(max, 1) * 1.1]; } } };
  options.series = [
    {},
    { label: box.dataset.label, stroke: colour('--accent'), width: 2, points: { show: false } }
  ];
  options.axes = [
    { stroke: colour('--muted'), incrs: [day, 2 * day, 7 * day, 14 * day, 30 * day, 90 * day, 365 * day] },
    { stroke: colour('--muted') }
  ];
  var plot = new uPlot(options, [history.days, history.strength], box);
  window.addEventListener('resize', function () { plot.setSize(size()); });
})();
