// The Network page's reach plot: uPlot draws the daily figures the server put in #reach-data (a JSON block, not
// executed). The same numbers are in the tables beside it, so without JavaScript nothing is lost.
(function () {
  var data = document.getElementById('reach-data');
  var box = document.getElementById('reach-plot');
  if (!data || !box || !window.uPlot) {
    return;
  }
  var reach = JSON.parse(data.textContent);
  var css = getComputedStyle(document.documentElement);
  function colour(name) {
    return css.getPropertyValue(name).trim();
  }
  function size() {
    return { width: Math.max(box.clientWidth, 280), height: 300 };
  }
  var options = size();
  // The days are UTC dates: label them as such wherever the browser is.
  options.tzDate = function (seconds) { return uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'); };
  options.legend = { show: false };
  options.cursor = { drag: { x: false, y: false } };
  // Counts start at 0; a single day gets three days either side (uPlot would give it 1000 days of seconds).
  var day = 86400;
  options.scales = { x: { time: true }, y: { range: function (u, min, max) { return [0, Math.max(max, 1) * 1.1]; } } };
  if (reach.days.length === 1) {
    options.scales.x.range = function () { return [reach.days[0] - 3 * day, reach.days[0] + 3 * day]; };
  }
  options.series = [
    {},
    { label: box.dataset.activeLabel, stroke: colour('--accent'), width: 2, points: { show: true } },
    { label: box.dataset.secondLabel, stroke: colour('--ok'), width: 2, dash: [6, 4], points: { show: true } }
  ];
  // Ticks a whole number of days apart: the figures are daily.
  options.axes = [
    { stroke: colour('--muted'), incrs: [day, 2 * day, 7 * day, 14 * day, 30 * day, 90 * day, 365 * day] },
    { stroke: colour('--muted') }
  ];
  var plot = new uPlot(options, [reach.days, reach.active, reach.secondDegree], box);
  window.addEventListener('resize', function () { plot.setSize(size()); });
})();
