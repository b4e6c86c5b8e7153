import { Controller, Get, Header, Param, Query, Redirect, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Ctx, Public, type RequestContext } from '@klarsicht/api-core';
import { respondWithSession } from '../session-response';
import { TokenService } from '../token.service';
import { SsoClient } from './sso-client';
import { SsoError, SsoLoginService } from './sso-login.service';

/**
 * The browser legs of OpenID Connect: start sends the browser to the firm's provider, callback takes it back,
 * sets the refresh cookie and goes on to the web app's /login/sso page, which exchanges it for an access token.
 * A refused sign-in goes to /login?sso_error=<reason>.
 */
type Redirection = { url: string; statusCode: number };

@Controller('api/auth/sso')
export class SsoController {
  constructor(
    private readonly login: SsoLoginService,
    private readonly client: SsoClient,
    private readonly tokens: TokenService,
  ) {}

  @Public()
  @Get(':tenantId/start')
  @Header('cache-control', 'no-store')
  @Redirect()
  async start(
    @Ctx() ctx: RequestContext,
    @Param('tenantId') tenantId: string,
    @Query('email') email: string | undefined,
  ): Promise<Redirection> {
    try {
      const hint = email?.trim().toLowerCase().slice(0, 254) || null;
      return { url: (await this.login.start(ctx, tenantId, hint)).href, statusCode: 302 };
    } catch (error) {
      return this.refused(error);
    }
  }

  // The redirect is returned, not sent: the unit of work commits (the session exists) before the browser goes on.
  @Public()
  @Get('callback')
  @Header('cache-control', 'no-store')
  @Redirect()
  async callback(
    @Ctx() ctx: RequestContext,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Redirection> {
    try {
      const url = new URL(req.url, this.client.publicUrl());
      const session = await this.login.callback(ctx, new URL(`${this.client.redirectUri()}${url.search}`));
      respondWithSession(this.tokens, session, reply);
      return { url: `${this.client.publicUrl()}/login/sso`, statusCode: 302 };
    } catch (error) {
      return this.refused(error);
    }
  }

  private refused(error: unknown): Redirection {
    if (!(error instanceof SsoError)) throw error;
    return { url: `${this.client.publicUrl()}/login?sso_error=${error.reason}`, statusCode: 302 };
  }
}
