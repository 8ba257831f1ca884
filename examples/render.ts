// The official SOP AP document, Mermaid and BPMN 2.0 from one definition.
// Run: npx tsx examples/render.ts [output-directory]   (default: ./sop-render)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineSop, laneOrder, renderBpmn, renderHtml, renderMermaid, renderSvg } from 'sop-ap';
import { getSop } from 'sop-ap/machines';

const out = resolve(process.argv[2] ?? 'sop-render');
mkdirSync(out, { recursive: true });

// 1. A catalogue SOP as the printable SOP AP document (open it in a browser, print A4 landscape)
const plut = getSop('peningkatan-pelayanan-plut');
writeFileSync(join(out, 'plut.html'), renderHtml(plut));
console.log(`dokumen: ${join(out, 'plut.html')}`);

// 2. The same columns as the paper original: Fungsional Umum on the left up to Kepala Dinas
const paper = ['fungsional-umum', 'pendamping-plut', 'kepala-sub-bidang', 'kepala-bidang', 'sekretaris', 'kepala-dinas'];
writeFileSync(join(out, 'plut-seperti-kertas.html'), renderHtml(plut, { lanes: paper }));
console.log(`kolom pelaksana: ${laneOrder(plut, { lanes: paper }).map((l) => l.name).join(' | ')}`);

// 3. Your own SOP: the flowchart as SVG, Mermaid for the wiki, BPMN for Camunda Modeler
const suratTugas = defineSop({
  id: 'surat-tugas',
  nama: 'Pembuatan Surat Tugas',
  steps: [
    { id: 'disposisi', label: '1', uraian: 'Memerintahkan pembuatan surat tugas', pelaksana: ['kepala-dinas'], waktu: '5 Menit' },
    { id: 'konsep', label: '2', uraian: 'Membuat konsep surat tugas', pelaksana: ['kasubbag-tu'], waktu: '25 Menit', output: 'Konsep' },
    {
      id: 'koreksi',
      label: '3',
      uraian: 'Mengoreksi konsep; jika tidak setuju dikembalikan untuk diperbaiki',
      pelaksana: ['kepala-bidang'],
      waktu: '15 Menit',
      decision: { tidakSetuju: { action: 'rework', to: 'konsep' } },
    },
    { id: 'tandatangan', label: '4', uraian: 'Menandatangani surat tugas', pelaksana: ['kepala-dinas'], waktu: '5 Menit' },
  ],
});
writeFileSync(join(out, 'surat-tugas.svg'), renderSvg(suratTugas));
writeFileSync(join(out, 'surat-tugas.bpmn'), renderBpmn(suratTugas));
const mermaid = renderMermaid(suratTugas);
writeFileSync(join(out, 'surat-tugas.mmd'), mermaid);
console.log('```mermaid');
console.log(mermaid.trimEnd());
console.log('```');
