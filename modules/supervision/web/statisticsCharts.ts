import type { EChartsOption } from 'echarts';
import type { Statistics } from './supervision.api.ts';

/**
 * The statistics page's two charts as ECharts options: items due, closed and closed on time by
 * month, and the completion and on-time rates of each lead unit. ECharts itself is loaded by the
 * page when it mounts, as a chunk of its own.
 */
type Labels = { due: string; closed: string; onTime: string; closedRate: string; onTimeRate: string };
const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

export function monthChart(stats: Statistics, labels: Labels): EChartsOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [labels.due, labels.closed, labels.onTime] },
    grid: { left: 40, right: 16, bottom: 30, top: 40 },
    xAxis: { type: 'category', data: stats.months.map((m) => m.month) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: labels.due, type: 'bar', data: stats.months.map((m) => m.due) },
      { name: labels.closed, type: 'bar', data: stats.months.map((m) => m.closed) },
      { name: labels.onTime, type: 'bar', data: stats.months.map((m) => m.onTime) },
    ],
  };
}

export function unitChart(stats: Statistics, labels: Labels): EChartsOption {
  const units = stats.units.slice(0, 15);
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? '—' : `${String(v)}%`) },
    legend: { data: [labels.closedRate, labels.onTimeRate] },
    grid: { left: 16, right: 24, bottom: 16, top: 40, containLabel: true },
    xAxis: { type: 'value', max: 100 },
    yAxis: { type: 'category', inverse: true, data: units.map((u) => u.unit.name), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [
      { name: labels.closedRate, type: 'bar', data: units.map((u) => percent(u.closedRate)) },
      { name: labels.onTimeRate, type: 'bar', data: units.map((u) => percent(u.onTimeRate)) },
    ],
  };
}
