/** @jest-environment jsdom */
/**
 * "Add the Economic case sheet": its sourced inputs, read as the CLI reads its flags, the preview line
 * (NPV, benefit-cost ratio, break-even value) following every keystroke, and what is written.
 */
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import type { AppProps } from '../../src/taskpane/App';
import { TEST_IDS } from '../../src/taskpane/shared/testIds';
import { SCOTLAND_2018 } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS, Assumptions } from '../../src/model/assumptions';
import { DEFAULT_ECONOMIC_INPUTS, ECONOMIC_INPUT_INFO, EconomicInputs, economicCase } from '../../src/model/economics';
import { economicSensitivity } from '../../src/model/economicSensitivity';
import { computePlan } from '../../src/model/plan';
import { coverageScenarios, planScenarios } from '../../src/model/scenarios';
import type { WorkbookInput } from '../../src/sheets/workbook';
import { buildWorkbook } from '../../src/sheets/workbook';
import { formatPounds } from '../../src/taskpane/shared/format';
import { fakeExcelHost } from './fakeHost';
import { PANE_TEST_TIMEOUT_MS, paneUser, renderPane } from './renderPane';

jest.setTimeout(PANE_TEST_TIMEOUT_MS);

const areas = SCOTLAND_2018.map((a) => ({ ...a }));
const shown = (id: string) => screen.getByTestId(id).textContent;
const field = (key: keyof EconomicInputs) => screen.getByTestId(TEST_IDS.economicField(key));

function renderApp(props: Partial<AppProps> = {}) {
  const host = fakeExcelHost();
  const build = jest.fn(async (input: WorkbookInput) => buildWorkbook(input));
  const user = renderPane({ host, buildBlueprint: build, now: () => new Date('2026-05-01T09:00:00Z'), ...props });
  return { user, host, build };
}

async function typeInto(user: ReturnType<typeof paneUser>, key: keyof EconomicInputs, text: string) {
  await user.clear(field(key));
  await user.type(field(key), text);
}

/** Issue 18's arithmetic from the plan's own years, written out here (per-engagement basis, no support). */
function byHand(a: Assumptions, e: EconomicInputs) {
  const ys = computePlan(areas, a).totals.years;
  let [pc, pb, pj] = [0, 0, 0];
  for (let t = 0; t < e.appraisalYears; t++) {
    const y = ys[Math.min(t, ys.length - 1)];
    const d = 1 / (1 + e.discountRate) ** t;
    pc += d * y.cost;
    pb +=
      d *
      (y.jobOutcomes * (e.nhsSavingPerJobOutcome + e.otherBenefitPerJobOutcome) + y.cost * e.taxBenefitSavingPerPound);
    pj += d * y.jobOutcomes;
  }
  return { npv: pb - pc, bcr: (pb / pc).toFixed(2), breakEven: ((1 - e.taxBenefitSavingPerPound) * pc) / pj };
}

/** The preview shows the model's case for the scenario, and the model agrees with the arithmetic. */
function expectPreview(a: Assumptions, e: EconomicInputs) {
  const [s] = planScenarios(areas, coverageScenarios(a, [a.coverage]));
  const c = economicCase(s, e);
  const h = byHand(a, e);
  expect(c.netPresentValue).toBeCloseTo(h.npv, 4);
  expect(shown(TEST_IDS.economicNpv)).toBe(formatPounds(h.npv));
  expect(shown(TEST_IDS.economicBcr)).toBe(h.bcr);
  expect(shown(TEST_IDS.economicBreakEven)).toBe(formatPounds(h.breakEven));
  expect(screen.getByTestId(TEST_IDS.economicPreview)).toHaveTextContent(
    `Each £1 spent returns £${h.bcr}; a person into work would need to be worth ${formatPounds(h.breakEven)}`,
  );
}

describe('the economic case in the pane', () => {
  it('is off by default; ticked, shows its five inputs at the defaults, each with its source', async () => {
    const { user } = renderApp();
    expect(screen.getByTestId(TEST_IDS.economicSheet)).not.toBeChecked();
    expect(screen.queryByTestId(TEST_IDS.economicPreview)).toBeNull();
    await user.click(screen.getByTestId(TEST_IDS.economicSheet));
    expect(ECONOMIC_INPUT_INFO.map((i) => (field(i.key) as HTMLInputElement).value)).toEqual([
      '3.5',
      '10',
      '374',
      '9',
      '0',
    ]);
    const group = screen.getByRole('group', { name: 'Economic case' });
    for (const info of ECONOMIC_INPUT_INFO) {
      const button = within(group).getByRole('button', { name: new RegExp(`^Source for ${info.label}`) });
      expect(button).toHaveAccessibleDescription(`Source: ${info.source}`);
    }
    expectPreview(DEFAULT_ASSUMPTIONS, DEFAULT_ECONOMIC_INPUTS);
  });

  it('moves the preview as each input is typed, as the model says, and follows the coverage', async () => {
    const { user } = renderApp();
    await user.click(screen.getByTestId(TEST_IDS.economicSheet));
    const before = shown(TEST_IDS.economicNpv);
    await typeInto(user, 'discountRate', '6');
    let e = { ...DEFAULT_ECONOMIC_INPUTS, discountRate: 0.06 };
    expectPreview(DEFAULT_ASSUMPTIONS, e);
    expect(shown(TEST_IDS.economicNpv)).not.toBe(before);
    await typeInto(user, 'appraisalYears', '23');
    await typeInto(user, 'nhsSavingPerJobOutcome', '£500');
    await typeInto(user, 'taxBenefitSavingPerPound', '66p');
    await typeInto(user, 'otherBenefitPerJobOutcome', '1,200');
    e = {
      discountRate: 0.06,
      appraisalYears: 23,
      nhsSavingPerJobOutcome: 500,
      taxBenefitSavingPerPound: 0.66,
      otherBenefitPerJobOutcome: 1200,
    };
    expectPreview(DEFAULT_ASSUMPTIONS, e);
    await user.click(screen.getByTestId(TEST_IDS.coverage50));
    expectPreview({ ...DEFAULT_ASSUMPTIONS, coverage: 0.5 }, e);
  });

  it.each([
    ['discountRate', '0.035', '0.035 looks like a fraction: type 3.5 (percent a year), not 0.035'],
    ['taxBenefitSavingPerPound', '0.09', '0.09 looks like a fraction: type 9 (pence per £1 spent), not 0.09'],
    ['appraisalYears', '61', '61 is outside 1–60 (years)'],
    ['appraisalYears', '7.5', '7.5 must be a whole number of years'],
    ['nhsSavingPerJobOutcome', '-1', '-1 is outside 0–100000 (£ per job outcome)'],
    ['otherBenefitPerJobOutcome', 'lots', '"lots" is not a number'],
  ] as const)('refuses %s "%s" with the CLI’s message, and writes nothing', async (key, text, message) => {
    const { user, host, build } = renderApp();
    await user.click(screen.getByTestId(TEST_IDS.economicSheet));
    await typeInto(user, key, text);
    expect(field(key)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(new RegExp(message.replace(/[.()£|]/g, '\\$&')))).toBeInTheDocument();
    const label = ECONOMIC_INPUT_INFO.find((i) => i.key === key)!.label;
    expect(shown(TEST_IDS.actionsBlocked)).toBe(`Fix ${label} (economic case) to write the plan.`);
    expect(screen.queryByTestId(TEST_IDS.economicPreview)).toBeNull();
    expect(screen.getByTestId(TEST_IDS.createScenario)).toBeDisabled();
    await user.click(screen.getByTestId(TEST_IDS.createScenario));
    expect(build).not.toHaveBeenCalled();
    expect(host.writeScenarios).not.toHaveBeenCalled();
    // Unticked, the bad field stops nothing: the sheet is not wanted.
    await user.click(screen.getByTestId(TEST_IDS.economicSheet));
    expect(screen.getByTestId(TEST_IDS.createScenario)).toBeEnabled();
  });

  it('writes economics with the typed inputs when ticked, and none when not', async () => {
    const { user, host, build } = renderApp();
    await user.click(screen.getByTestId(TEST_IDS.createScenario));
    await waitFor(() => expect(host.writeScenarios).toHaveBeenCalledTimes(1));
    expect(build.mock.calls[0][0]).not.toHaveProperty('economics');
    await user.click(screen.getByTestId(TEST_IDS.economicSheet));
    await typeInto(user, 'discountRate', '1.5');
    await typeInto(user, 'taxBenefitSavingPerPound', '30');
    await user.click(screen.getByTestId(TEST_IDS.createScenario));
    await waitFor(() => expect(host.writeScenarios).toHaveBeenCalledTimes(2));
    const economics = build.mock.calls[1][0].economics!;
    expect(economics.inputs!.discountRate).toBeCloseTo(0.015, 12);
    expect(economics.inputs!.taxBenefitSavingPerPound).toBeCloseTo(0.3, 12);
    expect({ ...economics.inputs, discountRate: 0, taxBenefitSavingPerPound: 0 }).toEqual({
      ...DEFAULT_ECONOMIC_INPUTS,
      discountRate: 0,
      taxBenefitSavingPerPound: 0,
    });
  });

  it('adds the savings’ NPV rows to “What moves the answer”, as the model’s, following the inputs', async () => {
    const { user } = renderApp();
    await screen.findByTestId(TEST_IDS.sensitivityList);
    expect(screen.queryByTestId(TEST_IDS.economicSensitivityList)).toBeNull();
    await user.click(screen.getByTestId(TEST_IDS.economicSheet));
    await typeInto(user, 'otherBenefitPerJobOutcome', '2000');
    const e = { ...DEFAULT_ECONOMIC_INPUTS, otherBenefitPerJobOutcome: 2000 };
    const [s] = planScenarios(areas, coverageScenarios(DEFAULT_ASSUMPTIONS, [0.25]));
    const rows = economicSensitivity(s, e);
    const items = within(screen.getByTestId(TEST_IDS.economicSensitivityList)).getAllByTestId(
      TEST_IDS.economicSensitivityRow,
    );
    expect(items.map((li) => li.getAttribute('data-assumption'))).toEqual(rows.map((r) => r.input));
    rows.forEach((r, i) => {
      // The model agrees with the arithmetic done here, with that saving at its low.
      const h = byHand(DEFAULT_ASSUMPTIONS, { ...e, [r.input]: r.low });
      expect(r.npvLow).toBeCloseTo(h.npv, 4);
      expect(items[i]).toHaveTextContent(`NPV ${formatPounds(r.npvLow)} to ${formatPounds(r.npvHigh)}`);
      expect(within(items[i]).getByRole('button', { name: `Source for ${r.label}` })).toHaveAccessibleDescription(
        `Source: ${r.source}`,
      );
    });
    expect(items.find((li) => li.getAttribute('data-assumption') === 'taxBenefitSavingPerPound')).toHaveTextContent(
      '9p–66p',
    );
    expect(items.find((li) => li.getAttribute('data-assumption') === 'nhsSavingPerJobOutcome')).toHaveTextContent(
      '£0–£748',
    );
    await user.click(screen.getByTestId(TEST_IDS.economicSheet));
    expect(screen.queryByTestId(TEST_IDS.economicSensitivityList)).toBeNull();
  });
});
