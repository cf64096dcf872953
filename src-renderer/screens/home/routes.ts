import type { RouteRecordRaw } from 'vue-router';
import HomeScreen from './HomeScreen.vue';

export const homeRoutes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeScreen },
  // An address no screen answers shows a page with the way home; an area's own routes always win.
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./NotFoundScreen.vue') },
];
