/**
 * SOP Layanan Konsultasi dan Informasi Pasca Pelatihan (061/ 1625.4 /DISKOPUKM), transcribed
 * from `shared/seeds/001_8d931621a3aeff30.txt` (the sixth SOP of that file, lines 177–224).
 *
 * @packageDocumentation
 */
import { defineSop } from 'sop-ap';
import { bidangPemberdayaanUsahaKecil } from './units.js';

/**
 * SOP Layanan Konsultasi dan Informasi Pasca Pelatihan of the Bidang Pemberdayaan Usaha
 * Kecil: a request for consultation after a training is received, the Ketua Tim Kerja drafts
 * an answer to the participants' problems, the Pejabat Level 2 and Level 1 go through it, and
 * the Anggota Tim Kerja documents and distributes the answer. The paper gives no refusal path.
 *
 * @example
 * ```ts
 * import { layananKonsultasiPascaPelatihan } from 'sop-ap/machines'
 * layananKonsultasiPascaPelatihan.steps.some((s) => s.decision) // false
 * ```
 */
export const layananKonsultasiPascaPelatihan = defineSop({
  id: 'layanan-konsultasi-pasca-pelatihan',
  revision: 1,
  nomor: '061/ 1625.4 /DISKOPUKM',
  nama: 'Layanan Konsultasi dan Informasi Pasca Pelatihan',
  unit: bidangPemberdayaanUsahaKecil,
  tanggalPembuatan: '31 Agustus 2023',
  tanggalEfektif: 'Agustus 2023',
  dasarHukum: [
    'Pergub Kalbar Nomor 106 tahun 2021 tentang Tata Naskah Dinas di lingkungan Pemerintah Provinsi Kalbar.',
    'Peraturan Gubernur Nomor 125 Tahun 2021 tentang tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi Serta Tata Kerja Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat;',
    'Peraturan Gubernur Nomor 206 Tahun 2021 tentang Kedudukan, Susunan Organisasi Tugas dan Fungsi serta Tata Kerja Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat.',
  ],
  kualifikasiPelaksana: [
    'Pendidikan minimal D-III',
    'Memahami prosedur Protokol Konsultasi dan Informasi',
    'Bisa Mengoperasikan Komputer',
  ],
  keterkaitan: [
    { text: 'SOP Penyelenggaraan Surat Keluar' },
    { text: 'SOP Penyelenggaraan Surat Masuk' },
    { text: 'SOP Pembuatan Surat Tugas (ST) Pelaksanaan Kegiatan' },
    { text: 'SOP Pembuatan Surat Keputusan (SK) Kegiatan' },
    { text: 'SOP Koordinasi dan Kerjasama' },
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
    { field: 'nomor', text: 'Written "061/ 1625.4 /DISKOPUKM"; kept with its spaces as written.' },
    {
      field: 'nama',
      text: 'The "Nama SOP" row is cut by a page break after "Layanan Konsultasi dan Informasi P"; the rest, "asca Pelatihan", stands alone further down, and the table heading reads "SOP Layanan Konsultasi dan Informasi Pasca Pelatihan".',
    },
    {
      field: 'unit',
      text: 'The header reads "PEMERINTAH PROVINSI KALIMANTAN BARAT", "DINAS KOPERASI, USAHA KECIL DAN MENENGAH PROVINSI KALIMANTAN BARAT", and the unit "Bidang Pemberdayaan Usaha Kecil".',
    },
    {
      field: 'disahkanOleh',
      text: 'The "Disahkan oleh" cell is blank. Below the identity section the seed has a displaced signature fragment "leha Kecil dan Menengah / AIDI, MM / 198603 1 012": probably the end of "… Usaha Kecil dan Menengah", a cut name and the end of a NIP (which differs from the "198803 1 012" of the fragment after SOP 061/ 1625). It is too incomplete to attribute, so disahkanOleh is left absent. Fragments of the same kind stand in the same file after the identity sections of pelaksanaan-kegiatan-diklat ("… AIDI, MM / 198803 1 012") and pendaftaran-narasumber ("… JUNAI, MM 0250809 198603 1 012"): all three SOPs are of the Bidang Pemberdayaan Usaha Kecil, August 2023, and each fragment is a name ending in "…AIDI, MM" or "…JUNAI, MM" and a NIP ending in "03 1 012". They probably belong to one signer (AIDI/JUNAI and 198603/198803 look like extraction slips), whose full name, jabatan and NIP are lost; disahkanOleh stays absent in all three, to be filled from the paper.',
    },
    {
      field: 'pencatatan',
      text: 'The Peringatan and Pencatatan items are word for word those of SOP Bimbingan dan Pendampingan di Lapangan ("Hasil bimbingan dan pendampingan" …); kept as written.',
    },
    {
      field: 'keterkaitan',
      text: 'None of the five SOPs named is in the catalogue; nothing is linked.',
    },
    {
      field: 'lanes',
      text: 'Lanes: Ketua Tim Kerja, Anggota Tim Kerja, Pejabat Level 2 (Pimpinan Unit), Pejabat Level 1 (Pejabat Penilai Kinerja). No row names its performer; all are read from the hand-overs between rows. The applicant (a former Diklat participant) has no lane. The Ket column is empty in every row.',
    },
    {
      field: 'revision',
      text: 'Revision 1: row 5 is a decision whose TIDAK SETUJU goes back to row 4 (the Pejabat Level 2), read from the stray "Tidak / Ya" after the table and from row 5 of the sibling SOP Bimbingan dan Pendampingan di Lapangan. Revision 0 read row 5 as a task.',
    },
    {
      field: 'decision',
      text: 'After the table the seed has a stray "Tidak" and "Ya", the labels of a decision diamond\'s arrows. Row 5 is read as that decision (revision 1); see its note.',
    },
  ],
  steps: [
    {
      id: 'serahkan-permohonan',
      label: '1',
      uraian: 'Menyerahkan permohonan permintaan layanan konsultasi dan informasi pasca pelatihan dan',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'Agenda kerja',
      waktu: '10 Menit',
      output: 'Disposisi',
      notes: [
        { field: 'uraian', text: 'The text ends in "… pasca pelatihan dan" (cut in the paper or the extraction); kept as written.' },
        {
          field: 'pelaksana',
          text: 'No lane fits the applicant. Kelengkapan "Agenda kerja" and output "Disposisi" are those of row 1 of the sibling Diklat SOPs, where the Ketua Tim Kerja hands work to the Anggota Tim Kerja, who receives the request in row 2: read as the Ketua Tim Kerja handing the request over. Least certain performer of this SOP.',
        },
      ],
    },
    {
      id: 'terima-permohonan',
      label: '2',
      uraian:
        'Menerima surat permohonan permintaan layanan konsultasi dan informasi pasca pelatihan dan meneruskannya kepada Ketua Tim untuk dikoreksi;',
      pelaksana: ['anggota-tim-kerja'],
      kelengkapan: 'Disposisi',
      waktu: '10 Menit',
      output: 'Disposisi',
      notes: [
        {
          field: 'pelaksana',
          text: 'The row receives the request handed over in row 1 and passes it "kepada Ketua Tim untuk dikoreksi": read as the Anggota Tim Kerja.',
        },
      ],
    },
    {
      id: 'telaah-jawaban',
      label: '3',
      uraian:
        'Mempelajari serta menelaah, jika terdapat permasalahan dan kendala yang dihadapi oleh peserta diklat segera memproses jawaban dan mengkoordinasikan dengan Pejabat Level 2;',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'Permasalahan dan kendala, disposisi',
      waktu: '15 Menit',
      output: 'Konsep jawaban permasalahan dan kendala, disposisi',
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 2 passes the request "kepada Ketua Tim untuk dikoreksi", and this row coordinates the answer with the Pejabat Level 2: read as the Ketua Tim Kerja.',
        },
        {
          field: 'decision',
          text: '"jika terdapat permasalahan dan kendala … segera memproses jawaban" is a condition on the work, with no other branch written; not a decision.',
        },
      ],
    },
    {
      id: 'inventarisasi-jawaban',
      label: '4',
      uraian:
        'Menginventarisir dan mengidentifikasi jawaban permasalahan dan kendala yang dihadapi peserta diklat yang digunakan dalam layanan konsultasi dan informasi pasca pelatihan untuk ditindaklanjuti oleh Pejabat Level 1;',
      pelaksana: ['pejabat-level-2'],
      kelengkapan: 'Konsep jawaban permasalahan dan kendala, disposisi',
      waktu: '1 Jam',
      output: 'Draft jawaban permasalahan dan kendala, disposisi',
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 3 coordinates "dengan Pejabat Level 2", and this row hands on "untuk ditindaklanjuti oleh Pejabat Level 1": read as the Pejabat Level 2.',
        },
      ],
    },
    {
      id: 'koreksi-level-1',
      label: '5',
      uraian:
        'Mengoreksi/meneliti jawaban permasalahan dan kendala dan meneruskannya kepada Pejabat Ketua Tim untuk ditindaklanjuti;',
      pelaksana: ['pejabat-level-1'],
      kelengkapan: 'Draft jawaban permasalahan dan kendala, disposisi',
      waktu: '15 Menit',
      output: 'Draft jawaban permasalahan dan kendala, disposisi',
      decision: { tidakSetuju: { action: 'rework', to: 'inventarisasi-jawaban' } },
      notes: [
        { field: 'pelaksana', text: 'Row 4 hands the draft on "untuk ditindaklanjuti oleh Pejabat Level 1": read as the Pejabat Level 1.' },
        {
          field: 'decision',
          text: 'Revision 1: a decision. The stray "Tidak / Ya" after the table are the arrow labels of a decision diamond, and row 5, a check ("Mengoreksi/meneliti"), is the only checking row of the table. Row 5 of the sibling SOP Bimbingan dan Pendampingan di Lapangan (same file, same unit, same wording "Mengoreksi/meneliti … dan meneruskannya kepada …") ends "apabila tidak, maka akan dikembalikan ke Pejabat Level 2". Revision 0 read a task because this row\'s own text writes no refusal path.',
        },
        {
          field: 'decision.tidakSetuju',
          text: 'Inferred from the sibling SOP, to be confirmed against the paper: TIDAK SETUJU goes back "ke Pejabat Level 2", whose row is row 4 (the draft answer checked here was made there and handed on "untuk ditindaklanjuti oleh Pejabat Level 1").',
        },
      ],
    },
    {
      id: 'perintah-dokumentasi',
      label: '6',
      uraian:
        'Memerintahkan kepada Anggota Tim Kerja untuk pendokumentasian dan pendistribusian jawaban layanan konsultasi dan informasi pasca pelatihan;',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'Jawaban permasalahan dan kendala, disposisi',
      waktu: '10 Menit',
      output: 'Jawaban permasalahan dan kendala, disposisi',
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 5 passes the answer "kepada Pejabat Ketua Tim untuk ditindaklanjuti", and this row orders the Anggota Tim Kerja: read as the Ketua Tim Kerja.',
        },
      ],
    },
    {
      id: 'dokumentasi-distribusi',
      label: '7',
      uraian: 'Pendokumentasian dan pendistribusian jawaban layanan konsultasi dan informasi pasca pelatihan.',
      pelaksana: ['anggota-tim-kerja'],
      kelengkapan: 'Jawaban permasalahan dan kendala, disposisi',
      waktu: '10 Menit',
      output: 'Jawaban permasalahan dan kendala',
      notes: [{ field: 'pelaksana', text: 'Row 6 orders the Anggota Tim Kerja to document and distribute; this row does it: read as the Anggota Tim Kerja.' }],
    },
  ],
});
