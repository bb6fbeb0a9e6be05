// The dashboard opened straight onto a person reads them while the person page's code loads (bench: "open a mentorship
// page"): the page then starts from that read, once, and its live query takes over.
import { describe, expect, it } from 'vitest';
import { readEarly, readPerson, takeEarly } from '../../../components/dashboard/person-read';
import { emptyProfile } from '../../../lib/linkedin/schema';
import { getDb } from '../../../lib/shared/tracker-db';
import { upsertPerson } from '../../../lib/tracker';

const ada = { ...emptyProfile('https://www.linkedin.com/in/ada-early/', 'ada-early'), fullName: 'Ada Early', firstName: 'Ada' };

describe('person-read', () => {
  it('reads the person with their journal (none yet), and null for someone not in the tracker', async () => {
    const p = await upsertPerson(getDb(), ada, Date.UTC(2026, 2, 1));
    expect(await readPerson(p.id)).toMatchObject({ p: { id: p.id, name: 'Ada Early' }, m: null });
    expect(await readPerson('https://www.linkedin.com/in/nobody-here/')).toBeNull();
  });

  it('hands what readEarly found to the page once, and nothing for another person', async () => {
    const p = await upsertPerson(getDb(), ada, Date.UTC(2026, 2, 1));
    expect(takeEarly(p.id)).toBeUndefined();
    readEarly(p.id);
    await expect.poll(() => takeEarly('https://www.linkedin.com/in/someone-else/') === undefined && takeEarly(p.id)).toMatchObject({ p: { id: p.id } });
    expect(takeEarly(p.id)).toBeUndefined();
  });
});
