import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { requestOf, REQUEST_CONTEXT_KEY } from './ctx.decorator';
import { runUnitOfWork } from './unit-of-work';

/** REST handlers: the request's unit of work commits when the handler succeeds and rolls back when it throws. */
@Injectable()
export class UnitOfWorkInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'http') return next.handle();
    const ctx = requestOf(context)[REQUEST_CONTEXT_KEY];
    if (!ctx) return next.handle();
    return from(runUnitOfWork(ctx, () => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }
}
