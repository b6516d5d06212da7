// Charts of the KPI pages (echarts, served locally). Each chart reads its data from data-* attributes.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') { return; }
  var trend = document.getElementById('trend-chart');
  if (trend) {
    var data = JSON.parse(trend.dataset.trend);
    echarts.init(trend).setOption({
      tooltip: {trigger: 'axis'},
      legend: {data: [trend.dataset.onTime, trend.dataset.online]},
      // every period up to the selected one is on the axis; one without dossiers is a gap (null), not dropped
      xAxis: {type: 'category', data: data.labels, axisLabel: {interval: 0, rotate: 45}},
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
    echarts.init(share).setOption({
      tooltip: {trigger: 'axis'},
      xAxis: {type: 'category', data: s.labels},
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
    echarts.init(steps).setOption({
      tooltip: {trigger: 'axis'},
      legend: {data: [steps.dataset.waiting, steps.dataset.working]},
      xAxis: {type: 'value'},
      yAxis: {type: 'category', data: st.labels},
      series: [
        {name: steps.dataset.waiting, type: 'bar', stack: 't', data: st.waiting},
        {name: steps.dataset.working, type: 'bar', stack: 't', data: st.working}
      ]
    });
  }
});
