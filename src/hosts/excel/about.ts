/**
 * "About this Excel": where the add-in runs (Office.context.diagnostics: host, platform, Office version) and
 * which of the ExcelApi requirement sets it uses this Excel has, with what each gives the plan and what is
 * skipped without it. The manifest asks for ExcelApi 1.7, so Excel does not load the add-in below that.
 */
import { type Supports, excelApi, officeSupports } from './support';

export interface RequirementSetUse {
  set: string;
  version: string;
  supported: boolean;
  /** What the add-in uses it for. */
  enables: string;
  /** What happens on an Excel without it. */
  without: string;
}

export interface ExcelAbout {
  host: string;
  platform: string;
  version: string;
  requirementSets: RequirementSetUse[];
}

const USES: Omit<RequirementSetUse, 'supported' | 'set'>[] = [
  {
    version: '1.4',
    enables: 'named cells (IPS_Coverage …) and the plan’s sheet markers',
    without: 'the add-in does not load (it needs 1.7)',
  },
  {
    version: '1.5',
    enables: 'the record of what was written, to notice your edits before a replace',
    without: 'the add-in does not load (it needs 1.7)',
  },
  {
    version: '1.6',
    enables: 'calculation paused while writing; the Monitoring sheet’s status colours',
    without: 'writing is slower and the status words are not coloured',
  },
  {
    version: '1.7',
    enables: 'tab colours, chart series and category labels (the manifest’s minimum)',
    without: 'the add-in does not load',
  },
  {
    version: '1.8',
    enables: 'data validation: drop-downs and allowed ranges on the input cells',
    without: 'input cells take any value; the sheets’ input checks still flag bad ones',
  },
  {
    version: '1.9',
    enables: 'print setup: A4, margins, headers and footers, page breaks, print titles',
    without: 'print setup is skipped: set it in Page Layout before printing',
  },
  {
    version: '1.13',
    enables: 'merged cells found when reading figures from a selection',
    without: 'a merged cell in the selection is not reported as such',
  },
];

interface OfficeDiagnostics {
  context?: { diagnostics?: { host?: unknown; platform?: unknown; version?: unknown } };
}

/** Office.context.diagnostics, or "unknown" parts where this Office does not say. */
function diagnostics(): { host: string; platform: string; version: string } {
  const office = (typeof Office === 'undefined' ? undefined : Office) as OfficeDiagnostics | undefined;
  const d = office?.context?.diagnostics;
  const text = (v: unknown) => (v === undefined || v === null || v === '' ? 'unknown' : String(v));
  return { host: text(d?.host), platform: text(d?.platform), version: text(d?.version) };
}

export function describeExcel(supports: Supports = officeSupports): ExcelAbout {
  return {
    ...diagnostics(),
    requirementSets: USES.map((u) => ({ set: 'ExcelApi', ...u, supported: excelApi(supports, u.version) })),
  };
}
