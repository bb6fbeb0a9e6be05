import type { Page } from 'playwright-core';
import type { DashboardPage } from '../e2e/harness/dashboard-page';

const pad = (n: number) => String(n).padStart(2, '0');
const dayIn = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/**
 * The headless tour's mentorship: from the reply straight into a mentorship with a purpose and
 * two goals, a step, a session with two action items, a journal entry to bring up, something given back.
 * Leaves the dashboard on the person's page, scrolled to the mentorship.
 */
export async function mentorshipTour(dash: DashboardPage): Promise<Page> {
  const page = dash.page;
  await dash.button('Mark as replied').click();
  await page.getByRole('button', { name: 'Start an ongoing mentorship' }).click();
  const setup = page.getByRole('form', { name: 'Set up the mentorship' });
  await setup.getByLabel('What you hope to gain').fill('Grow from senior engineer into leading a small team');
  await setup.getByLabel('What you can offer back').fill('What we learn from our payments rewrite, and intros to our data team');
  await setup.getByLabel('The kind of feedback you find most useful').fill('Direct, with one concrete example');
  await setup.getByLabel('Goal 1', { exact: true }).fill('Lead the Q2 release end to end');
  await setup.getByLabel('Goal 1: why it matters').fill('The first real step towards a team lead role');
  await setup.getByLabel('Goal 2', { exact: true }).fill('Speak up early in design reviews');
  await setup.getByRole('combobox', { name: 'Goal 2: kind' }).selectOption('personal');
  await setup.getByRole('button', { name: 'Start the mentorship' }).click();
  const ms = page.getByRole('region', { name: 'Mentorship', exact: true });
  await ms.waitFor();
  const goal = ms.getByRole('region', { name: 'Goals' }).getByRole('listitem').first();
  await goal.getByText('Add a step, change the goal, history').click();
  const step = goal.getByRole('form', { name: /^Add a step to/ });
  await step.getByLabel('Next step').fill('Shadow the current release lead for one cycle');
  await step.getByLabel('Target date').fill(dayIn(-2));
  await step.getByRole('button', { name: 'Add step' }).click();
  await goal.getByText('Add a step, change the goal, history').click();
  await ms.getByRole('region', { name: 'Next session' }).getByRole('button', { name: 'Record the session' }).click();
  const record = page.getByRole('form', { name: 'Record the session' });
  await record.getByLabel('Notes').fill('How release trains work at her company; what a go/no-go meeting needs');
  await record.getByLabel('Feedback you received').fill('Write decisions down before the meeting, not after');
  await record.getByLabel('Your takeaways').fill('Keep a decision log');
  await record.getByLabel('Action item 1', { exact: true }).fill('Start a decision log for the release');
  await record.getByLabel('Action item 1: by').fill(dayIn(10));
  await record.getByRole('combobox', { name: 'Action item 1: goal' }).selectOption({ index: 1 });
  await record.getByLabel('Action item 2', { exact: true }).fill('Ask one question in each design review');
  await record.getByLabel('Action item 2: by').fill(dayIn(14));
  await record.getByRole('combobox', { name: 'Action item 2: goal' }).selectOption({ index: 2 });
  await record.getByRole('button', { name: 'Record the session' }).click();
  await ms.getByRole('region', { name: 'Past sessions' }).getByRole('heading', { name: 'Past sessions (1)' }).waitFor();
  const journal = ms.getByRole('region', { name: 'Learning journal' });
  await journal.getByLabel('What did you learn or notice?').fill('Froze when the VP joined the review. Next time: open with a one-line summary.');
  await journal.getByLabel('Bring this up next session').check();
  await journal.getByRole('button', { name: 'Add entry' }).click();
  const giving = ms.getByRole('region', { name: 'Giving back' });
  await giving.getByLabel('What you offered or shared').fill('Sent her our write-up on idempotent payment retries');
  await giving.getByRole('button', { name: 'Add' }).click();
  await giving.getByText('idempotent payment retries').waitFor();
  await ms.scrollIntoViewIfNeeded();
  return page;
}
