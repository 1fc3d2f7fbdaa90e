import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gradebookCsv, gradeReceipts } from '../../scripts/lab/gradebook';
import { encodeReceipt, hashString, type Receipt } from '../../src/engine';
import { getScenario } from '../../src/scenarios';
import { lab, LAB_TIMEOUT } from './lab-process';
import { correctReceipt } from './receipt-fixtures';

const HEADER =
  'line,learner_id,module,scenario,variant,score,total,attempts,revealed,completed_at,status,reason';

// s001 solved product-share variant 1, the third question on the second attempt.
const s001Share = correctReceipt(getScenario('product-share'), {
  module: '02-share-by-product',
  variant: 0,
  learner: 's001',
  completedAt: '2026-03-02T09:15:00.000Z',
});
s001Share.answers[2]!.attempts = 2;

// s002's receipt of variant 2 carries a wrong share, 0.0, for the third question.
const s002Share = correctReceipt(getScenario('product-share'), {
  module: '02-share-by-product',
  variant: 1,
  learner: 's002',
  completedAt: '2026-03-03T14:02:11.000Z',
});
s002Share.answers[2]!.answer = '0.0';

// s001 showed the solution of the second weekday question after 3 wrong attempts.
const s001Weekday = correctReceipt(getScenario('weekday-staffing'), {
  module: '04-weekday-concentration',
  variant: 2,
  learner: 's001',
  completedAt: '2026-03-09T08:30:00.000Z',
});
s001Weekday.answers[1] = { ...s001Weekday.answers[1]!, answer: '12', attempts: 3, revealed: true };

const unknownScenario: Receipt = {
  ...s002Share,
  module: '07-churn',
  scenario: 'churn-forecast',
  completedAt: '2026-03-10T10:00:00.000Z',
};

/** Returns a code with a correct checksum over a payload of the wrong shape. */
function wrongShapeCode(): string {
  const json = '["02-share-by-product","product-share","1","s002","2026-03-04",[]]';
  const body = `SAL1-${Buffer.from(json, 'utf8').toString('base64url')}`;
  return `${body}-${hashString(body).toString(16).padStart(8, '0')}`;
}

/** Changes the 21st character, inside the payload, to another base64url character. */
function flipCharacter(code: string): string {
  return code.slice(0, 20) + (code[20] === 'A' ? 'B' : 'A') + code.slice(21);
}

const CLASS_FILE = [
  encodeReceipt(s001Share),
  '',
  `   ${encodeReceipt(s002Share)}  `,
  `\t${encodeReceipt(s001Weekday)}\r`,
  flipCharacter(encodeReceipt(s001Share)),
  encodeReceipt(s002Share).slice(0, 40),
  encodeReceipt(s001Share).replace(/^SAL1-/, 'SAL9-'),
  encodeReceipt(unknownScenario),
  wrongShapeCode(),
  '   ',
  '',
].join('\n');

const GRADEBOOK = [
  HEADER,
  '1,s001,02-share-by-product,product-share,1,4,4,5,0,2026-03-02T09:15:00.000Z,valid,',
  '3,s002,02-share-by-product,product-share,2,3,4,4,0,2026-03-03T14:02:11.000Z,valid,',
  '4,s001,04-weekday-concentration,weekday-staffing,3,3,4,6,1,2026-03-09T08:30:00.000Z,valid,',
  '5,,,,,,,,,,invalid,bad checksum: the code was changed or cut off',
  '6,,,,,,,,,,invalid,not a receipt code: expected SAL<version>-<payload>-<checksum>',
  '7,,,,,,,,,,invalid,unknown version 9: this site reads version 1',
  '8,s002,07-churn,churn-forecast,2,,,,,2026-03-10T10:00:00.000Z,invalid,unknown scenario churn-forecast',
  '9,,,,,,,,,,invalid,the payload has the wrong shape',
  '',
].join('\n');

describe('lab grade', { timeout: LAB_TIMEOUT }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'lab-grade-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const file = join(folder, 'receipts.txt');
  writeFileSync(file, CLASS_FILE);

  const run = lab('grade', file);

  it('exits 0 with invalid receipts', () => {
    expect(run.status).toBe(0);
  });

  it('prints the gradebook', () => {
    expect(run.stdout).toBe(GRADEBOOK);
  });

  it('prints a summary to stderr', () => {
    expect(run.stderr).toBe(`lab: 8 receipts in ${file}: 3 valid, 5 invalid\n`);
  });

  it('writes --out with a byte order mark', () => {
    const out = join(folder, 'gradebook.csv');
    const run = lab('grade', file, '--out', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(`\uFEFF${GRADEBOOK}`);
  });

  it('prints a header for no receipts', () => {
    const empty = join(folder, 'empty.txt');
    writeFileSync(empty, '\n  \n');
    const run = lab('grade', empty);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${HEADER}\n`);
    expect(run.stderr).toBe(`lab: 0 receipts in ${empty}: 0 valid, 0 invalid\n`);
  });

  it('reads a byte order mark', () => {
    const marked = join(folder, 'marked.txt');
    writeFileSync(marked, `\uFEFF${encodeReceipt(s001Share)}\n`);
    const run = lab('grade', marked);
    expect(run.stdout.split('\n')[1]).toBe(GRADEBOOK.split('\n')[1]);
    expect(run.stderr).toBe(`lab: 1 receipt in ${marked}: 1 valid, 0 invalid\n`);
  });

  it('exits 1 for a missing file', () => {
    const missing = join(folder, 'missing.txt');
    const run = lab('grade', missing);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`lab: cannot read ${missing}: file not found\n`);
    expect(run.stdout).toBe('');
  });

  it('exits 1 for an unwritable --out', () => {
    const out = join(folder, 'no-such-folder', 'gradebook.csv');
    const run = lab('grade', file, '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`lab: cannot write ${out}: its folder does not exist\n`);
  });

  it('exits 2 without a file', () => {
    const run = lab('grade');
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      'lab grade: missing RECEIPTS.txt: name the file of receipt codes to grade',
    );
  });

  it('exits 2 for two files', () => {
    const run = lab('grade', file, file);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      `lab grade: expected one RECEIPTS.txt, got 2: ${file} ${file}`,
    );
  });

  it('describes its options', () => {
    const run = lab('grade', '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: npm run lab -- grade RECEIPTS.txt [--out GRADEBOOK.csv]');
    expect(run.stdout).toContain('  --out FILE    write the gradebook to FILE, with a UTF-8 byte');
    expect(run.stdout).toContain('  variant       variant number from 1, as the site shows it');
  });
});

describe('gradebookCsv', () => {
  it('neutralizes formulas in receipt text', () => {
    const forged = correctReceipt(getScenario('product-share'), {
      module: '@SUM(A1)',
      variant: 0,
      learner: '=HYPERLINK("x")',
      completedAt: '-1 day',
    });
    const csv = gradebookCsv(gradeReceipts(encodeReceipt(forged)));
    expect(csv.split('\n')[1]).toBe(
      `1,"'=HYPERLINK(""x"")",'@SUM(A1),product-share,1,4,4,4,0,'-1 day,valid,`,
    );
  });

  it('rejects an Object property as a scenario', () => {
    const forged: Receipt = { ...s001Share, scenario: 'constructor' };
    const [graded] = gradeReceipts(encodeReceipt(forged));
    expect(graded?.status).toBe('invalid');
    expect(graded?.reason).toBe('unknown scenario constructor');
  });
});
