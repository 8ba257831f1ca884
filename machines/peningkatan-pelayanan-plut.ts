/**
 * SOP Peningkatan Pelayanan PLUT (518 / 917 / KUKRU - IV - 1), transcribed from
 * `shared/seeds/000_25edfc2ba7d38104.txt`.
 *
 * @packageDocumentation
 */
import { defineSop } from 'sop-ap';
import { bidangPemberdayaanUsahaKecil } from './units.js';

/**
 * SOP Peningkatan Pelayanan PLUT of the Bidang Pemberdayaan Usaha Kecil: the Kepala Bidang has
 * the SK Panitia drafted, corrected, initialled and signed; the invitations and requests for
 * narasumber go the same way; then a preparatory meeting, the activity materials, and the
 * activity itself, carried out by the Kasi together with the Pendamping PLUT. 28 steps, two
 * decisions (the Kepala Dinas returns the SK or the invitations "kebidang").
 *
 * @example
 * ```ts
 * import { peningkatanPelayananPlut } from 'sop-ap/machines'
 * peningkatanPelayananPlut.steps.length // 28
 * peningkatanPelayananPlut.steps[6]?.decision // { tidakSetuju: { action: 'rework', to: 'koreksi-sk-kabid' } }
 * ```
 */
/**
 * The note on the Kelengkapan of rows 11–28: the extraction lost that column on pages 2–3,
 * so an absent value there is not a blank cell of the paper.
 */
const kelengkapanLost = {
  field: 'kelengkapan',
  text: 'Not known, not blank: the extraction lost the Kelengkapan column on pages 2–3 (see the SOP note on kelengkapan).',
} as const;

export const peningkatanPelayananPlut = defineSop({
  id: 'peningkatan-pelayanan-plut',
  revision: 1,
  nomor: '518 / 917 / KUKRU - IV - 1',
  nama: 'Peningkatan Pelayanan PLUT',
  unit: bidangPemberdayaanUsahaKecil,
  tanggalPembuatan: '22 Juli 2020',
  tanggalEfektif: '22 Juli 2020',
  disahkanOleh: {
    jabatan: 'Kepala Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat',
    nama: 'Ir. ANSFRIDUS J. ANDJIOE, ME',
    pangkat: 'Pembina Utama Madya',
    nip: '19660719 199311 1 002',
  },
  dasarHukum: [
    'Undang-undang Nomor 25 Tahun 1992 Tentang Perkoperasian',
    'Undang-undang Nomor 23 Tahun 2014 tentang Pemerintah Daerah',
    'Peraturan Pemerintah Nomor 25 Tahun 2000 tentang Kewenangan Pemerintah dan Kewenangan Provinsi sebagai Daerah Otonom',
    'Peraturan Daerah Nomor 8 Tahun 2016 tentang Pembentukan Susunan Perangkat Daerah Provinsi Kalimantan Barat',
    'Peraturan Gubernur Kalimantan Barat Nomor 90 Tahun 2019 Tentang Perubahan Atas Peraturan Gubernur Nomor 110 Tahun 2016 Tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi Serta Tata Kerja Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat',
  ],
  kualifikasiPelaksana: [
    'Pendidikan minimal S1',
    'Bisa mengoperasikan Aplikasi Microsoft Office pada Komputer',
    'Memiliki Pengetahuan tentang Pembinaan UMKM',
  ],
  peralatan: ['DPA SKPD', 'Komputer', 'Peraturan terkait tentang PLUT', 'ATK'],
  peringatan: ['Jika SOP ini tidak dibuat, maka tidak akan terlaksana Kegiatan Pameran/Promosi'],
  pencatatan: ['Laporan Kegiatan'],
  source: 'shared/seeds/000_25edfc2ba7d38104.txt',
  notes: [
    {
      field: 'revision',
      text: 'Revision 1: row 9 ("Kasi meminta fungsional umum untuk menggandakan SK …") is performed by the Kasi and the Fungsional Umum, like row 28, which reads the same way ("Kasi meminta fungsional umum untuk mengarsipkan …"); revision 0 named the Kasi alone. Rows 11–28 now say in a note that their Kelengkapan column was lost in the extraction (the values stay absent).',
    },
    {
      field: 'kelengkapan',
      text: 'Row 1 writes "RKA/DPA" and rows 2–10 keep an empty "Persyaratan/ Kelengkapan" cell between the pelaksana columns and WAKTU. On pages 2–3 (rows 11–28) every row has one column fewer: the extraction lost the Kelengkapan column there, so the paper may have values. They are left absent, and each of those rows says so in a note, to be checked against the paper.',
    },
    {
      field: 'nama',
      text: 'The Judul SOP is set in capitals ("PENINGKATAN PELAYANAN PLUT"), like the whole header; it is given in the letter case the step text uses ("Kegiatan Peningkatan Pelayanan PLUT").',
    },
    {
      field: 'nomor',
      text: 'Kept as written in the seed, with its spaces ("518 / 917 / KUKRU - IV - 1"); the seeds README writes it 518/917/KUKRU-IV-1.',
    },
    {
      field: 'disahkanOleh.nip',
      text: 'Written "NIP/19660719 199311 1 002"; the "NIP/" prefix is the field label, not part of the number.',
    },
    {
      field: 'keterkaitan',
      text: 'The Keterkaitan cell is blank in the seed.',
    },
    {
      field: 'peringatan',
      text: 'As written: the warning speaks of "Kegiatan Pameran/Promosi", not of PLUT (apparently carried over from another SOP); not corrected.',
    },
    {
      field: 'lanes',
      text: 'Lanes: FUNGSIONAL UMUM, PENDAMPING PLUT, KASUBID, KEPALA BIDANG, SEKRETARIS, KEPALA DINAS. The step text calls the KASUBID "Kasi" (role kepala-sub-bidang). The lane symbols survive only in rows 24–28; every other performer is read from the text and the hand-overs between rows.',
    },
    {
      field: 'decision',
      text: 'Rows 4, 5, 11, 12, 22 and 23 only say "jika benar … paraf" (or "jika sudah benar …") and give no refusal path; they are read as tasks, not decisions. Only rows 7 and 14 name a return ("jika ada kesalahan dikembalikan kebidang") and are decisions.',
    },
  ],
  steps: [
    {
      id: 'telaah-kegiatan',
      label: '1',
      uraian:
        'Menelaah Kegiatan Peningkatan Pelayanan PLUT yang akan dilaksanakan di 3 Kabupaten/Kota dan meminta Kasi untuk menyusun Draf SK Penetapan Panitia dengan menerbitkan Nota Kabid.',
      pelaksana: ['kepala-bidang'],
      kelengkapan: 'RKA/DPA',
      waktu: '1 hari',
      output: 'Nota Dinas',
      notes: [
        {
          field: 'pelaksana',
          text: 'The step asks the Kasi to draft the SK "dengan menerbitkan Nota Kabid": the one who issues a Nota Kabid is the Kepala Bidang.',
        },
      ],
    },
    {
      id: 'susun-draf-sk',
      label: '2',
      uraian: 'Menyusun draf SK Panitia Kegiatan Peningkatan Pelayanan PLUT',
      pelaksana: ['kepala-sub-bidang'],
      waktu: '1 hari',
      output: 'Draf SK',
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 1 asks the Kasi (lane KASUBID) "untuk menyusun Draf SK"; this row "Menyusun draf SK", and row 3 types it "sesuai arahan Kasi".',
        },
      ],
    },
    {
      id: 'ketik-draf-sk',
      label: '3',
      uraian:
        'Mengetik draf naskah SK Kepala Dinas tentang penetapan Panitia Kegiatan Peningkatan Pelayanan PLUT sesuai arahan Kasi.',
      pelaksana: ['fungsional-umum'],
      waktu: '1 hari',
      output: 'Konsep SK yang sudah diketik',
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 4 corrects "hasil ketikan fungsional umum": the typist of this row is the Fungsional Umum, working "sesuai arahan Kasi".',
        },
      ],
    },
    {
      id: 'koreksi-sk-kasi',
      label: '4',
      uraian:
        'Mengoreksi hasil ketikan fungsional umum jika benar akan di paraf serta mengajukan kepada Kabid untuk dikoreksi,',
      pelaksana: ['kepala-sub-bidang'],
      waktu: '2 hari',
      output: 'Konsep SK yang sudah dikoreksi',
      notes: [
        {
          field: 'pelaksana',
          text: 'The one who corrects the Fungsional Umum\'s typing and submits it "kepada Kabid" sits between them: the Kasi, who directed the typing in row 3.',
        },
        {
          field: 'decision',
          text: 'Only "jika benar akan di paraf"; the text gives no refusal path, so this row is a task, not a decision.',
        },
      ],
    },
    {
      id: 'koreksi-sk-kabid',
      label: '5',
      uraian:
        'Mengoreksi SK yang duajukan dan apabila benar akan di paraf serta membuat nota pertimbangan dan diserahkan kepada Sekretaris.',
      pelaksana: ['kepala-bidang'],
      waktu: '1 hari',
      output: 'Konsep SK yang sudah dipraf',
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 4 submits the SK "kepada Kabid untuk dikoreksi", and row 6 receives it "dari Kabid".',
        },
        {
          field: 'decision',
          text: 'Only "apabila benar akan di paraf"; no refusal path is written, so this row is a task, not a decision.',
        },
      ],
    },
    {
      id: 'paraf-sk-sekretaris',
      label: '6',
      uraian: 'Menerima SK dari Kabid untuk di paraf dan diteruskan kepada Kadis untuk ditandatangani,',
      pelaksana: ['sekretaris'],
      waktu: '1 hari',
      output: 'Konsep SK yang sudah di paraf oleh Sekretaris',
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 5 hands the SK "kepada Sekretaris"; the output reads "sudah di paraf oleh Sekretaris".',
        },
      ],
    },
    {
      id: 'telaah-sk-kadis',
      label: '7',
      uraian:
        'Membaca, memeriksa dan menelaah SK Panitia Kegiatan Peningkatan Pelayanan PLUT, jika ada kesalahan dikembalikan kebidang dan jika benar akan langsung ditandatangani dan diberi nomor oleh Tata Usaha,',
      pelaksana: ['kepala-dinas'],
      waktu: '1 hari',
      output: 'SK yang sudah ditandatangani oleh Kadis',
      decision: { tidakSetuju: { action: 'rework', to: 'koreksi-sk-kabid' } },
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 6 forwards the SK "kepada Kadis untuk ditandatangani"; the output reads "ditandatangani oleh Kadis". The numbering "oleh Tata Usaha" is part of this row; Tata Usaha has no lane in this SOP.',
        },
        {
          field: 'decision.tidakSetuju',
          text: '"jika ada kesalahan dikembalikan kebidang": "kebidang" names the bidang, not a person. The SK left the bidang through the Kepala Bidang (row 5, correction, paraf and nota pertimbangan to the Sekretaris), so it returns to row 5, the last row performed in the bidang; the Kepala Bidang may have it redrafted by the Kasi. Alternative reading to confirm with the Dinas: back to the drafting in row 2 (Kasi).',
        },
      ],
    },
    {
      id: 'disposisi-sk-kabid',
      label: '8',
      uraian:
        'Menindaklanjuti SK Panitia yang telah ditandatangani oleh Kadis dan mendisposisikan kepada Kasi agar segera ditindaklanjuti bersama Pendamping PLUT,',
      pelaksana: ['kepala-bidang'],
      waktu: '1 hari',
      output: 'Disposisi dan ditindaklanjuti oleh Kasi',
      notes: [
        {
          field: 'pelaksana',
          text: 'The one who dispositions "kepada Kasi" is the Kasi\'s superior; row 15, the same move for the invitations, names "Kabid menindaklanjuti … memberikan disposisi kepada Kasi".',
        },
      ],
    },
    {
      id: 'perintah-gandakan-sk',
      label: '9',
      uraian:
        'Kasi meminta fungsional umum untuk menggandakan SK dan membuat surat ke Kabupaten/Kota berkaitan dengan Kegiatan Peningkatan Pelayanan PLUT.',
      pelaksana: ['kepala-sub-bidang', 'fungsional-umum'],
      waktu: '2 hari',
      output: 'SK yang sudah digandakan',
      notes: [
        {
          field: 'pelaksana',
          text: 'Revision 1: the Kasi asks and the Fungsional Umum duplicates the SK (the output is "SK yang sudah digandakan", and row 10 has the Fungsional Umum typing the letters), so both are performers and either may complete the step. The row\'s symbols are lost; row 28, worded the same way ("Kasi meminta fungsional umum untuk …"), keeps its only box in the FUNGSIONAL UMUM column and names both, and the two rows are read alike. Revision 0 named the Kasi alone.',
        },
      ],
    },
    {
      id: 'ketik-surat-undangan',
      label: '10',
      uraian:
        'Fungsional umum mengetik surat undangan ke Kabupaten/ Kota dan surat permohonan sebagai narasumber dalam Kegiatan Peningkatan Pelayanan PLUT.',
      pelaksana: ['fungsional-umum'],
      waktu: '2 hari',
      output: 'Surat Undangan Peserta dan Narasumber yang sudah diketik',
    },
    {
      id: 'koreksi-undangan-kasi',
      label: '11',
      uraian:
        'Mengoreksi surat undangan dan surat permohonan sebagai narasumber, jika benar langsung memberikan paraf dan diajukan kepada Kabid.',
      pelaksana: ['kepala-sub-bidang'],
      waktu: '2 hari',
      output: 'Surat Undangan Peserta dan Narasumber yang sudah diparaf',
      notes: [
        kelengkapanLost,
        {
          field: 'pelaksana',
          text: 'Corrects what the Fungsional Umum typed in row 10 at the Kasi\'s request (row 9) and submits it "kepada Kabid"; read as the Kasi, as in rows 3–4.',
        },
        {
          field: 'decision',
          text: 'Only "jika benar langsung memberikan paraf"; no refusal path is written, so this row is a task, not a decision.',
        },
      ],
    },
    {
      id: 'koreksi-undangan-kabid',
      label: '12',
      uraian:
        'Mengoreksi surat undangan dan surat permohonan sebagai narasumber, jika benar langsung memberikan paraf dan diajukan kepada Kepala Dinas melalui Sekretaris.',
      pelaksana: ['kepala-bidang'],
      waktu: '1 hari',
      output: 'Surat Undangan Peserta dan Narasumber yang sudah diparaf',
      notes: [
        kelengkapanLost,
        {
          field: 'pelaksana',
          text: 'Row 11 submits "kepada Kabid", and row 13 has the Sekretaris receive the letters "dari Kabid".',
        },
        {
          field: 'decision',
          text: 'Only "jika benar langsung memberikan paraf"; no refusal path is written, so this row is a task, not a decision.',
        },
      ],
    },
    {
      id: 'paraf-undangan-sekretaris',
      label: '13',
      uraian:
        'Sekretaris menerima surat undangan dan permohonan narasumber dari Kabid untuk di paraf dan diteruskan kepada Kepala Dinas untuk ditandatangani.',
      pelaksana: ['sekretaris'],
      waktu: '1 hari',
      output: 'Surat undangan peserta dan Narasumber yang sudah diparaf oleh Sekretaris',
      notes: [kelengkapanLost],
    },
    {
      id: 'telaah-undangan-kadis',
      label: '14',
      uraian:
        'Kepala Dinas membaca, memeriksa dan menelaah surat undangan dan permohonan sebagai narasumber dalam Kegiatan Peningkatan Pelayanan PLUT, jika ada kesalahan dikembalikan kebidang dan jika benar akan langsung ditandatangani.',
      pelaksana: ['kepala-dinas'],
      waktu: '1 hari',
      output:
        'Surat undangan peserta dan Narasumber yang sudah ditandatangani oleh Kadis dan Nota Dinas untuk ditindaklanjuti.',
      decision: { tidakSetuju: { action: 'rework', to: 'koreksi-undangan-kabid' } },
      notes: [
        kelengkapanLost,
        {
          field: 'decision.tidakSetuju',
          text: '"jika ada kesalahan dikembalikan kebidang": read as in row 7, back to the last row performed in the bidang, the Kepala Bidang\'s correction and paraf (row 12), through which the letters left the bidang. Alternative reading to confirm with the Dinas: back to the typing in row 10 (Fungsional Umum) or the request in row 9 (Kasi).',
        },
      ],
    },
    {
      id: 'disposisi-undangan-kabid',
      label: '15',
      uraian:
        'Kabid menindaklanjuti surat undangan dan permohonan sbg narasumber yang telah ditandatangani oleh Kadis dan memberikan disposisi kepada Kasi untuk ditindaklanjuti,',
      pelaksana: ['kepala-bidang'],
      waktu: '1 hari',
      output: 'Disposisi Kabid untuk ditindaklanjuti oleh Kasi',
      notes: [kelengkapanLost],
    },
    {
      id: 'tandatangani-cap-undangan',
      label: '16',
      uraian:
        'Mengandatangani surat undangan dan memberikan Cap dan langsung dikirimkan ke Kabupaten/Kota dan berkoordinasi dengan Pendamping PLUT,',
      pelaksana: ['kepala-sub-bidang'],
      waktu: '1 hari',
      output: 'ditandatangani dan siap dikirim',
      notes: [
        kelengkapanLost,
        {
          field: 'pelaksana',
          text: 'Row 15 gives the "Disposisi Kabid untuk ditindaklanjuti oleh Kasi", and row 17 has the Fungsional Umum send the letters "atas arahan Kasi"; so this follow-up is the Kasi\'s. The Kepala Dinas already signed in row 14. Least sure: who "Mengandatangani" (as written) and stamps here is not named; to be confirmed with the Dinas.',
        },
      ],
    },
    {
      id: 'kirim-surat-undangan',
      label: '17',
      uraian: 'Fungsional umum mengirimkan surat undangan ke Kabupaten/Kota yang dipilih atas arahan Kasi.',
      pelaksana: ['fungsional-umum'],
      waktu: '1 hari',
      output: 'Surat undangan sudah dikirim',
      notes: [kelengkapanLost],
    },
    {
      id: 'susun-rapat-persiapan',
      label: '18',
      uraian:
        'Menyusun rapat persiapan kegiatan Peningkatan Pelayanan PLUT dan mengajukan kepada Kabid untuk menentukan pelaksanaan rapat persiapan bersama Pendamping PLUT,',
      pelaksana: ['kepala-sub-bidang'],
      waktu: '2 Jam',
      output: 'Menentukan hari untuk rapat persiapan',
      notes: [
        kelengkapanLost,
        {
          field: 'pelaksana',
          text: 'The row submits "kepada Kabid"; the one who prepares the activity under the Kabid\'s dispositions (rows 8, 15) is the Kasi.',
        },
      ],
    },
    {
      id: 'tetapkan-rapat-persiapan',
      label: '19',
      uraian:
        'Menetapkan rapat kegiatan dan memerintahkan agar semua Pendamping PLUT dan fungsional umum agar mengikuti rapat persiapan Kegiatan Peningkatan Pelayanan PLUT.',
      pelaksana: ['kepala-bidang'],
      waktu: '3 Jam',
      output: 'Rapat persiapan bersama Kabid, Kasi, Fungsional Umum dan Pendamping PLUT',
      notes: [
        kelengkapanLost,
        {
          field: 'pelaksana',
          text: 'Row 18 submits "kepada Kabid untuk menentukan pelaksanaan rapat persiapan"; this row "Menetapkan rapat kegiatan".',
        },
      ],
    },
    {
      id: 'buat-bahan-kegiatan',
      label: '20',
      uraian: 'Membuat Jadwal, Materi, Laporan Panitia Kegiatan dan Naskah Sambutan Kepala Dinas.',
      pelaksana: ['kepala-sub-bidang'],
      waktu: '1 hari',
      output: 'Hasil rapat persiapan dan mempersiapkan bahan kegiatan',
      notes: [
        kelengkapanLost,
        {
          field: 'pelaksana',
          text: 'Not named. The drafts go to the Kabid for correction in row 22, as the SK drafted by the Kasi did (rows 2–5); the rows of this SOP done by the Fungsional Umum open with "Fungsional umum …" from row 9 on. Read as the Kasi; least sure (could be the Fungsional Umum or the Pendamping PLUT); to be confirmed with the Dinas.',
        },
      ],
    },
    {
      id: 'siapkan-hasil-rapat',
      label: '21',
      uraian: 'Mempersiapkan semua hasil rapat persiapan Kegiatan Peningkatan Pelayanan PLUT',
      pelaksana: ['kepala-sub-bidang'],
      waktu: '3 Jam',
      output: 'Mempersiapkan bahan untuk kegiatan',
      notes: [
        kelengkapanLost,
        {
          field: 'pelaksana',
          text: 'Not named. The results are prepared for the Kabid\'s correction in row 22; read as the Kasi, who arranged the meeting (row 18). Least sure (could be the Fungsional Umum or, given the output "PLUT mempersiapkan …" of row 27, the Pendamping PLUT); to be confirmed with the Dinas.',
        },
      ],
    },
    {
      id: 'koreksi-bahan-kabid',
      label: '22',
      uraian:
        'Mengoreksi Jadwal, Laporan Panitia dan Naskah Sambutan Kepala Dinas, jika benar akan diberi paraf serta diberi nota kepada Kepala Dinas.',
      pelaksana: ['kepala-bidang'],
      waktu: '2 Jam',
      output: 'Bahan kegiatan yang sudah dikoreksi oleh Kabid',
      notes: [
        kelengkapanLost,
        {
          field: 'pelaksana',
          text: 'The output reads "Bahan kegiatan yang sudah dikoreksi oleh Kabid".',
        },
        {
          field: 'decision',
          text: 'Only "jika benar akan diberi paraf"; no refusal path is written, so this row is a task, not a decision.',
        },
      ],
    },
    {
      id: 'periksa-bahan-kadis',
      label: '23',
      uraian:
        'Membaca dan memeriksa Jadwal, Materi, Laporan Panitia Kegiatan dan Naskah Sambutan Kepala Dinas, jika sudah benar Kadis akan memberikan nota kepada kabid untuk mempersiapkan segala hal yang diperlukan dalam pelaksanaan kegiatan dan berkoordinasi dengan Pendamping PLUT.',
      pelaksana: ['kepala-dinas'],
      waktu: '1 hari',
      output: 'Bahan kegiatan yang sudah ditandatangani oleh Kadis',
      notes: [
        kelengkapanLost,
        {
          field: 'pelaksana',
          text: 'The text says "jika sudah benar Kadis akan memberikan nota kepada kabid"; row 22 gives a nota "kepada Kepala Dinas".',
        },
        {
          field: 'decision',
          text: 'Only "jika sudah benar …"; no refusal path is written, so this row is a task, not a decision.',
        },
      ],
    },
    {
      id: 'perintah-gandakan-jadwal',
      label: '24',
      uraian: 'Memerintahkan kepada Kasi untuk menggandakan jadwal dan materi peserta,',
      pelaksana: ['kepala-bidang'],
      waktu: '1 hari',
      output: 'Jadwal dan materi peserta yang sudah digandakan',
      notes: [
        kelengkapanLost,
        {
          field: 'pelaksana',
          text: 'A process box (▭) survives in the KEPALA BIDANG column and a circle (○, read as a connector) in the KASUBID column; row 23 sends the nota "kepada kabid", who orders the Kasi.',
        },
      ],
    },
    {
      id: 'gandakan-jadwal-materi',
      label: '25',
      uraian: 'Fungsional umum menggandakan jadwal dan materi peserta.',
      pelaksana: ['fungsional-umum'],
      waktu: '3 Hari',
      output: 'Jadwal dan materi yg sudah digandakan',
      notes: [kelengkapanLost],
    },
    {
      id: 'himbauan-pelaksanaan',
      label: '26',
      uraian:
        'Menindaklanjuti arahan Kepala Dinas dan menghimbau kepada Kasi, Fungsional umum dan Pendamping PLUT berkenaan dengan pelaksanaan Kegiatan Peningkatan Pelayanan PLUT.',
      pelaksana: ['kepala-bidang'],
      waktu: '1 Hari',
      output: 'Kabid memerintahkan Kasi utk menindaklanjuti bersama Pendamping PLUT',
      notes: [
        kelengkapanLost,
        {
          field: 'pelaksana',
          text: 'A process box (▭) survives in the KEPALA BIDANG column; the output reads "Kabid memerintahkan Kasi …".',
        },
      ],
    },
    {
      id: 'laksanakan-kegiatan',
      label: '27',
      uraian:
        'Kasi bersama Pendamping PLUT melaksanakan kegiatan dan membuat Laporan Hasil Kegiatan yang telah dilaksanakan.',
      pelaksana: ['kepala-sub-bidang', 'pendamping-plut'],
      waktu: '1 Hari',
      output: 'PLUT mempersiapkan semua kegiatan',
      notes: [kelengkapanLost],
    },
    {
      id: 'arsipkan-laporan',
      label: '28',
      uraian:
        'Kasi meminta fungsional umum untuk mengarsipkan semua Laporan Hasil Kegiatan yang dilaksanakan sebagai bahan untuk SPJ',
      pelaksana: ['kepala-sub-bidang', 'fungsional-umum'],
      waktu: '3 Hari',
      output: 'Membuat laporan hasil kegiatan untuk SPJ',
      notes: [
        kelengkapanLost,
        {
          field: 'pelaksana',
          text: 'The text has the Kasi ask the Fungsional Umum to archive, and the only surviving process box (▭) of the row stands in the FUNGSIONAL UMUM column; both are performers (either may complete the step).',
        },
      ],
    },
  ],
});
