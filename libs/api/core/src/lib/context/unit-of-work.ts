import type { RequestContext } from './request-context';

/**
 * The one lifecycle of a unit of work (docs/architecture.md, "The request path"): run the work on the context,
 * then commit (the buffered audit entries first) when it succeeded or roll back when it threw, and return the
 * connection to the pool either way. REST handlers (UnitOfWorkInterceptor), jobs and own-transaction work call this;
 * a GraphQL operation ends the same way in UnitOfWorkPlugin, once its whole result is known.
 */
export const runUnitOfWork = async <T>(
  ctx: RequestContext,
  work: (ctx: RequestContext) => Promise<T>,
  commitIf: (result: T) => boolean = () => true,
): Promise<T> => {
  let result: T;
  try {
    result = await work(ctx);
  } catch (error) {
    await ctx.finish(false);
    throw error;
  }
  // A work may succeed and still keep nothing (a dry run): `commitIf` says so from its result.
  await ctx.finish(commitIf(result));
  return result;
};

/**
 * The same lifecycle for a response streamed after its handler returned (exports): the rows are read on `ctx`,
 * committed when the last one was read, rolled back when reading failed or the client went away (the stream's
 * consumer ends the iteration early).
 */
export async function* streamUnitOfWork<T>(
  ctx: RequestContext,
  rows: (ctx: RequestContext) => AsyncIterable<T>,
): AsyncGenerator<T> {
  let complete = false;
  try {
    yield* rows(ctx);
    complete = true;
  } finally {
    await ctx.finish(complete);
  }
}
