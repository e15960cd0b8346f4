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
  // A single day still gets a day either side; counts start at 0.
  options.scales = {
    x: { time: true, range: function (u, min, max) { return min === max ? [min - 86400, max + 86400] : [min, max]; } },
    y: { range: function (u, min, max) { return [0, Math.max(max, 1) * 1.1]; } }
  };
  options.series = [
    {},
    { label: box.dataset.activeLabel, stroke: colour('--accent'), width: 2, points: { show: true } },
    { label: box.dataset.secondLabel, stroke: colour('--ok'), width: 2, dash: [6, 4], points: { show: true } }
  ];
  options.axes = [{ stroke: colour('--muted') }, { stroke: colour('--muted') }];
  var plot = new uPlot(options, [reach.days, reach.active, reach.secondDegree], box);
  window.addEventListener('resize', function () { plot.setSize(size()); });
})();
