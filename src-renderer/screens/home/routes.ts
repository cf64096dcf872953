import type { RouteRecordRaw } from 'vue-router';
import HomeScreen from './HomeScreen.vue';

export const homeRoutes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeScreen },
  // Whatever no area has claimed yet shows 準備中; an area's own routes always win over this.
  { path: '/:pathMatch(.*)*', name: 'not-ready', component: () => import('./NotReadyScreen.vue') },
];
