// The demo data of `npm start`: the seeds' three categories with upcoming slots and a demo
// citizen who can log in with the documented key and address.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_CITIZEN } from '../../../src-main/citizen';
import { type TempApp, tempApp } from '../../fixtures/temp-app';

let env: TempApp;
afterEach(async () => {
  await env.close();
});

describe('citizen demo data', () => {
  it('has the three categories, bookable forms with future slots, a full slot and the demo citizen', async () => {
    env = await tempApp({ demoData: true });
    const call = env.app.router.call.bind(env.app.router);
    const categories = await call('t', 'city.categories', {});
    if (!categories.ok) throw new Error('categories failed');
    expect(categories.data.map((c) => c.title.ja)).toEqual(['新型コロナウイルスワクチン接種', '相談・教室', '確定申告相談']);

    for (const category of categories.data) {
      const forms = await call('t', 'city.forms', { categoryId: category.id });
      if (!forms.ok) throw new Error('forms failed');
      expect(forms.data.forms.length).toBeGreaterThan(0);
      for (const summary of forms.data.forms) {
        const form = await call('t', 'city.form', { formId: summary.id });
        if (!form.ok) throw new Error('form failed');
        expect(form.data.bookable).toBe(true);
        expect(form.data.slots.length).toBeGreaterThan(0);
        expect(form.data.slots.every((s) => s.startsAt > env.clock.now())).toBe(true);
      }
    }

    const account = await env.app.services.accounts.findByLogin('citizen', DEMO_CITIZEN.userKey);
    expect(account?.displayName).toBe(DEMO_CITIZEN.name);
    expect((await env.app.services.citizen.profiles.holdersOf(DEMO_CITIZEN.email)).map((h) => h.userKey)).toEqual([DEMO_CITIZEN.userKey]);
    expect(await env.app.services.citizen.reservations.list(account?.id ?? 0)).toHaveLength(2);
    const full = await env.app.store.get<{ n: number }>('SELECT count(*) AS n FROM reservation_slots WHERE booked = capacity');
    expect(full?.n).toBe(1);
  });
});
