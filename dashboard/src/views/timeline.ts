import { chart } from "../charts";
import { formatEventDates, type DatePrecision } from "../format";
import { locale, t } from "../i18n";

export interface TimelineEvent {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string | null;
  datePrecision: DatePrecision;
}

/** ECharts writes tooltips as HTML: the graph's text goes in escaped. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function shorten(text: string, length = 42): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/**
 * The events on a time axis. ECharts would label its axis in the browser's own time zone; the
 * labels and tooltips here are written in the region's (`timeZone`), so a reader in Moscow sees
 * the Tyumen conference on the days it was held in Tyumen.
 */
export function timeline(events: TimelineEvent[], timeZone: string): HTMLElement {
  const axisLabel = new Intl.DateTimeFormat(locale(), {
    timeZone,
    day: "numeric",
    month: "short",
    year: "numeric",
  });
  const option = {
    tooltip: {
      trigger: "item",
      formatter: (params: { dataIndex: number }) => {
        const event = events[params.dataIndex];
        const when = formatEventDates(event.startsAt, event.endsAt, timeZone, event.datePrecision);
        return `${escapeHtml(event.title)}<br/>${escapeHtml(when)}`;
      },
    },
    grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
    xAxis: {
      type: "time",
      axisLabel: { formatter: (value: number) => axisLabel.format(new Date(value)) },
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
        data: events.map((event, index) => [new Date(event.startsAt).getTime(), index]),
      },
    ],
  };
  return chart(`${t("timeline")} (${timeZone})`, option, undefined, 60 + events.length * 32);
}
