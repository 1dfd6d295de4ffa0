import type { WorkbookBlueprint } from '../../sheets/shared/blueprint';
import { HostError, PlanHost } from './host';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type XlsxWriter = (blueprint: WorkbookBlueprint) => Promise<ArrayBuffer | Uint8Array>;
export type FileSaver = (data: Blob, fileName: string) => void;

/** ExcelJS is ~250 KB gzipped: it loads only when a download is asked for. */
export const loadXlsxWriter: () => Promise<XlsxWriter> = async () => {
  const { writeXlsx } = await import(/* webpackChunkName: "xlsx-writer" */ '../../hosts/xlsx');
  return writeXlsx as XlsxWriter;
};

/** Saves through a temporary link: works in every browser without a library. */
export const saveWithLink: FileSaver = (data, fileName) => {
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

const EXCEL_ONLY = 'This works inside Excel only. In a browser, use the built-in figures or a CSV file.';

/** The pane outside Excel: figures come from CSV or the built-in data, and plans are downloaded. */
export function createStandaloneHost(
  deps: { loadWriter?: () => Promise<XlsxWriter>; save?: FileSaver } = {},
): PlanHost {
  const loadWriter = deps.loadWriter ?? loadXlsxWriter;
  const save = deps.save ?? saveWithLink;
  const excelOnly = () => Promise.reject(new HostError(EXCEL_ONLY));
  return {
    kind: 'standalone',
    readSelection: excelOnly,
    listTables: () => Promise.resolve([]),
    readTable: excelOnly,
    writeScenarios: excelOnly,
    listPlanSheets: () => Promise.resolve([]),
    deletePlanSheet: excelOnly,
    async downloadWorkbook(blueprint, fileName, onProgress) {
      onProgress?.({ done: 0, total: 2, message: 'Loading the workbook writer' });
      const writeXlsx = await loadWriter();
      onProgress?.({ done: 1, total: 2, message: 'Writing the workbook' });
      const bytes = await writeXlsx(blueprint);
      save(new Blob([bytes as BlobPart], { type: XLSX_MIME }), fileName);
      onProgress?.({ done: 2, total: 2, message: `Saved ${fileName}` });
    },
  };
}
