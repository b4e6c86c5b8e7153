export * from './lib/tenant.entity';
export * from './lib/membership.entity';
export * from './lib/invitation.entity';
export * from './lib/tenancy.module';
export * from './lib/tenancy.service';
export { UserRefModel } from './lib/models/user-ref.model';
