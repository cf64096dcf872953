// The identity area's public entry: the other logins offered on the city login screen and the
// provider status the city menu reads.
export { default as OtherLogins } from './OtherLogins.vue';
export { useProvider } from './use-provider';
