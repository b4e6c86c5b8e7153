import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { requestOf, REQUEST_CONTEXT_KEY } from './ctx.decorator';

/** REST handlers: commit the request's transaction when the handler succeeds, roll back when it throws. */
@Injectable()
export class UnitOfWorkInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'http') return next.handle();
    const ctx = requestOf(context)[REQUEST_CONTEXT_KEY];
    if (!ctx) return next.handle();
    return from(
      (async () => {
        try {
          const result = await lastValueFrom(next.handle(), { defaultValue: undefined });
          await ctx.finish(true);
          return result;
        } catch (error) {
          await ctx.finish(false);
          throw error;
        }
      })(),
    );
  }
}
