import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { ApiKeyStrategy } from './api-key.strategy';
import { ApiKeysRepository } from './api-keys.repository';
import { ApiKeysResolver } from './api-keys.resolver';
import { ApiKeysService } from './api-keys.service';
import { ApiRateLimits } from './api-rate-limits.service';

@Module({
  imports: [PassportModule],
  providers: [ApiKeysRepository, ApiRateLimits, ApiKeyStrategy, ApiKeysService, ApiKeysResolver],
})
export class ApiKeysModule {}
