import * as z from 'zod';

/**
 * The kind of a role: a structural position (*jabatan struktural*), a functional position or
 * staff (*fungsional*), a member of a work team (*tim kerja*, after the 2021 simplification of
 * the bureaucracy), or a party outside the office (*eksternal*: an applicant, a contracted
 * assistant).
 */
export const RoleKindSchema = z.enum(['struktural', 'fungsional', 'tim-kerja', 'eksternal']);
/** See {@link RoleKindSchema}. */
export type RoleKind = z.infer<typeof RoleKindSchema>;

/** What the catalogue knows about one role. */
export const RoleInfoSchema = z.object({
  /** The official name, as the SOP documents write it. */
  name: z.string().min(1),
  /** Common abbreviations and other spellings (Kadis, Kabid, Kasi …). */
  abbreviations: z.array(z.string().min(1)).readonly(),
  /** The role's kind. */
  kind: RoleKindSchema,
  /** The echelon (*eselon*) of a structural position, where one applies. */
  eselon: z.enum(['I', 'II', 'III', 'IV']).optional(),
  /** Anything inferred about this role, so a reviewer can check it. */
  note: z.string().optional(),
});
/** See {@link RoleInfoSchema}. */
export type RoleInfo = z.infer<typeof RoleInfoSchema>;

/**
 * Every role that performs a step in the SOPs of the catalogue, keyed by its kebab-case id.
 * Other systems import the {@link Role} type and {@link RoleSchema}.
 */
export const ROLES = {
  'kepala-dinas': {
    name: 'Kepala Dinas',
    abbreviations: ['Kadis', 'Kepala Perangkat Daerah', 'Kepala Dinas Koperasi, Usaha Kecil dan Menengah'],
    kind: 'struktural',
    eselon: 'II',
  },
  sekretaris: {
    name: 'Sekretaris',
    abbreviations: ['Sekretaris Dinas', 'Sekdis'],
    kind: 'struktural',
    eselon: 'III',
  },
  'kepala-bidang': {
    name: 'Kepala Bidang',
    abbreviations: ['Kabid', 'Kepala Bidang 3', 'Kepala Bidang Perijinan dan Kelembagaan', 'Pejabat Administrator'],
    kind: 'struktural',
    eselon: 'III',
    note: '"Pejabat administrator" in SOP Pembuatan SK Tim Kerja Bidang 3 step 1 is read as the Kepala Bidang (the eselon III administrator of the bidang).',
  },
  'kepala-sub-bidang': {
    name: 'Kepala Sub Bidang',
    abbreviations: ['Kasubid', 'Kasubbid', 'Kasi', 'Kepala Seksi'],
    kind: 'struktural',
    eselon: 'IV',
    note: 'The PLUT SOP heads its lane KASUBID and calls the same person Kasi in the step text.',
  },
  'fungsional-umum': {
    name: 'Fungsional Umum',
    abbreviations: ['Staf', 'Pelaksana', 'JFU'],
    kind: 'fungsional',
  },
  'pendamping-plut': {
    name: 'Pendamping PLUT',
    abbreviations: ['Pendamping', 'Konsultan Pendamping PLUT'],
    kind: 'eksternal',
    note: 'Pendamping PLUT (Pusat Layanan Usaha Terpadu) are contracted assistants, not ASN of the Dinas; kind inferred.',
  },
  'ketua-tim-kerja': {
    name: 'Ketua Tim Kerja',
    abbreviations: ['Katim', 'Ketua Tim', 'Ketua Tim Kerja/Pejabat Pengawas', 'Pejabat Pengawas'],
    kind: 'tim-kerja',
  },
  'anggota-tim-kerja': {
    name: 'Anggota Tim Kerja',
    abbreviations: ['Anggota Tim', 'Anggota'],
    kind: 'tim-kerja',
  },
  'tim-kerja': {
    name: 'Tim Kerja',
    abbreviations: ['Tim'],
    kind: 'tim-kerja',
  },
  'pejabat-level-1': {
    name: 'Pejabat Level 1',
    abbreviations: ['Pejabat Level 1 (Pejabat Penilai Kinerja)', 'Level 1'],
    kind: 'struktural',
    note: 'The Diklat SOPs head this lane "Pejabat Level 1 (Pejabat Penilai Kinerja)"; no eselon is written.',
  },
  'pejabat-level-2': {
    name: 'Pejabat Level 2',
    abbreviations: ['Pejabat Level 2 (Pimpinan Unit)', 'Pimpinan Unit', 'Level 2'],
    kind: 'struktural',
    note: 'The Diklat SOPs head this lane "Pejabat Level 2 (Pimpinan Unit)"; no eselon is written.',
  },
  'pejabat-penilai-kinerja': {
    name: 'Pejabat Penilai Kinerja',
    abbreviations: ['Penilai Kinerja'],
    kind: 'struktural',
  },
  'kasubbag-tu': {
    name: 'Kepala Sub Bagian Tata Usaha/Umpar',
    abbreviations: ['Kasubbag TU', 'Kasubbag TU/Umpar', 'Kasubag TU', 'Kasubbag Umpar'],
    kind: 'struktural',
    eselon: 'IV',
    note: '"Umpar" is written as in the SOP; its expansion is not given in the source.',
  },
  pemohon: {
    name: 'Pemohon',
    abbreviations: ['Pihak Pemohon', 'Pemohon Narasumber'],
    kind: 'eksternal',
  },
  'petugas-teknis': {
    name: 'Petugas Teknis',
    abbreviations: ['Petugas'],
    kind: 'fungsional',
  },
  'eselon-fungsional-khusus': {
    name: 'Eselon/Fungsional Khusus',
    abbreviations: ['Eselon', 'Fungsional Khusus', 'Eselon / Fungsional khusus'],
    kind: 'fungsional',
    note: 'The lane is headed "ESELON/FUNGSIONAL KHUSUS": either a structural official or a functional specialist; kind inferred as fungsional.',
  },
  'petugas-informasi-tu': {
    name: 'Petugas Informasi/TU',
    abbreviations: ['Petugas Informasi', 'Petugas TU', 'Meja Informasi', 'TU', 'Tata Usaha'],
    kind: 'fungsional',
  },
  'kepala-biro': {
    name: 'Kepala Biro',
    abbreviations: ['Karo', 'Kepala Biro Organisasi'],
    kind: 'struktural',
    eselon: 'II',
  },
  'kepala-bagian': {
    name: 'Kepala Bagian',
    abbreviations: ['Kabag', 'Kepala Bagian Terkait', 'Kabag Terkait'],
    kind: 'struktural',
    eselon: 'III',
  },
  kasubbag: {
    name: 'Kepala Sub Bagian',
    abbreviations: ['Kasubbag', 'Kasubag', 'Kasubbag Terkait'],
    kind: 'struktural',
    eselon: 'IV',
  },
  'asisten-administrasi-umum': {
    name: 'Asisten Administrasi dan Umum',
    abbreviations: ['Asisten', 'Asisten Administrasi Umum'],
    kind: 'struktural',
    eselon: 'II',
  },
  'sekretaris-daerah': {
    name: 'Sekretaris Daerah',
    abbreviations: ['Sekda'],
    kind: 'struktural',
    eselon: 'I',
  },
} as const satisfies Record<string, RoleInfo>;

/** A role id of the built-in catalogue, e.g. `'kepala-dinas'`. */
export type Role = keyof typeof ROLES;

/** Every role id of the built-in catalogue, in catalogue order. */
export const ROLE_IDS = Object.keys(ROLES) as [Role, ...Role[]];

/**
 * The zod schema of a built-in role id. Another system validates its input with it.
 *
 * @example
 * ```ts
 * RoleSchema.parse('kepala-dinas') // 'kepala-dinas'
 * RoleSchema.safeParse('kadis').success // false: use resolveRole for spellings
 * ```
 */
export const RoleSchema = z.enum(ROLE_IDS);
