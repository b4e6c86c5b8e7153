import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public, type RequestContext } from '@klarsicht/api-core';
import { SsoLoginService } from './sso-login.service';
import { SsoOptionModel, SsoSettingsInput, SsoSettingsModel } from './sso.models';
import { SsoSettingsService } from './sso-settings.service';

@Resolver()
export class SsoResolver {
  constructor(
    private readonly settings: SsoSettingsService,
    private readonly login: SsoLoginService,
  ) {}

  @Query(() => SsoSettingsModel, { description: "The firm's single sign-on settings (OWNER)." })
  ssoSettings(@Ctx() ctx: RequestContext): Promise<SsoSettingsModel> {
    return this.settings.settings(ctx);
  }

  @Mutation(() => SsoSettingsModel, {
    description:
      'Connect the firm to its OpenID Connect provider (OWNER); the issuer is checked by discovery. Requiring SSO ends the password sessions of non-owner staff in this firm.',
  })
  configureSso(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SsoSettingsInput,
  ): Promise<SsoSettingsModel> {
    return this.settings.configure(ctx, input);
  }

  @Public()
  @Query(() => [SsoOptionModel], {
    description: 'The firms whose single sign-on covers this email address’s domain (the sign-in page asks).',
  })
  async ssoOptions(@Ctx() ctx: RequestContext, @Args('email') email: string): Promise<SsoOptionModel[]> {
    const options = await this.login.options(ctx, email.slice(0, 254));
    const hint = encodeURIComponent(email.trim().slice(0, 254));
    return options.map((o) => ({ ...o, startUrl: `/api/auth/sso/${o.tenantId}/start?email=${hint}` }));
  }
}
