// Hash history: the app is served from app:// in Electron and from a plain static server in the
// tests, and a hash address works the same in both without any server-side fallback.
import { createRouter, createWebHashHistory } from 'vue-router';
import { routes } from './screens/routes';

export const router = createRouter({
  history: createWebHashHistory(),
  routes,
  scrollBehavior: () => ({ top: 0 }),
});
