import type { resources } from './i18n';

declare module 'i18next' {
  // Declaration merging is how i18next learns the key shape, so this has to be an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['de'];
    returnNull: false;
  }
}
