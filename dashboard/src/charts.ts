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
import { locale } from "./i18n";

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

/** An axis number in the reader's locale: «12», «1 500», and «4 млрд» for large amounts. */
export function axisNumber(value: number): string {
  const compact = Math.abs(value) >= 1_000_000;
  return new Intl.NumberFormat(locale(), compact ? { notation: "compact" } : {}).format(value);
}

/** Bars per category, one series per measure; a null value is left out, not drawn as zero. */
export function barOption(
  categories: string[],
  series: { name: string; values: (number | null)[] }[],
  options: { horizontal?: boolean; stack?: boolean; integer?: boolean; rotate?: number } = {},
): echarts.EChartsCoreOption {
  const categoryAxis = {
    type: "category",
    data: categories,
    axisLabel: { interval: 0, rotate: options.rotate ?? 0 },
  };
  const valueAxis = {
    type: "value",
    minInterval: options.integer ? 1 : undefined,
    axisLabel: { formatter: axisNumber },
  };
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

/**
 * One small chart per measure, side by side, each with its own value axis: counts of a few
 * dozen are not flattened beside 250,000 organisations or 4,000,000,000 roubles. A click on a
 * bar calls `onClick` with the category's index.
 */
export function smallMultiples(
  categories: string[],
  measures: { name: string; values: (number | null)[]; money?: boolean }[],
  onClick?: (name: string, dataIndex: number) => void,
  options: { horizontal?: boolean; height?: number } = {},
): HTMLElement {
  return h(
    "div",
    { class: "charts" },
    ...measures.map((measure) => {
      const option = barOption(categories, [measure], {
        horizontal: options.horizontal,
        integer: !measure.money,
        // Short names side by side under narrow bars: slanted, so they never overlap.
        rotate: options.horizontal ? 0 : 45,
      });
      return chart(measure.name, option, onClick, options.height ?? 240);
    }),
  );
}
