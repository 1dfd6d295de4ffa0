import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import { detectHost, StartInfo } from './host/boot';
import { loadExcelHost } from './host/excelHost';
import { PlanHost } from './host/host';
import { createStandaloneHost } from './host/standaloneHost';

/**
 * Entry point. Decides where the pane runs (boot.ts never waits on Office for more than 1.5 s),
 * loads the Excel adapter only inside Excel, and renders in the Office theme's light or dark.
 */
async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  const info: StartInfo = await detectHost();
  let host: PlanHost;
  let note = info.reason;
  if (info.host === 'excel') {
    try {
      host = await loadExcelHost(); // the Office.js writer is a lazy chunk: standalone never loads it
    } catch (err) {
      host = createStandaloneHost();
      note = `The Excel writer failed to load (${err instanceof Error ? err.message : String(err)})`;
    }
  } else {
    host = createStandaloneHost();
  }
  createRoot(container).render(
    <React.StrictMode>
      <FluentProvider theme={info.dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
        <App host={host} startNote={note} />
      </FluentProvider>
    </React.StrictMode>,
  );
}

void start();
