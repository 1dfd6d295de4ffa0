import * as React from 'react';
import { render } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App, AppProps } from '../../src/taskpane/App';

/**
 * A whole Fluent pane in jsdom takes a second or more on a loaded machine (Griffel inserts hundreds
 * of CSS rules, and jsdom matches each against every element it styles): pane suites get this.
 */
export const PANE_TEST_TIMEOUT_MS = 30_000;

/**
 * A user for the pane. No delay between keystrokes (each one re-renders the pane, and a timer per
 * key only waits on a busy machine), and no pointer-events check before each click: that check calls
 * getComputedStyle up the tree, the slowest thing jsdom does under Fluent, and proves nothing without
 * layout. The Chromium tests click for real (Playwright waits until an element can take the click).
 */
export function paneUser() {
  return userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
}

/** Renders the pane in Fluent's light theme and returns a user to drive it. */
export function renderPane(props: AppProps) {
  const user = paneUser();
  render(
    <FluentProvider theme={webLightTheme}>
      <App {...props} />
    </FluentProvider>,
  );
  return user;
}
