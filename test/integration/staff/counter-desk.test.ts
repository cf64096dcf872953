// The counter desk through the router: patron registration (自動採番 or typed card numbers, a
// blank one refused, the check digit, the MMDD first login), the password reset after an identity check (one transaction
// with its notice), and reservations taken by phone — each refused to a clerk without its permission.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hashSecretSync } from '../../../src-main/auth/secrets';
import { hasValidCheckDigit, withCheckDigit } from '../../../src-shared/library/card-number';
import { USER_KEY_PATTERN } from '../../../src-shared/fields';
import { type Mailbox, startMailbox } from '../../fixtures/smtp-capture';
import { errorOf, type StaffEnv, staffEnv } from './staff-env';

const DAY = 24 * 60 * 60_000;
const HOUR = 60 * 60_000;
const CLERK = { pin: 'hana2468', confirmPin: 'kaku1357' };

let env: StaffEnv;
let mailbox: Mailbox | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await env?.close();
  await mailbox?.stop();
  mailbox = undefined;
});

async function openDesk(permissions: Parameters<StaffEnv['clerk']>[0], withMail = false): Promise<string> {
  if (withMail) mailbox = await startMailbox();
  env = await staffEnv({ mail: mailbox ? { smtpUrl: mailbox.url, pool: false } : {}, citizen: { evenAnswerMs: 0 } });
  const { staffId } = await env.clerk(permissions, CLERK);
  await env.ok('desk', 'staff.login', { staffId, pin: CLERK.pin });
  return staffId;
}

/** A clerk holding only the look-up, on terminal 'other'. */
async function lookupOnlyClerk(): Promise<void> {
  const { staffId } = await env.clerk(['patron_lookup'], { pin: 'kiku2468', confirmPin: 'kiku1357' });
  await env.ok('other', 'staff.login', { staffId, pin: 'kiku2468' });
}

/** A blank card number: refused, never read as "issue one" (issue 13). */
const newPatron = {
  cardNumber: '',
  name: '窓口 さくら',
  kana: 'まどぐち さくら',
  birthDate: '１９９２年３月９日',
  email: 'sakura@example.jp',
  phone: '',
  pickupBranch: 'tobu',
};

/** The form after the clerk pressed 自動採番. */
async function withIssuedCard(): Promise<typeof newPatron> {
  const { cardNumber } = await env.ok('desk', 'counter.patron.newCardNumber', {});
  return { ...newPatron, cardNumber };
}

describe('patron registration at the counter', () => {
  it('issues a checked card number, records the clerk, and the first login with MMDD must change it', async () => {
    const staffId = await openDesk(['patron_register']);
    const info = await env.ok('desk', 'counter.patron.registrationInfo', {});
    expect(info.branches[0]).toEqual({ code: 'honkan', ja: '本館', en: 'Main Library' });

    const form = await withIssuedCard();
    const slip = await env.ok('desk', 'counter.patron.register', form);
    expect(slip.cardNumber).toBe(form.cardNumber);
    expect(slip).toMatchObject({ name: '窓口 さくら', kana: 'マドグチ サクラ', pickupBranch: { code: 'tobu', ja: '東部' } });
    expect(slip.cardNumber).toMatch(/^2\d{12}$/);
    expect(hasValidCheckDigit(slip.cardNumber)).toBe(true);
    expect((await env.app.services.audit.list({ action: 'patron.register' }))[0]).toMatchObject({ actor: `staff:${staffId}`, target: `patron:${slip.cardNumber}` });
    const patron = await env.app.services.library.patrons.get(slip.accountId);
    expect(patron).toMatchObject({ birthDate: '1992-03-09', settings: { email1: 'sakura@example.jp', pickupBranch: 'tobu' } });

    expect(errorOf(await env.call('p', 'library.login', { cardNumber: slip.cardNumber, password: '0310' })).code).toBe('login_failed');
    const session = await env.ok('p2', 'library.login', { cardNumber: slip.cardNumber, password: '0309' });
    expect(session.requiredAction).toBe('change_password');
    expect(errorOf(await env.call('p2', 'library.summary', {})).code).toBe('action_required');
  });

  it('takes a typed or scanned number only with a right check digit and never twice', async () => {
    await openDesk(['patron_register']);
    const typed = withCheckDigit('200000012345');
    const wrongDigit = typed.slice(0, 12) + String((Number(typed[12]) + 1) % 10);
    expect(errorOf(await env.call('desk', 'counter.patron.register', { ...newPatron, cardNumber: wrongDigit })).fields).toEqual({ cardNumber: 'invalid' });

    const slip = await env.ok('desk', 'counter.patron.register', { ...newPatron, cardNumber: ` ${typed.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))} ` });
    expect(slip.cardNumber).toBe(typed);
    const again = errorOf(await env.call('desk', 'counter.patron.register', { ...newPatron, name: '別の 人', cardNumber: typed }));
    expect(again).toEqual({ code: 'invalid_input', fields: { cardNumber: 'same_as_other' } });
    expect(await env.app.store.get("SELECT count(*) AS n FROM accounts WHERE kind = 'patron'")).toEqual({ n: 1 });
  });

  it('refuses a blank card number instead of issuing one; 自動採番 proposes a fresh number each time', async () => {
    await openDesk(['patron_register']);
    expect(errorOf(await env.call('desk', 'counter.patron.register', newPatron))).toEqual({ code: 'invalid_input', fields: { cardNumber: 'required' } });
    expect(errorOf(await env.call('desk', 'counter.patron.register', { ...newPatron, cardNumber: '　' })).fields).toEqual({ cardNumber: 'required' });
    const { cardNumber: _blank, ...withoutCard } = newPatron;
    // @ts-expect-error the card number left out on purpose, as a hand-made call could
    expect(errorOf(await env.call('desk', 'counter.patron.register', withoutCard)).fields).toEqual({ cardNumber: 'required' });
    expect(await env.app.store.get("SELECT count(*) AS n FROM accounts WHERE kind = 'patron'")).toEqual({ n: 0 });

    const first = await env.ok('desk', 'counter.patron.newCardNumber', {});
    const second = await env.ok('desk', 'counter.patron.newCardNumber', {});
    for (const { cardNumber } of [first, second]) {
      expect(cardNumber).toMatch(/^2\d{12}$/);
      expect(hasValidCheckDigit(cardNumber)).toBe(true);
    }
    expect(first.cardNumber).not.toBe(second.cardNumber);
    // Proposing reserves nothing: the number is checked again when it is registered.
    await env.ok('desk', 'counter.patron.register', { ...newPatron, cardNumber: first.cardNumber });
    const twice = errorOf(await env.call('desk', 'counter.patron.register', { ...newPatron, name: '別の 人', cardNumber: first.cardNumber }));
    expect(twice).toEqual({ code: 'invalid_input', fields: { cardNumber: 'same_as_other' } });
  });

  it('needs a way to reach the patron, a real past birth date and a known branch', async () => {
    await openDesk(['patron_register']);
    const newPatron = await withIssuedCard();
    expect(errorOf(await env.call('desk', 'counter.patron.register', { ...newPatron, email: '' })).fields).toEqual({ phone: 'needs_address' });
    expect(errorOf(await env.call('desk', 'counter.patron.register', { ...newPatron, birthDate: '1992-02-30' })).fields).toEqual({ birthDate: 'format' });
    expect(errorOf(await env.call('desk', 'counter.patron.register', { ...newPatron, birthDate: '2030-01-01' })).fields).toEqual({ birthDate: 'invalid' });
    expect(errorOf(await env.call('desk', 'counter.patron.register', { ...newPatron, pickupBranch: 'atlantis' })).fields).toEqual({ pickupBranch: 'invalid' });
    expect(errorOf(await env.call('desk', 'counter.patron.register', { ...newPatron, kana: '窓口' })).fields).toEqual({ kana: 'format' });
    const byPhone = await env.ok('desk', 'counter.patron.register', { ...newPatron, email: '', phone: '096-300-0000', phoneKind: 'home' });
    expect((await env.app.services.library.patrons.get(byPhone.accountId))?.phones).toEqual({ mobile: null, home: '0963000000', work: null });
  });

  it('is refused to a clerk without the permission', async () => {
    await openDesk(['patron_register']);
    await lookupOnlyClerk();
    expect(errorOf(await env.call('other', 'counter.patron.registrationInfo', {})).code).toBe('unauthorized');
    expect(errorOf(await env.call('other', 'counter.patron.newCardNumber', {})).code).toBe('unauthorized');
    expect(errorOf(await env.call('other', 'counter.patron.register', { ...newPatron, cardNumber: withCheckDigit('200000012345') })).code).toBe('unauthorized');
    expect(await env.app.store.get("SELECT count(*) AS n FROM accounts WHERE kind = 'patron'")).toEqual({ n: 0 });
  });
});

describe('password reset after an identity check', () => {
  const by = { actor: 'test', terminal: 't' };
  const ownPassword = 'maple-harbor-73';

  /** A patron who has already chosen their own password and is logged in on terminal 'p'. */
  async function patronWithOwnPassword() {
    const registered = await env.app.services.library.registration.insert(
      { name: '図書 一郎', kana: 'トショ イチロウ', birthDate: '1990-07-14', email: 'ichiro@example.jp' },
      hashSecretSync(ownPassword, env.app.config.security.kdf),
      by,
      { mustChange: false },
    );
    await env.ok('p', 'library.login', { cardNumber: registered.cardNumber, password: ownPassword });
    return registered;
  }

  it('records the document in the audit log, resets to MMDD and mails the owner, all with the confirmation PIN', async () => {
    const staffId = await openDesk(['patron_password_reset'], true);
    const patron = await patronWithOwnPassword();

    expect(errorOf(await env.call('desk', 'counter.patron.resetPassword', { accountId: patron.accountId, confirmPin: CLERK.confirmPin } as never)).fields).toEqual({
      identityDocument: 'required',
    });
    expect(errorOf(await env.call('desk', 'counter.patron.resetPassword', { accountId: patron.accountId, identityDocument: 'drivers_license', confirmPin: 'nope' })).code).toBe(
      'confirm_failed',
    );
    expect((await env.app.services.accounts.credential(patron.accountId, 'password'))?.mustChange).toBe(false);

    const detail = await env.ok('desk', 'counter.patron.resetPassword', { accountId: patron.accountId, identityDocument: 'drivers_license', confirmPin: CLERK.confirmPin });
    expect(detail).toMatchObject({ kind: 'patron', loginId: patron.cardNumber });
    expect((await env.app.services.accounts.credential(patron.accountId, 'password'))?.mustChange).toBe(true);
    expect(errorOf(await env.call('p', 'library.summary', {})).code).toBe('unauthorized');
    expect((await env.ok('p2', 'library.login', { cardNumber: patron.cardNumber, password: '0714' })).requiredAction).toBe('change_password');

    const [row] = await env.app.services.audit.list({ action: 'counter.patron_reset' });
    expect(row).toMatchObject({ actor: `staff:${staffId}`, target: `patron:${patron.cardNumber}`, outcome: 'ok' });
    expect(JSON.parse(row?.detail ?? '{}')).toEqual({ identity: 'drivers_license' });
    await env.app.mailer.deliverDue();
    const mail = await mailbox?.waitFor({ to: 'ichiro@example.jp', subject: 'アカウントの状態が変更されました' });
    expect(mail?.text).toContain('初期パスワード');
    // The card number (named on purpose) is random and may hold the same four digits by chance.
    expect(mail?.text.replace(patron.cardNumber, '')).not.toContain('0714');
  });

  it('rolls back the reset when its notice cannot be written: no reset, no mail, no audit row, the session stays', async () => {
    await openDesk(['patron_password_reset']);
    const patron = await patronWithOwnPassword();
    const hashBefore = (await env.app.services.accounts.credential(patron.accountId, 'password'))?.hash;
    vi.spyOn(env.app.mailer, 'enqueue').mockImplementation(() => {
      throw new Error('disk full');
    });

    const result = await env.call('desk', 'counter.patron.resetPassword', { accountId: patron.accountId, identityDocument: 'health_insurance', confirmPin: CLERK.confirmPin });
    expect(errorOf(result).code).toBe('internal');
    expect(await env.app.services.accounts.credential(patron.accountId, 'password')).toMatchObject({ hash: hashBefore, mustChange: false });
    expect(await env.app.services.audit.list({ action: 'patron.password_reset' })).toEqual([]);
    expect(await env.app.services.audit.list({ action: 'counter.patron_reset' })).toEqual([]);
    expect(await env.app.store.get('SELECT count(*) AS n FROM outbox')).toEqual({ n: 0 });
    expect((await env.call('p', 'library.summary', {})).ok).toBe(true);
    expect((await env.app.services.audit.verify()).ok).toBe(true);
  });

  it('is refused to a clerk without the permission, and reaches patrons only', async () => {
    await openDesk(['patron_password_reset']);
    const patron = await patronWithOwnPassword();
    await lookupOnlyClerk();
    expect(errorOf(await env.call('other', 'counter.patron.resetPassword', { accountId: patron.accountId, identityDocument: 'other', confirmPin: 'kiku1357' })).code).toBe(
      'unauthorized',
    );
    const citizen = await env.app.services.accounts.create('citizen', 'abcd12345', '市民 花子');
    expect(errorOf(await env.call('desk', 'counter.patron.resetPassword', { accountId: citizen.id, identityDocument: 'other', confirmPin: CLERK.confirmPin })).code).toBe('not_found');
    expect((await env.app.services.accounts.credential(patron.accountId, 'password'))?.mustChange).toBe(false);
  });
});

describe('reservations taken by phone', () => {
  async function catalogue() {
    const store = env.app.services.citizen.catalogStore;
    const now = env.clock.now();
    const categoryId = await store.addCategory({ titleJa: '相談・教室', sortOrder: 1 }, now);
    const base = { categoryId, opensAt: now - DAY, closesAt: now + 60 * DAY, sortOrder: 1 };
    const formId = await store.addForm({ ...base, titleJa: '子育て相談', venueJa: '市役所 相談室', descriptionJa: '', series: false, doseIntervalDays: null }, now);
    const seriesId = await store.addForm({ ...base, titleJa: 'ワクチン集団接種', venueJa: '保健センター', descriptionJa: '', series: true, doseIntervalDays: 21 }, now);
    const at = now + 2 * DAY;
    return {
      formId,
      roomy: await store.addSlot(formId, at, 3),
      last: await store.addSlot(formId, at + HOUR, 1),
      seriesId,
      dose1: await store.addSlot(seriesId, at, 5),
      dose2: await store.addSlot(seriesId, at + 21 * DAY, 5),
    };
  }

  const caller = { name: '電話 花子', phone: '0766-51-6600', email: 'caller@example.jp', postalCode: '', address: '' };

  it('books for the caller with the clerk as actor, mails the key and takes a place', async () => {
    const staffId = await openDesk(['reservation_desk'], true);
    const c = await catalogue();
    const receipt = await env.ok('desk', 'counter.reservation.reserve', { ...caller, slotId: c.roomy });
    expect(receipt.userKey).toMatch(USER_KEY_PATTERN);
    expect(receipt).toMatchObject({ mailed: true, reservations: [{ attendee: '電話 花子', dose: null }] });
    const form = await env.ok('desk', 'city.form', { formId: c.formId });
    expect(form.slots.find((s) => s.id === c.roomy)?.remaining).toBe(2);

    const target = `citizen:${receipt.userKey}`;
    expect((await env.app.services.audit.list({ action: 'citizen.reserve' }))[0]).toMatchObject({ actor: `staff:${staffId}`, target });
    expect((await env.app.services.audit.list({ action: 'counter.phone_reservation' }))[0]).toMatchObject({ actor: `staff:${staffId}`, target, outcome: 'ok' });
    await env.app.mailer.deliverDue();
    const mail = await mailbox?.waitFor({ to: 'caller@example.jp' });
    expect(mail?.text).toContain(receipt.userKey);
  });

  it('books a vaccination series as dose 1 and dose 2 together, and a full slot leaves nothing behind', async () => {
    await openDesk(['reservation_desk']);
    const c = await catalogue();
    expect(errorOf(await env.call('desk', 'counter.reservation.reserve', { ...caller, slotId: c.dose1 })).fields).toEqual({ secondSlotId: 'required' });
    const series = await env.ok('desk', 'counter.reservation.reserve', { ...caller, email: '', slotId: c.dose1, secondSlotId: c.dose2 });
    expect(series.reservations.map((r) => r.dose)).toEqual([1, 2]);
    expect(series.mailed).toBe(false);

    await env.ok('desk', 'counter.reservation.reserve', { ...caller, slotId: c.last });
    const accounts = async () => (await env.app.store.get<{ n: number }>("SELECT count(*) AS n FROM accounts WHERE kind = 'citizen'"))?.n;
    const before = await accounts();
    expect(errorOf(await env.call('desk', 'counter.reservation.reserve', { ...caller, name: '遅い 人', slotId: c.last })).code).toBe('full');
    expect(await accounts()).toBe(before);
    expect(await env.app.services.audit.list({ action: 'counter.phone_reservation' })).toHaveLength(2);
  });

  it('is refused to a clerk without the permission', async () => {
    await openDesk(['reservation_desk']);
    const c = await catalogue();
    await lookupOnlyClerk();
    expect(errorOf(await env.call('other', 'counter.reservation.reserve', { ...caller, slotId: c.roomy })).code).toBe('unauthorized');
    expect((await env.ok('desk', 'city.form', { formId: c.formId })).slots.find((s) => s.id === c.roomy)?.remaining).toBe(3);
  });
});
