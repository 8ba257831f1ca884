import { describe, expect, expectTypeOf, test } from 'vitest';
import { createRoleRegistry, defaultRoles, resolveRole, ROLES, UnknownRoleError, type Role } from 'sop-ap';
import { RoleSchema } from 'sop-ap/schemas';

describe('resolveRole turns what people write into role ids', () => {
  test.each([
    ['Kabid', 'kepala-bidang'],
    ['KEPALA DINAS', 'kepala-dinas'],
    ['Kasi', 'kepala-sub-bidang'],
    ['Kasubid', 'kepala-sub-bidang'],
    ['kepala-dinas', 'kepala-dinas'],
    ['Kasubbag TU/Umpar', 'kasubbag-tu'],
    ['Sekda', 'sekretaris-daerah'],
    ['Karo', 'kepala-biro'],
    ['Kabag', 'kepala-bagian'],
    ['  pejabat level 2 (pimpinan unit) ', 'pejabat-level-2'],
    ['Eselon / Fungsional khusus', 'eselon-fungsional-khusus'],
  ])('%j -> %s', (text, id) => {
    expect(resolveRole(text)).toBe(id);
  });

  test('an unknown spelling fails with the closest candidates', () => {
    try {
      resolveRole('Kadiss');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UnknownRoleError);
      expect((e as UnknownRoleError).candidates[0]).toBe('kepala-dinas');
      expect((e as Error).message).toMatch(/unknown role "Kadiss"; did you mean: kepala-dinas/);
    }
    expect(defaultRoles.tryResolve('Presiden')).toBeUndefined();
  });
});

test('every role has a name, kind, and a unique set of spellings', () => {
  for (const [id, info] of Object.entries(ROLES)) {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(resolveRole(info.name)).toBe(id);
    for (const a of info.abbreviations) expect(resolveRole(a)).toBe(id);
  }
});

test('RoleSchema validates ids, and Role is the literal union', () => {
  expect(RoleSchema.parse('ketua-tim-kerja')).toBe('ketua-tim-kerja');
  expect(RoleSchema.safeParse('Kabid').success).toBe(false);
  expectTypeOf<'kepala-dinas'>().toExtend<Role>();
  expectTypeOf<'presiden'>().not.toExtend<Role>();
});

describe('an agency extends the catalogue and keeps full typing', () => {
  const roles = defaultRoles.extend({
    'kepala-upt': { name: 'Kepala UPT', abbreviations: ['Ka. UPT', 'KaUPT'], kind: 'struktural', eselon: 'IV' },
  });
  test('new and old roles resolve', () => {
    expect(roles.resolve('Ka. UPT')).toBe('kepala-upt');
    expect(roles.resolve('Kadis')).toBe('kepala-dinas');
    expect(roles.schema.parse('kepala-upt')).toBe('kepala-upt');
    expectTypeOf<ReturnType<typeof roles.resolve>>().toEqualTypeOf<Role | 'kepala-upt'>();
  });
  test('a spelling clash or a bad id is refused', () => {
    expect(() => defaultRoles.extend({ 'kepala-x': { name: 'Kepala X', abbreviations: ['Kabid'], kind: 'struktural' } })).toThrowError(
      /role 'kepala-x': spelling 'Kabid' is already used by role 'kepala-bidang'/,
    );
    expect(() => createRoleRegistry({ 'Kepala X': { name: 'X', abbreviations: [], kind: 'struktural' } })).toThrowError(/kebab-case/);
    expect(() => createRoleRegistry({ 'kepala-x': { name: '', abbreviations: [], kind: 'struktural' } })).toThrowError(/role 'kepala-x': field 'name'/);
  });
});
