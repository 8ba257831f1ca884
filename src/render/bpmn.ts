import type { AnySopDefinition } from '../definition/index.js';
import { formatDuration } from '../time/index.js';
import { escapeXml as e } from './escape.js';
import type { RenderOptions } from './lanes.js';
import { layoutBpmn, type BpmnGeometry, type Box } from './bpmn-layout.js';
import { BPMN_DECISION_VARIABLE, buildModel, type BpmnModel, type BpmnNode } from './bpmn-model.js';

export { BPMN_DECISION_VARIABLE } from './bpmn-model.js';

/** Options of {@link renderBpmn}. */
export interface BpmnOptions extends RenderOptions {
  /** The `targetNamespace` of the definitions; `https://sop-ap.dev/sop/<id>` by default. */
  readonly targetNamespace?: string | undefined;
  /**
   * Cut each task's name (the step's number and a short title derived from its uraian) after
   * this many characters; default 56. The whole uraian stays in the task's documentation.
   */
  readonly maxNameLength?: number | undefined;
}

/**
 * Renders an SOP as BPMN 2.0 XML, ready for bpmn.io, Camunda Modeler or an engine.
 *
 * - One pool (participant) with a lane per pelaksana. A step with several performers sits in
 *   one performer's lane (the first listed, unless another of them would be left with an
 *   empty lane), every performer is a `potentialOwner` of its task, and each further
 *   performer's lane holds a text annotation "Turut melaksanakan langkah N", joined to the
 *   task by an association.
 * - A start event *Mulai*; a `userTask` per step, named with its number and a short title
 *   derived from the uraian, its documentation holding the whole uraian, the performers, the
 *   kelengkapan, the budget (*waktu*), the output and the keterangan.
 * - Behind each decision step's task an `exclusiveGateway` with a `Ya` and a `Tidak`
 *   sequence flow. Their conditions test the process variable `keputusan`
 *   (`${keputusan == 'SETUJU'}` / `${keputusan == 'TIDAK_SETUJU'}`, the JUEL form Camunda 7
 *   and Flowable evaluate); `Tidak` goes back to the rework step or to an end event
 *   *Ditolak* of its own. A refusal that goes forward (`{ action: 'forward' }`) leads to
 *   the steps of its path drawn again, named "… (ditolak N)", which end at an end event
 *   *Ditolak* of that decision: each outcome has its own end event.
 * - A merging `exclusiveGateway` (`Join_<step>`) in front of every task or end event that
 *   more than one flow enters, so no task looks like it waits for all of them.
 * - An end event *Selesai* after the last step.
 * - BPMNDI shapes, edges and label bounds (lanes as horizontal bands, flow left to right), so
 *   modelers show the diagram as drawn, with no label on top of another.
 *
 * Ids are derived from step and role ids (`Task_<step>`, `Gateway_<step>`, `Join_<step>`,
 * `Lane_<role>`), so the XML is deterministic.
 *
 * @param def - a definition
 * @param options - lane order and names, namespace, task name length
 * @returns the XML document
 * @throws {@link RenderError} when `options.lanes` does not fit the definition
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs'
 * writeFileSync('plut.bpmn', renderBpmn(getSop('peningkatan-pelayanan-plut')))
 * ```
 */
export function renderBpmn(def: AnySopDefinition, options: BpmnOptions = {}): string {
  const model = buildModel(def, options);
  const geometry = layoutBpmn(model);
  const ns = options.targetNamespace ?? `https://sop-ap.dev/sop/${def.id}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_${def.id}" targetNamespace="${e(ns)}" exporter="sop-ap" exporterVersion="1">
<bpmn:collaboration id="Collaboration_${def.id}"><bpmn:participant id="Participant_${def.id}" name="${e(def.nama)}" processRef="Process_${def.id}"/></bpmn:collaboration>
${processXml(model).join('\n')}
<bpmndi:BPMNDiagram id="Diagram_${def.id}"><bpmndi:BPMNPlane id="Plane_${def.id}" bpmnElement="Collaboration_${def.id}">
${diagramXml(model, geometry).join('\n')}
</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}

// ---- process ---------------------------------------------------------------------------------

/** The `<bpmn:process>`: lanes, flow nodes, sequence flows, notes. */
function processXml(model: BpmnModel): string[] {
  const { def, lanes, nodes } = model;
  const out = [`<bpmn:process id="Process_${def.id}" name="${e(def.nama)}" isExecutable="true">`, `<bpmn:laneSet id="LaneSet_${def.id}">`];
  lanes.forEach((l, i) => {
    const refs = nodes.filter((n) => n.lane === i).map((n) => `<bpmn:flowNodeRef>${n.id}</bpmn:flowNodeRef>`);
    out.push(`<bpmn:lane id="Lane_${l.role}" name="${e(l.name)}">${refs.join('')}</bpmn:lane>`);
  });
  out.push('</bpmn:laneSet>');
  const io = ioOf(model);
  for (const n of nodes) out.push(nodeXml(model, n, io(n.id)));
  for (const f of model.flows) {
    const name = f.name !== undefined ? ` name="${f.name}"` : '';
    const head = `<bpmn:sequenceFlow id="${f.id}"${name} sourceRef="${f.source}" targetRef="${f.target}"`;
    out.push(
      f.condition === undefined
        ? `${head}/>`
        : `${head}><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${e(f.condition)}</bpmn:conditionExpression></bpmn:sequenceFlow>`,
    );
  }
  for (const n of model.notes) {
    out.push(`<bpmn:textAnnotation id="${n.id}"><bpmn:text>${e(n.text)}</bpmn:text></bpmn:textAnnotation>`);
    out.push(`<bpmn:association id="${n.associationId}" associationDirection="None" sourceRef="${n.task}" targetRef="${n.id}"/>`);
  }
  out.push('</bpmn:process>');
  return out;
}

/** The `<incoming>` and `<outgoing>` references of each flow node. */
function ioOf(model: BpmnModel): (id: string) => string {
  const incoming = new Map<string, string[]>();
  const outgoing = new Map<string, string[]>();
  for (const f of model.flows) {
    outgoing.set(f.source, [...(outgoing.get(f.source) ?? []), f.id]);
    incoming.set(f.target, [...(incoming.get(f.target) ?? []), f.id]);
  }
  return (id) =>
    (incoming.get(id) ?? []).map((f) => `<bpmn:incoming>${f}</bpmn:incoming>`).join('') +
    (outgoing.get(id) ?? []).map((f) => `<bpmn:outgoing>${f}</bpmn:outgoing>`).join('');
}

function nodeXml(model: BpmnModel, n: BpmnNode, io: string): string {
  const name = n.name === undefined ? '' : ` name="${e(n.name)}"`;
  switch (n.kind) {
    case 'start':
      return `<bpmn:startEvent id="${n.id}"${name}>${io}</bpmn:startEvent>`;
    case 'end':
      return `<bpmn:endEvent id="${n.id}"${name}>${io}</bpmn:endEvent>`;
    case 'decision':
      return `<bpmn:exclusiveGateway id="${n.id}"${name} gatewayDirection="Diverging">${io}</bpmn:exclusiveGateway>`;
    case 'join':
      return `<bpmn:exclusiveGateway id="${n.id}" gatewayDirection="Converging">${io}</bpmn:exclusiveGateway>`;
    case 'task':
      return `<bpmn:userTask id="${n.id}"${name}><bpmn:documentation>${e(documentation(model, n))}</bpmn:documentation>${io}${owners(model, n)}</bpmn:userTask>`;
  }
}

/** A role's lane heading, or its id. */
function roleName(model: BpmnModel, role: string): string {
  return model.lanes.find((l) => l.role === role)?.name ?? role;
}

/** The whole row of the SOP table, for the task's documentation. */
function documentation(model: BpmnModel, n: BpmnNode): string {
  const flowNode = n.step!;
  const s = flowNode.step;
  return [
    `Uraian: ${s.uraian}`,
    `Pelaksana: ${s.pelaksana.map((r) => roleName(model, r)).join(', ')}`,
    s.kelengkapan !== undefined ? `Kelengkapan: ${s.kelengkapan}` : undefined,
    `Waktu: ${s.waktu.text ?? formatDuration(s.waktu)}`,
    s.output !== undefined ? `Output: ${s.output}` : undefined,
    s.keterangan !== undefined ? `Keterangan: ${s.keterangan}` : undefined,
    flowNode.kind === 'decision' ? `Keputusan: isi variabel ${BPMN_DECISION_VARIABLE} dengan SETUJU atau TIDAK_SETUJU` : undefined,
    n.refusedAt === undefined ? undefined : `Jalur penolakan: langkah ${model.flow.byId.get(n.refusedAt)?.step.label ?? n.refusedAt} TIDAK SETUJU; kasus berakhir Ditolak`,
  ]
    .filter((x): x is string => x !== undefined)
    .join('\n');
}

/** Every performer of the step as a `potentialOwner`, its role id in the expression. */
function owners(model: BpmnModel, n: BpmnNode): string {
  const stepId = n.id.replace(/^Task_/, '');
  return n
    .step!.step.pelaksana.map((r, k) => {
      const id = `Owner_${stepId}_${k + 1}`;
      return `<bpmn:potentialOwner id="${id}" name="${e(roleName(model, r))}"><bpmn:resourceAssignmentExpression id="${id}_expr"><bpmn:formalExpression id="${id}_role">${e(r)}</bpmn:formalExpression></bpmn:resourceAssignmentExpression></bpmn:potentialOwner>`;
    })
    .join('');
}

// ---- diagram ---------------------------------------------------------------------------------

function bounds(b: Box): string {
  return `<dc:Bounds x="${Math.round(b.x)}" y="${Math.round(b.y)}" width="${Math.round(b.w)}" height="${Math.round(b.h)}"/>`;
}

function labelXml(b: Box | undefined): string {
  return b === undefined ? '' : `<bpmndi:BPMNLabel>${bounds(b)}</bpmndi:BPMNLabel>`;
}

/** The BPMNDI shapes and edges, with label bounds. */
function diagramXml(model: BpmnModel, g: BpmnGeometry): string[] {
  const { def, lanes } = model;
  const out = [`<bpmndi:BPMNShape id="Participant_${def.id}_di" bpmnElement="Participant_${def.id}" isHorizontal="true">${bounds(g.pool)}</bpmndi:BPMNShape>`];
  lanes.forEach((l, i) => {
    out.push(`<bpmndi:BPMNShape id="Lane_${l.role}_di" bpmnElement="Lane_${l.role}" isHorizontal="true">${bounds(g.lanes[i]!)}</bpmndi:BPMNShape>`);
  });
  for (const s of g.shapes.values()) {
    const marker = s.kind === 'decision' || s.kind === 'join' ? ' isMarkerVisible="true"' : '';
    const box = { x: s.cx - s.w / 2, y: s.cy - s.h / 2, w: s.w, h: s.h };
    out.push(`<bpmndi:BPMNShape id="${s.id}_di" bpmnElement="${s.id}"${marker}>${bounds(box)}${labelXml(s.label)}</bpmndi:BPMNShape>`);
  }
  for (const edge of g.edges) {
    const wps = edge.points.map(([x, y]) => `<di:waypoint x="${Math.round(x)}" y="${Math.round(y)}"/>`).join('');
    out.push(`<bpmndi:BPMNEdge id="${edge.id}_di" bpmnElement="${edge.id}">${wps}${labelXml(edge.label)}</bpmndi:BPMNEdge>`);
  }
  return out;
}
