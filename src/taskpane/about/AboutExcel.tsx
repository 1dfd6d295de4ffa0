import * as React from 'react';
import { Button, Link } from '@fluentui/react-components';
import type { HostAbout, PlanHost, WriteVerification } from '../host/host';
import { usePaneStyles } from '../shared/styles';
import { APP_VERSION } from '../version';
import { ABOUT_IDS } from './aboutIds';
import { verificationLines } from './verificationText';

/** The text a support email gets: where the pane runs, what this Excel supports, and the last read-back. */
export function aboutText(about: HostAbout | null, verification: WriteVerification | null): string {
  if (!about)
    return [`IPS planner ${APP_VERSION}`, 'Not running in Excel (a browser: plans are downloaded).'].join('\n');
  return [
    `IPS planner ${APP_VERSION}`,
    `Host: ${about.host}; platform: ${about.platform}; Office version: ${about.version}`,
    ...about.requirementSets.map((r) => `${r.set} ${r.version}: ${r.supported ? 'yes' : `no (${r.without})`}`),
    ...verificationLines(verification),
  ].join('\n');
}

function RequirementSets({ about }: { about: HostAbout }) {
  const styles = usePaneStyles();
  return (
    <ul className={styles.problems}>
      {about.requirementSets.map((r) => (
        <li key={r.version} data-testid={ABOUT_IDS.requirementSet} data-supported={r.supported}>
          {r.set} {r.version}: {r.supported ? 'yes' : 'no'}: {r.enables}
          {r.supported ? '' : `. Without it: ${r.without}`}
        </li>
      ))}
    </ul>
  );
}

/** "About this Excel": a link at the pane's foot that opens what support needs to know. */
export function AboutExcel({ host, verification }: { host: PlanHost; verification: WriteVerification | null }) {
  const styles = usePaneStyles();
  const [open, setOpen] = React.useState(false);
  const [copied, setCopied] = React.useState<string | null>(null);
  const about = open && host.about ? host.about() : null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(aboutText(about, verification));
      setCopied('Copied: paste it into your email to support.');
    } catch (err) {
      setCopied(`Could not copy (${err instanceof Error ? err.message : String(err)}): select the text above instead.`);
    }
  };
  return (
    <div>
      <Link as="button" onClick={() => setOpen(!open)} data-testid={ABOUT_IDS.aboutLink} aria-expanded={open}>
        About this Excel
      </Link>
      {open && (
        <section className={styles.section} aria-label="About this Excel" data-testid={ABOUT_IDS.aboutPanel}>
          {about ? (
            <>
              <p>
                Host: {about.host}; platform: {about.platform}; Office version: {about.version}
              </p>
              <p>The requirement sets the planner uses, and whether this Excel has them:</p>
              <RequirementSets about={about} />
            </>
          ) : (
            <p>The planner is not running in Excel: it runs in a browser, and plans are downloaded as .xlsx files.</p>
          )}
          {verificationLines(verification).map((line) => (
            <p key={line}>{line}</p>
          ))}
          <Button onClick={() => void copy()} data-testid={ABOUT_IDS.copy}>
            Copy for a support email
          </Button>
          {copied && <p data-testid={ABOUT_IDS.copied}>{copied}</p>}
        </section>
      )}
    </div>
  );
}
