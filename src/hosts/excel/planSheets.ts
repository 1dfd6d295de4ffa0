/** The pane's list of sheets this add-in created, and removing one of them (never anyone else's). */
import type { SheetRole } from '../../sheets/shared/blueprint';
import { FINGERPRINT_NS } from './fingerprint';
import { markersOf, namesReferring, readWorkbookInfo } from './markers';

export interface PlanSheet {
  /** The sheet's current name. */
  name: string;
  /** The blueprint sheet it was written from (the name it was asked to have). */
  key: string;
  role: SheetRole;
  position: number;
}

/** One request. */
export async function listPlanSheets(context: Excel.RequestContext): Promise<PlanSheet[]> {
  const info = await readWorkbookInfo(context);
  const position = new Map(info.sheets.map((s) => [s.name.toLowerCase(), s.position]));
  return markersOf(info)
    .filter((m) => m.sheet !== null)
    .map((m) => ({
      name: m.sheet as string,
      key: m.key,
      role: m.role,
      position: position.get((m.sheet as string).toLowerCase()) ?? 0,
    }))
    .sort((a, b) => a.position - b.position);
}

/**
 * Deletes a sheet the add-in created, with the defined names that refer to it (its marker among them:
 * they would all be #REF! otherwise). A sheet without our marker is refused, whatever its name.
 */
export async function deletePlanSheet(context: Excel.RequestContext, name: string): Promise<void> {
  const info = await readWorkbookInfo(context);
  const marker = markersOf(info).find((m) => m.sheet !== null && m.sheet.toLowerCase() === name.toLowerCase());
  if (!marker) throw new Error(`"${name}" was not created by the IPS planner, so it was left alone.`);
  if (info.sheets.filter((s) => s.visibility === 'Visible').length <= 1) {
    throw new Error(`"${name}" is the only visible sheet in the workbook; Excel needs at least one, so it was kept.`);
  }
  for (const n of namesReferring(info, marker.sheet as string)) context.workbook.names.getItem(n.name).delete();
  for (const p of info.parts)
    if (p.namespaceUri === `${FINGERPRINT_NS}${marker.nameItem}`)
      context.workbook.customXmlParts.getItem(p.id).delete();
  context.workbook.worksheets.getItem(marker.sheet as string).delete();
  try {
    await context.sync();
  } catch (e) {
    throw new Error(`Could not delete the sheet "${name}": ${(e as Error).message}`, { cause: e });
  }
}
