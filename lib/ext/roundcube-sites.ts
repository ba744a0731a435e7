// The one setting background.js reads (lib/ext/roundcube-registration.ts), in a module of its own:
// @wxt-dev/storage reads an item from storage as it defines it, so a wake that imported every
// setting of ./settings.ts made thirteen storage round trips for one it needs.
import { storage } from 'wxt/utils/storage';

/** Origins of self-hosted Roundcube sites the user enabled (e.g. https://mail.example.org). */
export const roundcubeSitesItem = storage.defineItem<string[]>('local:roundcubeSites', {
  fallback: [],
  version: 1,
});
