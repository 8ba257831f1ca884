/**
 * SOP Fasilitasi Narasumber (Bagian Umum dan Aparatur, Sekretariat), transcribed from
 * `shared/seeds/004_51571832dd646a07.txt`, whose extraction scrambled the identity section.
 *
 * @packageDocumentation
 */
import { defineSop } from 'sop-ap';

/**
 * SOP Fasilitasi Narasumber: a perangkat daerah (the pemohon) asks for a narasumber at the
 * information desk, which checks the file (a decision: an incomplete file goes back to the
 * pemohon); the Kepala Biro dispositions the request to the bagian concerned, whose Kasubbag
 * drafts the reply on the narasumber's availability; the reply is corrected up the line
 * (Kepala Bagian, Kepala Biro, Asisten Administrasi dan Umum, Sekda; four decisions, each
 * returning the draft one level down), numbered and delivered to the pemohon. 13 steps,
 * five decisions in all.
 *
 * @example
 * ```ts
 * import { fasilitasiNarasumber } from 'sop-ap/machines'
 * fasilitasiNarasumber.steps.map((s) => s.pelaksana[0]).at(-1) // 'pemohon'
 * ```
 */
export const fasilitasiNarasumber = defineSop({
  id: 'fasilitasi-narasumber',
  nama: 'Fasilitasi Narasumber',
  unit: {
    pemerintah: 'Pemerintah Provinsi Kalimantan Barat',
    instansi: 'Dinas Koperasi, Usaha Kecil dan Menengah',
    unitKerja: 'Bagian Umum dan Aparatur, Sekretariat',
  },
  dasarHukum: [
    'Peraturan Gubernur Kalimantan Barat Nomor 125 Tahun 2021 tentang Perubahan Atas Peraturan Gubernur Kalimantan Barat Nomor 110 Tahun 2016 Tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi, Serta Tata Kerja Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat, sebagaimana diubah terakhir dengan Peraturan Gubernur Kalimantan Barat Nomor 206 Tahun 2021 tentang Perubahan Atas Peraturan Gubernur Kalimantan Barat Nomor 125 Tahun 2021 Tentang Kedudukan, Susunan Organisasi,Tugas dan Fungsi, Serta Tata Kerja Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat.',
  ],
  kualifikasiPelaksana: ['Memahami aturan-aturan terkait bidang Ketatalaksanaan.', 'Mampu berkomunikasi dengan baik.'],
  keterkaitan: [{ text: 'SOP Surat Masuk' }],
  peralatan: ['Alat Tulis Kantor', 'Komputer', 'Printer'],
  peringatan: [
    'Jika SOP fasilitasi narasumber tidak dilaksanakan maka proses kegiatan perangkat daerah yang memerlukan narasumber akan terhambat',
  ],
  pencatatan: ['Buku agenda surat keluar'],
  source: 'shared/seeds/004_51571832dd646a07.txt',
  notes: [
    {
      field: 'extraction',
      text: 'The seed\'s extraction is scrambled: the identity section comes first as empty numbered cells ("1. 1. … 2.", "1. 1. 2. 3.", "1."), followed by loose fragments out of order ("Printer", "Buku agenda surat keluar", "SOP Surat Masuk", "Mampu berkomunikasi dengan baik.", "Alat Tulis Kantor", "Komputer", the dasar hukum, the peringatan) and the header lines in reverse order; the step table follows with its lane headers run together. Every identity field below is reassembled from those fragments only; nothing was added.',
    },
    {
      field: 'nama',
      text: 'The seed has no title line for this SOP. The name is taken from the peringatan ("Jika SOP fasilitasi narasumber tidak dilaksanakan …") and the seeds README ("Fasilitasi Narasumber"). Nomor, tanggal pembuatan / revisi / efektif and disahkan oleh are absent from the seed and left absent.',
    },
    {
      field: 'unit',
      text: 'The header lines appear in reverse order at the end of the identity fragments: BAGIAN UMUM DAN APARATUR / SEKRETARIAT / DINAS KOPERASI, USAHA KECIL DAN MENENGAH / PEMERINTAH PROVINSI KALIMANTAN BARAT; read top-down as pemerintah, instansi, and "Bagian Umum dan Aparatur, Sekretariat". Note that the lanes (Kepala Biro Organisasi, Asisten Administrasi dan Umum, Sekda) and the Biro Umum of row 11 are offices of the provincial Sekretariat Daerah, not of the Dinas; the header is kept as written.',
    },
    {
      field: 'kualifikasiPelaksana',
      text: 'Item 1 is written beside its number; item 2 is an empty "2." whose text is the loose fragment "Mampu berkomunikasi dengan baik." (the same pair of qualifications as in SOP 000.8/1622, file 002).',
    },
    {
      field: 'keterkaitan',
      text: 'One numbered Keterkaitan cell ("1."); its text is the loose fragment "SOP Surat Masuk", the only SOP name among the fragments. Not in the catalogue.',
    },
    {
      field: 'peralatan',
      text: 'Three numbered cells ("1. 2. 3.") and three loose fragments: "Printer" (extracted first, beside the Peringatan row, i.e. the last cell) and "Alat Tulis Kantor", "Komputer"; ordered ATK, Komputer, Printer. The order is inferred (it is also the order of the same list in file 002).',
    },
    {
      field: 'pencatatan',
      text: '"Buku agenda surat keluar" is the only fragment that fits Pencatatan dan pendataan; the long sentence beginning "Jika SOP fasilitasi narasumber …" is the Peringatan.',
    },
    {
      field: 'lanes',
      text: 'Lane headers, run together in the extraction: Pemohon, Petugas Informasi/ TU, Kepala Biro, Kepala Bagian Terkait, Kasubbag Terkait, Asisten Administrasi dan Umum, Sekda. No lane symbol survives; every performer is read from the text and the hand-overs between rows.',
    },
  ],
  steps: [
    {
      id: 'sampaikan-berkas',
      label: '1',
      uraian: 'Menyampaikan berkas untuk keperluan permintaan narasumber di meja informasi /TU.',
      pelaksana: ['pemohon'],
      kelengkapan: 'Surat PD',
      waktu: '5 menit',
      output: 'Surat PD',
      notes: [
        {
          field: 'pelaksana',
          text: 'The one who brings the request "di meja informasi /TU" is the Pemohon (first lane); row 2 checks "kelengkapan berkas pemohon".',
        },
      ],
    },
    {
      id: 'catat-cek-berkas',
      label: '2',
      uraian:
        'Mencatat data dan keperluan pemohon serta mengecek kelengkapan berkas pemohon. Jika tidak setuju dikembalikan kepada pemohon untuk diperbaiki, jika setuju diproses lebih lanjut',
      pelaksana: ['petugas-informasi-tu'],
      kelengkapan: 'Surat PD',
      waktu: '5 menit',
      output: 'Surat PD',
      decision: { tidakSetuju: { action: 'rework', to: 'sampaikan-berkas' } },
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 1 hands the file in "di meja informasi /TU": the lane Petugas Informasi/TU records and checks it.',
        },
        {
          field: 'decision.tidakSetuju',
          text: '"dikembalikan kepada pemohon untuk diperbaiki": back to row 1, the Pemohon\'s submission (a rework, not the end of the case).',
        },
      ],
    },
    {
      id: 'teruskan-ke-karo',
      label: '3',
      uraian:
        'Meyampaikan surat permohonan permintaan narasumber kepada TU untuk diproses dan menyampaikan ke Kepala Biro Organisasi.',
      pelaksana: ['petugas-informasi-tu'],
      kelengkapan: 'Surat PD',
      waktu: '5 menit',
      output: 'Disposisi',
      notes: [
        {
          field: 'pelaksana',
          text: 'Not named. The information desk passes the checked request "kepada TU" and on to the Kepala Biro Organisasi; both desk and TU are the one lane Petugas Informasi/TU.',
        },
      ],
    },
    {
      id: 'disposisi-karo',
      label: '4',
      uraian:
        'Menindaklanjuti dengan mendisposisikan surat ke bagian terkait materi narasumber dan memerintahkan untuk mengecek jadwal narasumber.',
      pelaksana: ['kepala-biro'],
      kelengkapan: 'Surat PD, disposisi',
      waktu: '5 menit',
      output: 'Surat PD, disposisi',
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 3 brings the request to the Kepala Biro Organisasi, who dispositions it "ke bagian terkait".',
        },
      ],
    },
    {
      id: 'cek-jadwal-kabag',
      label: '5',
      uraian:
        'Menerima surat dan mengecek jadwal narasumber terkait serta memerintahkan kasubbag untuk membuat surat balasan.',
      pelaksana: ['kepala-bagian'],
      kelengkapan: 'Surat PD, disposisi',
      waktu: '5 menit',
      output: 'Surat PD, disposisi',
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 4 dispositions the letter "ke bagian terkait"; the one who receives it and orders the Kasubbag is the Kepala Bagian Terkait.',
        },
      ],
    },
    {
      id: 'buat-surat-balasan',
      label: '6',
      uraian:
        'Membuat surat balasan terkait informasi jadwal kesediaan narasumber dan menyampaikan kepada Kabag Terkait untuk dikoreksi.',
      pelaksana: ['kasubbag'],
      kelengkapan: 'Draft surat',
      waktu: '20 Menit',
      output: 'Draft surat',
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 5 orders "kasubbag untuk membuat surat balasan"; the row hands the draft "kepada Kabag Terkait".',
        },
      ],
    },
    {
      id: 'koreksi-kabag',
      label: '7',
      uraian:
        'Mengoreksi surat. Jika tidak setuju dikembalikan kepada kasubbag untuk diperbaiki, jika setuju diparaf dan diserahkan kepada Karo',
      pelaksana: ['kepala-bagian'],
      kelengkapan: 'Draft surat',
      waktu: '15 menit',
      output: 'Draft surat',
      decision: { tidakSetuju: { action: 'rework', to: 'buat-surat-balasan' } },
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 6 sends the draft "kepada Kabag Terkait untuk dikoreksi"; row 8 returns it "kepada Kabag".',
        },
        {
          field: 'decision.tidakSetuju',
          text: '"dikembalikan kepada kasubbag untuk diperbaiki": back to row 6, the Kasubbag\'s draft.',
        },
      ],
    },
    {
      id: 'koreksi-karo',
      label: '8',
      uraian:
        'Mengoreksi surat, jika tidak setuju dikembalikan kepada Kabag untuk diperbaiki, jika setuju diparaf dan diserahkan kepada Asisten',
      pelaksana: ['kepala-biro'],
      kelengkapan: 'Draft surat',
      waktu: '15 menit',
      output: 'Draft surat',
      decision: { tidakSetuju: { action: 'rework', to: 'koreksi-kabag' } },
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 7 hands the initialled draft "kepada Karo" (Kepala Biro); row 9 returns it "kepada Karo".',
        },
        {
          field: 'decision.tidakSetuju',
          text: '"dikembalikan kepada Kabag untuk diperbaiki": back to row 7, the Kepala Bagian\'s correction, the most recent row of that role.',
        },
      ],
    },
    {
      id: 'koreksi-asisten',
      label: '9',
      uraian:
        'Mengoreksi surat, jika tidak setuju dikembalikan kepada Karo untuk diperbaiki, jika setuju diparaf dan diserahkan kepada Sekda',
      pelaksana: ['asisten-administrasi-umum'],
      kelengkapan: 'Draft surat',
      waktu: '15 menit',
      output: 'Draft surat',
      decision: { tidakSetuju: { action: 'rework', to: 'koreksi-karo' } },
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 8 hands the draft "kepada Asisten" (lane Asisten Administrasi dan Umum); row 10 returns it "kepada Asisten".',
        },
        {
          field: 'decision.tidakSetuju',
          text: '"dikembalikan kepada Karo untuk diperbaiki": back to row 8, the Kepala Biro\'s correction.',
        },
      ],
    },
    {
      id: 'tandatangan-sekda',
      label: '10',
      uraian:
        'Mengoreksi surat, jika tidak setuju dikembalikan kepada Asisten untuk diperbaiki, jika setuju ditandatangani dan diserahkan kepada biro untuk ditindak lanjuti',
      pelaksana: ['sekretaris-daerah'],
      kelengkapan: 'Draft surat',
      waktu: '15 menit',
      output: 'Surat yang telah ditandatangani',
      decision: { tidakSetuju: { action: 'rework', to: 'koreksi-asisten' } },
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 9 hands the draft "kepada Sekda"; this row signs it.',
        },
        {
          field: 'decision.tidakSetuju',
          text: '"dikembalikan kepada Asisten untuk diperbaiki": back to row 9, the Asisten\'s correction.',
        },
      ],
    },
    {
      id: 'penomoran-surat',
      label: '11',
      uraian:
        'Menerima surat dan memproses penomoran surat di Biro Umum dan menyampaikan kepada bagian terkait.',
      pelaksana: ['kepala-biro'],
      kelengkapan: 'Surat yang telah ditandatangani',
      waktu: '20 menit',
      output: 'Dokumen surat yang telah ditandatangani',
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 10 hands the signed letter "kepada biro untuk ditindak lanjuti"; the only biro lane is the Kepala Biro. Least sure: the numbering "di Biro Umum" may in practice be done by the Petugas Informasi/TU; to be confirmed with the Dinas.',
        },
      ],
    },
    {
      id: 'sampaikan-ke-pemohon',
      label: '12',
      uraian: 'Menerima surat dan menyampaikan surat ke pemohon.',
      pelaksana: ['kepala-bagian'],
      kelengkapan: 'Dokumen surat yang telah ditandatangani',
      waktu: '5 menit',
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 11 passes the letter "kepada bagian terkait"; read as the Kepala Bagian Terkait lane. Least sure: the Kasubbag Terkait may be the one who sends it; to be confirmed with the Dinas.',
        },
        {
          field: 'output',
          text: 'The Output cell of this row is blank in the seed ("Dokumen surat yang telah ditandatangani" stands before the budget, in the Kelengkapan column).',
        },
      ],
    },
    {
      id: 'terima-surat-kesediaan',
      label: '13',
      uraian: 'Menerima surat kesediaaan narasumber.',
      pelaksana: ['pemohon'],
      kelengkapan: 'Dokumen surat yang telah ditandatangani',
      waktu: '5 menit',
      output: 'Surat yang telah ditandatangani',
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 12 sends the letter "ke pemohon"; the Pemohon receives it.',
        },
      ],
    },
  ],
});
