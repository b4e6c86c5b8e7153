import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@klarsicht/api-core';
import { COMPLIANCE_RULES } from '@klarsicht/compliance-rules';
import { ComplianceService } from './compliance.service';
import { toFindingModel } from './compliance.util';
import { ComplianceModel, ComplianceRuleModel, FindingModel } from './models/compliance.model';

@Resolver(() => ComplianceModel)
export class ComplianceResolver {
  constructor(private readonly compliance: ComplianceService) {}

  @Query(() => [ComplianceRuleModel])
  complianceRules(): ComplianceRuleModel[] {
    return COMPLIANCE_RULES.map((rule) => ({ ...rule, variants: [...rule.variants] }));
  }

  @ResolveField(() => [FindingModel], { description: 'Every rule per account, then the client-wide rules.' })
  async findings(@Ctx() ctx: RequestContext, @Parent() compliance: ComplianceModel): Promise<FindingModel[]> {
    return (await this.compliance.resultFor(ctx, compliance.clientId)).findings.map(toFindingModel);
  }
}
