import type { HolidayYear } from './types.js';

/**
 * Libur nasional and cuti bersama 2026 (Indonesia), as set by SKB Menteri Agama, Menteri
 * Ketenagakerjaan dan Menteri PANRB No. 1497 Tahun 2025, No. 2 Tahun 2025, No. 5 Tahun 2025
 * (announced 19 September 2025). 17 libur nasional, 8 cuti bersama.
 */
export const holidays2026: HolidayYear = {
  year: 2026,
  source: 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026 (19 September 2025)',
  days: [
    { date: '2026-01-01', name: 'Tahun Baru 2026 Masehi', kind: 'libur-nasional' },
    { date: '2026-01-16', name: 'Isra Mikraj Nabi Muhammad SAW', kind: 'libur-nasional' },
    { date: '2026-02-16', name: 'Cuti bersama Tahun Baru Imlek', kind: 'cuti-bersama' },
    { date: '2026-02-17', name: 'Tahun Baru Imlek 2577 Kongzili', kind: 'libur-nasional' },
    { date: '2026-03-18', name: 'Cuti bersama Hari Suci Nyepi', kind: 'cuti-bersama' },
    { date: '2026-03-19', name: 'Hari Suci Nyepi Tahun Baru Saka 1948', kind: 'libur-nasional' },
    { date: '2026-03-20', name: 'Cuti bersama Idulfitri', kind: 'cuti-bersama' },
    { date: '2026-03-21', name: 'Idulfitri 1447 H', kind: 'libur-nasional' },
    { date: '2026-03-22', name: 'Idulfitri 1447 H', kind: 'libur-nasional' },
    { date: '2026-03-23', name: 'Cuti bersama Idulfitri', kind: 'cuti-bersama' },
    { date: '2026-03-24', name: 'Cuti bersama Idulfitri', kind: 'cuti-bersama' },
    { date: '2026-04-03', name: 'Wafat Yesus Kristus', kind: 'libur-nasional' },
    { date: '2026-04-05', name: 'Kebangkitan Yesus Kristus (Paskah)', kind: 'libur-nasional' },
    { date: '2026-05-01', name: 'Hari Buruh Internasional', kind: 'libur-nasional' },
    { date: '2026-05-14', name: 'Kenaikan Yesus Kristus', kind: 'libur-nasional' },
    { date: '2026-05-15', name: 'Cuti bersama Kenaikan Yesus Kristus', kind: 'cuti-bersama' },
    { date: '2026-05-27', name: 'Iduladha 1447 H', kind: 'libur-nasional' },
    { date: '2026-05-28', name: 'Cuti bersama Iduladha', kind: 'cuti-bersama' },
    { date: '2026-05-31', name: 'Hari Raya Waisak 2570 BE', kind: 'libur-nasional' },
    { date: '2026-06-01', name: 'Hari Lahir Pancasila', kind: 'libur-nasional' },
    { date: '2026-06-16', name: 'Tahun Baru Islam 1448 H (1 Muharam)', kind: 'libur-nasional' },
    { date: '2026-08-17', name: 'Hari Kemerdekaan Republik Indonesia', kind: 'libur-nasional' },
    { date: '2026-08-25', name: 'Maulid Nabi Muhammad SAW', kind: 'libur-nasional' },
    { date: '2026-12-24', name: 'Cuti bersama Hari Raya Natal', kind: 'cuti-bersama' },
    { date: '2026-12-25', name: 'Hari Raya Natal', kind: 'libur-nasional' },
  ],
};
