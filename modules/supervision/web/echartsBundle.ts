import { init, use } from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

/** The part of ECharts the statistics page draws with (bar charts on a canvas); loaded by the page as a chunk of its own. */
use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { init };
