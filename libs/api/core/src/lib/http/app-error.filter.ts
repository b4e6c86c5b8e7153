import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, serviceUnavailable } from '../errors';
import { isDatabaseUnavailable } from '../database/unavailable';

/** REST answers use the same codes as GraphQL: `{ error: { code, message, fields? } }`. Internal errors are masked. */
@Catch()
export class AppErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(AppErrorFilter.name);

  // `notFoundFallback` lets the single-page web app answer unknown GET paths (client-side routes).
  constructor(
    private readonly notFoundFallback?: (request: FastifyRequest, reply: FastifyReply) => boolean,
  ) {}

  catch(thrown: unknown, host: ArgumentsHost): void {
    if (host.getType<string>() !== 'http') throw thrown;
    if (!(thrown instanceof AppError) && isDatabaseUnavailable(thrown))
      this.logger.warn({ err: thrown }, 'Database unavailable: answering 503');
    const exception =
      !(thrown instanceof AppError) && isDatabaseUnavailable(thrown) ? serviceUnavailable() : thrown;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (
      exception instanceof HttpException &&
      exception.getStatus() === 404 &&
      this.notFoundFallback?.(host.switchToHttp().getRequest(), reply)
    ) {
      return;
    }
    if (exception instanceof AppError) {
      if (exception.details.retryAfterSeconds)
        reply.header('retry-after', String(exception.details.retryAfterSeconds));
      void reply.status(exception.httpStatus).send({
        error: {
          code: exception.code,
          message: exception.message,
          ...(exception.details.fields ? { fields: exception.details.fields } : {}),
          ...(exception.details.reason ? { reason: exception.details.reason } : {}),
        },
      });
      return;
    }
    const status =
      exception instanceof HttpException
        ? exception.getStatus()
        : (exception as { statusCode?: number }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // Nest's and Fastify's own client errors (unknown route, body too large, bad content type) carry a safe message.
      const codes: Record<number, string> = {
        401: 'UNAUTHENTICATED',
        403: 'FORBIDDEN',
        404: 'NOT_FOUND',
        413: 'PAYLOAD_TOO_LARGE',
        415: 'UNSUPPORTED_MEDIA_TYPE',
        429: 'RATE_LIMITED',
      };
      void reply
        .status(status)
        .send({ error: { code: codes[status] ?? 'BAD_REQUEST', message: (exception as Error).message } });
      return;
    }
    this.logger.error({ err: exception }, 'Unhandled error in REST request');
    void reply
      .status(500)
      .send({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
  }
}
