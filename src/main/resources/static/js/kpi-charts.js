// Charts of the KPI pages (echarts, served locally). Each chart reads its data from data-* attributes.
// Every chart also has its figures in a table on the page (screen readers, no-JS); the grid contains the axis
// labels so none is clipped, and charts follow the window's width (phones turned sideways).
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') { return; }
  var charts = [];
  function init(element) {
    var chart = echarts.init(element);
    charts.push(chart);
    return chart;
  }
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  var narrow = window.matchMedia('(max-width: 575.98px)').matches;
  var trend = document.getElementById('trend-chart');
  if (trend) {
    var data = JSON.parse(trend.dataset.trend);
    init(trend).setOption({
      tooltip: {trigger: 'axis'},
      legend: {data: [trend.dataset.onTime, trend.dataset.online]},
      grid: {containLabel: true, left: 8, right: 16, top: 40, bottom: 8},
      // every period up to the selected one is on the axis; one without dossiers is a gap (null), not dropped
      xAxis: {type: 'category', data: data.labels, axisLabel: {interval: narrow ? 'auto' : 0, rotate: 45}},
      yAxis: {type: 'value', min: 0, max: 100, axisLabel: {formatter: '{value}%'}},
      series: [
        {name: trend.dataset.onTime, type: 'line', data: data.onTime, connectNulls: false, showSymbol: true},
        {name: trend.dataset.online, type: 'line', data: data.online, connectNulls: false, showSymbol: true}
      ]
    });
  }
  var share = document.getElementById('share-chart');
  if (share) {
    var s = JSON.parse(share.dataset.trend);
    init(share).setOption({
      tooltip: {trigger: 'axis'},
      xAxis: {type: 'category', data: s.labels, axisLabel: {rotate: narrow ? 45 : 0}},
      yAxis: {type: 'value', min: 0, max: 100, axisLabel: {formatter: '{value}%'}},
      grid: {containLabel: true, left: 8, right: 40, top: 24, bottom: 8},
      // the bars are the table's values (percent, 0..100 on a fixed axis), labelled so they can be read exactly
      series: [{name: share.dataset.name, type: 'bar', data: s.share,
        label: {show: true, position: 'top', formatter: function (p) {
          return p.value == null ? '' : p.value.toLocaleString(document.documentElement.lang || undefined) + '%'; }},
        markLine: {data: [{yAxis: 50, name: '2025'}, {yAxis: 70, name: '2030'}]}}]
    });
  }
  var steps = document.getElementById('steps-chart');
  if (steps) {
    var st = JSON.parse(steps.dataset.steps);
    init(steps).setOption({
      tooltip: {trigger: 'axis'},
      legend: {data: [steps.dataset.waiting, steps.dataset.working]},
      grid: {containLabel: true, left: 8, right: 16, top: 40, bottom: 8},
      xAxis: {type: 'value'},
      // step names wrap within a third of the chart instead of running off its left edge
      yAxis: {type: 'category', data: st.labels,
        axisLabel: {width: Math.max(90, steps.clientWidth / 3), overflow: 'break'}},
      series: [
        {name: steps.dataset.waiting, type: 'bar', stack: 't', data: st.waiting},
        {name: steps.dataset.working, type: 'bar', stack: 't', data: st.working}
      ]
    });
  }
});
