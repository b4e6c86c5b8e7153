export * from './lib/auth.module';
export { requestMeta } from './lib/guards/request-auth.guard';
export * from './lib/entities/user.entity';
export * from './lib/entities/refresh-token.entity';
export * from './lib/entities/sign-in-attempt.entity';
