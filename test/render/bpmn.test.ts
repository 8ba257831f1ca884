import { EventEmitter } from 'node:events';
import { BpmnModdle } from 'bpmn-moddle';
import { Engine } from 'bpmn-engine';
import { describe, expect, it } from 'vitest';
import { compileFlow, renderBpmn, type AnySopDefinition } from 'sop-ap';
import { catalogue } from 'sop-ap/machines';
import { lintRecommended } from './bpmn-lint.js';
import { lompat } from './bpmn-fixtures.js';
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

const catalogueSops = Object.values(catalogue) as AnySopDefinition[];

/** The flow node a sequence flow leads to, through merging gateways. */
function entered(flow: any): any {
  let node = flow.targetRef;
  while (node.$type === 'bpmn:ExclusiveGateway' && node.id.startsWith('Join_')) node = node.outgoing[0].targetRef;
  return node;
}

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
const intersect = (a: Rect, b: Rect) => Math.min(a.x + a.w, b.x + b.w) > Math.max(a.x, b.x) && Math.min(a.y + a.h, b.y + b.h) > Math.max(a.y, b.y);
const rectOf = (b: any): Rect => ({ x: b.x, y: b.y, w: b.width, h: b.height });

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
  for (const def of [suratTugas, izin, panjang, jahat, lompat]) {
    it(`${def.id}: bpmn-moddle reads it without warnings, with every part the SOP has`, async () => {
      const { rootElement, warnings } = await parse(renderBpmn(def));
      expect(warnings).toEqual([]);
      const process = rootElement.rootElements.find((r: any) => r.$type === 'bpmn:Process');
      const flow = compileFlow(def);
      const elements: any[] = process.flowElements;
      const of = (t: string) => elements.filter((x) => x.$type === t);
      expect(of('bpmn:UserTask')).toHaveLength(def.steps.length);
      const decisions = flow.nodes.filter((n) => n.kind === 'decision');
      const gateways = of('bpmn:ExclusiveGateway');
      const joins = gateways.filter((g) => g.id.startsWith('Join_'));
      expect(gateways.length - joins.length).toBe(decisions.length);
      expect(of('bpmn:StartEvent')).toHaveLength(1);
      const refusing = decisions.filter((n) => n.refuse === 'ditolak').length;
      expect(of('bpmn:EndEvent').map((x) => x.name).sort()).toEqual([...Array(refusing).fill('Ditolak'), 'Selesai'].sort());
      // No task or event is entered by two flows: a merging gateway (no name, two or more in,
      // one out) stands in front of it instead.
      for (const x of [...of('bpmn:UserTask'), ...of('bpmn:EndEvent')]) expect((x.incoming ?? []).length, x.id).toBe(1);
      for (const j of joins) {
        expect(j.incoming.length, j.id).toBeGreaterThanOrEqual(2);
        expect(j.outgoing, j.id).toHaveLength(1);
        expect(j.name, j.id).toBeUndefined();
      }
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
        expect(entered(tidak).id).toBe(n.refuse === 'ditolak' ? `End_ditolak_${n.id}` : `Task_${n.refuse}`);
        const ya = gw.outgoing.find((f: any) => f.name === 'Ya');
        expect(entered(ya).id).toBe(n.next === 'selesai' ? 'End_selesai' : `Task_${n.next}`);
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

  it('names each task with its number and a short title, and keeps the whole uraian in its documentation', async () => {
    const def = catalogue['fasilitasi-narasumber'] as AnySopDefinition;
    const { rootElement } = await parse(renderBpmn(def));
    const tasks = rootElement.rootElements.find((r: any) => r.$type === 'bpmn:Process').flowElements.filter((x: any) => x.$type === 'bpmn:UserTask');
    const byId = new Map(tasks.map((t: any) => [t.id, t]));
    // "Mengoreksi surat. Jika tidak setuju …": the first sentence.
    expect((byId.get('Task_koreksi-kabag') as any).name).toBe('7. Mengoreksi surat');
    // "…, jika tidak setuju …": up to the comma that opens the clause.
    expect((byId.get('Task_koreksi-karo') as any).name).toBe('8. Mengoreksi surat');
    // "Mencatat data dan keperluan pemohon serta mengecek …": up to "serta".
    expect((byId.get('Task_catat-cek-berkas') as any).name).toBe('2. Mencatat data dan keperluan pemohon');
    for (const step of def.steps) {
      const task = byId.get(`Task_${step.id}`) as any;
      expect(task.name.startsWith(`${step.label}. `), step.id).toBe(true);
      expect(task.name.length, step.id).toBeLessThanOrEqual(56);
      expect(task.documentation[0].text, step.id).toContain(`Uraian: ${step.uraian}`);
    }
    // A leading performer is dropped (the lane names them), and a long title is cut at a word.
    const plut = catalogue['peningkatan-pelayanan-plut'] as AnySopDefinition;
    const xml = renderBpmn(plut, { maxNameLength: 30 });
    expect(xml).toContain('name="9. Meminta fungsional umum…"');
    expect(xml).toContain('name="27. Melaksanakan kegiatan…"');
  });

  it('draws a step with two performers in one lane and notes it in the other, so no lane is empty', async () => {
    const plut = catalogue['peningkatan-pelayanan-plut'] as AnySopDefinition;
    const { rootElement } = await parse(renderBpmn(plut));
    const process = rootElement.rootElements.find((r: any) => r.$type === 'bpmn:Process');
    const lanes = new Map<string, string[]>(process.laneSets[0].lanes.map((l: any) => [l.id, (l.flowNodeRef ?? []).map((n: any) => n.id)]));
    for (const [lane, refs] of lanes) expect(refs.length, lane).toBeGreaterThan(0);
    // Step 27 (Kasi bersama Pendamping PLUT) is the Pendamping PLUT's only step: it goes in
    // that lane; the Kasi's lane has a note joined to it. Step 28 (Kasi and Fungsional Umum,
    // who both have other steps) stays in the first performer's lane.
    expect(lanes.get('Lane_pendamping-plut')).toEqual(['Task_laksanakan-kegiatan']);
    expect(lanes.get('Lane_kepala-sub-bidang')).toContain('Task_arsipkan-laporan');
    const notes = process.artifacts.filter((a: any) => a.$type === 'bpmn:TextAnnotation');
    const associations = process.artifacts.filter((a: any) => a.$type === 'bpmn:Association');
    // One note per further performer of each step.
    expect(notes).toHaveLength(plut.steps.reduce((sum, s) => sum + s.pelaksana.length - 1, 0));
    const noteOf = (task: string) => associations.filter((a: any) => a.sourceRef.id === task).map((a: any) => a.targetRef);
    const [n27] = noteOf('Task_laksanakan-kegiatan');
    const [n28] = noteOf('Task_arsipkan-laporan');
    expect(n27.text).toBe('Turut melaksanakan langkah 27 (bersama Pendamping PLUT)');
    expect(n28.text).toBe('Turut melaksanakan langkah 28 (bersama Kepala Sub Bidang)');
    const notes27 = [n27, n28];
    // Each note is drawn inside the lane of the performer it names.
    const plane = rootElement.diagrams[0].plane.planeElement;
    const boundsOf = (id: string) => rectOf(plane.find((p: any) => p.bpmnElement.id === id).bounds);
    const within = (a: Rect, b: Rect) => a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;
    expect(within(boundsOf(notes27[0].id), boundsOf('Lane_kepala-sub-bidang'))).toBe(true);
    expect(within(boundsOf(notes27[1].id), boundsOf('Lane_fungsional-umum'))).toBe(true);
    expect(within(boundsOf('Task_laksanakan-kegiatan'), boundsOf('Lane_pendamping-plut'))).toBe(true);
  });

  it('when both performers of a shared step have no other step, the second lane holds the note', async () => {
    // izin-sederhana: step 2 is done by the Kepala Sub Bidang and the Pendamping PLUT, who do nothing else.
    const { rootElement } = await parse(renderBpmn(izin));
    const process = rootElement.rootElements.find((r: any) => r.$type === 'bpmn:Process');
    const lane = process.laneSets[0].lanes.find((l: any) => l.id === 'Lane_kepala-sub-bidang');
    expect(lane.flowNodeRef.map((n: any) => n.id)).toEqual(['Task_periksa']);
    const plane = rootElement.diagrams[0].plane.planeElement;
    const pendamping = rectOf(plane.find((p: any) => p.bpmnElement.id === 'Lane_pendamping-plut').bounds);
    const note = plane.find((p: any) => p.bpmnElement.$type === 'bpmn:TextAnnotation');
    expect(note.bpmnElement.text).toBe('Turut melaksanakan langkah 2 (bersama Kepala Sub Bidang)');
    expect(intersect(rectOf(note.bounds), pendamping)).toBe(true);
  });

  it('gives every named event, gateway and Ya/Tidak flow label bounds clear of every other label and shape', async () => {
    for (const def of [...catalogueSops, suratTugas, izin, panjang, lompat]) {
      const { rootElement } = await parse(renderBpmn(def));
      const plane = rootElement.diagrams[0].plane.planeElement;
      const shapes = plane.filter((p: any) => p.bounds !== undefined && !['bpmn:Participant', 'bpmn:Lane'].includes(p.bpmnElement.$type));
      const labelled = plane.filter((p: any) => (p.bpmnElement.name ?? '') !== '' && !['bpmn:Participant', 'bpmn:Lane', 'bpmn:UserTask'].includes(p.bpmnElement.$type));
      const labels = labelled.map((p: any) => {
        expect(p.label?.bounds, `${def.id}: ${p.bpmnElement.id}`).toBeDefined();
        return { id: p.bpmnElement.id, rect: rectOf(p.label.bounds) };
      });
      for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1)) expect(intersect(a.rect, b.rect), `${def.id}: ${a.id} / ${b.id}`).toBe(false);
        for (const s of shapes) expect(intersect(a.rect, rectOf(s.bounds)), `${def.id}: label of ${a.id} / ${s.bpmnElement.id}`).toBe(false);
      }
      for (const [i, a] of shapes.entries()) {
        for (const b of shapes.slice(i + 1)) expect(intersect(rectOf(a.bounds), rectOf(b.bounds)), `${def.id}: ${a.bpmnElement.id} / ${b.bpmnElement.id}`).toBe(false);
      }
    }
  });

  it('bpmnlint finds what its recommended rules look for (the check can fail)', async () => {
    // A task entered by two flows, as the renderer drew every rework target before it had merging gateways.
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="x">
<bpmn:process id="P" isExecutable="true">
<bpmn:startEvent id="S" name="Mulai"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
<bpmn:userTask id="A" name="A"><bpmn:incoming>f1</bpmn:incoming><bpmn:incoming>f5</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:userTask>
<bpmn:userTask id="B" name="B"><bpmn:incoming>f2</bpmn:incoming><bpmn:outgoing>f3</bpmn:outgoing></bpmn:userTask>
<bpmn:exclusiveGateway id="G" name="Setuju?"><bpmn:incoming>f3</bpmn:incoming><bpmn:outgoing>f4</bpmn:outgoing><bpmn:outgoing>f5</bpmn:outgoing></bpmn:exclusiveGateway>
<bpmn:endEvent id="E" name="Selesai"><bpmn:incoming>f4</bpmn:incoming></bpmn:endEvent>
<bpmn:sequenceFlow id="f1" sourceRef="S" targetRef="A"/><bpmn:sequenceFlow id="f2" sourceRef="A" targetRef="B"/>
<bpmn:sequenceFlow id="f3" sourceRef="B" targetRef="G"/>
<bpmn:sequenceFlow id="f4" name="Ya" sourceRef="G" targetRef="E"><bpmn:conditionExpression>\${ok}</bpmn:conditionExpression></bpmn:sequenceFlow>
<bpmn:sequenceFlow id="f5" name="Tidak" sourceRef="G" targetRef="A"><bpmn:conditionExpression>\${!ok}</bpmn:conditionExpression></bpmn:sequenceFlow>
</bpmn:process></bpmn:definitions>`;
    const reports = await lintRecommended(xml);
    expect(reports.filter((r) => r.startsWith('fake-join'))).toEqual(['fake-join: A: Incoming flows do not join']);
  });

  it("bpmnlint's recommended rules report nothing on any catalogue SOP or fixture", async () => {
    for (const def of [...catalogueSops, suratTugas, izin, panjang, jahat, lompat]) {
      expect(await lintRecommended(renderBpmn(def)), def.id).toEqual([]);
    }
  });

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

  it('bpmn-engine follows a SETUJU that skips ahead and a rework to the skipped step, through the merging gateways', async () => {
    const { visited, ended } = await run(lompat, ['SETUJU', 'TIDAK_SETUJU', 'SETUJU', 'SETUJU']);
    expect(visited).toEqual(['Task_ajukan', 'Task_periksa', 'Task_putuskan', 'Task_lengkapi', 'Task_putuskan', 'Task_tetapkan', 'Task_arsipkan']);
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
    for (const def of catalogueSops) {
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

describe('renderBpmn: a refusal that goes forward (issue 10)', () => {
  it('the refusal path is drawn again and ends in its own Ditolak end event; bpmn-moddle reads it clean', async () => {
    const def = catalogue['pendaftaran-narasumber'];
    const { rootElement, warnings } = await parse(renderBpmn(def));
    expect(warnings).toEqual([]);
    const process = rootElement.rootElements.find((r: any) => r.$type === 'bpmn:Process');
    const elements: any[] = process.flowElements;
    const tidak = elements.find((x) => x.id === 'Flow_persetujuan-ketua_tidak');
    expect(tidak.targetRef.id).toBe('Task_kirim-surat-keterangan_tolak_persetujuan-ketua');
    expect(tidak.targetRef.name).toMatch(/^5\. .*\(ditolak 4\)$/);
    expect(tidak.targetRef.outgoing.map((f: any) => f.targetRef.id)).toEqual(['End_ditolak_persetujuan-ketua']);
    const ends = elements.filter((x) => x.$type === 'bpmn:EndEvent').map((x) => [x.id, x.name]);
    expect(ends.sort()).toEqual([
      ['End_ditolak_persetujuan-ketua', 'Ditolak'],
      ['End_selesai', 'Selesai'],
    ]);
    const drawn = new Set(rootElement.diagrams[0].plane.planeElement.map((p: any) => p.bpmnElement.id));
    for (const x of elements) expect(drawn.has(x.id), x.id).toBe(true);
  });

  it('bpmn-engine runs both outcomes: SETUJU ends Selesai, TIDAK SETUJU sends the letter and ends Ditolak', async () => {
    const def = catalogue['pendaftaran-narasumber'];
    const steps = ['input-pendaftaran', 'analisa-data', 'verifikasi-profil', 'persetujuan-ketua'].map((id) => `Task_${id}`);
    expect(await run(def, ['SETUJU'])).toEqual({ visited: [...steps, 'Task_kirim-surat-keterangan'], ended: 'End_selesai' });
    expect(await run(def, ['TIDAK_SETUJU'])).toEqual({
      visited: [...steps, 'Task_kirim-surat-keterangan_tolak_persetujuan-ketua'],
      ended: 'End_ditolak_persetujuan-ketua',
    });
  });
});
