import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import {
  ANONYMOUS,
  AppError,
  BEFORE_TWO_FACTOR,
  forbidden,
  IS_PUBLIC,
  READ_ONLY_OPERATION_KEY,
  REQUEST_CONTEXT_KEY,
  RequestContextFactory,
  requestOf,
  type RequestContext,
  unauthenticated,
  type Principal,
  type RequestMeta,
} from '@klarsicht/api-core';

const TWO_FACTOR_FIRST =
  'Your firm requires two-factor sign-in: set it up first (enableTotp, confirmTotp), then refresh the session';

type HttpRequest = {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  id?: string;
  user?: Principal;
};

export const requestMeta = (request: HttpRequest): RequestMeta => ({
  ip: request.ip ?? null,
  userAgent:
    typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'].slice(0, 512) : null,
  requestId: request.id ?? null,
});

type Authentication = { ctx: RequestContext; error: unknown };

const AUTHENTICATION = Symbol('authentication');

type GuardedRequest = HttpRequest & {
  [REQUEST_CONTEXT_KEY]?: RequestContext;
  [READ_ONLY_OPERATION_KEY]?: boolean;
  [AUTHENTICATION]?: Promise<Authentication>;
};

/**
 * Global guard for GraphQL and REST: authenticates the bearer credential (API key or JWT) through passport,
 * then builds the request context every handler reads with @Ctx(). Deny by default: only @Public() handlers
 * run without a principal.
 */
@Injectable()
export class RequestAuthGuard extends AuthGuard(['api-key', 'jwt']) {
  constructor(
    private readonly reflector: Reflector,
    private readonly contexts: RequestContextFactory,
  ) {
    super();
  }

  override getRequest(context: ExecutionContext): HttpRequest {
    return requestOf<HttpRequest>(context);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic =
      this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]) ??
      false;
    const request = this.getRequest(context) as GuardedRequest;
    // The root fields of a query resolve concurrently, each through this guard: they share one authentication and
    // one context. A second context would hold a pooled connection (or an open transaction) that nothing finishes.
    request[AUTHENTICATION] ??= this.authenticate(context, request);
    const { ctx, error } = await request[AUTHENTICATION];
    // A rate limit holds for public operations too.
    if (error && (!isPublic || (error instanceof AppError && error.code === 'RATE_LIMITED'))) throw error;
    if (!isPublic && !ctx.isAuthenticated) throw unauthenticated();
    if (
      !isPublic &&
      ctx.principal.twoFactorSetupRequired &&
      !this.reflector.getAllAndOverride<boolean>(BEFORE_TWO_FACTOR, [
        context.getHandler(),
        context.getClass(),
      ])
    )
      throw forbidden(TWO_FACTOR_FIRST);
    return true;
  }

  /** The request's principal (anonymous when the credential is refused, with the reason) and its context. */
  private async authenticate(context: ExecutionContext, request: GuardedRequest): Promise<Authentication> {
    let principal: Principal = ANONYMOUS;
    let error: unknown = null;
    if (request.headers.authorization) {
      try {
        await super.canActivate(context);
        principal = request.user ?? ANONYMOUS;
      } catch (refused) {
        error = refused;
      }
    }
    const ctx = this.contexts.create(principal, requestMeta(request));
    if (request[READ_ONLY_OPERATION_KEY]) ctx.markReadOnly();
    request[REQUEST_CONTEXT_KEY] = ctx;
    return { ctx, error };
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error) throw error;
    if (!user) throw unauthenticated('Invalid or expired credentials');
    return user;
  }
}
