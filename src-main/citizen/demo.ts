// Demo data of the city-hall area, placed around the clock's "now" so that `npm start` always has
// upcoming slots: the seeds' three categories, a few forms, a nearly full and a full slot, and one
// demo citizen (利用者キー hana24680, hanako@example.jp) with reservations to look at after login.
import { formatJapaneseYear } from '../../src-shared/japanese-date';
import type { DemoContext } from '../demo/seed';
import type { CatalogStore } from './catalog-store';
import { ReservationStore } from './reservation-store';

export const DEMO_CITIZEN = { userKey: 'hana24680', name: '市民 花子', email: 'hanako@example.jp', phone: '0766510000' } as const;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Japan has no daylight saving time: local midnight is always 15:00 UTC of the day before. */
const JST = 9 * HOUR;

function jstMidnight(epochMs: number): number {
  return Math.floor((epochMs + JST) / DAY) * DAY - JST;
}

function isWeekday(midnight: number): boolean {
  const day = new Date(midnight + JST).getUTCDay();
  return day !== 0 && day !== 6;
}

/** Start times on the weekdays of the next `days` days, at the given "HH:MM" times (Japan time). */
function weekdaySlots(today: number, fromDay: number, days: number, times: string[]): number[] {
  const out: number[] = [];
  for (let d = fromDay; d < fromDay + days; d++) {
    const midnight = today + d * DAY;
    if (!isWeekday(midnight)) continue;
    for (const t of times) {
      const [h, m] = t.split(':').map(Number) as [number, number];
      out.push(midnight + h * HOUR + m * MINUTE);
    }
  }
  return out;
}

/** Adds the slots one after the other (inside the seeding transaction) and returns their ids in order. */
async function addSlots(catalog: CatalogStore, formId: number, times: number[], capacity: number): Promise<number[]> {
  const ids: number[] = [];
  for (const at of times) ids.push(await catalog.addSlot(formId, at, capacity));
  return ids;
}

export async function seedCitizenDemo({ store, services, clock }: DemoContext): Promise<void> {
  const { catalogStore: catalog, profiles } = services.citizen;
  const now = clock.now();
  const today = jstMidnight(now);
  const opensAt = today - 14 * DAY;

  const vaccine = await catalog.addCategory({ titleJa: '新型コロナウイルスワクチン接種', titleTr: { en: 'COVID-19 vaccination' }, sortOrder: 1 }, now);
  const classes = await catalog.addCategory({ titleJa: '相談・教室', titleTr: { en: 'Consultations and classes' }, sortOrder: 2 }, now);
  const tax = await catalog.addCategory({ titleJa: '確定申告相談', titleTr: { en: 'Tax return consultation' }, sortOrder: 3 }, now);

  const vaccineForm = await catalog.addForm(
    {
      categoryId: vaccine,
      titleJa: '新型コロナウイルスワクチン 集団接種（1回目・2回目）',
      titleTr: { en: 'COVID-19 vaccine, group vaccination (doses 1 and 2)' },
      venueJa: '保健センター',
      venueTr: { en: 'Health Centre' },
      descriptionJa:
        '1回目と2回目を同時に予約します。2回目は1回目から21日以上あけてください。' +
        '当日は予診票、本人確認書類、お薬手帳をお持ちください。',
      descriptionTr: {
        en:
          'Doses 1 and 2 are booked together; dose 2 must be at least 21 days after dose 1. ' +
          'Please bring the pre-vaccination questionnaire, an identity document and your medication notebook.',
      },
      opensAt,
      closesAt: today + 90 * DAY,
      series: true,
      doseIntervalDays: 21,
      sortOrder: 1,
    },
    now,
  );
  await addSlots(catalog, vaccineForm, weekdaySlots(today, 1, 60, ['09:30', '10:00', '13:30', '14:00']), 20);

  const parenting = await catalog.addForm(
    {
      categoryId: classes,
      titleJa: '子育て相談（個別）',
      titleTr: { en: 'Parenting advice (one to one)' },
      venueJa: '市民会館 相談室2',
      venueTr: { en: 'Civic Hall, consultation room 2' },
      descriptionJa: '保健師が子育ての悩みをうかがいます。1回30分です。お子さま連れでもどうぞ。',
      descriptionTr: { en: 'A public health nurse listens to your questions about raising children. 30 minutes; children are welcome.' },
      opensAt,
      closesAt: today + 30 * DAY,
      series: false,
      doseIntervalDays: null,
      sortOrder: 1,
    },
    now,
  );
  const parentingSlots = await addSlots(catalog, parenting, weekdaySlots(today, 2, 28, ['10:00', '10:30', '11:00']), 1);

  const cooking = await catalog.addForm(
    {
      categoryId: classes,
      titleJa: '料理教室「旬の野菜でつくる一汁三菜」',
      titleTr: { en: 'Cooking class: a seasonal vegetable meal' },
      venueJa: '中央公民館 調理室',
      venueTr: { en: 'Central Community Centre, kitchen' },
      descriptionJa: 'エプロン、三角巾、ふきんをお持ちください。材料費500円は当日集めます。',
      descriptionTr: { en: 'Please bring an apron, a head scarf and a dish cloth. The ingredients cost 500 yen, paid on the day.' },
      opensAt,
      closesAt: today + 20 * DAY,
      series: false,
      doseIntervalDays: null,
      sortOrder: 2,
    },
    now,
  );
  await addSlots(catalog, cooking, [today + 8 * DAY + 10 * HOUR, today + 15 * DAY + 10 * HOUR], 12);

  const lastYear = new Date(now + JST);
  lastYear.setUTCFullYear(lastYear.getUTCFullYear() - 1);
  const taxForm = await catalog.addForm(
    {
      categoryId: tax,
      titleJa: `${formatJapaneseYear(lastYear.getTime())}分 確定申告相談会`,
      titleTr: { en: `Tax return consultation for ${lastYear.getUTCFullYear()}` },
      venueJa: '市役所 本庁舎3階 大会議室',
      venueTr: { en: 'City Hall main building, 3rd floor, large meeting room' },
      descriptionJa:
        '職員と税理士が申告書の作成をお手伝いします。源泉徴収票、控除の証明書、本人確認書類、' +
        '還付金の振込先がわかるものをお持ちください。',
      descriptionTr: {
        en:
          'Staff and tax accountants help you fill in your return. Please bring your withholding slips, ' +
          'deduction certificates, an identity document and your bank details for a refund.',
      },
      opensAt,
      closesAt: today + 45 * DAY,
      series: false,
      doseIntervalDays: null,
      sortOrder: 1,
    },
    now,
  );
  const taxSlots = await addSlots(catalog, taxForm, weekdaySlots(today, 1, 40, ['09:00', '09:30', '10:00', '10:30', '13:30', '14:00', '14:30', '15:00']), 3);

  // The demo citizen, with a tax consultation and the first parenting slot (which that makes 満員).
  const account = await services.accounts.create('citizen', DEMO_CITIZEN.userKey, DEMO_CITIZEN.name);
  await profiles.insert(
    account.id,
    { phone: DEMO_CITIZEN.phone, email: DEMO_CITIZEN.email, postalCode: '9391234', address: '窓口市本町1丁目2-3' },
    'ja',
    now,
  );
  const reservations = new ReservationStore(store);
  const book = async (slotId: number | undefined) => {
    if (slotId === undefined || !(await catalog.takePlace(slotId))) return;
    await reservations.insert({ slotId, accountId: account.id, attendeeName: DEMO_CITIZEN.name, dose: null, firstDoseId: null }, now);
  };
  await book(taxSlots[12]);
  await book(parentingSlots[0]);
}
