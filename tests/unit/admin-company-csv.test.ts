/** @jest-environment node */
import { CSV_MAX_BYTES, importDecision, readCompanyCsv, type CompanyCsvResult, type Message } from '@/lib/admin/company-csv';
import { translator } from '@/lib/i18n/messages';

const HEADER = 'ssm_new,ssm_old,name,email,source,file_no';
const NOW = new Date('2026-06-01T00:00:00Z');
const bytes = (text: string) => new TextEncoder().encode(text);
const read = (text: string) => readCompanyCsv(bytes(text), NOW);

function report(result: CompanyCsvResult) {
  if (!result.ok) throw new Error(`file refused: ${JSON.stringify(result.problems)}`);
  return result;
}
function refusal(result: CompanyCsvResult): Message[] {
  if (result.ok) throw new Error('file accepted');
  return result.problems;
}

/** `count` valid, distinct rows, as a spreadsheet of ST's files would hold them. */
function generatedRows(count: number): string {
  const sources = ['Kontraktor', 'Pepasangan', 'Pelesenan'];
  const lines = [HEADER];
  for (let i = 0; i < count; i += 1) {
    const ssmNew = `${2000 + (i % 20)}0${1 + (i % 6)}${String(i).padStart(6, '0')}`;
    lines.push(`${ssmNew},${100000 + i}-A,"SYARIKAT CONTOH ${i} SDN. BHD.",syarikat${i}@contoh.com.my,${sources[i % 3]},ST/KTR/${i}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

// Every message a result carries must exist in both languages, with its placeholders filled.
function expectTranslatable(messages: Message[]) {
  for (const locale of ['ms', 'en'] as const) {
    const t = translator(locale);
    for (const { key, vars } of messages) {
      const text = t(key, vars);
      expect({ key, text }).not.toEqual({ key, text: key });
      expect(text).not.toMatch(/\{\w+\}/);
    }
  }
}

describe('a good file', () => {
  it('gives each row as a record ready for upsertCompanyRecord, canonical as registration stores it', () => {
    const result = report(
      read(
        `${HEADER}\n` +
          '2019 01 000005,123456-a, syarikat contoh  elektrik sdn bhd ,Rekod@Contoh-Elektrik.com.my,kontraktor,st/ktr/b/0001\n' +
          ',470123-K,Pepasangan Contoh,pentadbiran@contoh-tenaga.com.my,PEPASANGAN,\n',
      ),
    );
    expect(result.rejected).toEqual([]);
    expect(result.accepted).toEqual([
      {
        row: 2,
        record: {
          ssmNew: '201901000005',
          ssmOld: '123456A',
          name: 'SYARIKAT CONTOH ELEKTRIK SDN BHD',
          email: 'rekod@contoh-elektrik.com.my',
          source: 'Kontraktor',
          fileNo: 'ST/KTR/B/0001',
        },
      },
      {
        row: 3,
        record: {
          ssmNew: null,
          ssmOld: '470123K',
          name: 'PEPASANGAN CONTOH',
          email: 'pentadbiran@contoh-tenaga.com.my',
          source: 'Pepasangan',
          fileNo: null,
        },
      },
    ]);
  });

  it('reads a UTF-8 file with a BOM (as Excel saves it), with the columns in any order and case', () => {
    const text =
      '\uFEFFEmail, Name ,SOURCE,file_no,ssm_old,ssm_new\r\nlesen@contoh.com.my,CONTOH JANAKUASA BERHAD,Pelesenan,,689012-T,200501012345\r\n';
    const result = report(read(text));
    expect(result.accepted.map((a) => a.record)).toEqual([
      {
        ssmNew: '200501012345',
        ssmOld: '689012T',
        name: 'CONTOH JANAKUASA BERHAD',
        email: 'lesen@contoh.com.my',
        source: 'Pelesenan',
        fileNo: null,
      },
    ]);
  });

  it('keeps the spreadsheet row numbers across a blank line and a cell on two lines', () => {
    const text = `${HEADER}\n\n"201901000005",,"KEDAI
CONTOH",a@contoh.com.my,Kontraktor,\n,123456-A,KEDAI DUA,bukan-emel,Kontraktor,\n`;
    const result = report(read(text));
    // The cell's line break is a control character in a name: refused, not silently joined.
    expect(result.rejected.map((r) => r.row)).toEqual([3, 4]);
    expect(result.rejected[0].problems).toEqual([{ field: 'name', key: 'admin.csv.hidden' }]);
    expect(result.rejected[1].problems).toEqual([{ field: 'email', key: 'register.errors.emailFormat' }]);
  });

  // The time is measured by npm run bench:csv beside csv-parse alone; here, a busy machine must not fail it.
  it('parses and checks 10,000 rows, all accepted', () => {
    const result = report(read(generatedRows(10_000)));
    expect(result.accepted).toHaveLength(10_000);
    expect(result.rejected).toEqual([]);
    expect(result.accepted[9_999]).toEqual({
      row: 10_001,
      record: {
        ssmNew: '201904009999',
        ssmOld: '109999A',
        name: 'SYARIKAT CONTOH 9999 SDN. BHD.',
        email: 'syarikat9999@contoh.com.my',
        source: 'Kontraktor',
        fileNo: 'ST/KTR/9999',
      },
    });
  });
});

describe('a file refused as a whole', () => {
  it('over 5 MB', () => {
    const big = new Uint8Array(CSV_MAX_BYTES + 1).fill(0x41);
    const problems = refusal(readCompanyCsv(big, NOW));
    expect(problems).toEqual([{ key: 'admin.csv.tooLarge', vars: { max: '5 MB' } }]);
    expectTranslatable(problems);
  });

  it('not UTF-8 (Windows-1252 from an older Excel), with or without a BOM', () => {
    const latin1 = Uint8Array.from([...bytes(`${HEADER}\n,123456-A,SYARIKAT `), 0xc9, ...bytes('LAN,a@b.my,Kontraktor,\n')]);
    expect(refusal(readCompanyCsv(latin1, NOW))).toEqual([{ key: 'admin.csv.notUtf8' }]);
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...latin1]);
    expect(refusal(readCompanyCsv(withBom, NOW))).toEqual([{ key: 'admin.csv.notUtf8' }]);
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...HEADER].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(refusal(readCompanyCsv(utf16, NOW))).toEqual([{ key: 'admin.csv.notUtf8' }]);
    expectTranslatable([{ key: 'admin.csv.notUtf8' }]);
  });

  it('with the wrong columns, naming the missing and the unknown ones', () => {
    const problems = refusal(read('ssm_new,ssm_old,nama,emel,source,file_no\n201901000005,,A,a@b.my,Kontraktor,\n'));
    expect(problems).toEqual([
      { key: 'admin.csv.columnsMissing', vars: { columns: 'name, email' } },
      { key: 'admin.csv.columnsUnknown', vars: { columns: 'nama, emel', allowed: 'ssm_new, ssm_old, name, email, source, file_no' } },
    ]);
    expectTranslatable(problems);
    expect(translator('ms')(problems[0].key, problems[0].vars)).toContain('name, email');
  });

  it('with a column twice', () => {
    const problems = refusal(read(`${HEADER},email\n`));
    expect(problems).toEqual([{ key: 'admin.csv.columnsRepeated', vars: { columns: 'email' } }]);
    expectTranslatable(problems);
  });

  it('empty, only a header, or not CSV', () => {
    expect(refusal(read(''))).toEqual([{ key: 'admin.csv.empty' }]);
    expect(refusal(read(`${HEADER}\r\n`))).toEqual([{ key: 'admin.csv.noRows' }]);
    const problems = refusal(read(`${HEADER}\n201901000005,,"A,a@b.my,Kontraktor,\n`));
    expect(problems).toEqual([{ key: 'admin.csv.malformed', vars: { line: 2 } }]);
    expectTranslatable([{ key: 'admin.csv.empty' }, { key: 'admin.csv.noRows' }, ...problems]);
  });
});

describe('rows rejected, with reasons per field', () => {
  const row = (cells: string) => report(read(`${HEADER}\n${cells}\n`));

  it.each([
    ['2019010000AB', 'register.errors.ssmFormat'],
    ['299901000005', 'register.errors.ssmYear'],
    ['201909000005', 'register.errors.ssmEntity'],
    ['123456-A', 'admin.csv.ssmNewIsOld'],
  ])('a bad new SSM No. %s', (ssm, key) => {
    const result = row(`${ssm},,SYARIKAT A,a@contoh.my,Kontraktor,`);
    expect(result.accepted).toEqual([]);
    expect(result.rejected).toEqual([{ row: 2, problems: [{ field: 'ssmNew', key }] }]);
  });

  it('an old SSM No. in the new column, a new one in the old column, or none at all', () => {
    expect(row(',201901000005,SYARIKAT A,a@contoh.my,Kontraktor,').rejected[0].problems).toEqual([
      { field: 'ssmOld', key: 'admin.csv.ssmOldIsNew' },
    ]);
    expect(row(',,SYARIKAT A,a@contoh.my,Kontraktor,').rejected[0].problems).toEqual([{ field: 'ssmNew', key: 'admin.csv.ssmMissing' }]);
  });

  it('a control character or a text-direction override, in any cell', () => {
    const result = report(
      read(
        `${HEADER}\n` +
          '201901000005,,SYARIKAT \u202EA,a@contoh.my,Kontraktor,\n' +
          '201901000006,,SYARIKAT B,a@contoh.my\t,Kontraktor,\n' +
          '201901000007,,SYARIKAT C,c@contoh.my,Kontraktor\u0000,ST/1\u200B\n',
      ),
    );
    expect(result.accepted).toEqual([]);
    expect(result.rejected).toEqual([
      { row: 2, problems: [{ field: 'name', key: 'admin.csv.hidden' }] },
      { row: 3, problems: [{ field: 'email', key: 'admin.csv.hidden' }] },
      {
        row: 4,
        problems: [
          { field: 'source', key: 'admin.csv.hidden' },
          { field: 'fileNo', key: 'admin.csv.hidden' },
        ],
      },
    ]);
  });

  it('every bad field of a row at once, each with its own message', () => {
    const result = row('ABC,201901000005,,not-an-email,Lesen,ST#1');
    expect(result.rejected[0].problems).toEqual([
      { field: 'ssmNew', key: 'register.errors.ssmFormat' },
      { field: 'ssmOld', key: 'admin.csv.ssmOldIsNew' },
      { field: 'name', key: 'register.errors.nameRequired' },
      { field: 'email', key: 'register.errors.emailFormat' },
      { field: 'source', key: 'admin.csv.sourceUnknown', vars: { sources: 'Kontraktor, Pepasangan, Pelesenan' } },
      { field: 'fileNo', key: 'admin.csv.fileNoChars' },
    ]);
    expectTranslatable(result.rejected[0].problems);
  });

  it('a row with too few or too many cells', () => {
    const result = report(
      read(`${HEADER}\n201901000005,,SYARIKAT A,a@contoh.my,Kontraktor\n201901000006,,SYARIKAT B,b@contoh.my,Kontraktor,,x\n`),
    );
    expect(result.rejected).toEqual([
      { row: 2, problems: [{ field: 'row', key: 'admin.csv.cellCount', vars: { found: 5, expected: 6 } }] },
      { row: 3, problems: [{ field: 'row', key: 'admin.csv.cellCount', vars: { found: 7, expected: 6 } }] },
    ]);
    expectTranslatable(result.rejected.flatMap((r) => r.problems));
  });

  it('duplicates within the file: every row sharing an SSM No., each naming the others', () => {
    const result = report(
      read(
        `${HEADER}\n` +
          '201901000005,123456-A,SYARIKAT A,a@contoh.my,Kontraktor,\n' +
          '201901000006,,SYARIKAT B,b@contoh.my,Kontraktor,\n' +
          '201901000005,123456-A,SYARIKAT A,a@contoh.my,Kontraktor,\n' +
          '2019-01-000007,123456 a,SYARIKAT A LAIN,x@contoh.my,Pelesenan,\n',
      ),
    );
    expect(result.accepted.map((a) => a.row)).toEqual([3]);
    expect(result.rejected).toEqual([
      { row: 2, problems: [{ field: 'row', key: 'admin.csv.duplicate', vars: { rows: '4, 5' } }] },
      { row: 4, problems: [{ field: 'row', key: 'admin.csv.duplicate', vars: { rows: '2, 5' } }] },
      { row: 5, problems: [{ field: 'row', key: 'admin.csv.duplicate', vars: { rows: '2, 4' } }] },
    ]);
    expectTranslatable(result.rejected[0].problems);
  });
});

describe('all or nothing', () => {
  const mixed = report(
    read(`${HEADER}\n201901000005,,SYARIKAT A,a@contoh.my,Kontraktor,\n201901000006,,SYARIKAT B,bukan-emel,Kontraktor,\n`),
  );
  const clean = report(read(`${HEADER}\n201901000005,,SYARIKAT A,a@contoh.my,Kontraktor,\n`));

  it('imports nothing from a file with a rejected row', () => {
    expect(importDecision(mixed, false)).toEqual({ rows: [], blocked: true });
  });

  it('imports the valid rows when the officer chose so', () => {
    expect(importDecision(mixed, true)).toEqual({ rows: [mixed.accepted[0]], blocked: false });
  });

  it('imports every row of a clean file', () => {
    expect(importDecision(clean, false)).toEqual({ rows: clean.accepted, blocked: false });
  });
});
