import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestContext } from './request-context';

export const REQUEST_CONTEXT_KEY = 'klarsichtContext';
/** Set on the request by the unit-of-work plugin when the GraphQL operation is a query (reads only). */
export const READ_ONLY_OPERATION_KEY = 'klarsichtReadOnly';

export type RequestWithContext = {
  [REQUEST_CONTEXT_KEY]?: RequestContext;
  [READ_ONLY_OPERATION_KEY]?: boolean;
};

export const requestOf = <T extends object = Record<string, unknown>>(
  context: ExecutionContext,
): RequestWithContext & T => {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithContext & T }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithContext & T>();
};

/** The request context built by the auth guard; throws if no guard ran, so a forgotten guard fails loudly. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  const ctx = requestOf(context)[REQUEST_CONTEXT_KEY];
  if (!(ctx instanceof RequestContext)) {
    throw new Error('No request context: the auth guard did not run for this handler');
  }
  return ctx;
});

export const IS_PUBLIC = 'klarsicht:isPublic';
/** Marks an operation that needs no signed-in user (sign-up, login, public consent pages). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

export const BEFORE_TWO_FACTOR = 'klarsicht:beforeTwoFactor';
/** Allowed while the firm's two-factor policy still waits for the member's setup (me, the TOTP setup, logout). */
export const AllowedBeforeTwoFactor = (): MethodDecorator => SetMetadata(BEFORE_TWO_FACTOR, true);
