import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthPayload } from './models/auth.models';
import type { Session } from './session-issuer.service';
import { REFRESH_COOKIE, type TokenService } from './token.service';

export type CookieRequest = FastifyRequest & { cookies?: Record<string, string | undefined> };
export type HttpContext = { reply: FastifyReply };

/** What every sign-in answers: the access token in the body, the refresh token (if new) as an httpOnly cookie. */
export const respondWithSession = (
  tokens: TokenService,
  session: Session,
  reply: FastifyReply,
): AuthPayload => {
  if (session.refresh)
    void reply.setCookie(
      REFRESH_COOKIE,
      session.refresh.token,
      tokens.cookieOptions(session.refresh.expiresAt),
    );
  return {
    accessToken: session.accessToken,
    user: session.user,
    tenant: session.tenant,
    role: session.role,
    clientId: session.clientId,
  };
};
