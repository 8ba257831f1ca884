import { defineSop } from 'sop-ap';

/**
 * A small SOP written for the forward-refusal tests, shaped like Pendaftaran Narasumber rows
 * 4–5: the Kepala Bidang approves or refuses (row 2), and a refused request goes forward to the
 * letter (row 4), which the approved request also reaches after it is processed (row 3). Row 4
 * checks the letter; a faulty one goes back to `reworkTo`: the applicant (row 1, before the
 * refusing decision, so the request is decided again) or the processing (row 3, after it).
 */
export function sopSurat<const W extends 'ajukan' | 'proses'>(reworkTo: W) {
  return defineSop({
    id: 'sop-surat-jawaban',
    nama: 'SOP Surat Jawaban',
    steps: [
      { id: 'ajukan', label: '1', uraian: 'Mengajukan permohonan', pelaksana: ['pemohon'], waktu: '10 Menit' },
      {
        id: 'putuskan',
        label: '2',
        uraian: 'Memberikan persetujuan/ tidak persetujuan atas permohonan',
        pelaksana: ['kepala-bidang'],
        waktu: '20 Menit',
        decision: { tidakSetuju: { action: 'forward', to: 'kirim-surat' } },
      },
      { id: 'proses', label: '3', uraian: 'Memproses permohonan yang disetujui', pelaksana: ['kasubbag-tu'], waktu: '1 Jam' },
      {
        id: 'kirim-surat',
        label: '4',
        uraian: 'Memeriksa dan mengirim surat jawaban disetujui/ tidak kepada pemohon',
        pelaksana: ['kasubbag-tu'],
        waktu: '30 Menit',
        decision: { tidakSetuju: { action: 'rework', to: reworkTo } },
      },
      { id: 'arsip', label: '5', uraian: 'Mengarsipkan', pelaksana: ['kasubbag-tu'], waktu: '5 Menit' },
    ],
  });
}
