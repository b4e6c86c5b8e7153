import { useCallback, useState } from 'react';

export type LoginCredentials = {
  email: string;
  password: string;
};

export type LoginResult = { ok: true } | { ok: false; reason: 'unavailable' };

export type UseLogin = {
  login: (credentials: LoginCredentials) => Promise<LoginResult>;
  loading: boolean;
  // False until the identity module lands; the page says so instead of pretending.
  available: boolean;
};

// Stub: the identity module replaces this with the `login` mutation (and TOTP step).
// It deliberately sends nothing anywhere.
export const useLogin = (): UseLogin => {
  const [loading, setLoading] = useState(false);
  const login = useCallback(async (_credentials: LoginCredentials): Promise<LoginResult> => {
    setLoading(true);
    try {
      return { ok: false, reason: 'unavailable' };
    } finally {
      setLoading(false);
    }
  }, []);
  return { login, loading, available: false };
};
