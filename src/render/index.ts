export { renderHtml, type HtmlOptions } from './html.js';
export { renderSvg, type SvgOptions } from './svg.js';
export { renderMermaid, type MermaidOptions } from './mermaid.js';
export { renderBpmn, BPMN_DECISION_VARIABLE, type BpmnOptions } from './bpmn.js';
export { laneOrder, type Lane, type RenderOptions } from './lanes.js';
