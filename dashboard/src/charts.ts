import { BarChart, ScatterChart } from "echarts/charts";
import {
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { h } from "./dom";

// Only the parts of ECharts the views use are bundled. The SVG renderer keeps labels as text in
// the page, readable by assistive technology and by the browser tests.
echarts.use([
  BarChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

const open: echarts.ECharts[] = [];
window.addEventListener("resize", () => open.forEach((chart) => chart.resize()));

/** Disposes the charts of the previous view. */
export function disposeCharts(): void {
  while (open.length) open.pop()!.dispose();
}

/** A chart container; the chart is drawn once the container is in the page and has a size. */
export function chart(
  label: string,
  option: echarts.EChartsCoreOption,
  onClick?: (name: string, dataIndex: number) => void,
  height = 320,
): HTMLElement {
  const container = h("div", { class: "chart", role: "img", "aria-label": label });
  container.style.height = `${height}px`;
  requestAnimationFrame(() => {
    const instance = echarts.init(container, undefined, { renderer: "svg" });
    instance.setOption({ animation: false, ...option });
    if (onClick) {
      instance.on("click", (params) => onClick(String(params.name), params.dataIndex));
    }
    open.push(instance);
  });
  return container;
}

/** Bars per category, one series per measure; a null value is left out, not drawn as zero. */
export function barOption(
  categories: string[],
  series: { name: string; values: (number | null)[] }[],
  options: { horizontal?: boolean; stack?: boolean } = {},
): echarts.EChartsCoreOption {
  const categoryAxis = { type: "category", data: categories, axisLabel: { interval: 0 } };
  const valueAxis = { type: "value" };
  return {
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: options.horizontal ? valueAxis : categoryAxis,
    yAxis: options.horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: series.map((each) => ({
      name: each.name,
      type: "bar",
      stack: options.stack ? "total" : undefined,
      data: each.values.map((value) => (value === null ? "-" : value)),
    })),
  };
}
