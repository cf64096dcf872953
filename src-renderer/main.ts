// Renderer entry: Vue, Pinia, the router and i18n, then the terminal's settings from main before
// the first screen shows (so it appears in the right language and mode).
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { installRuby } from './components/ruby-text';
import { installErrorForwarding } from './error-forwarding';
import { i18n } from './i18n';
import { router } from './router';
import { useKiosk } from './stores/kiosk';
import { installTerminalReset } from './stores/terminal-reset';
import './styles/base.css';

const app = createApp(App);
const pinia = createPinia();
app.use(pinia);
app.use(router);
app.use(i18n);
installRuby(app);
installTerminalReset(pinia, router);
installErrorForwarding(app, router);
void useKiosk(pinia).load();
app.mount('#app');
