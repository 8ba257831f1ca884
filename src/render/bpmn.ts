import { compileFlow, type FlowNode } from '../definition/index.js';
import { FINAL_STATES } from '../definition/index.js';
import type { AnySopDefinition } from '../definition/index.js';
import { formatDuration } from '../time/index.js';
import { escapeXml } from './escape.js';
import { laneOrder, type RenderOptions } from './lanes.js';
import { shorten } from './text.js';

/** Options of {@link renderBpmn}. */
export interface BpmnOptions extends RenderOptions {
  /** The `targetNamespace` of the definitions; `https://sop-ap.dev/sop/<id>` by default. */
  readonly targetNamespace?: string | undefined;
  /** Cut each task's name after this many characters (the whole uraian stays in its documentation); default 80. */
  readonly maxNameLength?: number | undefined;
}

/**
 * The process variable a decision's user task sets, and the values its flows test: the
 * same words as the machine's events.
 */
export const BPMN_DECISION_VARIABLE = 'keputusan';

const e = escapeXml;
const LANE_H = 180;
const COL_W = 150;
const POOL_X = 100;
const POOL_Y = 80;
const LANE_X = POOL_X + 30;
const FIRST_X = LANE_X + 80;
const TASK = { w: 100, h: 80 } as const;
const GATE = 50;
const EVENT = 36;

interface Shape {
  id: string;
  cx: number;
  cy: number;
  w: number;
  h: number;
  lane: number;
  kind: 'start' | 'end' | 'task' | 'gateway';
}

/**
 * Renders an SOP as BPMN 2.0 XML, ready for bpmn.io, Camunda Modeler or an engine.
 *
 * - One pool (participant) with a lane per pelaksana. A step with several performers sits
 *   in the lane of the first one listed; every performer is a `potentialOwner` of its task
 *   and is named in the documentation.
 * - A start event *Mulai*; a `userTask` per step, its documentation holding the uraian,
 *   the performers, the kelengkapan, the budget (*waktu*), the output and the keterangan.
 * - Behind each decision step's task an `exclusiveGateway` with a `Ya` and a `Tidak`
 *   sequence flow. Their conditions test the process variable `keputusan`
 *   (`${keputusan == 'SETUJU'}` / `${keputusan == 'TIDAK_SETUJU'}`, the JUEL form Camunda 7
 *   and Flowable evaluate); `Tidak` goes back to the rework step's task or to an end event
 *   *Ditolak* of its own.
 * - An end event *Selesai* after the last step.
 * - BPMNDI shapes and edges (lanes as horizontal bands, flow left to right), so modelers
 *   show the diagram as drawn.
 *
 * Ids are derived from step and role ids (`Task_<step>`, `Gateway_<step>`, `Lane_<role>`),
 * so the XML is deterministic.
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
  const flow = compileFlow(def);
  const lanes = laneOrder(def, options);
  const laneIndex = new Map(lanes.map((l, i) => [l.role, i]));
  const names = new Map(lanes.map((l) => [l.role, l.name]));
  const maxName = options.maxNameLength ?? 80;
  const ns = options.targetNamespace ?? `https://sop-ap.dev/sop/${def.id}`;
  const laneTop = (lane: number) => POOL_Y + lane * LANE_H;
  const laneMid = (lane: number) => laneTop(lane) + LANE_H / 2 - 10;
  const colX = (col: number) => FIRST_X + col * COL_W;

  const taskId = (n: FlowNode) => `Task_${n.id}`;
  const gatewayId = (n: FlowNode) => `Gateway_${n.id}`;
  const refusedId = (n: FlowNode) => `End_ditolak_${n.id}`;
  const entryOf = (target: string): string =>
    target === FINAL_STATES.done ? 'End_selesai' : taskId(flow.byId.get(target)!);

  // ---- shapes --------------------------------------------------------------------------------
  const shapes = new Map<string, Shape>();
  const laneOfNode = (n: FlowNode) => laneIndex.get(n.step.pelaksana[0]!)!;
  const first = flow.nodes[0]!;
  shapes.set('Start', { id: 'Start', kind: 'start', lane: laneOfNode(first), cx: colX(0), cy: laneMid(laneOfNode(first)), w: EVENT, h: EVENT });
  let col = 1;
  for (const n of flow.nodes) {
    const lane = laneOfNode(n);
    shapes.set(taskId(n), { id: taskId(n), kind: 'task', lane, cx: colX(col), cy: laneMid(lane), w: TASK.w, h: TASK.h });
    col++;
    if (n.kind === 'decision') {
      shapes.set(gatewayId(n), { id: gatewayId(n), kind: 'gateway', lane, cx: colX(col), cy: laneMid(lane), w: GATE, h: GATE });
      if (n.refuse === FINAL_STATES.refused) {
        shapes.set(refusedId(n), { id: refusedId(n), kind: 'end', lane, cx: colX(col), cy: laneTop(lane) + LANE_H - 30, w: EVENT, h: EVENT });
      }
      col++;
    }
  }
  const last = flow.nodes[flow.nodes.length - 1]!;
  shapes.set('End_selesai', { id: 'End_selesai', kind: 'end', lane: laneOfNode(last), cx: colX(col), cy: laneMid(laneOfNode(last)), w: EVENT, h: EVENT });
  const poolW = colX(col) + 80 - POOL_X;

  // ---- sequence flows ----------------------------------------------------------------------
  interface Seq {
    id: string;
    source: string;
    target: string;
    name?: 'Ya' | 'Tidak';
    condition?: string;
    kind: 'forward' | 'rework' | 'refuse';
  }
  const flows: Seq[] = [];
  const add = (s: Seq) => flows.push(s);
  add({ id: `Flow_mulai`, source: 'Start', target: taskId(first), kind: 'forward' });
  for (const n of flow.nodes) {
    if (n.kind === 'task') {
      add({ id: `Flow_${n.id}`, source: taskId(n), target: entryOf(n.next), kind: 'forward' });
      continue;
    }
    add({ id: `Flow_${n.id}_keputusan`, source: taskId(n), target: gatewayId(n), kind: 'forward' });
    add({
      id: `Flow_${n.id}_ya`,
      source: gatewayId(n),
      target: entryOf(n.next),
      name: 'Ya',
      condition: `\${${BPMN_DECISION_VARIABLE} == 'SETUJU'}`,
      kind: 'forward',
    });
    const refused = n.refuse === FINAL_STATES.refused;
    add({
      id: `Flow_${n.id}_tidak`,
      source: gatewayId(n),
      target: refused ? refusedId(n) : taskId(flow.byId.get(n.refuse!)!),
      name: 'Tidak',
      condition: `\${${BPMN_DECISION_VARIABLE} == 'TIDAK_SETUJU'}`,
      kind: refused ? 'refuse' : 'rework',
    });
  }
  const incoming = new Map<string, string[]>();
  const outgoing = new Map<string, string[]>();
  for (const f of flows) {
    outgoing.set(f.source, [...(outgoing.get(f.source) ?? []), f.id]);
    incoming.set(f.target, [...(incoming.get(f.target) ?? []), f.id]);
  }
  const io = (id: string) =>
    (incoming.get(id) ?? []).map((f) => `<bpmn:incoming>${f}</bpmn:incoming>`).join('') +
    (outgoing.get(id) ?? []).map((f) => `<bpmn:outgoing>${f}</bpmn:outgoing>`).join('');

  // ---- process -------------------------------------------------------------------------------
  const laneRefs = lanes.map(() => [] as string[]);
  for (const s of shapes.values()) laneRefs[s.lane]!.push(s.id);
  const proc: string[] = [];
  proc.push(`<bpmn:process id="Process_${def.id}" name="${e(def.nama)}" isExecutable="true">`);
  proc.push(`<bpmn:laneSet id="LaneSet_${def.id}">`);
  lanes.forEach((l, i) => {
    proc.push(
      `<bpmn:lane id="Lane_${l.role}" name="${e(l.name)}">${laneRefs[i]!.map((r) => `<bpmn:flowNodeRef>${r}</bpmn:flowNodeRef>`).join('')}</bpmn:lane>`,
    );
  });
  proc.push('</bpmn:laneSet>');
  proc.push(`<bpmn:startEvent id="Start" name="Mulai">${io('Start')}</bpmn:startEvent>`);
  for (const n of flow.nodes) {
    const s = n.step;
    const performers = s.pelaksana.map((r) => names.get(r) ?? r);
    const doc = [
      `Uraian: ${s.uraian}`,
      `Pelaksana: ${performers.join(', ')}`,
      s.kelengkapan !== undefined ? `Kelengkapan: ${s.kelengkapan}` : undefined,
      `Waktu: ${s.waktu.text ?? formatDuration(s.waktu)}`,
      s.output !== undefined ? `Output: ${s.output}` : undefined,
      s.keterangan !== undefined ? `Keterangan: ${s.keterangan}` : undefined,
      n.kind === 'decision' ? `Keputusan: isi variabel ${BPMN_DECISION_VARIABLE} dengan SETUJU atau TIDAK_SETUJU` : undefined,
    ]
      .filter((x): x is string => x !== undefined)
      .join('\n');
    const owners = s.pelaksana
      .map(
        (r, k) =>
          `<bpmn:potentialOwner id="Owner_${n.id}_${k + 1}" name="${e(names.get(r) ?? r)}"><bpmn:resourceAssignmentExpression id="Owner_${n.id}_${k + 1}_expr"><bpmn:formalExpression id="Owner_${n.id}_${k + 1}_role">${e(r)}</bpmn:formalExpression></bpmn:resourceAssignmentExpression></bpmn:potentialOwner>`,
      )
      .join('');
    proc.push(
      `<bpmn:userTask id="${taskId(n)}" name="${e(`${s.label}. ${shorten(s.uraian, maxName)}`)}"><bpmn:documentation>${e(doc)}</bpmn:documentation>${io(taskId(n))}${owners}</bpmn:userTask>`,
    );
    if (n.kind === 'decision') {
      proc.push(`<bpmn:exclusiveGateway id="${gatewayId(n)}" name="${e(`${s.label}. Setuju?`)}">${io(gatewayId(n))}</bpmn:exclusiveGateway>`);
      if (n.refuse === FINAL_STATES.refused) {
        proc.push(`<bpmn:endEvent id="${refusedId(n)}" name="Ditolak">${io(refusedId(n))}</bpmn:endEvent>`);
      }
    }
  }
  proc.push(`<bpmn:endEvent id="End_selesai" name="Selesai">${io('End_selesai')}</bpmn:endEvent>`);
  for (const f of flows) {
    const name = f.name !== undefined ? ` name="${f.name}"` : '';
    const cond =
      f.condition !== undefined
        ? `<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${e(f.condition)}</bpmn:conditionExpression>`
        : '';
    proc.push(
      cond === ''
        ? `<bpmn:sequenceFlow id="${f.id}"${name} sourceRef="${f.source}" targetRef="${f.target}"/>`
        : `<bpmn:sequenceFlow id="${f.id}"${name} sourceRef="${f.source}" targetRef="${f.target}">${cond}</bpmn:sequenceFlow>`,
    );
  }
  proc.push('</bpmn:process>');

  // ---- diagram ---------------------------------------------------------------------------------
  const di: string[] = [];
  const bounds = (x: number, y: number, w: number, h: number) =>
    `<dc:Bounds x="${Math.round(x)}" y="${Math.round(y)}" width="${Math.round(w)}" height="${Math.round(h)}"/>`;
  di.push(`<bpmndi:BPMNShape id="Participant_${def.id}_di" bpmnElement="Participant_${def.id}" isHorizontal="true">${bounds(POOL_X, POOL_Y, poolW, lanes.length * LANE_H)}</bpmndi:BPMNShape>`);
  lanes.forEach((l, i) => {
    di.push(`<bpmndi:BPMNShape id="Lane_${l.role}_di" bpmnElement="Lane_${l.role}" isHorizontal="true">${bounds(LANE_X, laneTop(i), poolW - 30, LANE_H)}</bpmndi:BPMNShape>`);
  });
  for (const s of shapes.values()) {
    const marker = s.kind === 'gateway' ? ' isMarkerVisible="true"' : '';
    di.push(`<bpmndi:BPMNShape id="${s.id}_di" bpmnElement="${s.id}"${marker}>${bounds(s.cx - s.w / 2, s.cy - s.h / 2, s.w, s.h)}</bpmndi:BPMNShape>`);
  }
  for (const f of flows) {
    const a = shapes.get(f.source)!;
    const b = shapes.get(f.target)!;
    let pts: [number, number][];
    if (f.kind === 'refuse') {
      pts = [[a.cx, a.cy + a.h / 2], [b.cx, b.cy - b.h / 2]];
    } else if (f.kind === 'rework') {
      // Over the top of the gateway's lane, back to the rework task.
      const y = laneTop(a.lane) + 12;
      const enterY = b.lane < a.lane ? b.cy + b.h / 2 : b.cy - b.h / 2;
      pts = [[a.cx, a.cy - a.h / 2], [a.cx, y], [b.cx, y], [b.cx, enterY]];
    } else if (b.cx - a.cx > COL_W + 1) {
      // SETUJU that skips ahead: along the bottom of the lane.
      const y = laneTop(a.lane) + LANE_H - 6;
      const enterY = b.lane < a.lane ? b.cy + b.h / 2 : b.lane > a.lane ? b.cy - b.h / 2 : b.cy + b.h / 2;
      pts = [[a.cx, a.cy + a.h / 2], [a.cx, y], [b.cx, y], [b.cx, enterY]];
    } else if (a.lane === b.lane) {
      pts = [[a.cx + a.w / 2, a.cy], [b.cx - b.w / 2, b.cy]];
    } else {
      const mid = (a.cx + a.w / 2 + b.cx - b.w / 2) / 2;
      pts = [[a.cx + a.w / 2, a.cy], [mid, a.cy], [mid, b.cy], [b.cx - b.w / 2, b.cy]];
    }
    const wps = pts.map(([x, y]) => `<di:waypoint x="${Math.round(x)}" y="${Math.round(y)}"/>`).join('');
    di.push(`<bpmndi:BPMNEdge id="${f.id}_di" bpmnElement="${f.id}">${wps}</bpmndi:BPMNEdge>`);
  }

  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_${def.id}" targetNamespace="${e(ns)}" exporter="sop-ap" exporterVersion="1">
<bpmn:collaboration id="Collaboration_${def.id}"><bpmn:participant id="Participant_${def.id}" name="${e(def.nama)}" processRef="Process_${def.id}"/></bpmn:collaboration>
${proc.join('\n')}
<bpmndi:BPMNDiagram id="Diagram_${def.id}"><bpmndi:BPMNPlane id="Plane_${def.id}" bpmnElement="Collaboration_${def.id}">
${di.join('\n')}
</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}
