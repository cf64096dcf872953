// 職員 screens, on counter terminals only: on a public kiosk every staff address leads home (and
// main refuses staff channels there whatever the screen does). Every page after the login asks
// main who is logged in first: someone who is not staff goes to the login, and a session whose
// PINs must be set anew goes to the PIN screen. Main checks each channel's permission again.
import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router';
import type { Permission } from '../../../src-shared/contract';
import { useKiosk } from '../../stores/kiosk';
import { useSession } from '../../stores/session';
import './staff.css';

async function counterOnly(): Promise<true | { name: string }> {
  const kiosk = useKiosk();
  // A deep link may come before terminal.info has answered; until then the terminal is a kiosk.
  if (!kiosk.info) await kiosk.load();
  return kiosk.mode === 'counter' ? true : { name: 'home' };
}

function staffOnly(permission?: Permission | 'admin_console') {
  const staff = async (): Promise<true | { name: string }> => {
    const session = await useSession().refresh();
    if (session?.kind !== 'staff') return { name: 'staff.login' };
    if (session.requiredAction === 'set_pins') return { name: 'staff.pins' };
    if (!permission) return true;
    const wanted: Permission = permission === 'admin_console' ? 'staff_management' : permission;
    return session.role === 'admin' || session.permissions.includes(wanted) ? true : { name: 'staff.menu' };
  };
  return [counterOnly, staff];
}

function accountId(route: RouteLocationNormalized) {
  return { accountId: Number(route.params.accountId) };
}

function eventId(route: RouteLocationNormalized) {
  return { eventId: Number(route.params.eventId) };
}

export const staffRoutes: RouteRecordRaw[] = [
  { path: '/staff', name: 'staff.login', component: () => import('./StaffLoginScreen.vue'), beforeEnter: counterOnly },
  { path: '/staff/pins', name: 'staff.pins', component: () => import('./SetPinsScreen.vue'), beforeEnter: counterOnly },
  { path: '/staff/menu', name: 'staff.menu', component: () => import('./StaffMenuScreen.vue'), beforeEnter: staffOnly() },
  { path: '/staff/accounts', name: 'staff.accounts', component: () => import('./AccountSelectScreen.vue'), beforeEnter: staffOnly('admin_console') },
  { path: '/staff/accounts/new', name: 'staff.register', component: () => import('./StaffEditScreen.vue'), beforeEnter: staffOnly('admin_console') },
  {
    path: '/staff/accounts/:accountId(\\d+)',
    name: 'staff.account',
    component: () => import('./AccountSettingsScreen.vue'),
    props: accountId,
    beforeEnter: staffOnly('admin_console'),
  },
  {
    path: '/staff/accounts/:accountId(\\d+)/edit',
    name: 'staff.edit',
    component: () => import('./StaffEditScreen.vue'),
    props: accountId,
    beforeEnter: staffOnly('admin_console'),
  },
  { path: '/staff/counter', name: 'staff.counter', component: () => import('./CounterSearchScreen.vue'), beforeEnter: staffOnly('patron_lookup') },
  { path: '/staff/patrons/new', name: 'staff.patronRegister', component: () => import('./PatronRegisterScreen.vue'), beforeEnter: staffOnly('patron_register') },
  { path: '/staff/phone', name: 'staff.phoneReservation', component: () => import('./PhoneReservationScreen.vue'), beforeEnter: staffOnly('reservation_desk') },
  { path: '/staff/mail', name: 'staff.mail', component: () => import('./MailLogScreen.vue'), beforeEnter: staffOnly('mail_log') },
  { path: '/staff/audit', name: 'staff.audit', component: () => import('./AuditLogScreen.vue'), beforeEnter: staffOnly('audit_log') },
  { path: '/staff/health', name: 'staff.health', component: () => import('./HealthScreen.vue'), beforeEnter: staffOnly('admin_console') },
  // 貸出・返却・延長 at the counter (issue 14).
  { path: '/staff/lending/checkout', name: 'staff.lendingCheckout', component: () => import('./LendingCheckoutScreen.vue'), beforeEnter: staffOnly('circulation') },
  { path: '/staff/lending/checkin', name: 'staff.lendingCheckin', component: () => import('./LendingCheckinScreen.vue'), beforeEnter: staffOnly('circulation') },
  { path: '/staff/lending/renew', name: 'staff.lendingRenew', component: () => import('./LendingRenewScreen.vue'), beforeEnter: staffOnly('circulation') },
  // 催し・予約枠の管理 (issue 14).
  { path: '/staff/events', name: 'staff.events', component: () => import('./EventListScreen.vue'), beforeEnter: staffOnly('event_management') },
  { path: '/staff/events/new', name: 'staff.eventNew', component: () => import('./EventEditScreen.vue'), beforeEnter: staffOnly('event_management') },
  {
    path: '/staff/events/:eventId(\\d+)/edit',
    name: 'staff.eventEdit',
    component: () => import('./EventEditScreen.vue'),
    props: eventId,
    beforeEnter: staffOnly('event_management'),
  },
  {
    path: '/staff/events/:eventId(\\d+)/slots/new',
    name: 'staff.slotGenerate',
    component: () => import('./SlotGenerateScreen.vue'),
    props: eventId,
    beforeEnter: staffOnly('event_management'),
  },
  {
    path: '/staff/events/:eventId(\\d+)/calendar',
    name: 'staff.slotCalendar',
    component: () => import('./SlotCalendarScreen.vue'),
    props: eventId,
    beforeEnter: staffOnly('event_management'),
  },
  {
    path: '/staff/events/:eventId(\\d+)/attendees',
    name: 'staff.attendees',
    component: () => import('./AttendeeListScreen.vue'),
    props: eventId,
    beforeEnter: staffOnly('event_management'),
  },
  // 統計 (issue 14): chart.js is loaded with this screen only.
  { path: '/staff/statistics', name: 'staff.statistics', component: () => import('./StatisticsScreen.vue'), beforeEnter: staffOnly('statistics') },
  // 蔵書データの取り込み、館と開館日の設定 (issue 14).
  { path: '/staff/catalogue/import', name: 'staff.catalogueImport', component: () => import('./CatalogueImportScreen.vue'), beforeEnter: staffOnly('catalogue') },
  { path: '/staff/branches', name: 'staff.branches', component: () => import('./BranchListScreen.vue'), beforeEnter: staffOnly('catalogue') },
  { path: '/staff/branches/new', name: 'staff.branchNew', component: () => import('./BranchEditScreen.vue'), beforeEnter: staffOnly('catalogue') },
  {
    path: '/staff/branches/:code([a-z0-9_-]+)/edit',
    name: 'staff.branchEdit',
    component: () => import('./BranchEditScreen.vue'),
    props: (route: RouteLocationNormalized) => ({ code: String(route.params.code) }),
    beforeEnter: staffOnly('catalogue'),
  },
];
