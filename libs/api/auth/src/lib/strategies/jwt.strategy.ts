import { createSecretKey, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { ROLES, type Role } from '@klarsicht/shared';
import { AccessChanges, APP_SECRETS, type AppSecrets, type Principal } from '@klarsicht/api-core';

/**
 * passport-jwt hands `secretOrKey` to jsonwebtoken.verify unchanged, which takes a KeyObject (given a string or a
 * Buffer it first tries, and fails, to parse a public key on every request); @types/passport-jwt predates that and
 * only admits string | Buffer. This overload states the one place where the declared type is wider than the types know.
 */
function forPassportJwt(key: KeyObject): Buffer;
function forPassportJwt(key: KeyObject): KeyObject | Buffer {
  return key;
}

// `iss_ms`: when the token was issued, in milliseconds (JWT's `iat` has whole seconds), so that a change of rights
// and a sign-in in the same second are told apart.
export type AccessTokenClaims = {
  sub: string;
  tid: string;
  role: Role;
  cid: string | null;
  email: string;
  iss_ms: number;
  // Present (true) while the firm requires two-factor sign-in and this staff member has not set it up.
  tfa_setup?: boolean;
  // Present (true) when the firm's single sign-on opened the session: it stays in that firm.
  sso?: boolean;
};
type VerifiedClaims = Partial<Pick<AccessTokenClaims, 'iss_ms'>> &
  Omit<AccessTokenClaims, 'iss_ms'> & { iat?: number };

/** Short-lived access tokens (HS256) carry who the user is in which firm, with which role and client scope. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_SECRETS) secrets: AppSecrets,
    private readonly changes: AccessChanges,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject: given a string, jsonwebtoken first tries (and fails) to parse it as a public key on every request.
      // passport-jwt hands it to jsonwebtoken.verify unchanged; its types only predate KeyObject support.
      secretOrKey: forPassportJwt(createSecretKey(Buffer.from(secrets.jwtSecret, 'utf8'))),
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(claims: VerifiedClaims): Principal | false {
    if (!claims.sub || !claims.tid || !ROLES.includes(claims.role)) return false;
    // Rights changed since the token was issued (removed, role changed, portal closed): the change wins, at once.
    const issuedAtMs = claims.iss_ms ?? (claims.iat ?? 0) * 1000;
    const change = this.changes.changeFor(claims.tid, claims.sub, issuedAtMs);
    if (change && !change.role) return false;
    return {
      actor: { type: 'USER', id: claims.sub, label: claims.email },
      userId: claims.sub,
      tenantId: claims.tid,
      role: change?.role ?? claims.role,
      clientId: change ? change.clientId : (claims.cid ?? null),
      scopes: null,
      ...(claims.tfa_setup ? { twoFactorSetupRequired: true } : {}),
      ...(claims.sso ? { ssoBound: true } : {}),
    };
  }
}
