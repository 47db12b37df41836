import { csvCell } from '../../cloudfunctions/_domain/csv-cell';

// Issue 13, item 4: the reports CSV wrote `=HYPERLINK(...)` cells as they were (formula injection).
describe('CSV cells that Excel would run as formulas are neutralised', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","点此")', `"'=HYPERLINK(""http://evil.example"",""点此"")"`],
    ['+1+1', `"'+1+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
  ])('%s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('leaves ordinary text as it was, quoting only what needs it', () => {
    expect(csvCell('体检站点秩序混乱')).toBe('体检站点秩序混乱');
    expect(csvCell('甲,乙')).toBe('"甲,乙"');
    expect(csvCell('备注 = 无')).toBe('备注 = 无');
  });
});
