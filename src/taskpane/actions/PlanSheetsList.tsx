import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { PlanSheet } from '../host/host';
import { usePaneStyles } from '../shared/styles';
import { TEST_IDS } from '../shared/testIds';

interface Props {
  sheets: PlanSheet[] | null;
  busy: boolean;
  onRefresh: () => void;
  onDelete: (name: string) => void;
}

/**
 * The sheets this add-in created. Deleting asks once more inline (a dialog would be heavier and
 * takes focus away); the add-in never lists, so never deletes, a sheet it did not create.
 */
export function PlanSheetsList({ sheets, busy, onRefresh, onDelete }: Props): React.ReactElement {
  const styles = usePaneStyles();
  const [confirming, setConfirming] = React.useState<string | null>(null);
  return (
    <section className={styles.section} aria-labelledby="sheets-heading">
      <div className={styles.row} style={{ justifyContent: 'space-between' }}>
        <h2 id="sheets-heading" className={styles.heading}>
          Sheets made by the planner
        </h2>
        <Button size="small" onClick={onRefresh} disabled={busy} data-testid={TEST_IDS.refreshSheets}>
          Refresh list
        </Button>
      </div>
      {sheets === null ? (
        <p className={styles.muted}>Loading…</p>
      ) : sheets.length === 0 ? (
        <p className={styles.muted} data-testid={TEST_IDS.noPlanSheets}>
          None yet.
        </p>
      ) : (
        <ul className={styles.list} data-testid={TEST_IDS.planSheets}>
          {sheets.map((s) => (
            <li key={s.name} className={styles.sheetItem}>
              <span className={styles.sheetName} title={s.name}>
                {s.name}
              </span>
              {confirming === s.name ? (
                <span className={styles.row}>
                  <Button
                    size="small"
                    appearance="primary"
                    disabled={busy}
                    aria-label={`Confirm: delete sheet ${s.name}`}
                    data-testid={TEST_IDS.confirmDeleteSheet}
                    onClick={() => {
                      setConfirming(null);
                      onDelete(s.name);
                    }}
                  >
                    Delete
                  </Button>
                  <Button size="small" onClick={() => setConfirming(null)} aria-label={`Keep sheet ${s.name}`}>
                    Keep
                  </Button>
                </span>
              ) : (
                <Button
                  size="small"
                  disabled={busy}
                  aria-label={`Delete sheet ${s.name}`}
                  data-testid={TEST_IDS.deleteSheet}
                  onClick={() => setConfirming(s.name)}
                >
                  Delete…
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
