import { useSyncExternalStore } from 'react';
import { tokenStore } from './token-store';

export const useAccessToken = (): string | null => useSyncExternalStore(tokenStore.subscribe, tokenStore.get);
