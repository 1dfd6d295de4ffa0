/**
 * Deciding, before anything is written, what the write will do to the workbook: which name each sheet
 * gets, which of our old sheets it replaces, and which names and tables must step aside. Pure, so the
 * safety rules are easy to test and a refusal costs nothing.
 */
import type { SheetBlueprint, WorkbookBlueprint } from '../../sheets/shared/blueprint';
import { renameSheetRefs, sheetsReferenced } from './formulaRefs';
import {
  type NameInfo,
  type WorkbookInfo,
  MARKER_PREFIX,
  markersOf,
  namesReferring,
  nextMarkerNumber,
} from './markers';
import { FINGERPRINT_NS } from './fingerprint';
import { sheetNameProblem, uniqueSheetName } from './sheetNames';

export interface PlannedSheet {
  bp: SheetBlueprint;
  /** The name the new sheet gets: the blueprint's, the replaced sheet's, or "name (2)" on a clash. */
  finalName: string;
  markerName: string;
  /** Our sheet from an earlier write that this one replaces; moved aside first, deleted at the end. */
  old?: { id: string; name: string; position: number; aside: string; marker: string };
}

export interface WritePlan {
  sheets: PlannedSheet[];
  /** Blueprint sheet name (lower case) → final name. */
  finalNames: Map<string, string>;
  /** Our existing defined names the blueprint redefines: deleted before the new ones are added. */
  namesToReplace: NameInfo[];
  /** Our existing tables whose names the blueprint reuses: renamed aside, then deleted with their sheet. */
  tablesAside: { name: string; aside: string }[];
  /** Names deleted at the end: markers of replaced or vanished sheets, names that refer to replaced sheets. */
  namesToDelete: string[];
  /** Ids of the fingerprint parts of replaced or vanished sheets, deleted at the end. */
  partsToDelete: string[];
}

/** Throws when the blueprint itself cannot be written (before the workbook is even read). */
export function checkBlueprint(bp: WorkbookBlueprint): void {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const s of bp.sheets) {
    const why = sheetNameProblem(s.name);
    if (why) problems.push(why);
    if (seen.has(s.name.toLowerCase())) problems.push(`two sheets are called "${s.name}"`);
    seen.add(s.name.toLowerCase());
  }
  for (const n of bp.names) {
    if (!seen.has(n.sheet.toLowerCase()))
      problems.push(`the name ${n.name} refers to a sheet "${n.sheet}" that is not in the workbook`);
  }
  if (problems.length) throw new Error(`The workbook cannot be written: ${problems.join('; ')}.`);
}

/** What goes at the end: names and fingerprints of replaced sheets, and of sheets the user deleted. */
function deletions(
  info: WorkbookInfo,
  sheets: PlannedSheet[],
  namesToReplace: NameInfo[],
): { namesToDelete: string[]; partsToDelete: string[] } {
  const markers = markersOf(info);
  const replacedNames = new Set(namesToReplace.map((n) => n.name.toLowerCase()));
  const namesToDelete = new Set<string>();
  for (const p of sheets) {
    if (!p.old) continue;
    for (const n of namesReferring(info, p.old.name))
      if (!replacedNames.has(n.name.toLowerCase())) namesToDelete.add(n.name);
  }
  const goneMarkers = new Set<string>();
  for (const m of markers) if (m.sheet === null) goneMarkers.add(m.nameItem);
  for (const p of sheets) if (p.old) goneMarkers.add(p.old.marker);
  for (const m of markers) if (m.sheet === null) namesToDelete.add(m.nameItem);
  const partsToDelete = info.parts
    .filter((x) => [...goneMarkers].some((m) => x.namespaceUri === `${FINGERPRINT_NS}${m}`))
    .map((x) => x.id);
  return { namesToDelete: [...namesToDelete], partsToDelete };
}

export function planWrite(bp: WorkbookBlueprint, info: WorkbookInfo, replace: boolean): WritePlan {
  const markers = markersOf(info);
  const ours = new Set(markers.flatMap((m) => (m.sheet ? [m.sheet.toLowerCase()] : [])));
  const byKey = new Map(markers.filter((m) => m.sheet).map((m) => [m.key.toLowerCase(), m]));
  const taken = new Set(info.sheets.map((s) => s.name));
  const sheets: PlannedSheet[] = [];
  let marker = nextMarkerNumber(info);
  let aside = 1;

  for (const s of bp.sheets) {
    const previous = replace ? byKey.get(s.name.toLowerCase()) : undefined;
    const oldInfo =
      previous && info.sheets.find((x) => x.name.toLowerCase() === (previous.sheet as string).toLowerCase());
    let finalName: string;
    let old: PlannedSheet['old'];
    if (oldInfo) {
      finalName = oldInfo.name;
      const asideName = uniqueSheetName(`IPS old ${aside++}`, taken);
      taken.add(asideName);
      const marker = (previous as { nameItem: string }).nameItem;
      old = { id: oldInfo.id, name: oldInfo.name, position: oldInfo.position, aside: asideName, marker };
    } else {
      // Never take over a sheet we did not create: a clash gets "name (2)".
      finalName = uniqueSheetName(s.name, taken);
      taken.add(finalName);
    }
    sheets.push({ bp: s, finalName, markerName: `${MARKER_PREFIX}${marker++}`, old });
  }

  const replaced = new Set(sheets.flatMap((p) => (p.old ? [p.old.name.toLowerCase()] : [])));
  const conflicts: string[] = [];
  const namesToReplace: NameInfo[] = [];
  for (const n of bp.names) {
    const existing = info.names.find((x) => x.name.toLowerCase() === n.name.toLowerCase());
    if (!existing) continue;
    const refs = sheetsReferenced(existing.formula).map((x) => x.toLowerCase());
    const owned = existing.formula.includes('#REF!') || (refs.length > 0 && refs.every((r) => ours.has(r)));
    if (owned) namesToReplace.push(existing);
    else
      conflicts.push(
        `the workbook already has a name ${existing.name} (${existing.formula}) that the planner did not create`,
      );
  }
  const tablesAside: WritePlan['tablesAside'] = [];
  const tableNames = new Set(info.tables.map((t) => t.name.toLowerCase()));
  for (const t of bp.sheets.flatMap((s) => s.tables)) {
    const existing = info.tables.find((x) => x.name.toLowerCase() === t.name.toLowerCase());
    if (!existing) continue;
    if (replaced.has(existing.sheet.toLowerCase())) {
      let n = 1;
      while (tableNames.has(`ips_old_table_${n}`)) n++;
      tableNames.add(`ips_old_table_${n}`);
      tablesAside.push({ name: existing.name, aside: `IPS_old_table_${n}` });
    } else {
      conflicts.push(
        `the workbook already has a table ${existing.name} on the sheet "${existing.sheet}"${ours.has(existing.sheet.toLowerCase()) ? ' (from another plan: refresh or delete that sheet first)' : ''}`,
      );
    }
  }
  if (conflicts.length)
    throw new Error(
      `The plan was not written, to keep your workbook safe: ${conflicts.join('; ')}. Rename or delete it and try again.`,
    );

  const { namesToDelete, partsToDelete } = deletions(info, sheets, namesToReplace);

  return {
    sheets,
    finalNames: new Map(sheets.map((p) => [p.bp.name.toLowerCase(), p.finalName])),
    namesToReplace,
    tablesAside,
    namesToDelete,
    partsToDelete,
  };
}

/** A blueprint formula as it must be written, given the names the sheets really got. */
export function formulaRewriter(plan: WritePlan): (f: string) => string {
  const changed = plan.sheets.some((p) => p.finalName !== p.bp.name);
  if (!changed) return (f) => f;
  return (f) => renameSheetRefs(f, (n) => plan.finalNames.get(n.toLowerCase()) ?? n);
}
