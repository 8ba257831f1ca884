/**
 * SOP Penyiapan Sarana dan Prasarana Diklat (061/ 1625.2 /DISKOPUKM), transcribed from
 * `shared/seeds/001_8d931621a3aeff30.txt` (the fourth SOP of that file, lines 102–125).
 *
 * @packageDocumentation
 */
import { defineSop } from 'sop-ap';
import { bidangPemberdayaanUsahaKecil } from './units.js';

/**
 * SOP Penyiapan Sarana dan Prasarana Diklat of the Bidang Pemberdayaan Usaha Kecil: the Tim
 * Kerja prepares and inventories the facilities for a Diklat, the Pejabat Level 2 identifies
 * them, the Pejabat Level 1 checks them (a refusal goes back to the Pejabat Level 2), and the
 * Tim Kerja gets them ready.
 *
 * @example
 * ```ts
 * import { penyiapanSaranaPrasaranaDiklat } from 'sop-ap/machines'
 * penyiapanSaranaPrasaranaDiklat.steps.length // 7
 * ```
 */
export const penyiapanSaranaPrasaranaDiklat = defineSop({
  id: 'penyiapan-sarana-prasarana-diklat',
  nomor: '061/ 1625.2 /DISKOPUKM',
  nama: 'Penyiapan Sarana dan Prasarana Diklat',
  unit: bidangPemberdayaanUsahaKecil,
  tanggalPembuatan: '31 Agustus 2023',
  tanggalEfektif: 'Agustus 2023',
  dasarHukum: [
    'Peraturan Menteri Dalam Negeri Nomor 01 Tahun 2023 Tentang Tata Naskah Dinas di lingkungan Pemerintah Daerah.',
    'Pergub Kalbar Nomor 106 tahun 2021 tentang Tata Naskah Dinas di lingkungan Pemerintah Provinsi Kalbar.',
    'Pergub Kalbar Nomor 19 tahun 2018 tentang Perubahan Ketiga Peraturan Gubernur Kalimantan Barat Nomor 64 Tahun 2014 Tentang Petunjuk Teknis Penggunaan dan Pemanfaatan Barang Milik Daerah Dalam Bentuk Sewa dan Pinjam Pakai di Lingkungan Pemerintah Provinsi Kalimantan Barat;',
    'Peraturan Gubernur Nomor 125 Tahun 2021 tentang tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi Serta Tata Kerja Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat;',
    'Peraturan Gubernur Nomor 206 Tahun 2021 tentang Kedudukan, Susunan Organisasi Tugas dan Fungsi serta Tata Kerja Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat.',
  ],
  kualifikasiPelaksana: [
    'Pendidikan minimal D-III',
    'Memahami Peraturan dan Kebijakan',
    'Memahami format penyiapan sarana dan prasarana diklat',
    'Bisa Mengoperasikan Komputer',
  ],
  keterkaitan: [
    { text: 'SOP Penyelenggaraan Surat Keluar' },
    { text: 'SOP Pelaksanaan Kegiatan Diklat', sopId: 'pelaksanaan-kegiatan-diklat' },
    { text: 'SOP Penyiapan Bahan/Materi Diklat', sopId: 'penyiapan-bahan-materi-diklat' },
    { text: 'SOP Penyiapan Tenaga Pelatih/Instruktur/Fasilitator' },
    { text: 'SOP Koordinasi dan Kerjasama' },
    { text: 'SOP Pembuatan Surat Keputusan (SK) Kegiatan' },
  ],
  peralatan: ['Name Tag', 'Sound System', 'Laptop, infocus, printer', 'Ruang kelas dan asrama penginapan', 'Alat Tulis Kantor'],
  peringatan: ['Merupakan tim teknis/pelaksanaan program, dibuat dari turunan Surat Keputusan'],
  pencatatan: ['Tujuan, waktu, tempat dan tim teknis pelaksanaan program/kegiatan'],
  source: 'shared/seeds/001_8d931621a3aeff30.txt',
  notes: [
    { field: 'nomor', text: 'Written "061/ 1625.2 /DISKOPUKM"; kept with its spaces as written.' },
    {
      field: 'unit',
      text: 'The header is written in capitals: "PEMERINTAH PROVINSI KALIMANTAN BARAT", "DINAS KOPERASI, USAHA KECIL DAN MENENGAH PROVINSI KALIMANTAN BARAT", and the unit "Bidang Pemberdayaan Usaha Kecil".',
    },
    { field: 'disahkanOleh', text: 'The "Disahkan oleh" cell is blank; no signature text appears near this SOP.' },
    {
      field: 'kualifikasiPelaksana',
      text: 'The paper numbers the items 1, 3, 4, 5 (no item 2); the four items are kept in order.',
    },
    {
      field: 'keterkaitan',
      text: '"SOP Pelaksanaan Kegiatan Diklat" and "SOP Penyiapan Bahan/Materi Diklat" are linked to the catalogue SOPs of the same names. "SOP Pembuatan Surat Keputusan (SK) Kegiatan" is not the catalogue\'s "Pembuatan SK Tim Kerja Bidang 3" and is left unlinked.',
    },
    {
      field: 'lanes',
      text: 'Lanes: Ketua Tim Kerja, Anggota Tim Kerja, Pejabat Level 2 (Pimpinan Unit), Pejabat Level 1 (Pejabat Penilai Kinerja). No row names its performer; all are read from the hand-overs between rows. The Ket column is empty in every row.',
    },
  ],
  steps: [
    {
      id: 'perintah-siapkan-sarpras',
      label: '1',
      uraian: 'Memerintahkan kepada Anggota Tim untuk menyiapkan Sarana dan Prasarana kegiatan Diklat;',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'Agenda kerja',
      waktu: '10 Menit',
      output: 'Disposisi',
      notes: [
        {
          field: 'pelaksana',
          text: 'The row orders the Anggota Tim, who reports back "kepada Ketua Tim Kerja" in row 2: read as the Ketua Tim Kerja.',
        },
      ],
    },
    {
      id: 'siapkan-sarpras',
      label: '2',
      uraian: 'Menyiapkan Sarana dan Prasarana kegiatan Diklat dan dilaporkan kepada Ketua Tim Kerja;',
      pelaksana: ['anggota-tim-kerja'],
      kelengkapan: 'Disposisi',
      waktu: '10 Menit',
      output: 'Disposisi',
      notes: [{ field: 'pelaksana', text: 'Row 1 orders the Anggota Tim to prepare; this row prepares and reports to the Ketua: read as the Anggota Tim Kerja.' }],
    },
    {
      id: 'inventarisasi-sarpras',
      label: '3',
      uraian:
        'Menginventarisir Sarana dan Prasarana yang digunakan dalam pelaksanaan kegiatan Diklat dan dikoordinasikan kepada Pejabat Level 2.',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'Disposisi',
      waktu: '15 Menit',
      output: 'Sarana dan Prasarana Diklat, Disposisi',
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 2 reports "kepada Ketua Tim Kerja", and this row passes the inventory on to the Pejabat Level 2: read as the Ketua Tim Kerja. (Alternative reading: the Anggota Tim Kerja.)',
        },
      ],
    },
    {
      id: 'identifikasi-sarpras',
      label: '4',
      uraian:
        'Mengidentifikasi Sarana dan Prasarana Diklat dan meneruskannya kepada Pejabat Level 1 untuk ditindaklanjuti;',
      pelaksana: ['pejabat-level-2'],
      kelengkapan: 'Sarana dan Prasarana Diklat, Disposisi',
      waktu: '1 Jam',
      output: 'Sarana dan Prasarana Diklat, Disposisi',
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 3 coordinates "kepada Pejabat Level 2", and this row passes on to the Pejabat Level 1; row 5 returns refusals "kepada Pejabat Level 2": read as the Pejabat Level 2.',
        },
      ],
    },
    {
      id: 'koreksi-level-1',
      label: '5',
      uraian:
        'Mengoreksi/meneliti Sarana dan Prasarana Diklat dan meneruskannya kepada Ketua Tim Kerja untuk ditindaklanjuti, kalau tidak setuju dikembalikan kepada Pejabat Level 2 untuk diperbaiki;',
      pelaksana: ['pejabat-level-1'],
      kelengkapan: 'Sarana dan Prasarana Diklat, Disposisi',
      waktu: '15 Menit',
      output: 'Sarana dan Prasarana Diklat, Disposisi',
      decision: { tidakSetuju: { action: 'rework', to: 'identifikasi-sarpras' } },
      notes: [
        { field: 'pelaksana', text: 'Row 4 passes the list "kepada Pejabat Level 1 untuk ditindaklanjuti": read as the Pejabat Level 1.' },
        {
          field: 'decision.tidakSetuju',
          text: '"kalau tidak setuju dikembalikan kepada Pejabat Level 2 untuk diperbaiki": back to the Pejabat Level 2\'s row 4.',
        },
      ],
    },
    {
      id: 'perintah-persiapan',
      label: '6',
      uraian: 'Memerintahkan kepada Anggota Tim Kerja untuk persiapan Sarana dan Prasarana penyelenggaraan Diklat;',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'Sarana dan Prasarana Diklat, Disposisi',
      waktu: '10 Menit',
      output: 'Sarana dan Prasarana Diklat, Disposisi',
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 5 passes the checked list "kepada Ketua Tim Kerja untuk ditindaklanjuti", and this row orders the Anggota Tim Kerja: read as the Ketua Tim Kerja.',
        },
      ],
    },
    {
      id: 'persiapan-sarpras',
      label: '7',
      uraian: 'Persiapan Sarana dan Prasarana Diklat untuk penyelenggaraan.',
      pelaksana: ['anggota-tim-kerja'],
      kelengkapan: 'Sarana dan Prasarana Diklat, Disposisi',
      waktu: '10 Menit',
      output: 'Sarana dan Prasarana Diklat',
      notes: [{ field: 'pelaksana', text: 'Row 6 orders the Anggota Tim Kerja to prepare; this row is that preparation: read as the Anggota Tim Kerja.' }],
    },
  ],
});
