import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { ROLES, type Role } from '@klarsicht/shared';
import { APP_SECRETS, type AppSecrets, type Principal } from '@klarsicht/api-core';

export type AccessTokenClaims = { sub: string; tid: string; role: Role; cid: string | null; email: string };

/** Short-lived access tokens (HS256) carry who the user is in which firm, with which role and client scope. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(APP_SECRETS) secrets: AppSecrets) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject: given a string, jsonwebtoken first tries (and fails) to parse it as a public key on every request.
      // passport-jwt hands it to jsonwebtoken.verify unchanged; its types only predate KeyObject support.
      secretOrKey: createSecretKey(Buffer.from(secrets.jwtSecret, 'utf8')) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessTokenClaims): Principal | false {
    if (!claims.sub || !claims.tid || !ROLES.includes(claims.role)) return false;
    return {
      actor: { type: 'USER', id: claims.sub, label: claims.email },
      userId: claims.sub,
      tenantId: claims.tid,
      role: claims.role,
      clientId: claims.cid ?? null,
      scopes: null,
    };
  }
}
