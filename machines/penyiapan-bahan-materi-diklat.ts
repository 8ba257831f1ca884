/**
 * SOP Penyiapan Bahan/Materi Diklat (061/ 1625.1 /DISKOPUKM), transcribed from
 * `shared/seeds/001_8d931621a3aeff30.txt` (the third SOP of that file, lines 71–100).
 *
 * @packageDocumentation
 */
import { defineSop } from 'sop-ap';
import { bidangPemberdayaanUsahaKecil } from './units.js';

/**
 * SOP Penyiapan Bahan/Materi Diklat of the Bidang Pemberdayaan Usaha Kecil: the Tim Kerja
 * prepares and drafts the training material, the Pejabat Level 2 and Level 1 check it (each
 * refusal goes back for correction), and the Anggota Tim Kerja documents and distributes it.
 *
 * @example
 * ```ts
 * import { penyiapanBahanMateriDiklat } from 'sop-ap/machines'
 * penyiapanBahanMateriDiklat.steps.length // 8
 * ```
 */
export const penyiapanBahanMateriDiklat = defineSop({
  id: 'penyiapan-bahan-materi-diklat',
  nomor: '061/ 1625.1 /DISKOPUKM',
  nama: 'Penyiapan Bahan/Materi Diklat',
  unit: bidangPemberdayaanUsahaKecil,
  tanggalPembuatan: '31 Agustus 2023',
  tanggalEfektif: 'Agustus 2023',
  dasarHukum: [
    'Peraturan Menteri Dalam Negeri Nomor 01 Tahun 2023 Tentang Tata Naskah Dinas;',
    'Pergub Kalbar nomor 106 tahun 2021 tentang Tata Naskah dinas di lingkungan Pemerintah;',
    'Peraturan Gubernur Nomor 125 Tahun 2021 tentang tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi Serta Tata Kerja Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat;',
    'Peraturan Gubernur Nomor 206 Tahun 2021 tentang Kedudukan, Susunan Organisasi Tugas dan Fungsi serta Tata Kerja Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat.',
  ],
  kualifikasiPelaksana: ['Pendidikan minimal D.III', 'Memahami secara teknis penyusunan bahan/materi diklat'],
  keterkaitan: [
    { text: 'SOP Penyelenggaraan Surat Keluar' },
    { text: 'SOP Pelaksanaan Kegiatan Diklat', sopId: 'pelaksanaan-kegiatan-diklat' },
    { text: 'SOP Penyiapan Sarana dan Prasarana Diklat', sopId: 'penyiapan-sarana-prasarana-diklat' },
    { text: 'SOP Penyiapan Tenaga Pelatih/Instruktur/Fasilitator' },
    { text: 'SOP Koordinasi dan Kerjasama' },
  ],
  peralatan: ['Komputer/Laptop', 'Printer', 'Alat Tulis Kantor'],
  peringatan: ['Ketelitian dan kecermatan dalam menganalisa bahan/materi diklat'],
  pencatatan: ['Menghimpun data bahan/materi dari semua seksi yang ada'],
  source: 'shared/seeds/001_8d931621a3aeff30.txt',
  notes: [
    { field: 'nomor', text: 'Written "061/ 1625.1 /DISKOPUKM"; kept with its spaces as written.' },
    {
      field: 'unit',
      text: 'The header is written in capitals: "PEMERINTAH PROVINSI KALIMANTAN BARAT", "DINAS KOPERASI, USAHA KECIL DAN MENENGAH PROVINSI KALIMANTAN BARAT", and the unit "Bidang Pemberdayaan Usaha Kecil".',
    },
    { field: 'disahkanOleh', text: 'The "Disahkan oleh" cell is blank; no signature text appears near this SOP.' },
    {
      field: 'keterkaitan',
      text: '"SOP Pelaksanaan Kegiatan Diklat" and "SOP Penyiapan Sarana dan Prasarana Diklat" are linked to the catalogue SOPs of the same names.',
    },
    {
      field: 'lanes',
      text: 'Lanes: Ketua Tim Kerja, Anggota Tim Kerja, Pejabat Level 2 (Pimpinan Unit), Pejabat Level 1 (Pejabat Penilai Kinerja). The Ket column is empty in every row.',
    },
  ],
  steps: [
    {
      id: 'perintah-siapkan-bahan',
      label: '1',
      uraian:
        'Ketua Tim Kerja memerintahkan kepada anggota tim kerja untuk menyiapkan bahan/materi kegiatan Diklat sesuai DPA;',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'Agenda kerja',
      waktu: '10 Menit',
      output: 'Disposisi',
    },
    {
      id: 'siapkan-bahan',
      label: '2',
      uraian: 'Anggota tim kerja menyiapkan bahan/materi kegiatan Diklat dan dilaporkan kepada Ketua Tim Kerja;',
      pelaksana: ['anggota-tim-kerja'],
      kelengkapan: 'Disposisi',
      waktu: '10 Menit',
      output: 'Disposisi',
    },
    {
      id: 'konsep-bahan',
      label: '3',
      uraian:
        'Menkonsep bahan/materi yang digunakan untuk pelaksanaan kegiatan Diklat dan diteruskan kepada Pejabat Level 2 untuk ditindaklanjuti ;',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'Disposisi',
      waktu: '15 Menit',
      output: 'Konsep Bahan/Materi Diklat, Disposisi',
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 2 reports the prepared material "kepada Ketua Tim Kerja", and this row passes the konsep on to the Pejabat Level 2: read as the Ketua Tim Kerja. (Alternative reading: the Anggota Tim Kerja drafts it.)',
        },
      ],
    },
    {
      id: 'koreksi-draft-level-2',
      label: '4',
      uraian:
        'Mengoreksi/meneliti draft Bahan/Materi Diklat, kalau setuju meneruskannya kepada Pejabat Level 1 untuk ditindaklanjuti, kalau tidak setuju dikembalikan kepada Pejabat Level 2 untuk diperbaiki;',
      pelaksana: ['pejabat-level-2'],
      kelengkapan: 'Konsep Bahan/Materi Diklat, Disposisi',
      waktu: '1 Jam',
      output: 'Draft Bahan/Materi Diklat, Disposisi',
      decision: { tidakSetuju: { action: 'rework', to: 'konsep-bahan' } },
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 3 passes the konsep "kepada Pejabat Level 2 untuk ditindaklanjuti", and this row passes it on "kepada Pejabat Level 1": read as the Pejabat Level 2.',
        },
        {
          field: 'decision.tidakSetuju',
          text: '"kalau tidak setuju dikembalikan kepada Pejabat Level 2 untuk diperbaiki" names the checker\'s own lane (the same words as row 5, apparently copied), and the Pejabat Level 2 has no earlier row. The case goes back to row 3, which produced the konsep being checked. To be confirmed.',
        },
      ],
    },
    {
      id: 'koreksi-level-1',
      label: '5',
      uraian:
        'Mengoreksi/meneliti Bahan/Materi Diklat dan meneruskannya kepada Pejabat Level 1 untuk ditindaklanjuti, kalau tidak setuju dikembalikan kepada Pejabat Level 2 untuk diperbaiki;',
      pelaksana: ['pejabat-level-1'],
      kelengkapan: 'Draft Bahan/Materi Diklat, Disposisi',
      waktu: '15 Menit',
      output: 'Draft Bahan/Materi Diklat, Disposisi',
      decision: { tidakSetuju: { action: 'rework', to: 'koreksi-draft-level-2' } },
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 4 passes the draft "kepada Pejabat Level 1", and a refusal here goes back "kepada Pejabat Level 2": read as the Pejabat Level 1. The words "meneruskannya kepada Pejabat Level 1" in this row repeat row 4 and are kept as written.',
        },
        {
          field: 'decision.tidakSetuju',
          text: '"dikembalikan kepada Pejabat Level 2 untuk diperbaiki": back to the Pejabat Level 2\'s row 4.',
        },
      ],
    },
    {
      id: 'koordinasi-ketua',
      label: '6',
      uraian: 'Mengkoordinasikan dengan Ketua Tim Kerja terkait draft Bahan/ Materi Diklat untuk ditindaklanjuti;',
      pelaksana: ['pejabat-level-1'],
      kelengkapan: 'Draft Bahan/Materi Diklat, Disposisi',
      waktu: '15 Menit',
      output: 'Draft Bahan/Materi Diklat, Disposisi',
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 5 passes the material to the Pejabat Level 1 "untuk ditindaklanjuti", and this row coordinates "dengan Ketua Tim Kerja": read as the Pejabat Level 1 (as in row 9 of SOP Pelaksanaan Kegiatan Diklat).',
        },
      ],
    },
    {
      id: 'perintah-dokumentasi',
      label: '7',
      uraian: 'Memerintahkan kepada pegawai untuk mendokumentasikan Bahan/Materi Diklat untuk ditindaklanjuti;',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'Bahan/Materi Diklat, Disposisi',
      waktu: '10 Menit',
      output: 'Bahan/Materi Diklat, Disposisi',
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 6 coordinates with the Ketua Tim Kerja, who then orders "pegawai" (the Anggota Tim Kerja) to document, as the Ketua does in the sibling Diklat SOPs: read as the Ketua Tim Kerja.',
        },
      ],
    },
    {
      id: 'dokumentasi-distribusi',
      label: '8',
      uraian: 'Mendokumentasikan Bahan/Materi Diklat dan mendistribusikannya.',
      pelaksana: ['anggota-tim-kerja'],
      kelengkapan: 'Bahan/Materi Diklat, Disposisi',
      waktu: '10 Menit',
      output: 'Bahan/Materi Diklat',
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 7 orders "pegawai" to document; the only staff lane is the Anggota Tim Kerja: read as the Anggota Tim Kerja.',
        },
      ],
    },
  ],
});
