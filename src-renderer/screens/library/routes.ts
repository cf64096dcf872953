// 図書館 screens (seed 002). Every page after ログイン checks the session in main first; a patron
// who still has to replace the initial password is held on 新しいパスワードの登録.
import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router';
import { useSession } from '../../stores/session';
import './library.css';

async function patronOnly(to: RouteLocationNormalized): Promise<true | { name: string }> {
  const session = await useSession().refresh();
  if (session?.kind !== 'patron') return { name: 'library.login' };
  if (session.requiredAction === 'change_password' && to.name !== 'library.password') return { name: 'library.password' };
  return true;
}

export const libraryRoutes: RouteRecordRaw[] = [
  { path: '/library', name: 'library.login', component: () => import('./LoginScreen.vue') },
  { path: '/library/password', name: 'library.password', component: () => import('./PasswordScreen.vue'), beforeEnter: patronOnly },
  { path: '/library/my', name: 'library.my', component: () => import('./MyLibraryScreen.vue'), beforeEnter: patronOnly },
  { path: '/library/search', name: 'library.search', component: () => import('./SearchScreen.vue'), beforeEnter: patronOnly },
  { path: '/library/history', name: 'library.history', component: () => import('./HistoryScreen.vue'), beforeEnter: patronOnly },
  { path: '/library/settings', name: 'library.settings', component: () => import('./SettingsScreen.vue'), beforeEnter: patronOnly },
  { path: '/library/sdi', name: 'library.sdi', component: () => import('./SdiScreen.vue'), beforeEnter: patronOnly },
  { path: '/library/shelves/:shelfId(\\d+)', name: 'library.shelf', component: () => import('./ShelfScreen.vue'), beforeEnter: patronOnly },
];
