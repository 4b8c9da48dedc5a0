import { chart } from "../charts";
import { formatEventDates, wallClock, type DatePrecision } from "../format";
import { locale, t } from "../i18n";

export interface TimelineEvent {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string | null;
  datePrecision: DatePrecision;
}

const DAY = 86_400_000;

/** ECharts writes tooltips as HTML: the graph's text goes in escaped. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function shorten(text: string, length = 42): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/**
 * A tick's label, by the boundary ECharts put it on: a year («2021»), a month («нояб. 2021») or
 * a day («16 нояб.»). Ticks are whole days apart (minInterval), so no two read the same.
 */
function tickLabel(value: number): string {
  const date = new Date(value);
  const utc = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale(), { timeZone: "UTC", ...options }).format(date);
  if (date.getUTCMonth() === 0 && date.getUTCDate() === 1) return utc({ year: "numeric" });
  if (date.getUTCDate() === 1) return utc({ month: "short", year: "numeric" });
  return utc({ day: "numeric", month: "short" });
}

/** The short date beside an event's point: «16–17 нояб.», «март 2025 г.», «2016 г.». */
function pointLabel(event: TimelineEvent, timeZone: string): string {
  if (event.datePrecision !== "DAY")
    return formatEventDates(event.startsAt, null, timeZone, event.datePrecision);
  const format = new Intl.DateTimeFormat(locale(), { timeZone, day: "numeric", month: "short" });
  const start = new Date(event.startsAt);
  return event.endsAt ? format.formatRange(start, new Date(event.endsAt)) : format.format(start);
}

/**
 * The events on a time axis, in the region's time zone (`timeZone`). Each instant is plotted as
 * the region's wall clock reads it and the chart is drawn in UTC, so the axis ticks fall on the
 * region's midnights and a reader in Moscow or Vladivostok sees the Tyumen conference on the days
 * it was held in Tyumen; the axis is padded to whole days and never ticks inside one.
 */
export function timeline(events: TimelineEvent[], timeZone: string): HTMLElement {
  const starts = events.map((event) => wallClock(event.startsAt, timeZone));
  const ends = events.map((event, i) =>
    event.endsAt ? wallClock(event.endsAt, timeZone) : starts[i],
  );
  const first = Math.floor(Math.min(...starts) / DAY) * DAY - DAY;
  const last = Math.ceil(Math.max(...ends) / DAY) * DAY + DAY;
  const option = {
    useUTC: true,
    tooltip: {
      trigger: "item",
      formatter: (params: { dataIndex: number }) => {
        const event = events[params.dataIndex];
        const when = formatEventDates(event.startsAt, event.endsAt, timeZone, event.datePrecision);
        return `${escapeHtml(event.title)}<br/>${escapeHtml(when)}`;
      },
    },
    grid: { left: 8, right: 96, top: 16, bottom: 8, containLabel: true },
    xAxis: {
      type: "time",
      min: first,
      max: Math.max(last, first + 4 * DAY),
      minInterval: DAY,
      axisLabel: { formatter: tickLabel, hideOverlap: true },
    },
    yAxis: {
      type: "category",
      inverse: true,
      data: events.map((event) => shorten(event.title)),
    },
    series: [
      {
        type: "scatter",
        symbolSize: 12,
        label: {
          show: true,
          position: "right",
          formatter: (params: { dataIndex: number }) =>
            pointLabel(events[params.dataIndex], timeZone),
        },
        data: events.map((_event, index) => [starts[index], index]),
      },
    ],
  };
  const chartElement = chart(
    `${t("timeline")} (${timeZone})`,
    option,
    undefined,
    60 + events.length * 32,
  );
  chartElement.classList.add("timeline");
  return chartElement;
}
