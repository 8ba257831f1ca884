import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
echarts.use([BarChart, GridComponent, MarkLineComponent, SVGRenderer]);
const c = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 400, height: 200 });
c.setOption({ animation: false, xAxis: { type: 'category', data: ['<script>a', 'b&c', 'c', 'd'] }, yAxis: {}, series: [{ type: 'bar', data: [3, 5, 2, 1], markLine: { symbol: 'none', label: { formatter: 'Mutu <b>' }, data: [{ xAxis: 1.5 }] } }] });
const s = c.renderToSVGString();
console.log(s.split('\n').filter(l => /script|&|markLine|dasharray|Mutu/.test(l)).join('\n'));
