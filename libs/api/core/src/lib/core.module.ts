import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService } from './access/access.service';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { RequestContextFactory } from './context/request-context.factory';
import { AccessChanges } from './access/access-changes';
import { QueryCostPlugin } from './graphql/query-cost.plugin';
import { UnitOfWorkPlugin } from './graphql/unit-of-work.plugin';
import { JobsService } from './jobs/jobs.service';
import { RateLimitRepository } from './database/rate-limit.repository';
import { APP_SECRETS, type AppSecrets } from './secrets';

export type CoreModuleOptions = { config: AppConfig; secrets: AppSecrets; dataSource: DataSource };

@Global()
@Module({})
export class CoreModule {
  static forRoot({ config, secrets, dataSource }: CoreModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_SECRETS, useValue: secrets },
        { provide: DataSource, useValue: dataSource },
        AccessService,
        AccessChanges,
        RequestContextFactory,
        QueryCostPlugin,
        UnitOfWorkPlugin,
        JobsService,
        RateLimitRepository,
      ],
      exports: [
        APP_CONFIG,
        APP_SECRETS,
        DataSource,
        AccessService,
        AccessChanges,
        RequestContextFactory,
        JobsService,
        RateLimitRepository,
      ],
    };
  }
}
