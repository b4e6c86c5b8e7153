import { Module } from '@nestjs/common';
import { TenancyResolver } from './tenancy.resolver';
import { TenancyService } from './tenancy.service';

@Module({ providers: [TenancyService, TenancyResolver], exports: [TenancyService] })
export class TenancyModule {}
