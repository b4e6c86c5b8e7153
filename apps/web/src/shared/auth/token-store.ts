// The access token lives only in memory, never in storage that scripts could read later;
// after a reload the httpOnly refresh cookie gets a new one.
type Listener = (token: string | null) => void;

let accessToken: string | null = null;
const listeners = new Set<Listener>();

export const tokenStore = {
  get: (): string | null => accessToken,
  set: (token: string | null): void => {
    if (token === accessToken) return;
    accessToken = token;
    for (const listener of [...listeners]) listener(token);
  },
  clear: (): void => tokenStore.set(null),
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};
