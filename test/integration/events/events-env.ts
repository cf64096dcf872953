// A counter terminal with a clerk holding event_management logged in on 'office', a real SMTP
// capture, and helpers to make an event and its slots through the router as the screens do.
import type { TempAppOptions } from '../../fixtures/temp-app';
import type { ChannelInput } from '../../../src-shared/contract';
import { type Mailbox, startMailbox } from '../../fixtures/smtp-capture';
import { type StaffEnv, staffEnv } from '../staff/staff-env';

export const CLERK = { pin: 'moyo2468', confirmPin: 'moyo1357' };

export interface EventsEnv extends StaffEnv {
  mailbox: Mailbox;
  staffId: string;
  categoryId: number;
  stop(): Promise<void>;
}

export async function openEventsEnv(options: TempAppOptions = {}): Promise<EventsEnv> {
  const mailbox = await startMailbox();
  const env = await staffEnv({ mail: { smtpUrl: mailbox.url, pool: false }, citizen: { evenAnswerMs: 0 } }, options);
  const { staffId } = await env.clerk(['event_management'], CLERK);
  await env.ok('office', 'staff.login', { staffId, pin: CLERK.pin });
  const categoryId = await env.app.services.citizen.catalogStore.addCategory({ titleJa: '相談・教室', titleTr: { en: 'Classes' }, sortOrder: 1 }, env.clock.now());
  return Object.assign(env, {
    mailbox,
    staffId,
    categoryId,
    async stop() {
      await env.close();
      await mailbox.stop();
    },
  });
}

export function eventDraft(categoryId: number, overrides: Partial<ChannelInput<'counter.events.save'>> = {}): ChannelInput<'counter.events.save'> {
  return {
    eventId: null,
    categoryId,
    titleJa: '離乳食教室',
    descriptionJa: '生後5〜6か月のお子さまの保護者が対象です。',
    venueJa: '保健センター 2階',
    translations: { en: { title: 'Baby food class', venue: 'Health Centre, 2nd floor', description: '' } },
    audience: 'residents',
    slotCapacity: '３',
    opensOn: '2026年1月1日',
    closesOn: '2028-03-31',
    cancelHours: '24',
    series: false,
    doseIntervalDays: '',
    ...overrides,
  };
}

export async function createEvent(env: EventsEnv, overrides: Partial<ChannelInput<'counter.events.save'>> = {}): Promise<number> {
  return (await env.ok('office', 'counter.events.save', eventDraft(env.categoryId, overrides))).eventId;
}

export function plan(eventId: number, overrides: Partial<ChannelInput<'counter.events.slots.preview'>> = {}): ChannelInput<'counter.events.slots.preview'> {
  return { eventId, from: '2027-01-01', to: '2027-03-31', weekdays: [1, 2, 3, 4, 5], times: ['10:00', '14:00'], minutes: '60', capacity: '3', ...overrides };
}

export const guest = (name: string, email: string | null) => ({ name, phone: '0766-51-6600', email: email ?? '', postalCode: '', address: '' });
