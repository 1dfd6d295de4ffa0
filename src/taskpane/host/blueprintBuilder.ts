import type { WorkbookBlueprint } from '../../sheets/shared/blueprint';
import type { WorkbookInput } from '../../sheets/workbook';

export type BlueprintBuilder = (input: WorkbookInput) => Promise<WorkbookBlueprint>;

/** The sheet builder loads with the first write; prefetched while the user reads the preview. */
export const loadBlueprintBuilder: BlueprintBuilder = async (input) => {
  const { buildWorkbook } = await import(
    /* webpackChunkName: "sheets", webpackPrefetch: true */ '../../sheets/workbook'
  );
  return buildWorkbook(input);
};
