import { describe, expect, test } from 'vitest';
import { DurationError, durationToMinutes, formatDuration, formatWorkingTime, parseDuration } from 'sop-ap';

describe('parseDuration reads the SOP\'s own text', () => {
  test.each([
    ['5 Menit', 5, 'menit'],
    ['1 jam', 1, 'jam'],
    ['2 Hari', 2, 'hari'],
    ['60 Menit', 60, 'menit'],
    ['3 HARI', 3, 'hari'],
    ['  2   jam ', 2, 'jam'],
    ['20menit', 20, 'menit'],
    ['1 Jam.', 1, 'jam'],
  ])('%j', (text, value, unit) => {
    expect(parseDuration(text)).toEqual({ value, unit, text });
  });

  test('the object form', () => {
    expect(parseDuration({ value: 15, unit: 'menit' })).toEqual({ value: 15, unit: 'menit' });
  });

  test.each([
    ['setengah hari', /"setengah" is not a positive whole number/],
    ['', /it is empty/],
    ['   ', /it is empty/],
    ['-5 menit', /"-5" is not a positive whole number/],
    ['5 minggu', /"minggu" is not a unit/],
    ['1,5 jam', /"1,5" is not a positive whole number/],
    ['0 menit', /more than zero/],
    ['menit', /expected a whole number followed by/],
    ['5', /expected a whole number followed by/],
  ])('refuses %j', (text, reason) => {
    expect(() => parseDuration(text)).toThrowError(DurationError);
    expect(() => parseDuration(text)).toThrowError(reason);
  });

  test('refuses a bad object form and names the field', () => {
    expect(() => parseDuration({ value: 1.5, unit: 'jam' })).toThrowError(/value: /);
    expect(() => parseDuration({ value: 2, unit: 'minggu' as 'jam' })).toThrowError(/unit: /);
  });

  test('an error names the SOP, step and field it was given, in both languages', () => {
    try {
      parseDuration('setengah hari', { sopId: 'sop-x', stepId: 'telaah', field: 'steps.2.waktu' });
      expect.unreachable();
    } catch (e) {
      const err = e as DurationError;
      expect(err.message).toBe(
        `SOP 'sop-x', step 'telaah', field 'steps.2.waktu': cannot read the duration "setengah hari": "setengah" is not a positive whole number. Write it like "5 Menit", "2 Jam" or "1 Hari".`,
      );
      expect(err.localized('id')).toBe(
        `SOP 'sop-x', langkah 'telaah', isian 'steps.2.waktu': waktu "setengah hari" tidak dapat dibaca: "setengah" is not a positive whole number. Tulis seperti "5 Menit", "2 Jam" atau "1 Hari".`,
      );
      expect([err.code, err.sopId, err.stepId, err.field]).toEqual(['INVALID_DURATION', 'sop-x', 'telaah', 'steps.2.waktu']);
    }
  });
});

test('durationToMinutes: menit as is, jam × 60, hari × the calendar\'s working minutes per day', () => {
  expect(durationToMinutes({ value: 5, unit: 'menit' }, 450)).toBe(5);
  expect(durationToMinutes({ value: 2, unit: 'jam' }, 450)).toBe(120);
  expect(durationToMinutes({ value: 3, unit: 'hari' }, 450)).toBe(1350);
  expect(durationToMinutes({ value: 1, unit: 'hari' }, 1440)).toBe(1440);
});

test('formatDuration writes as the SOP does', () => {
  expect(formatDuration({ value: 5, unit: 'menit' })).toBe('5 Menit');
  expect(formatDuration({ value: 1, unit: 'hari' })).toBe('1 Hari');
});

describe('formatWorkingTime', () => {
  test('words working minutes on the calendar day: days, hours, minutes', () => {
    expect(formatWorkingTime(575, 450)).toBe('1 hari 2 jam 5 menit');
    expect(formatWorkingTime(45, 450)).toBe('45 menit');
    expect(formatWorkingTime(0, 450)).toBe('0 menit');
    expect(formatWorkingTime(900, 450)).toBe('2 hari');
    expect(formatWorkingTime(1440 + 61, 1440)).toBe('1 hari 1 jam 1 menit');
    expect(formatWorkingTime(59.6, 450)).toBe('1 jam');
  });
});
