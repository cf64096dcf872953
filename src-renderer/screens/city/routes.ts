// 市役所の予約 screens. Pages of a logged-in citizen check the session in main first and send
// anyone else to ログイン.
import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router';
import { citizenOnly } from './citizen-only';
import './city.css';

function numberParam(name: string) {
  return (route: RouteLocationNormalized) => ({ [name]: Number(route.params[name]) });
}

function queryNumber(value: unknown): number | null {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 ? n : null;
}

export const cityRoutes: RouteRecordRaw[] = [
  { path: '/city', name: 'city', component: () => import('./CityHomeScreen.vue') },
  { path: '/city/categories/:categoryId(\\d+)', name: 'city.category', component: () => import('./CategoryScreen.vue'), props: numberParam('categoryId') },
  { path: '/city/forms/:formId(\\d+)', name: 'city.form', component: () => import('./FormScreen.vue'), props: numberParam('formId') },
  {
    path: '/city/forms/:formId(\\d+)/reserve',
    name: 'city.reserve',
    component: () => import('./ReserveScreen.vue'),
    props: (route) => ({
      formId: Number(route.params.formId),
      slotId: queryNumber(route.query.slot) ?? 0,
      secondSlotId: queryNumber(route.query.second),
    }),
  },
  { path: '/city/login', name: 'city.login', component: () => import('./LoginScreen.vue') },
  { path: '/city/otp', name: 'city.otp', component: () => import('./OtpIssueScreen.vue') },
  { path: '/city/key', name: 'city.key', component: () => import('./KeyReissueScreen.vue') },
  { path: '/city/reservations', name: 'city.reservations', component: () => import('./ReservationsScreen.vue'), beforeEnter: citizenOnly },
  {
    path: '/city/reservations/:reservationId(\\d+)/cancel',
    name: 'city.cancel',
    component: () => import('./CancelScreen.vue'),
    props: numberParam('reservationId'),
    beforeEnter: citizenOnly,
  },
  { path: '/city/profile', name: 'city.profile', component: () => import('./ProfileScreen.vue'), beforeEnter: citizenOnly },
  { path: '/city/logout', name: 'city.logout', component: () => import('./LogoutScreen.vue'), beforeEnter: citizenOnly },
];
