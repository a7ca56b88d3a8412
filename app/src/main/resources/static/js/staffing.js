// Draws service level, abandonment, occupancy (%) and ASA (s) against the number of agents, from #chart's data.
function drawStaffingChart() {
  const el = document.getElementById("chart");
  if (!el || !window.echarts) return;
  const data = JSON.parse(el.dataset.chart);
  const labels = el.dataset.labels.split("|");
  const chart = echarts.getInstanceByDom(el) || echarts.init(el);
  chart.setOption({
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { data: labels.slice(0, 4) },
    xAxis: { type: "category", name: labels[4], data: data.agents },
    yAxis: [{ type: "value", name: "%", min: 0, max: 100 }, { type: "value", name: labels[5] }],
    series: [
      { name: labels[0], type: "line", data: data.serviceLevel },
      { name: labels[1], type: "line", data: data.abandonment },
      { name: labels[2], type: "line", data: data.occupancy },
      { name: labels[3], type: "line", yAxisIndex: 1, data: data.asa },
    ],
  }, true);
}
document.addEventListener("DOMContentLoaded", drawStaffingChart);
document.addEventListener("htmx:afterSwap", drawStaffingChart);
