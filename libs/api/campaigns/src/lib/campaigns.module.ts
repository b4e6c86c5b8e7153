import { Module } from '@nestjs/common';
import { CampaignRepository } from './campaign.repository';
import { CampaignResolver, ClientCampaignsResolver } from './campaign.resolver';
import { CampaignService } from './campaign.service';

/** Campaigns (docs/architecture.md, docs/judgement.md). */
@Module({ providers: [CampaignRepository, CampaignService, CampaignResolver, ClientCampaignsResolver] })
export class CampaignsModule {}
