import * as React from 'react';
import { Button, Field, FieldProps, Label, LabelProps, Tooltip, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  label: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS },
  info: { minWidth: 'auto', height: 'auto', padding: '0 2px', verticalAlign: 'middle' },
});

/** A small "i" in a circle (inline, so no icon package lands in the initial bundle). */
export const InfoGlyph = () => (
  <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.3" />
    <circle cx="8" cy="4.8" r="0.9" fill="currentColor" />
    <rect x="7.3" y="6.8" width="1.4" height="5" rx="0.7" fill="currentColor" />
  </svg>
);

/**
 * A Field whose label is followed by an info button with a tooltip saying where the figure
 * comes from. The tooltip opens on hover and on keyboard focus (and a tap focuses the button);
 * it is the button's description, so screen readers read the source with "Source for …".
 */
export function SourcedField(props: Omit<FieldProps, 'label'> & { label: string; source: string }): React.ReactElement {
  const { label, source, ...rest } = props;
  const styles = useStyles();
  return (
    <Field
      {...rest}
      label={{
        children: (_: unknown, slotProps: LabelProps) => (
          <span className={styles.label}>
            <Label {...slotProps}>{label}</Label>
            <Tooltip content={`Source: ${source}`} relationship="description" withArrow>
              <Button
                appearance="transparent"
                size="small"
                className={styles.info}
                icon={<InfoGlyph />}
                aria-label={`Source for ${label}`}
              />
            </Tooltip>
          </span>
        ),
      }}
    />
  );
}
