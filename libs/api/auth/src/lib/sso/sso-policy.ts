import type { Role } from '@klarsicht/shared';
import { AppError } from '@klarsicht/api-core';

/** Non-owner staff: the roles a firm's SSO requirement applies to (owners keep their password, clients never SSO). */
export const requiresSso = (role: Role): boolean =>
  role === 'DPO' || role === 'ASSISTANT' || role === 'AUDITOR';

/** Password or passkey sign-in into a firm that requires its SSO (docs/security.md § Single sign-on). */
export const ssoRequired = (): AppError =>
  new AppError(
    'FORBIDDEN',
    'Your firm requires single sign-on: choose "Sign in with SSO" (Mit SSO anmelden).',
    {
      reason: 'SSO_REQUIRED',
    },
  );

/** switchTenant from a session the firm's SSO opened: it stays in that firm. */
export const ssoBound = (): AppError =>
  new AppError(
    'FORBIDDEN',
    "This session was opened by a firm's single sign-on and stays in that firm: sign in again to open another.",
    { reason: 'SSO_BOUND' },
  );
