// History, forecast and its 80 % band on a time axis, with day / week / all zoom buttons.
document.addEventListener("DOMContentLoaded", () => {
  const el = document.getElementById("forecast-chart");
  if (!el || !window.echarts) return;
  const data = JSON.parse(el.dataset.chart);
  const labels = el.dataset.labels.split("|");
  const chart = echarts.init(el);
  chart.setOption({
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { data: [labels[0], labels[1], labels[2]] },
    xAxis: { type: "time" },
    yAxis: { type: "value", name: labels[3] },
    dataZoom: [{ type: "slider", start: 0, end: 100 }, { type: "inside" }],
    series: [
      { name: labels[0], type: "line", showSymbol: false, data: data.history, lineStyle: { color: "#5b6877" } },
      { name: "lower", type: "line", showSymbol: false, stack: "band", data: data.lower, lineStyle: { opacity: 0 } },
      { name: labels[2], type: "line", showSymbol: false, stack: "band", data: data.band, lineStyle: { opacity: 0 },
        areaStyle: { color: "rgba(11, 110, 105, 0.18)" } },
      { name: labels[1], type: "line", showSymbol: false, data: data.forecast, lineStyle: { color: "#0b6e69" } },
    ],
  });
  const first = data.forecast.length ? Date.parse(data.forecast[0][0]) : Date.now();
  document.querySelectorAll("[data-zoom]").forEach((b) => b.addEventListener("click", () => {
    const span = { day: 864e5, week: 7 * 864e5 }[b.dataset.zoom];
    if (!span) chart.dispatchAction({ type: "dataZoom", start: 0, end: 100 });
    else chart.dispatchAction({ type: "dataZoom", startValue: first, endValue: first + span });
  }));
});
