// Builds the city-hall services from the shared parts of the app (composition for this area).
import type { Accounts } from '../auth/accounts';
import type { AccountKindProvider } from '../auth/account-directory';
import type { LoginGuard } from '../auth/login';
import type { RateLimiter } from '../auth/rate-limit';
import type { Sessions } from '../auth/sessions';
import type { AuditLog } from '../audit/log';
import type { Clock } from '../clock';
import type { Config } from '../config/schema';
import type { Mailer } from '../mail/mailer';
import type { Store } from '../store/store';
import { Catalog } from './catalog';
import { CatalogStore } from './catalog-store';
import { CitizenLogin } from './citizen-login';
import { EventDesk } from './event-desk';
import { EventStore } from './event-store';
import { KeyReissue } from './key-reissue';
import { MailLimits } from './mail-limits';
import { OneTimePasswords } from './one-time-passwords';
import { OtpIssuer } from './otp-issue';
import { ProfileService } from './profile';
import { CitizenProfiles } from './profiles';
import { ReservationStore } from './reservation-store';
import { Reservations } from './reservations';

export interface CitizenServices {
  catalog: Catalog;
  /** Catalogue writes (demo data, staff tools). */
  catalogStore: CatalogStore;
  profiles: CitizenProfiles;
  reservations: Reservations;
  otp: OtpIssuer;
  login: CitizenLogin;
  keys: KeyReissue;
  profile: ProfileService;
  /** What the staff console learns about a citizen: contact address, reservations, key resend. */
  directoryProvider: AccountKindProvider;
  /** The back office of events and slots (issue 14), for staff holding event_management. */
  eventDesk: EventDesk;
}

export interface CitizenServicesDeps {
  store: Store;
  clock: Clock;
  config: Config;
  accounts: Accounts;
  login: LoginGuard;
  audit: AuditLog;
  sessions: Sessions;
  rateLimiter: RateLimiter;
  mailer: Mailer;
  /** The data folder: the back office writes its CSV exports into its exports/. */
  dataDir: string;
}

export function createCitizenServices({ store, clock, config, accounts, login, audit, sessions, rateLimiter, mailer, dataDir }: CitizenServicesDeps): CitizenServices {
  const settings = () => config.citizen;
  const catalogStore = new CatalogStore(store);
  const catalog = new Catalog(catalogStore, clock, () => config.citizen.dose2MinDays);
  const profiles = new CitizenProfiles(store);
  const otps = new OneTimePasswords(store);
  const limits = new MailLimits(rateLimiter, settings);
  const reservationStore = new ReservationStore(store);
  const keys = new KeyReissue({ store, profiles, limits, mailer, audit, evenAnswerMs: () => config.citizen.evenAnswerMs });
  return {
    catalog,
    catalogStore,
    profiles,
    reservations: new Reservations({ store, clock, accounts, audit, mailer, catalog, catalogStore, reservationStore, profiles }),
    otp: new OtpIssuer({
      store, clock, accounts, profiles, otps, limits, mailer, audit, throttle: login.throttle,
      settings: () => ({ kdf: config.security.kdf, otpTtlMinutes: config.citizen.otpTtlMinutes, evenAnswerMs: config.citizen.evenAnswerMs }),
    }),
    login: new CitizenLogin({
      clock, guard: login, otps, sessions,
      // The login guard's decoy: one decoy hash per process, shared by every login path.
      decoy: () => login.decoyCheck(),
      settings: () => ({ kdf: config.security.kdf, codeAttempts: config.citizen.loginLockThreshold }),
    }),
    keys,
    eventDesk: new EventDesk({ store, clock, audit, mailer, events: new EventStore(store), catalogStore, reservationStore, dataDir }),
    profile: new ProfileService({ store, clock, accounts, profiles, mailer, audit }),
    directoryProvider: {
      contactOf: async (id) => {
        const profile = await profiles.get(id);
        return profile?.email ? { address: profile.email, locale: profile.locale } : null;
      },
      summaryOf: async (id) => ({ reservations: await reservationStore.countUpcoming(id, clock.now()) }),
      resendLoginKey: async (id, by) => {
        const profile = await profiles.get(id);
        if (profile?.email) await keys.reissue(profile.email, profile.locale, by);
      },
    },
  };
}
