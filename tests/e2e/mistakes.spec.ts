import { expect, test, type Page } from '@playwright/test';
import { downloadCsv, readRows } from './csv';

// Each test computes a learner's mistaken value from the downloaded CSV with its own
// arithmetic, types it, and expects the feedback sentence of src/engine/feedback.ts.

type Row = Record<string, string>;

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Rounds half away from zero and formats the result with exactly `decimals` places. */
function roundTo(value: number, decimals: number): string {
  // Reading 12 significant digits drops the binary error of the scaling, so 1.005 scales to 100.5.
  const scaled = Number((Math.abs(value) * 10 ** decimals).toPrecision(12));
  const rounded = (Math.sign(value) * Math.round(scaled)) / 10 ** decimals;
  return rounded.toFixed(decimals);
}

/** Returns whether the grader accepts `typed` as correct: within half a unit of the last asked place. */
function withinPrecision(typed: string, exact: number, decimals: number): boolean {
  return Math.abs(Number(typed) - exact) <= 0.5 * 10 ** -decimals + 1e-9;
}

function percent(part: number, whole: number): number {
  return (part / whole) * 100;
}

function countBy(rows: Row[], column: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row[column]!, (counts.get(row[column]!) ?? 0) + 1);
  return counts;
}

/** Returns the labels of a tally, largest value first. */
function rankLabels(values: Map<string, number>): string[] {
  return [...values].sort((a, b) => b[1] - a[1]).map(([label]) => label);
}

function question(page: Page, id: string) {
  return page.locator(`[data-question="${id}"]`);
}

async function check(page: Page, id: string) {
  await question(page, id).getByRole('button', { name: 'Check' }).click();
}

async function typeAnswer(page: Page, id: string, text: string) {
  await question(page, id).getByRole('textbox').fill(text);
  await check(page, id);
}

async function chooseAction(page: Page, id: string, label: string) {
  await question(page, id).getByRole('radio', { name: label }).check();
  await check(page, id);
}

async function expectCorrect(page: Page, id: string) {
  await expect(question(page, id).locator('.verdict')).toHaveText('✓ Correct.');
}

async function expectIncorrect(page: Page, id: string, message: string) {
  const verdict = question(page, id).locator('.verdict');
  await expect(verdict).toContainText('✗ Incorrect.');
  await expect(verdict).toContainText(message);
}

interface Mistake {
  /** The mistaken value as the learner types it. */
  typed: string;
  /** The exact correct value, so that a variant where the mistaken value is also correct is skipped. */
  exact: number;
  /** Decimal places the question asks for. */
  decimals: number;
  message: string;
}

/** Types a mistaken value into a numeric question and expects the sentence that names it. */
async function typeMistake(page: Page, id: string, mistake: Mistake) {
  test.skip(
    withinPrecision(mistake.typed, mistake.exact, mistake.decimals),
    `In this variant the mistaken value ${mistake.typed} is also a correct answer to ${id}.`,
  );
  await typeAnswer(page, id, mistake.typed);
  await expectIncorrect(page, id, mistake.message);
}

async function openModule(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('button', { name: 'Download CSV' })).toBeVisible();
}

const FRACTION_FOR_PERCENT =
  'This looks like a fraction. The question asks for a percent: multiply by 100, so 0.452 becomes 45.2.';
const COUNT_FOR_SHARE =
  'This is the number of interactions in the segment. Divide it by the total number of interactions and multiply by 100 to get its share.';
const ALL_INTERACTIONS_FOR_SUBSET =
  'You divided by all interactions. The question asks for a share of a part of the data, so divide by the size of that part.';
const CHANGE_OVER_CURRENT =
  'You divided the difference by the current period. A change is measured against the previous period, so divide by the earlier value.';

test.describe('share by product', () => {
  test.beforeEach(async ({ page }) => {
    await openModule(page, '/modules/02-share-by-product/');
  });

  async function productFigures(page: Page) {
    const rows = readRows(await downloadCsv(page));
    const perProduct = countBy(rows, 'product');
    const [top, second] = rankLabels(perProduct) as [string, string];
    return {
      top,
      topCount: perProduct.get(top)!,
      topShare: percent(perProduct.get(top)!, rows.length),
      second,
      secondShare: percent(perProduct.get(second)!, rows.length),
    };
  }

  test('fraction typed for a percent', async ({ page }) => {
    const figures = await productFigures(page);

    // A fraction keeps the asked precision of the percent with two more places.
    await typeMistake(page, 'top-product-share', {
      typed: roundTo(figures.topShare / 100, 3),
      exact: figures.topShare,
      decimals: 1,
      message: FRACTION_FOR_PERCENT,
    });
  });

  test('product count typed for its share', async ({ page }) => {
    const figures = await productFigures(page);

    await typeMistake(page, 'top-product-share', {
      typed: String(figures.topCount),
      exact: figures.topShare,
      decimals: 1,
      message: COUNT_FOR_SHARE,
    });
  });

  test('share of another product', async ({ page }) => {
    const figures = await productFigures(page);

    await typeMistake(page, 'top-product-share', {
      typed: roundTo(figures.secondShare, 1),
      exact: figures.topShare,
      decimals: 1,
      message: `This is the share of ${figures.second}. Check which product the question asks about.`,
    });
  });

  test('hiring chosen as the action', async ({ page }) => {
    await chooseAction(
      page,
      'product-action',
      'Hire more agents, because the total number of contacts is high.',
    );
    await expectIncorrect(
      page,
      'product-action',
      'That action does not follow from what this dataset shows. Look at where the demand concentrates and pick the action that addresses it.',
    );
  });

  test('correct answers are graded correct', async ({ page }) => {
    const figures = await productFigures(page);

    await typeAnswer(page, 'top-product-share', roundTo(figures.topShare, 1));
    await chooseAction(
      page,
      'product-action',
      'Investigate the leading product: its issue types, recent changes and guides.',
    );

    await expectCorrect(page, 'top-product-share');
    await expectCorrect(page, 'product-action');
  });
});

test.describe('call duration by agent', () => {
  test.beforeEach(async ({ page }) => {
    await openModule(page, '/modules/03-call-duration-by-agent/');
  });

  interface AgentCalls {
    calls: number;
    seconds: number;
    longCalls: number;
    interactions: number;
  }

  async function durationFigures(page: Page) {
    const rows = readRows(await downloadCsv(page));
    // Only timed calls carry a duration, and the long-call threshold of the scenario is 600 seconds.
    const calls = rows.filter((row) => Number(row.call_duration_seconds || 0) > 0);
    const seconds = calls.reduce((sum, row) => sum + Number(row.call_duration_seconds), 0);

    const agents = new Map<string, AgentCalls>();
    for (const row of rows) {
      const agent = agents.get(row.agent!) ?? {
        calls: 0,
        seconds: 0,
        longCalls: 0,
        interactions: 0,
      };
      const duration = Number(row.call_duration_seconds || 0);
      agent.interactions += 1;
      if (duration > 0) {
        agent.calls += 1;
        agent.seconds += duration;
        if (duration >= 600) agent.longCalls += 1;
      }
      agents.set(row.agent!, agent);
    }

    const averages = new Map(
      [...agents]
        .filter(([, agent]) => agent.calls > 0)
        .map(([label, agent]) => [label, agent.seconds / agent.calls]),
    );
    const meanOfAverages =
      [...averages.values()].reduce((sum, value) => sum + value, 0) / averages.size;
    const longestAgent = rankLabels(averages)[0]!;

    const byLongCalls = rankLabels(new Map([...agents].map(([label, a]) => [label, a.longCalls])));
    const longCallTotal = [...agents.values()].reduce((sum, agent) => sum + agent.longCalls, 0);
    const topTwoLongCalls = byLongCalls
      .slice(0, 2)
      .reduce((sum, label) => sum + agents.get(label)!.longCalls, 0);

    return {
      agents,
      interactions: rows.length,
      seconds,
      average: seconds / calls.length,
      meanOfAverages,
      longestAgent,
      longestAverage: averages.get(longestAgent)!,
      byLongCalls,
      topTwoLongCalls,
      longCallShare: percent(topTwoLongCalls, longCallTotal),
    };
  }

  test("mean of agents' averages", async ({ page }) => {
    const figures = await durationFigures(page);

    await typeMistake(page, 'average-duration', {
      typed: roundTo(figures.meanOfAverages, 1),
      exact: figures.average,
      decimals: 1,
      message:
        "You averaged the agents' averages, which gives an agent with a few calls as much weight as one with many. Divide all call seconds by all calls instead.",
    });
  });

  test('seconds divided by all interactions', async ({ page }) => {
    const figures = await durationFigures(page);

    await typeMistake(page, 'average-duration', {
      typed: roundTo(figures.seconds / figures.interactions, 1),
      exact: figures.average,
      decimals: 1,
      message:
        'You divided by all interactions. Only calls have a duration, so divide the call seconds by the number of calls.',
    });
  });

  test('total seconds typed as the average', async ({ page }) => {
    const figures = await durationFigures(page);

    await typeMistake(page, 'average-duration', {
      typed: String(figures.seconds),
      exact: figures.average,
      decimals: 1,
      message:
        'This is the total of the call seconds, not the average. Divide the total by the number of calls.',
    });
  });

  test('average typed in minutes', async ({ page }) => {
    const figures = await durationFigures(page);

    await typeMistake(page, 'average-duration', {
      typed: roundTo(figures.average / 60, 3),
      exact: figures.average,
      decimals: 1,
      message: 'This looks like minutes. The question asks for seconds: multiply by 60.',
    });
  });

  test('longest average typed in seconds', async ({ page }) => {
    const figures = await durationFigures(page);

    await typeMistake(page, 'longest-agent-minutes', {
      typed: roundTo(figures.longestAverage, 2),
      exact: figures.longestAverage / 60,
      decimals: 2,
      message: 'This looks like seconds. The question asks for minutes: divide by 60.',
    });
  });

  test('long calls divided by all interactions', async ({ page }) => {
    const figures = await durationFigures(page);

    await typeMistake(page, 'long-call-share', {
      typed: roundTo(percent(figures.topTwoLongCalls, figures.interactions), 1),
      exact: figures.longCallShare,
      decimals: 1,
      message: ALL_INTERACTIONS_FOR_SUBSET,
    });
  });

  test('one right agent and one wrong', async ({ page }) => {
    const figures = await durationFigures(page);
    const [right, secondRight] = figures.byLongCalls as [string, string];

    // The pair must not be the top two by total seconds or by interactions, because
    // the grader names those rankings instead.
    const agents = [...figures.agents];
    const topTwo = (measure: (calls: AgentCalls) => number) =>
      rankLabels(new Map(agents.map(([label, calls]) => [label, measure(calls)]))).slice(0, 2);
    const otherRankings = [topTwo((agent) => agent.seconds), topTwo((agent) => agent.interactions)];
    const wrong = figures.byLongCalls
      .slice(2)
      .reverse()
      .find((label) =>
        otherRankings.every((pair) => !(pair.includes(right) && pair.includes(label))),
      );
    expect(wrong, `an agent outside the top two by long calls, paired with ${right}`).toBeDefined();

    const card = question(page, 'long-call-agents');
    await card.getByRole('checkbox', { name: right, exact: true }).check();
    await card.getByRole('checkbox', { name: wrong!, exact: true }).check();
    await expect(card.getByRole('checkbox', { name: secondRight, exact: true })).not.toBeChecked();
    await check(page, 'long-call-agents');

    await expectIncorrect(
      page,
      'long-call-agents',
      'Some of your choices are right, but not all. Compare the number of calls of at least 600 seconds of every agent.',
    );
  });

  test('correct answers are graded correct', async ({ page }) => {
    const figures = await durationFigures(page);
    const card = question(page, 'long-call-agents');

    await typeAnswer(page, 'average-duration', roundTo(figures.average, 1));
    await typeAnswer(page, 'longest-agent-minutes', roundTo(figures.longestAverage / 60, 2));
    await typeAnswer(page, 'long-call-share', roundTo(figures.longCallShare, 1));
    for (const agent of figures.byLongCalls.slice(0, 2)) {
      await card.getByRole('checkbox', { name: agent, exact: true }).check();
    }
    await check(page, 'long-call-agents');

    await expectCorrect(page, 'average-duration');
    await expectCorrect(page, 'longest-agent-minutes');
    await expectCorrect(page, 'long-call-share');
    await expectCorrect(page, 'long-call-agents');
  });
});

test.describe('weekday concentration', () => {
  test.beforeEach(async ({ page }) => {
    await openModule(page, '/modules/04-weekday-concentration/');
  });

  async function weekdayShares(page: Page) {
    const rows = readRows(await downloadCsv(page));
    const perWeekday = countBy(rows, 'weekday');
    const shareOf = (...days: string[]) =>
      percent(
        days.reduce((sum, day) => sum + (perWeekday.get(day) ?? 0), 0),
        rows.length,
      );
    return { shareOf, earlyWeek: shareOf('Monday', 'Tuesday') };
  }

  test('Monday alone typed for the pair', async ({ page }) => {
    const { shareOf, earlyWeek } = await weekdayShares(page);

    await typeMistake(page, 'early-week-share', {
      typed: roundTo(shareOf('Monday'), 1),
      exact: earlyWeek,
      decimals: 1,
      message:
        'This is the share of Monday alone. The question asks for the days together: add their interactions before you divide.',
    });
  });

  test('weekend share typed for the pair', async ({ page }) => {
    const { shareOf, earlyWeek } = await weekdayShares(page);
    const weekend = roundTo(shareOf('Saturday', 'Sunday'), 1);

    // The grader checks Monday and Tuesday alone, then every other pair in weekday
    // order, and names the first whose share matches, so none of those may match.
    const pairs = WEEKDAYS.flatMap((first, index) =>
      WEEKDAYS.slice(index + 1).map((second) => [first, second]),
    );
    const checkedBeforeWeekend = [['Monday'], ['Tuesday'], ...pairs.slice(1, -1)];
    const sameShare = checkedBeforeWeekend.find((days) =>
      withinPrecision(weekend, shareOf(...days), 1),
    );
    test.skip(
      sameShare !== undefined,
      `In this variant ${sameShare?.join(' and ')} has the weekend's share ${weekend}.`,
    );

    await typeMistake(page, 'early-week-share', {
      typed: weekend,
      exact: earlyWeek,
      decimals: 1,
      message: 'This is the share of Saturday and Sunday. Check which weekdays the question names.',
    });
  });

  test('correct answer is graded correct', async ({ page }) => {
    const { earlyWeek } = await weekdayShares(page);

    await typeAnswer(page, 'early-week-share', roundTo(earlyWeek, 1));

    await expectCorrect(page, 'early-week-share');
  });
});

test.describe('count versus rate', () => {
  test.beforeEach(async ({ page }) => {
    await openModule(page, '/modules/01-count-versus-rate/');
  });

  /** Reads the orders of each period, in table order, from the business volume table. */
  async function ordersPerPeriod(page: Page): Promise<[string, number][]> {
    const table = page.getByRole('table', { name: 'Business volume in the same period' });
    const orders: [string, number][] = [];
    for (const row of await table.locator('tbody tr').all()) {
      const period = (await row.getByRole('rowheader').innerText()).trim();
      const text = await row.getByRole('cell').first().innerText();
      orders.push([period, Number(text.replaceAll(',', ''))]);
    }
    return orders;
  }

  async function periodFigures(page: Page) {
    const rows = readRows(await downloadCsv(page));
    const perPeriod = countBy(rows, 'period');
    const orders = await ordersPerPeriod(page);
    expect(orders.map(([period]) => period).sort()).toEqual([...perPeriod.keys()].sort());

    const [[firstPeriod, firstOrders], [secondPeriod, secondOrders]] = orders as [
      [string, number],
      [string, number],
    ];
    const previous = perPeriod.get(firstPeriod)!;
    const current = perPeriod.get(secondPeriod)!;
    const previousRate = (previous / firstOrders) * 100;
    const currentRate = (current / secondOrders) * 100;
    return {
      previous,
      current,
      previousRate,
      currentRate,
      countChange: percent(current - previous, previous),
      rateChange: percent(currentRate - previousRate, previousRate),
    };
  }

  test('count change typed for rate change', async ({ page }) => {
    const figures = await periodFigures(page);

    await typeMistake(page, 'rate-change', {
      typed: roundTo(figures.countChange, 1),
      exact: figures.rateChange,
      decimals: 1,
      message:
        'This is the change in the number of interactions. The question asks for the change in the rate: work out the rate of each period first.',
    });
  });

  test('count change divided by current period', async ({ page }) => {
    const figures = await periodFigures(page);

    await typeMistake(page, 'count-change', {
      typed: roundTo(percent(figures.current - figures.previous, figures.current), 1),
      exact: figures.countChange,
      decimals: 1,
      message: CHANGE_OVER_CURRENT,
    });
  });

  test('rate change divided by current period', async ({ page }) => {
    const figures = await periodFigures(page);
    const difference = figures.currentRate - figures.previousRate;

    await typeMistake(page, 'rate-change', {
      typed: roundTo(percent(difference, figures.currentRate), 1),
      exact: figures.rateChange,
      decimals: 1,
      message: CHANGE_OVER_CURRENT,
    });
  });

  test('rate per order instead of per 100 orders', async ({ page }) => {
    const figures = await periodFigures(page);

    // The grader matches a value off by a factor within 1% of itself, so the rate per
    // order needs more places than the two asked of the rate per 100 orders.
    await typeMistake(page, 'rate-first-period', {
      typed: roundTo(figures.previousRate / 100, 4),
      exact: figures.previousRate,
      decimals: 2,
      message: 'This is interactions per order. The question asks per 100 orders: multiply by 100.',
    });
  });

  test('correct answers are graded correct', async ({ page }) => {
    const figures = await periodFigures(page);

    await typeAnswer(page, 'count-change', roundTo(figures.countChange, 1));
    await typeAnswer(page, 'rate-first-period', roundTo(figures.previousRate, 2));
    await typeAnswer(page, 'rate-change', roundTo(figures.rateChange, 1));

    await expectCorrect(page, 'count-change');
    await expectCorrect(page, 'rate-first-period');
    await expectCorrect(page, 'rate-change');
  });
});

test.describe('repeat contacts', () => {
  test.beforeEach(async ({ page }) => {
    await openModule(page, '/modules/05-repeat-contacts/');
  });

  async function repeatFigures(page: Page) {
    const rows = readRows(await downloadCsv(page));
    const repeats = rows.filter((row) => row.repeat_contact === 'yes');
    const perIssue = countBy(repeats, 'issue_type');
    const topIssueRepeats = perIssue.get(rankLabels(perIssue)[0]!)!;
    return {
      interactions: rows.length,
      repeats: repeats.length,
      rate: percent(repeats.length, rows.length),
      topIssueRepeats,
      issueShare: percent(topIssueRepeats, repeats.length),
    };
  }

  test('repeat count typed for the rate', async ({ page }) => {
    const figures = await repeatFigures(page);

    await typeMistake(page, 'repeat-rate', {
      typed: String(figures.repeats),
      exact: figures.rate,
      decimals: 1,
      message:
        'This is the number of repeat contacts. Divide it by all interactions and multiply by 100 to get the rate.',
    });
  });

  test('issue repeats divided by all interactions', async ({ page }) => {
    const figures = await repeatFigures(page);

    await typeMistake(page, 'repeat-issue-share', {
      typed: roundTo(percent(figures.topIssueRepeats, figures.interactions), 1),
      exact: figures.issueShare,
      decimals: 1,
      message: ALL_INTERACTIONS_FOR_SUBSET,
    });
  });

  test('correct answers are graded correct', async ({ page }) => {
    const figures = await repeatFigures(page);

    await typeAnswer(page, 'repeat-rate', roundTo(figures.rate, 1));
    await typeAnswer(page, 'repeat-issue-share', roundTo(figures.issueShare, 1));

    await expectCorrect(page, 'repeat-rate');
    await expectCorrect(page, 'repeat-issue-share');
  });
});
