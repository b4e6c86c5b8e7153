import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { APP_SECRETS, type AppSecrets } from '@klarsicht/api-core';
import { AccountResolver } from './account.resolver';
import { AccountService } from './account.service';
import { SecondFactorRepository } from './second-factor.repository';
import { SecondFactorResetService } from './second-factor-reset.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { RequestAuthGuard } from './guards/request-auth.guard';
import { PasskeySignIn } from './passkeys/passkey-sign-in.service';
import { PasskeysRepository } from './passkeys/passkeys.repository';
import { PasskeysResolver } from './passkeys/passkeys.resolver';
import { PasskeysService } from './passkeys/passkeys.service';
import { WebAuthnChallenges } from './passkeys/webauthn-challenges.service';
import { PasswordService } from './password.service';
import { PasswordResetRepository } from './password-reset.repository';
import { PasswordResetResolver } from './password-reset.resolver';
import { PasswordResetService } from './password-reset.service';
import { RecoveryCodesService } from './recovery-codes.service';
import { SessionIssuer } from './session-issuer.service';
import { SignInOutcomes } from './sign-in-outcomes.service';
import { SignInThrottleService } from './sign-in-throttle.service';
import { JwtStrategy } from './strategies/jwt.strategy';
import { TokenService } from './token.service';
import { TotpService } from './totp.service';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { SignInAttemptsRepository } from './sign-in-attempts.repository';
import { UsersRepository } from './users.repository';
import { SsoClient } from './sso/sso-client';
import { SsoController } from './sso/sso.controller';
import { SsoLoginService } from './sso/sso-login.service';
import { SsoRepository } from './sso/sso.repository';
import { SsoResolver } from './sso/sso.resolver';
import { SsoSettingsService } from './sso/sso-settings.service';

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_SECRETS],
      useFactory: (secrets: AppSecrets) => ({
        secret: secrets.jwtSecret,
        signOptions: { algorithm: 'HS256' },
      }),
    }),
  ],
  controllers: [SsoController],
  providers: [
    SsoRepository,
    SsoClient,
    SsoSettingsService,
    SsoLoginService,
    SsoResolver,
    UsersRepository,
    RefreshTokensRepository,
    SignInAttemptsRepository,
    JwtStrategy,
    PasswordService,
    TotpService,
    RecoveryCodesService,
    TokenService,
    SignInThrottleService,
    SessionIssuer,
    SignInOutcomes,
    PasskeysRepository,
    WebAuthnChallenges,
    PasskeysService,
    PasskeySignIn,
    PasskeysResolver,
    AuthService,
    AuthResolver,
    AccountService,
    SecondFactorRepository,
    SecondFactorResetService,
    AccountResolver,
    PasswordResetRepository,
    PasswordResetService,
    PasswordResetResolver,
    { provide: APP_GUARD, useClass: RequestAuthGuard },
  ],
  exports: [PasswordService, TokenService],
})
export class AuthModule {}
