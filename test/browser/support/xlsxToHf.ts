import ExcelJS from 'exceljs';
import { HyperFormula } from 'hyperformula';

/**
 * An .xlsx as a spreadsheet engine recalculates it: every formula and value from the file (no
 * cached results used), and its defined names. Returns a reader of computed values by address.
 */
export async function recalculateXlsx(bytes: Uint8Array): Promise<{
  sheets: string[];
  value(sheet: string, row: number, col: number): unknown;
  names: string[];
  workbook: ExcelJS.Workbook;
}> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', smartRounding: false });
  const sheets = workbook.worksheets.map((ws) => ws.name);
  for (const name of sheets) hf.addSheet(name);
  const names = (workbook.definedNames.model as { name: string; ranges: string[] }[]).map((n) => n.name);
  hf.batch(() => {
    for (const n of workbook.definedNames.model as { name: string; ranges: string[] }[])
      hf.addNamedExpression(n.name, `=${n.ranges[0]}`);
    for (const ws of workbook.worksheets) {
      const id = hf.getSheetId(ws.name)!;
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          const content = cell.formula
            ? `=${cell.formula}`
            : typeof cell.value === 'string' && /^[=']/.test(cell.value)
              ? `'${cell.value}`
              : cell.value;
          hf.setCellContents({ sheet: id, row: r - 1, col: c - 1 }, [[content as string | number | boolean | null]]);
        }),
      );
    }
  });
  return {
    sheets,
    names,
    workbook,
    value: (sheet, row, col) => hf.getCellValue({ sheet: hf.getSheetId(sheet)!, row, col }),
  };
}
