import { AppError } from '../../../types/common/errors';
import { can } from '../../../types/auth/policies';
import { FILE_FIELDS, type FileField } from '../../../types/veteran/fields';
import type { VeteranDoc } from '../../../types/veteran/model';
import { MAX_IMPORT_ROWS, type ImportProblem, type ImportReport } from '../../../types/ledger/transfer';
import type { ActionContext } from '../../_kernel/action';
import type { Caller } from '../../_kernel/caller';
import { applyParsed } from '../../_domain/dossier/plan-changes';
import { checkFileDates } from '../../_domain/dossier/check-dates';
import { CATEGORY_HEADER, PLACE_HEADERS } from '../xlsx/columns';
import { readSheet, type CellValue } from '../xlsx/read-sheet';
import { newFile } from '../../_domain/dossier/new-file';
import { gridsByPlaceName } from './grid-index';

const MAX_PROBLEMS = 500;
const REQUIRED_HEADERS = ['姓名', '身份证号', ...PLACE_HEADERS];
const FIELD_BY_LABEL = new Map((Object.keys(FILE_FIELDS) as FileField[]).map((f) => [FILE_FIELDS[f].label, f]));

const text = (v: CellValue | undefined): string =>
  v === undefined ? '' : typeof v === 'string' ? v : String(v.number);

/**
 * Reads a ledger sheet and decides row by row: a new file, an existing one (importing twice creates
 * nothing), or problems (bad check digit, unknown grid, duplicate person, impossible dates, ...).
 * `filedGrids`: the grids of the rows' people already filed (a commit killed part way filed some of them,
 * and the one that completes it recomputes their grids too).
 */
export async function analyseSheet(
  ctx: ActionContext,
  me: Caller,
  content: Buffer,
  seal: boolean,
): Promise<{ report: ImportReport; toCreate: VeteranDoc[]; filedGrids: string[] }> {
  const { headers, rows } = await readSheet(content);
  if (rows.length > MAX_IMPORT_ROWS)
    throw new AppError(
      'INVALID_INPUT',
      `表格有 ${rows.length} 行，一次最多导入 ${MAX_IMPORT_ROWS} 行，请分成几个表格导入`,
      'fileID',
    );
  const missing = REQUIRED_HEADERS.filter((h) => !headers.includes(h));
  if (missing.length) throw new AppError('INVALID_INPUT', `表格缺少列：${missing.join('、')}`, 'fileID');
  const grids = await gridsByPlaceName(ctx);
  const pii = ctx.pii();
  const problems: ImportProblem[] = [];
  const rejected = new Set<number>();
  const problem = (row: number, column: string, message: string) => {
    rejected.add(row);
    problems.push({ row, column, message });
  };
  const candidates: { row: number; file: VeteranDoc }[] = [];
  const firstRowOf = new Map<string, number>();

  for (const { row, cells } of rows) {
    const idCell = cells.get('身份证号');
    if (idCell && typeof idCell !== 'string') {
      problem(row, '身份证号', '身份证号被存成了数字（末几位已丢失），请把该列设为文本格式后重新填写');
      continue;
    }
    const place = PLACE_HEADERS.map((h) => text(cells.get(h))).join('/');
    const grid = grids.get(place);
    if (!grid) problem(row, '所属网格', `找不到网格：${place}`);
    else if (!can(me, 'ledger:import', { orgPath: grid.path })) problem(row, '所属网格', `${place} 不在您的辖区`);
    const raw: Partial<Record<FileField, string>> = {};
    for (const [header, value] of cells) {
      const field = FIELD_BY_LABEL.get(header);
      // An empty cell says nothing: the field stays empty in a new file.
      if (field && text(value) !== '') raw[field] = text(value);
    }
    const parsed: [FileField, unknown][] = [];
    for (const [field, value] of Object.entries(raw) as [FileField, string][]) {
      const result = FILE_FIELDS[field].parse.safeParse(value);
      if (!result.success) problem(row, FILE_FIELDS[field].label, result.error.issues[0]?.message ?? '内容有误');
      else parsed.push([field, result.data]);
    }
    if (rejected.has(row) || !grid) continue;
    const category = text(cells.get(CATEGORY_HEADER)) === '优抚对象' || raw.dependantType ? 'dependant' : 'veteran';
    const idNumber = (raw.idNumber as string).trim().toUpperCase();
    const hash = pii.blindIndex('id', idNumber);
    const blank: VeteranDoc = {
      _id: `v-imp-${hash.slice(0, 24)}`,
      ...newFile({ idNumber, orgPath: grid.path, gridId: grid._id, category, now: ctx.now, verified: null }),
    };
    try {
      const planned = applyParsed(blank, parsed, pii, seal);
      checkFileDates(planned.after, ctx.now, planned.fields, (f) => FILE_FIELDS[f].label);
      const earlier = firstRowOf.get(hash);
      if (earlier) problem(row, '身份证号', `与第${earlier}行是同一人`);
      else {
        firstRowOf.set(hash, row);
        candidates.push({ row, file: planned.after });
      }
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      problem(row, err.field ?? '', err.message);
    }
  }

  const existing = await existingByHash(
    ctx,
    candidates.map((c) => c.file.idHash),
  );
  const toCreate: VeteranDoc[] = [];
  const filedGrids = new Set<string>();
  let existingCount = 0;
  for (const { row, file } of candidates) {
    const found = existing.get(file.idHash);
    if (!found) toCreate.push(file);
    else if (found.name === file.name) {
      existingCount += 1;
      filedGrids.add(found.gridId);
    } else problem(row, '身份证号', '该身份证号已有档案，但姓名不一致，请核对');
  }
  problems.sort((a, b) => a.row - b.row);
  return {
    report: {
      rows: rows.length,
      toCreate: toCreate.length,
      existing: existingCount,
      rejected: rejected.size,
      problems: problems.slice(0, MAX_PROBLEMS),
      truncated: problems.length > MAX_PROBLEMS,
      created: 0,
    },
    toCreate,
    filedGrids: [...filedGrids],
  };
}

/** The names and grids of the files that already hold these ID hashes. */
async function existingByHash(
  ctx: ActionContext,
  hashes: string[],
): Promise<Map<string, Pick<VeteranDoc, 'name' | 'gridId'>>> {
  const found = new Map<string, Pick<VeteranDoc, 'name' | 'gridId'>>();
  for (let i = 0; i < hashes.length; i += 500) {
    const batch = hashes.slice(i, i + 500);
    const docs = await ctx.read.many<VeteranDoc>(
      'veterans',
      { idHash: ctx._.in(batch) },
      { limit: 1000, fields: { idHash: true, name: true, gridId: true } },
    );
    for (const d of docs) found.set(d.idHash, d);
  }
  return found;
}
