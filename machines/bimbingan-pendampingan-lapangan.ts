/**
 * SOP Bimbingan dan Pendampingan di Lapangan (061/ 1625.3 /DISKOPUKM), transcribed from
 * `shared/seeds/001_8d931621a3aeff30.txt` (the fifth SOP of that file, lines 129–173).
 *
 * @packageDocumentation
 */
import { defineSop } from 'sop-ap';
import { bidangPemberdayaanUsahaKecil } from './units.js';

/**
 * SOP Bimbingan dan Pendampingan di Lapangan of the Bidang Pemberdayaan Usaha Kecil: the Tim
 * Kerja prepares the material for field guidance of former Diklat participants, the Pejabat
 * Level 2 inventories it, the Pejabat Level 1 checks it (a refusal goes back to the Pejabat
 * Level 2), and the Tim Kerja prepares and distributes it.
 *
 * @example
 * ```ts
 * import { bimbinganPendampinganLapangan } from 'sop-ap/machines'
 * bimbinganPendampinganLapangan.nama // 'Bimbingan dan Pendampingan di Lapangan'
 * ```
 */
export const bimbinganPendampinganLapangan = defineSop({
  id: 'bimbingan-pendampingan-lapangan',
  nomor: '061/ 1625.3 /DISKOPUKM',
  nama: 'Bimbingan dan Pendampingan di Lapangan',
  unit: bidangPemberdayaanUsahaKecil,
  tanggalPembuatan: '31 Agustus 2023',
  tanggalEfektif: 'Agustus 2023',
  dasarHukum: [
    'Peraturan Gubernur Nomor 125 Tahun 2021 tentang tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi Serta Tata Kerja Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat;',
    'Peraturan Gubernur Nomor 206 Tahun 2021 tentang Kedudukan, Susunan Organisasi Tugas dan Fungsi serta Tata Kerja Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat.',
  ],
  kualifikasiPelaksana: [
    'Pendidikan minimal D-III',
    'Memahami prosedur Protokol Penyelenggaraan Bimbingan dan Pendampingan',
    'Bisa Mengoperasikan Komputer',
  ],
  keterkaitan: [
    { text: 'SOP Penyelenggaraan Surat Keluar' },
    { text: 'SOP Pembuatan Surat Tugas (ST) Pelaksanaan Kegiatan' },
    { text: 'SOP Pembuatan Surat Keputusan (SK) Kegiatan' },
  ],
  peralatan: ['Komputer/Laptop', 'Printer', 'Alat Tulis Kantor'],
  peringatan: [
    'Perlu dilakukan dalam rangka pengembangan dan peningkatan',
    'Mengetahui sejauh mana dalam penguasaan ilmu yang diterapkan',
    'Mengetahui kesiapan Kabupaten/Kota dalam mempersiapkan kebutuhan',
  ],
  pencatatan: ['Hasil bimbingan dan pendampingan', 'Permasalahan dan Kendala', 'Evaluasi serta tindak lanjut'],
  source: 'shared/seeds/001_8d931621a3aeff30.txt',
  notes: [
    { field: 'nomor', text: 'Written "061/ 1625.3 /DISKOPUKM"; kept with its spaces as written.' },
    {
      field: 'nama',
      text: 'The "Nama SOP" row is cut by a page break after "Bimbingan dan Pendampingan di L"; completed from the table heading of the same SOP, "SOP Bimbingan dan Pendampingan di Lapangan".',
    },
    {
      field: 'unit',
      text: 'The header reads "PEMERINTAH PROVINSI KALIMANTAN BARAT", "DINAS KOPERASI, USAHA KECIL DAN MENENGAH PROVINSI KALIMANTAN BARAT", and the unit "Bidang Pemberdayaan Usaha Kecil".',
    },
    { field: 'disahkanOleh', text: 'The "Disahkan oleh" cell is blank; no signature text appears near this SOP.' },
    {
      field: 'keterkaitan',
      text: 'None of the three SOPs named is in the catalogue ("SOP Pembuatan Surat Keputusan (SK) Kegiatan" is not "Pembuatan SK Tim Kerja Bidang 3"); nothing is linked.',
    },
    {
      field: 'lanes',
      text: 'Lanes: Ketua Tim Kerja, Anggota Tim Kerja, Pejabat Level 2 (Pimpinan Unit), Pejabat Level 1 (Pejabat Penilai Kinerja). No row names its performer; all are read from the hand-overs between rows. The Ket column is empty in every row.',
    },
  ],
  steps: [
    {
      id: 'perintah-siapkan-bimbingan',
      label: '1',
      uraian:
        'Memerintahkan kepada Anggota Tim Kerja untuk menyiapkan bimbingan dan pendampingan di lapangan kepada peserta Diklat pasca pelatihan;',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'Agenda kerja',
      waktu: '10 Menit',
      output: 'Disposisi',
      notes: [
        {
          field: 'pelaksana',
          text: 'The row orders the Anggota Tim Kerja, who passes the material back "ke Ketua Tim Kerja" in row 2: read as the Ketua Tim Kerja.',
        },
      ],
    },
    {
      id: 'siapkan-bahan',
      label: '2',
      uraian:
        'Menyiapkan bahan bimbingan dan pendampingan di lapangan kepada peserta Diklat dan diteruskan ke Ketua Tim Kerja;',
      pelaksana: ['anggota-tim-kerja'],
      kelengkapan: 'Disposisi',
      waktu: '10 Menit',
      output: 'Disposisi',
      notes: [{ field: 'pelaksana', text: 'Row 1 orders the Anggota Tim Kerja to prepare; this row prepares and passes to the Ketua: read as the Anggota Tim Kerja.' }],
    },
    {
      id: 'konsep-koordinasi-bahan',
      label: '3',
      uraian:
        'Mengonsep dan mengkoordinasikan bahan yang digunakan dalam bimbingan dan pendampingan di lapangan kepada Pejabat Level 2;',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'Bahan bimbingan dan pendampingan di lapangan',
      waktu: '15 Menit',
      output: 'Konsep bahan bimbingan dan pendampingan di lapangan, disposisi',
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 2 passes the material "ke Ketua Tim Kerja", and this row drafts it and coordinates it with the Pejabat Level 2: read as the Ketua Tim Kerja. (Alternative reading: the Anggota Tim Kerja.)',
        },
      ],
    },
    {
      id: 'inventarisasi-bahan',
      label: '4',
      uraian:
        'Menginventarisir dan mengidentifikasi bahan yang digunakan dalam bimbingan dan pendampingan di lapangan untuk ditindaklanjuti oleh Pejabat Level 1;',
      pelaksana: ['pejabat-level-2'],
      kelengkapan: 'Konsep bahan bimbingan dan pendampingan di lapangan, disposisi',
      waktu: '1 Jam',
      output: 'Draft Bahan bimbingan dan pendampingan di lapangan, disposisi',
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 3 coordinates the konsep "kepada Pejabat Level 2", and this row hands it on "untuk ditindaklanjuti oleh Pejabat Level 1": read as the Pejabat Level 2.',
        },
      ],
    },
    {
      id: 'koreksi-level-1',
      label: '5',
      uraian:
        'Mengoreksi/meneliti bahan bimbingan dan pendampingan di lapangan dan meneruskannya kepada Ketua Tim Kerja untuk ditindaklanjuti dan apabila tidak, maka akan dikembalikan ke Pejabat Level 2;',
      pelaksana: ['pejabat-level-1'],
      kelengkapan: 'Draft Bahan bimbingan dan pendampingan di lapangan, disposisi',
      waktu: '15 Menit',
      output: 'Draft Bahan bimbingan dan pendampingan di lapangan, disposisi',
      decision: { tidakSetuju: { action: 'rework', to: 'inventarisasi-bahan' } },
      notes: [
        { field: 'pelaksana', text: 'Row 4 hands the draft on "untuk ditindaklanjuti oleh Pejabat Level 1": read as the Pejabat Level 1.' },
        {
          field: 'decision.tidakSetuju',
          text: '"apabila tidak, maka akan dikembalikan ke Pejabat Level 2": back to the Pejabat Level 2\'s row 4. The seed keeps a "Tidak" mark in this row\'s Pejabat Level 2 column, where the refusal arrow lands.',
        },
      ],
    },
    {
      id: 'perintah-persiapan',
      label: '6',
      uraian: 'Memerintahkan kepada Anggota Tim Kerja untuk persiapan bimbingan dan pendampingan di lapangan;',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'Bahan bimbingan dan pendampingan di lapangan, disposisi',
      waktu: '10 Menit',
      output: 'Bahan bimbingan dan pendampingan di lapangan, disposisi',
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 5 passes the checked material "kepada Ketua Tim Kerja untuk ditindaklanjuti", and this row orders the Anggota Tim Kerja: read as the Ketua Tim Kerja.',
        },
      ],
    },
    {
      id: 'persiapan-distribusi',
      label: '7',
      uraian: 'Persiapan bimbingan dan pendampingan di lapangan untuk dilaksanakan dan didistribusikan.',
      pelaksana: ['anggota-tim-kerja'],
      kelengkapan: 'Bahan bimbingan dan pendampingan di lapangan, disposisi',
      waktu: '10 Menit',
      output: 'Bahan bimbingan dan pendampingan di lapangan',
      notes: [{ field: 'pelaksana', text: 'Row 6 orders the Anggota Tim Kerja to prepare; this row is that preparation: read as the Anggota Tim Kerja.' }],
    },
  ],
});
