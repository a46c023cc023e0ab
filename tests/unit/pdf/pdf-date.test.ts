import { describe, expect, it } from 'vitest';
import { pdfDateDay, pdfPublicationDay } from '../../../utils/pdf/pdf-date';

describe('pdfDateDay', () => {
  it('reads the day as written, in the document’s own time zone', () => {
    // 00:30 in Paris is still 14 March in UTC: the report is dated the 15th.
    expect(pdfDateDay("D:20240315003000+01'00'")).toBe('2024-03-15');
    expect(pdfDateDay('D:20231231235959Z')).toBe('2023-12-31');
    expect(pdfDateDay('20220401')).toBe('2022-04-01');
  });

  it('gives nothing for a date without its day, an impossible day, or no date', () => {
    expect(pdfDateDay('D:2024')).toBeNull();
    expect(pdfDateDay('D:202403')).toBeNull();
    expect(pdfDateDay('D:20240230120000Z')).toBeNull();
    expect(pdfDateDay('D:20241301')).toBeNull();
    expect(pdfDateDay('mars 2024')).toBeNull();
    expect(pdfDateDay(undefined)).toBeNull();
    expect(pdfDateDay(20240315)).toBeNull();
  });
});

describe('pdfPublicationDay', () => {
  it('prefers the creation date, then the modification date', () => {
    expect(pdfPublicationDay({ CreationDate: 'D:20230102', ModDate: 'D:20240506' })).toBe('2023-01-02');
    expect(pdfPublicationDay({ CreationDate: 'garbage', ModDate: 'D:20240506' })).toBe('2024-05-06');
    expect(pdfPublicationDay({})).toBeNull();
    expect(pdfPublicationDay(null)).toBeNull();
  });
});
