/**
 * SOP Pelaksanaan Kegiatan Diklat (061/ 1625 /DISKOPUKM), transcribed from
 * `shared/seeds/001_8d931621a3aeff30.txt` (the first SOP of that file, lines 3–42).
 *
 * @packageDocumentation
 */
import { defineSop } from 'sop-ap';
import { bidangPemberdayaanUsahaKecil } from './units.js';

/**
 * SOP Pelaksanaan Kegiatan Diklat of the Bidang Pemberdayaan Usaha Kecil: the Tim Kerja and
 * the Pejabat Level 2 / Level 1 prepare what a Diklat needs, check the draft twice (Anggota
 * Tim Kerja, then Ketua Tim Kerja), coordinate, and document and distribute it. The document's
 * numbering is broken (1 … 7, 9, 8, 9) and kept as written.
 *
 * @example
 * ```ts
 * import { pelaksanaanKegiatanDiklat } from 'sop-ap/machines'
 * pelaksanaanKegiatanDiklat.steps.map((s) => s.label) // ['1', … '7', '9', '8', '9']
 * ```
 */
export const pelaksanaanKegiatanDiklat = defineSop({
  id: 'pelaksanaan-kegiatan-diklat',
  nomor: '061/ 1625 /DISKOPUKM',
  nama: 'Pelaksanaan Kegiatan Diklat',
  unit: bidangPemberdayaanUsahaKecil,
  tanggalPembuatan: '31 Agustus 2023',
  tanggalEfektif: 'Agustus 2023',
  dasarHukum: [
    'Peraturan Menteri Dalam Negeri Nomor 01 Tahun 2023 Tentang Tata Naskah Dinas',
    'Pergub Kalbar Nomor 106 tahun 2021 tentang Tata Naskah dinas di lingkungan Pemerintah;',
    'Peraturan Gubernur Nomor 125 Tahun 2021 tentang tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi Serta Tata Kerja Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat',
    'Peraturan Gubernur Nomor 206 Tahun 2021 tentang Kedudukan, Susunan Organisasi Tugas dan Fungsi serta Tata Kerja Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat',
  ],
  kualifikasiPelaksana: ['Pendidikan minimal D-III', 'Memahami Peraturan dan Kebijakan', 'Bisa Mengoperasikan Komputer'],
  keterkaitan: [
    { text: 'SOP Penyelenggaraan Surat Keluar' },
    { text: 'SOP Penyiapan Bahan/Materi Diklat', sopId: 'penyiapan-bahan-materi-diklat' },
    { text: 'SOP Penyiapan Sarana dan Prasarana Diklat', sopId: 'penyiapan-sarana-prasarana-diklat' },
    { text: 'SOP Penyiapan Tenaga Pelatih/Instruktur/Fasilitator' },
    { text: 'SOP Koordinasi dan Kerjasama' },
    { text: 'SOP Pembuatan Surat Keputusan (SK) Kegiatan' },
  ],
  peralatan: ['Komputer/Laptop', 'Printer', 'Buku agenda kerja', 'Alat Tulis Kantor'],
  peringatan: ['Harus ada kerjasama tim inti dalam pelaksanaan kegiatan diklat'],
  pencatatan: ['Tujuan, waktu, tempat dan tim inti pelaksanaan kegiatan diklat'],
  source: 'shared/seeds/001_8d931621a3aeff30.txt',
  notes: [
    {
      field: 'nomor',
      text: 'Written "061/ 1625 /DISKOPUKM", the number typed into the blank of a "061/ … /DISKOPUKM" form; kept with its spaces as written.',
    },
    {
      field: 'unit',
      text: 'The header is written in capitals: "PEMERINTAH PROVINSI KALIMANTAN BARAT", "DINAS KOPERASI, USAHA KECIL DAN MENENGAH PROVINSI KALIMANTAN BARAT", and the unit "Bidang Pemberdayaan Usaha Kecil". The province is carried by `pemerintah`.',
    },
    {
      field: 'disahkanOleh',
      text: 'The "Disahkan oleh" cell is blank. After the identity section the seed has a displaced fragment "sekolah Dasar dan Menengah / - / AIDI, MM / 198803 1 012" (a cut name and NIP, with a unit that is not this Dinas); it cannot be attributed with confidence, so disahkanOleh is left absent. Fragments of the same kind stand in the same file after the identity sections of layanan-konsultasi-pasca-pelatihan ("leha Kecil dan Menengah / AIDI, MM / 198603 1 012") and pendaftaran-narasumber ("… JUNAI, MM 0250809 198603 1 012"): all three SOPs are of the Bidang Pemberdayaan Usaha Kecil, August 2023, and each fragment is a name ending in "…AIDI, MM" or "…JUNAI, MM" and a NIP ending in "03 1 012". They probably belong to one signer (AIDI/JUNAI and 198603/198803 look like extraction slips), whose full name, jabatan and NIP are lost; disahkanOleh stays absent in all three, to be filled from the paper.',
    },
    {
      field: 'keterkaitan',
      text: '"SOP Penyiapan Bahan/Materi Diklat" and "SOP Penyiapan Sarana dan Prasarana Diklat" are linked to the catalogue SOPs of the same names. "SOP Pembuatan Surat Keputusan (SK) Kegiatan" is not the catalogue\'s "Pembuatan SK Tim Kerja Bidang 3" and is left unlinked.',
    },
    {
      field: 'lanes',
      text: 'Lanes: Ketua Tim Kerja, Anggota Tim Kerja, Pejabat Level 2 (Pimpinan Unit), Pejabat Level 1 (Pejabat Penilai Kinerja). The lane symbols were lost; performers are read from the step text and the hand-overs between rows.',
    },
  ],
  steps: [
    {
      id: 'perintah-siapkan-bahan',
      label: '1',
      uraian:
        'Memerintahkan Anggota Tim Kerja untuk menyiapkan bahan/materi sosialisasi/asistensi/bimtek kebijakan bidang ketatalaksanaan;',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'Agenda kerja',
      waktu: '10 Menit',
      output: 'Disposisi',
      notes: [
        {
          field: 'pelaksana',
          text: 'The row gives an order to the Anggota Tim Kerja, and row 2 follows up "arahan dan petunjuk dari Ketua Tim Kerja": read as the Ketua Tim Kerja (the first lane).',
        },
      ],
    },
    {
      id: 'koordinasi-anggota',
      label: '2',
      uraian:
        'Mengkoordinasikan kepada anggota Tim Kerja untuk menindaklanjuti arahan dan petunjuk dari Ketua Tim Kerja untuk melaksanakan kegiatan Diklat;',
      pelaksana: ['anggota-tim-kerja'],
      kelengkapan: 'Disposisi',
      waktu: '10 Menit',
      output: 'Disposisi',
      notes: [
        {
          field: 'pelaksana',
          text: 'The row names the Ketua Tim Kerja in the third person ("arahan dan petunjuk dari Ketua Tim Kerja") and follows the order row 1 gives the Anggota Tim Kerja: read as the Anggota Tim Kerja who received the order, coordinating with the other members. (Alternative reading: the Ketua Tim Kerja.)',
        },
      ],
    },
    {
      id: 'perintah-persiapan-kebutuhan',
      label: '3',
      uraian: 'Memerintahkan kepada Ketua Tim Kerja untuk persiapan terkait kebutuhan untuk pelaksanaan kegiatan Diklat;',
      pelaksana: ['pejabat-level-1'],
      kelengkapan: 'Disposisi',
      waktu: '15 Menit',
      output: 'Disposisi',
      notes: [
        {
          field: 'pelaksana',
          text: 'The row orders the Ketua Tim Kerja, so it is performed by a pejabat above the Tim Kerja; row 4 reports the prepared needs "kepada Pejabat Level 1", i.e. back to the one who gave the order: read as the Pejabat Level 1. (Alternative reading: the Pejabat Level 2, who prepares in row 4.)',
        },
      ],
    },
    {
      id: 'siapkan-kebutuhan',
      label: '4',
      uraian:
        'Pejabat Level 2 mempersiapkan terkait kebutuhan untuk melaksanakan kegiatan Diklat dan dilaporkan kepada Pejabat Level 1;',
      pelaksana: ['pejabat-level-2'],
      kelengkapan: 'Disposisi',
      waktu: '1 Hari',
      output: 'Kebutuhan pelaksanaan kegiatan Diklat, disposisi',
    },
    {
      id: 'konsep-kebutuhan',
      label: '5',
      uraian:
        'Pejabat Level 2 mengonsep kebutuhan untuk pelaksanaan kegiatan Diklat dan diteruskan kepada anggota Tim Kerja untuk ditindaklanjuti;',
      pelaksana: ['pejabat-level-2'],
      kelengkapan: 'Kebutuhan pelaksanaan kegiatan Diklat, disposisi',
      waktu: '2 Jam',
      output: 'Konsep kebutuhan pelaksanaan kegiatan Diklat, disposisi',
    },
    {
      id: 'koreksi-anggota',
      label: '6',
      uraian:
        'Anggota Tim Kerja Mengoreksi/meneliti draft kebutuhan untuk pelaksanaan Diklat, kalau setuju meneruskannya kepada Ketua Tim Kerja untuk ditindaklanjuti, kalau tidak setuju dikembalikan kepada Anggota Tim Kerja untuk diperbaiki;',
      pelaksana: ['anggota-tim-kerja'],
      kelengkapan: 'Konsep kebutuhan pelaksanaan kegiatan Diklat, disposisi',
      waktu: '15 Menit',
      output: 'Draft kebutuhan pelaksanaan kegiatan Diklat, disposisi',
      decision: { tidakSetuju: { action: 'rework', to: 'konsep-kebutuhan' } },
      notes: [
        {
          field: 'decision.tidakSetuju',
          text: '"kalau tidak setuju dikembalikan kepada Anggota Tim Kerja untuk diperbaiki" names the checker\'s own role, and the only earlier Anggota Tim Kerja row (2, a coordination) did not produce the draft. The case goes back to row 5, where the Pejabat Level 2 drafted the konsep being checked and passed it "kepada anggota Tim Kerja". To be confirmed.',
        },
      ],
    },
    {
      id: 'koreksi-ketua',
      label: '7',
      uraian:
        'Ketua Tim Kerja mengoreksi/meneliti kebutuhan untuk pelaksanaan Diklat, kalau setuju meneruskannya kepada Pejabat Level 1, kalau tidak setuju dikembalikan kepada Anggota Tim Kerja untuk diperbaiki;',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'Draft pelaksanaan kegiatan Diklat, disposisi',
      waktu: '15 Menit',
      output: 'Draft kebutuhan pelaksanaan kegiatan Diklat, disposisi',
      decision: { tidakSetuju: { action: 'rework', to: 'koreksi-anggota' } },
      notes: [
        {
          field: 'decision.tidakSetuju',
          text: '"dikembalikan kepada Anggota Tim Kerja untuk diperbaiki": back to the most recent Anggota Tim Kerja row, row 6, which produced the draft the Ketua Tim Kerja checks.',
        },
      ],
    },
    {
      id: 'koordinasi-level-2',
      label: '9',
      uraian:
        'Mengkoordinasikan dengan Pejabat Level 2 terkait draft kebutuhan untuk pelaksanaan Diklat untuk ditindaklanjuti;',
      pelaksana: ['pejabat-level-1'],
      kelengkapan: 'Draft kebutuhan pelaksanaan kegiatan Diklat, disposisi',
      waktu: '10 Menit',
      output: 'Draft kebutuhan pelaksanaan kegiatan Diklat, disposisi',
      notes: [
        {
          field: 'label',
          text: 'The document numbers this row 9 (after 7), the next row 8 and the last row 9 again; the numbers are kept as written.',
        },
        {
          field: 'pelaksana',
          text: 'Row 7 passes the approved draft "kepada Pejabat Level 1", and this row coordinates "dengan Pejabat Level 2": read as the Pejabat Level 1.',
        },
      ],
    },
    {
      id: 'perintah-dokumentasi',
      label: '8',
      uraian:
        'Ketua Tim Kerja memerintahkan kepada Anggota Tim Kerja untuk mendokumentasikan kebutuhan untuk pelaksanaan Diklat dan mendistribusikan kepada yang terkait;',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'Kebutuhan pelaksanaan kegiatan Diklat, disposisi',
      waktu: '10 Menit',
      output: 'Kebutuhan pelaksanaan kegiatan Diklat, disposisi',
      notes: [{ field: 'label', text: 'Numbered 8 after a row numbered 9; kept as written.' }],
    },
    {
      id: 'dokumentasi-distribusi',
      label: '9',
      uraian: 'Mendokumentasikan kebutuhan untuk pelaksanaan Diklat dan mendistribusikan kepada yang terkait.',
      pelaksana: ['anggota-tim-kerja'],
      kelengkapan: 'Kebutuhan pelaksanaan kegiatan Diklat, disposisi',
      waktu: '10 Menit',
      output: 'Kebutuhan pelaksanaan kegiatan Diklat',
      notes: [
        { field: 'label', text: 'The second row numbered 9; kept as written.' },
        {
          field: 'pelaksana',
          text: 'Row 8 orders the Anggota Tim Kerja to document and distribute; this row does exactly that: read as the Anggota Tim Kerja.',
        },
      ],
    },
  ],
});
