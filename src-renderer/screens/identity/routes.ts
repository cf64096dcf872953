// xID and password screens (seed 004). They live under /city because they are ways into the
// city-hall reservation system; linking needs a logged-in citizen.
import type { RouteRecordRaw } from 'vue-router';
import { citizenOnly } from '../city';
import './identity.css';

export const identityRoutes: RouteRecordRaw[] = [
  { path: '/city/register', name: 'identity.register', component: () => import('./RegisterScreen.vue') },
  { path: '/city/xid/register', name: 'identity.xid.register', component: () => import('./XidScreen.vue'), props: { mode: 'register' } },
  { path: '/city/xid/login', name: 'identity.xid.login', component: () => import('./XidScreen.vue'), props: { mode: 'login' } },
  { path: '/city/xid/link', name: 'identity.xid.link', component: () => import('./XidScreen.vue'), props: { mode: 'link' }, beforeEnter: citizenOnly },
  { path: '/city/password/reset', name: 'identity.password.reset', component: () => import('./PasswordResetScreen.vue') },
  { path: '/city/password/login', name: 'identity.password.login', component: () => import('./PasswordLoginScreen.vue') },
];
