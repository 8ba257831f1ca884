import { EventEmitter } from 'node:events';
import { BpmnModdle } from 'bpmn-moddle';
import { Engine } from 'bpmn-engine';
import { describe, expect, it } from 'vitest';
import { compileFlow, renderBpmn, type AnySopDefinition } from 'sop-ap';
import { catalogue } from 'sop-ap/machines';
import { izin, jahat, panjang, suratTugas } from './fixtures.js';

// The conditions are JUEL (`${keputusan == 'SETUJU'}`), as Camunda 7 / Flowable evaluate
// them; bpmn-engine's own expressions only read properties, so the test plugs in an
// evaluator for exactly that form (and fails on any other expression).
const expressions = {
  resolveExpression(expr: string, ctx: { environment: { variables: Record<string, unknown> } }) {
    const m = /^\$\{\s*(\w+)\s*==\s*'([^']*)'\s*\}$/.exec(expr);
    if (!m) throw new Error(`unexpected expression ${expr}`);
    return ctx.environment.variables[m[1]!] === m[2];
  },
  isExpression: (t: string) => /^\$\{.+\}$/.test(t ?? ''),
  hasExpression: (t: string) => /\$\{.+\}/.test(t ?? ''),
};

async function parse(xml: string) {
  const moddle = new BpmnModdle();
  const { rootElement, warnings } = await moddle.fromXML(xml);
  return { rootElement: rootElement as any, warnings };
}

/** Runs the process; `answers` are the decisions given at decision tasks, in order. */
async function run(def: AnySopDefinition, answers: string[]): Promise<{ visited: string[]; ended: string | undefined }> {
  const xml = renderBpmn(def);
  const flow = compileFlow(def);
  const decisionTasks = new Set(flow.nodes.filter((n) => n.kind === 'decision').map((n) => `Task_${n.id}`));
  const listener = new EventEmitter();
  const visited: string[] = [];
  let ended: string | undefined;
  listener.on('wait', (api: any) => {
    visited.push(api.id);
    if (decisionTasks.has(api.id)) {
      api.environment.variables.keputusan = answers.shift() ?? 'SETUJU';
    }
    api.signal();
  });
  listener.on('activity.end', (api: any) => {
    if (api.type === 'bpmn:EndEvent') ended = api.id;
  });
  const engine = new Engine({ name: def.id, source: xml, expressions });
  const done = new Promise<void>((resolve, reject) => {
    engine.once('end', () => resolve());
    engine.once('error', reject);
  });
  await engine.execute({ listener });
  await done;
  return { visited, ended };
}

describe('renderBpmn', () => {
  for (const def of [suratTugas, izin, panjang, jahat]) {
    it(`${def.id}: bpmn-moddle reads it without warnings, with every part the SOP has`, async () => {
      const { rootElement, warnings } = await parse(renderBpmn(def));
      expect(warnings).toEqual([]);
      const process = rootElement.rootElements.find((r: any) => r.$type === 'bpmn:Process');
      const flow = compileFlow(def);
      const elements: any[] = process.flowElements;
      const of = (t: string) => elements.filter((x) => x.$type === t);
      expect(of('bpmn:UserTask')).toHaveLength(def.steps.length);
      const decisions = flow.nodes.filter((n) => n.kind === 'decision');
      expect(of('bpmn:ExclusiveGateway')).toHaveLength(decisions.length);
      expect(of('bpmn:StartEvent')).toHaveLength(1);
      const refusing = decisions.filter((n) => n.refuse === 'ditolak').length;
      expect(of('bpmn:EndEvent').map((x) => x.name).sort()).toEqual([...Array(refusing).fill('Ditolak'), 'Selesai'].sort());
      // One lane per performer, every flow node in exactly one lane.
      const performers = new Set(def.steps.flatMap((s) => s.pelaksana));
      const lanes = process.laneSets[0].lanes;
      expect(lanes).toHaveLength(performers.size);
      const inLanes = lanes.flatMap((l: any) => (l.flowNodeRef ?? []).map((n: any) => n.id));
      expect([...inLanes].sort()).toEqual(elements.filter((x) => x.$type !== 'bpmn:SequenceFlow').map((x) => x.id).sort());
      // Every gateway has a Ya and a Tidak flow with conditions; Tidak goes where compileFlow says.
      for (const n of decisions) {
        const gw = elements.find((x) => x.id === `Gateway_${n.id}`);
        const names = gw.outgoing.map((f: any) => f.name).sort();
        expect(names).toEqual(['Tidak', 'Ya']);
        const tidak = gw.outgoing.find((f: any) => f.name === 'Tidak');
        expect(tidak.conditionExpression.body).toBe("${keputusan == 'TIDAK_SETUJU'}");
        expect(tidak.targetRef.id).toBe(n.refuse === 'ditolak' ? `End_ditolak_${n.id}` : `Task_${n.refuse}`);
      }
      // The budget and output are in the documentation.
      const first = def.steps[0]!;
      const task = elements.find((x) => x.id === `Task_${first.id}`);
      expect(task.documentation[0].text).toContain(`Waktu: ${first.waktu.text}`);
      if (first.output !== undefined) expect(task.documentation[0].text).toContain(`Output: ${first.output}`);
      // Every flow element and lane has a shape or an edge in the diagram.
      const plane = rootElement.diagrams[0].plane;
      const drawn = new Set(plane.planeElement.map((p: any) => p.bpmnElement.id));
      for (const x of [...elements, ...lanes]) expect(drawn.has(x.id)).toBe(true);
    });
  }

  it('keeps markup in the text as text', async () => {
    const xml = renderBpmn(jahat);
    expect(xml).not.toContain('<script>');
    const { rootElement } = await parse(xml);
    const process = rootElement.rootElements.find((r: any) => r.$type === 'bpmn:Process');
    expect(process.name).toBe(jahat.nama);
    const task = process.flowElements.find((x: any) => x.id === 'Task_satu');
    expect(task.documentation[0].text).toContain('<script>alert(3)</script>');
  });

  it('bpmn-engine runs it to the end on the SETUJU path', async () => {
    const { visited, ended } = await run(suratTugas, ['SETUJU']);
    expect(visited).toEqual(['Task_disposisi', 'Task_konsep', 'Task_koreksi', 'Task_tandatangan']);
    expect(ended).toBe('End_selesai');
  });

  it('bpmn-engine runs it through a rework loop', async () => {
    const { visited, ended } = await run(suratTugas, ['TIDAK_SETUJU', 'TIDAK_SETUJU', 'SETUJU']);
    expect(visited).toEqual([
      'Task_disposisi',
      'Task_konsep',
      'Task_koreksi',
      'Task_konsep',
      'Task_koreksi',
      'Task_konsep',
      'Task_koreksi',
      'Task_tandatangan',
    ]);
    expect(ended).toBe('End_selesai');
  });

  it('bpmn-engine ends a refused request at the Ditolak end event', async () => {
    const { visited, ended } = await run(izin, ['TIDAK_SETUJU']);
    expect(visited).toEqual(['Task_ajukan', 'Task_periksa', 'Task_putuskan']);
    expect(ended).toBe('End_ditolak_putuskan');
  });

  it('is deterministic', () => {
    expect(renderBpmn(panjang)).toBe(renderBpmn(panjang));
  });

  it('every catalogue SOP parses without warnings and runs to Selesai on the SETUJU path', async () => {
    for (const def of Object.values(catalogue) as AnySopDefinition[]) {
      const { warnings } = await parse(renderBpmn(def));
      expect(warnings, def.id).toEqual([]);
      const { visited, ended } = await run(def, []);
      const flow = compileFlow(def);
      const path: string[] = [];
      for (let id = flow.start; id !== 'selesai'; id = flow.byId.get(id)!.next) path.push(`Task_${id}`);
      expect(visited, def.id).toEqual(path);
      expect(ended, def.id).toBe('End_selesai');
    }
  });
});
