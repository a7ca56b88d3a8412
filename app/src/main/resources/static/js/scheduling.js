// Planning run page: best score over time (live by server-sent events while solving) and, per skill, agents
// scheduled against agents required. No inline scripts (CSP): data comes from data- attributes.
document.addEventListener("DOMContentLoaded", () => {
  if (!window.echarts) return;
  const progress = document.getElementById("progress-chart");
  if (progress) {
    const labels = progress.dataset.labels.split("|");
    const points = JSON.parse(progress.dataset.progress);
    const chart = echarts.init(progress);
    const draw = () => chart.setOption({
      animation: false,
      tooltip: { trigger: "axis" },
      legend: { data: [labels[0], labels[1]] },
      xAxis: { type: "value", name: labels[2], axisLabel: { formatter: (v) => (v / 1000).toFixed(0) } },
      yAxis: [{ type: "value", name: labels[1], scale: true }, { type: "value", name: labels[0], minInterval: 1 }],
      series: [
        { name: labels[1], type: "line", step: "end", showSymbol: false, data: points.map((p) => [p[0], p[2]]) },
        { name: labels[0], type: "line", step: "end", showSymbol: false, yAxisIndex: 1, data: points.map((p) => [p[0], p[1]]) },
      ],
    });
    draw();
    if (progress.dataset.events) {
      const source = new EventSource(progress.dataset.events);
      source.addEventListener("progress", (e) => {
        const p = JSON.parse(e.data);
        points.push([p.millis, p.hardScore, p.softScore]);
        draw();
      });
      source.addEventListener("done", () => {
        source.close();
        window.location.reload();
      });
    }
  }
  const coverage = document.getElementById("coverage-charts");
  if (coverage) {
    const labels = coverage.dataset.labels.split("|");
    JSON.parse(coverage.dataset.coverage).forEach((skill) => {
      const el = document.createElement("div");
      el.className = "chart short";
      coverage.appendChild(el);
      echarts.init(el).setOption({
        animation: false,
        title: { text: skill.skill, textStyle: { fontSize: 14 } },
        tooltip: { trigger: "axis" },
        legend: { data: [labels[0], labels[1]] },
        xAxis: { type: "time" },
        yAxis: { type: "value", name: labels[2], minInterval: 1 },
        dataZoom: [{ type: "inside" }],
        series: [
          { name: labels[0], type: "line", step: "end", showSymbol: false, data: skill.required, lineStyle: { color: "#b3261e" } },
          { name: labels[1], type: "line", step: "end", showSymbol: false, data: skill.scheduled,
            areaStyle: { color: "rgba(11, 110, 105, 0.18)" }, lineStyle: { color: "#0b6e69" } },
        ],
      });
    });
  }
});
