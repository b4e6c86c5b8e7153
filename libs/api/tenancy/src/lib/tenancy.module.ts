import { Module } from '@nestjs/common';
import { MembersService } from './members.service';
import { TenancyRepository } from './tenancy.repository';
import { TenancyResolver } from './tenancy.resolver';
import { TenancyService } from './tenancy.service';

@Module({
  providers: [TenancyRepository, TenancyService, MembersService, TenancyResolver],
  exports: [TenancyService],
})
export class TenancyModule {}
