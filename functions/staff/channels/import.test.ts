import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ROWS, parseCsv, readChannelImport } from './import';

const cellsOf = (text: string) => {
  const out = parseCsv(text);
  if ('problem' in out) throw new Error(out.problem.message);
  return out.records.map((r) => r.cells);
};

describe('parseCsv', () => {
  // csv-parse is the reference: the same records for the quoting Excel and hand-typed files produce.
  it.each([
    'a,b,c\r\nd,e,f\r\n',
    'a,b,c\nd,e,f',
    '"市立第一中学校, 2年","say ""hi""",school\n',
    '"two\nlines",x,flyer\r\nnext,y,web\r\n',
    'a,,c,,\n',
    '\uFEFFtag,label,kind\nx,y,sns\n',
    'x,"",web\n',
  ])('reads %j as csv-parse does', (text) => {
    expect(cellsOf(text)).toEqual(parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }));
  });

  it('numbers records by the line they start on, counting line breaks inside quotes', () => {
    const out = parseCsv('a,b\n"x\ny",z\n\nlast,1\n');
    expect('records' in out && out.records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it.each([
    ['a,"open\n', '1行目', '閉じられていません'],
    ['ok,row\nbad"quote,x\n', '2行目', '途中に「"」'],
    ['"closed"tail,x\n', '1行目', '後ろに'],
  ])('refuses %j instead of guessing', (text, where, what) => {
    const out = parseCsv(text);
    expect('problem' in out && out.problem.message).toContain(where);
    expect('problem' in out && out.problem.message).toContain(what);
  });
});

describe('readChannelImport', () => {
  it('reads the schools file with a header, Japanese kinds, grouped and full-width numbers, and blank counts', () => {
    const text = 'タグ,名前,種類,部数,配布先の数\r\nschool-daiichi,市立第一中学校 クリアファイル,学校配布物,"6,796",３１\r\nweb-koho,広報まつど ウェブ版,web,,\r\nsns-x,市公式X,ＳＮＳ\r\n';
    expect(readChannelImport(text, new Set())).toEqual({
      ok: true,
      channels: [
        { tag: 'school-daiichi', label: '市立第一中学校 クリアファイル', kind: 'school', quantity: 6796, places: 31 },
        { tag: 'web-koho', label: '広報まつど ウェブ版', kind: 'web' },
        { tag: 'sns-x', label: '市公式X', kind: 'sns' },
      ],
    });
  });

  it('names every bad row by its line, in Japanese, and accepts none of the file', () => {
    const text = [
      'tag,label,kind,quantity,places',
      'school-a,第一中学校,school,120,1',
      'School B,第二中学校,school,120,1',
      'school-c,第三中学校,poster,-3,1',
      'school-a,重複,school,,',
      'taken,登録済み,flyer,,',
      'only-two,x',
    ].join('\n');
    const out = readChannelImport(text, new Set(['taken']));
    expect(out.ok).toBe(false);
    const messages = out.ok ? [] : out.problems.map((p) => `${p.line}:${p.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^3:3行目：タグは半角の英小文字/),
      expect.stringMatching(/^4:4行目：種類は ステッカー・チラシ・学校配布物・ウェブ・SNS・その他/),
      expect.stringMatching(/^4:4行目：部数は0以上の整数/),
      expect.stringMatching(/^5:5行目：タグ「school-a」は2行目と同じです/),
      expect.stringMatching(/^6:6行目：タグ「taken」はすでに登録されています/),
      expect.stringMatching(/^7:7行目：項目の数が2つです/),
    ]);
  });

  it('refuses an empty file, too many rows at once, and more channels than a tenant may have', () => {
    expect(readChannelImport('tag,label,kind\n', new Set())).toMatchObject({ ok: false, problems: [{ line: 0, message: expect.stringContaining('取り込む行がありません') }] });
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `s-${i},学校${i},school`).join('\n');
    expect(readChannelImport(rows(MAX_IMPORT_ROWS + 1), new Set())).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('100行まで') }] });
    expect(readChannelImport(rows(MAX_IMPORT_ROWS), new Set())).toMatchObject({ ok: true });
    const full = new Set(Array.from({ length: 499 }, (_, i) => `old-${i}`));
    expect(readChannelImport(rows(2), full)).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('500件まで') }] });
  });
});
