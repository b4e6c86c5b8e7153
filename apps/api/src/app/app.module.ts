import { type DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { DataSource } from 'typeorm';
import {
  CoreModule,
  formatGraphQLError,
  JitExecutor,
  UnitOfWorkInterceptor,
  type AppConfig,
  type AppSecrets,
} from '@klarsicht/api-core';
import { ApiKeysModule } from '@klarsicht/api-api-keys';
import { AuditModule } from '@klarsicht/api-audit';
import { AuthModule } from '@klarsicht/api-auth';
import { ClientsModule } from '@klarsicht/api-clients';
import { ComplianceModule } from '@klarsicht/api-compliance';
import { ConsentModule } from '@klarsicht/api-consent';
import { RequestsModule } from '@klarsicht/api-requests';
import { BreachesModule } from '@klarsicht/api-breaches';
import { ProcessingModule } from '@klarsicht/api-processing';
import { AdviceModule } from '@klarsicht/api-advice';
import { CampaignsModule } from '@klarsicht/api-campaigns';
import { DocumentsModule } from '@klarsicht/api-documents';
import { MessagingModule } from '@klarsicht/api-messaging';
import { PortfolioModule } from '@klarsicht/api-portfolio';
import { ReportsModule } from '@klarsicht/api-reports';
import { TasksModule } from '@klarsicht/api-tasks';
import { NotificationsModule } from '@klarsicht/api-notifications';
import { TenancyModule } from '@klarsicht/api-tenancy';
import { WhatsAppModule } from '@klarsicht/api-whatsapp';
import { HealthController } from '../health/health.controller';
import { HEALTH_PROBES, NO_PROBES, type HealthProbes } from '../health/health-probes';
import { redactPathTokens } from './log-redaction';
import { SystemResolver } from './system.resolver';

export type AppModuleOptions = {
  config: AppConfig;
  secrets: AppSecrets;
  dataSource: DataSource;
  // Where to write the generated schema (`npm run schema:generate`); otherwise it is built in memory.
  schemaFile?: string;
  // The embedded database's supervisor and the shutdown state, for /health (server.ts); none in tests and the CLI.
  probes?: HealthProbes;
};

export const ARMOR_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 5000,
  maxDirectives: 20,
} as const;

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const { config } = options;
    const armor = new ApolloArmor({
      maxDepth: { n: ARMOR_LIMITS.maxDepth, ignoreIntrospection: true },
      maxAliases: { n: ARMOR_LIMITS.maxAliases },
      // The cost limit needs the variables' values: QueryCostPlugin (libs/api/core) applies it instead.
      costLimit: { enabled: false },
      // The token limit is graphql-js' own parse option (below): armor's plugin parses again in a hook, where a
      // syntax error became HTTP 500 instead of 400 GRAPHQL_PARSE_FAILED.
      maxTokens: { enabled: false },
      maxDirectives: { n: ARMOR_LIMITS.maxDirectives },
      blockFieldSuggestion: { enabled: config.NODE_ENV === 'production' },
    });
    const protection = armor.protect();
    // graphql-jit executes the operations (see JitExecutor). Apollo Server takes a custom executor only as its
    // `gateway` option, which Nest's config type leaves out but hands to ApolloServer unchanged.
    const jit = new JitExecutor();
    const executor = { gateway: jit } as Partial<ApolloDriverConfig>;
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(options),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            genReqId: (req: IncomingMessage) => {
              const header = req.headers['x-request-id'];
              return typeof header === 'string' && /^[\w-]{1,64}$/.test(header) ? header : randomUUID();
            },
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
            serializers: {
              req: (req: { url?: string }) => Object.assign(req, { url: redactPathTokens(req.url) }),
            },
            autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' },
          },
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: options.schemaFile ?? true,
          sortSchema: true,
          introspection: config.GRAPHQL_INTROSPECTION ?? config.NODE_ENV !== 'production',
          playground: false,
          csrfPrevention: true,
          parseOptions: { maxTokens: ARMOR_LIMITS.maxTokens },
          includeStacktraceInErrorResponses: false,
          formatError: formatGraphQLError,
          // Compact JSON (Apollo pretty-prints by default: a third more bytes and time on a 5,000-client answer).
          stringifyResult: (result: unknown) => JSON.stringify(result),
          // No cache hints are used; the cache-control plugin would otherwise wrap every field resolver.
          plugins: [...protection.plugins, ApolloServerPluginCacheControlDisabled()],
          validationRules: [...protection.validationRules],
          // Fastify's reply is a thenable: handlers get it wrapped (`@Context('http')`), never as a parameter of its own.
          context: (req: unknown, reply: unknown) => ({ req, http: { reply } }),
          transformSchema: jit.useSchema,
          ...executor,
        }),
        AuditModule,
        NotificationsModule,
        AuthModule,
        ApiKeysModule,
        TenancyModule,
        ComplianceModule,
        ClientsModule,
        WhatsAppModule,
        ConsentModule,
        MessagingModule,
        RequestsModule,
        BreachesModule,
        ProcessingModule,
        AdviceModule,
        CampaignsModule,
        DocumentsModule,
        TasksModule,
        PortfolioModule,
        ReportsModule,
      ],
      controllers: [HealthController],
      providers: [
        SystemResolver,
        { provide: APP_INTERCEPTOR, useClass: UnitOfWorkInterceptor },
        { provide: HEALTH_PROBES, useValue: options.probes ?? NO_PROBES },
      ],
    };
  }
}
