import type { HolidayYear } from './types.js';

/**
 * Libur nasional and cuti bersama 2025 (Indonesia), as set by SKB Menteri Agama, Menteri
 * Ketenagakerjaan dan Menteri PANRB No. 1017 Tahun 2024, No. 2 Tahun 2024, No. 2 Tahun 2024,
 * amended by SKB No. 933/1/3 of 7 August 2025 (adds cuti bersama 18 August). Cuti bersama for
 * ASN: Keppres 2/2025 and 42/2025. 17 libur nasional, 11 cuti bersama.
 */
export const holidays2025: HolidayYear = {
  year: 2025,
  source:
    'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2025, diubah dengan SKB No. 933/1/3 (7 Agustus 2025); Keppres 2/2025 dan 42/2025 (cuti bersama ASN)',
  days: [
    { date: '2025-01-01', name: 'Tahun Baru 2025 Masehi', kind: 'libur-nasional' },
    { date: '2025-01-27', name: 'Isra Mikraj Nabi Muhammad SAW', kind: 'libur-nasional' },
    { date: '2025-01-28', name: 'Cuti bersama Tahun Baru Imlek', kind: 'cuti-bersama' },
    { date: '2025-01-29', name: 'Tahun Baru Imlek 2576 Kongzili', kind: 'libur-nasional' },
    { date: '2025-03-28', name: 'Cuti bersama Hari Suci Nyepi', kind: 'cuti-bersama' },
    { date: '2025-03-29', name: 'Hari Suci Nyepi Tahun Baru Saka 1947', kind: 'libur-nasional' },
    { date: '2025-03-31', name: 'Idulfitri 1446 H', kind: 'libur-nasional' },
    { date: '2025-04-01', name: 'Idulfitri 1446 H', kind: 'libur-nasional' },
    { date: '2025-04-02', name: 'Cuti bersama Idulfitri', kind: 'cuti-bersama' },
    { date: '2025-04-03', name: 'Cuti bersama Idulfitri', kind: 'cuti-bersama' },
    { date: '2025-04-04', name: 'Cuti bersama Idulfitri', kind: 'cuti-bersama' },
    { date: '2025-04-07', name: 'Cuti bersama Idulfitri', kind: 'cuti-bersama' },
    { date: '2025-04-18', name: 'Wafat Yesus Kristus', kind: 'libur-nasional' },
    { date: '2025-04-20', name: 'Kebangkitan Yesus Kristus (Paskah)', kind: 'libur-nasional' },
    { date: '2025-05-01', name: 'Hari Buruh Internasional', kind: 'libur-nasional' },
    { date: '2025-05-12', name: 'Hari Raya Waisak 2569 BE', kind: 'libur-nasional' },
    { date: '2025-05-13', name: 'Cuti bersama Waisak', kind: 'cuti-bersama' },
    { date: '2025-05-29', name: 'Kenaikan Yesus Kristus', kind: 'libur-nasional' },
    { date: '2025-05-30', name: 'Cuti bersama Kenaikan Yesus Kristus', kind: 'cuti-bersama' },
    { date: '2025-06-01', name: 'Hari Lahir Pancasila', kind: 'libur-nasional' },
    { date: '2025-06-06', name: 'Iduladha 1446 H', kind: 'libur-nasional' },
    { date: '2025-06-09', name: 'Cuti bersama Iduladha', kind: 'cuti-bersama' },
    { date: '2025-06-27', name: 'Tahun Baru Islam 1447 H (1 Muharam)', kind: 'libur-nasional' },
    { date: '2025-08-17', name: 'Hari Kemerdekaan Republik Indonesia', kind: 'libur-nasional' },
    { date: '2025-08-18', name: 'Cuti bersama Hari Kemerdekaan (SKB 933/1/3 Tahun 2025)', kind: 'cuti-bersama' },
    { date: '2025-09-05', name: 'Maulid Nabi Muhammad SAW', kind: 'libur-nasional' },
    { date: '2025-12-25', name: 'Hari Raya Natal', kind: 'libur-nasional' },
    { date: '2025-12-26', name: 'Cuti bersama Hari Raya Natal', kind: 'cuti-bersama' },
  ],
};
