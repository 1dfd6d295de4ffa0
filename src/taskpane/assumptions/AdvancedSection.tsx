import * as React from 'react';
import { ADVANCED_KEYS, FormErrors, fieldLabel, listOfNames } from './assumptionsForm';
import { usePaneStyles } from '../shared/styles';
import { TEST_IDS } from '../shared/testIds';

/**
 * The collapsed "Advanced" section. A bad value inside it must not hide: the section opens when one
 * appears, and while one is there its summary names the fields to fix, even when closed again.
 * A native disclosure: keyboard and screen-reader support for free, and no animation code.
 */
export function AdvancedSection({
  errors,
  children,
}: {
  errors: FormErrors;
  children: React.ReactNode;
}): React.ReactElement {
  const styles = usePaneStyles();
  const details = React.useRef<HTMLDetailsElement>(null);
  const bad = ADVANCED_KEYS.filter((k) => errors[k]).map(fieldLabel);
  const badNames = bad.join('\n');
  React.useEffect(() => {
    if (badNames && details.current) details.current.open = true;
  }, [badNames]);
  return (
    <details className={styles.details} ref={details}>
      <summary className={styles.summary} data-testid={TEST_IDS.advancedToggle}>
        Advanced: staff costs and rollout
        {bad.length > 0 && (
          <span className={styles.summaryError} data-testid={TEST_IDS.advancedErrors}>
            {' '}
            (to fix: {listOfNames(bad)})
          </span>
        )}
      </summary>
      <div className={styles.section}>{children}</div>
    </details>
  );
}
