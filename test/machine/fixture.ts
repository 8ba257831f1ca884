import { defineSop } from 'sop-ap';

/**
 * A small SOP written for the machine tests, shaped like the seeds' "Pelaksanaan Pelatihan/Bimtek":
 * a task, a decision with rework, a second decision with rework, a decision that ends the case,
 * and a step with two performers.
 */
export const sopUji = defineSop({
  id: 'sop-uji',
  nama: 'SOP Uji',
  steps: [
    { id: 'perintah', label: '1', uraian: 'Memerintahkan Anggota Tim Kerja menyiapkan bahan', pelaksana: ['ketua-tim-kerja'], waktu: '5 Menit' },
    { id: 'siapkan-bahan', label: '2', uraian: 'Menyiapkan bahan', pelaksana: ['anggota-tim-kerja'], waktu: '1 jam' },
    {
      id: 'verifikasi',
      label: '3',
      uraian: 'Verifikasi; jika tidak setuju dikembalikan kepada Anggota Tim Kerja',
      pelaksana: ['ketua-tim-kerja'],
      waktu: '15 Menit',
      decision: { tidakSetuju: { action: 'rework', to: 'siapkan-bahan' } },
    },
    {
      id: 'koreksi-kabid',
      label: '4',
      uraian: 'Mengoreksi; jika tidak setuju dikembalikan ke Ketua Tim Kerja',
      pelaksana: ['kepala-bidang'],
      waktu: '15 Menit',
      decision: { tidakSetuju: { action: 'rework', to: 'verifikasi' } },
    },
    {
      id: 'telaah-kadis',
      label: '5',
      uraian: 'Menelaah; jika tidak setuju permohonan ditolak',
      pelaksana: ['kepala-dinas'],
      waktu: '15 Menit',
      decision: { tidakSetuju: { action: 'end' } },
    },
    { id: 'laksanakan', label: '6', uraian: 'Kasi bersama Pendamping PLUT melaksanakan kegiatan', pelaksana: ['kepala-sub-bidang', 'pendamping-plut'], waktu: '2 Hari' },
  ],
});
