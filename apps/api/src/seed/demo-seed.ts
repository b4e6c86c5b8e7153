import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { DocumentFilesService, DocumentsService } from '@klarsicht/api-documents';
import { RequestContextFactory, SYSTEM_PRINCIPAL, type RequestContext } from '@klarsicht/api-core';
import { ClientsService, type FederalState } from '@klarsicht/api-clients';
import { PortfolioService } from '@klarsicht/api-portfolio';
import { ProcessingActivityService, ProcessingTemplateService } from '@klarsicht/api-processing';
import { TasksService } from '@klarsicht/api-tasks';
import { WhatsAppService } from '@klarsicht/api-whatsapp';
import type { Variant, WhatsAppAnswers } from '@klarsicht/compliance-rules';
import { demoHistory } from './demo-history';

export const DEMO_LOGIN = { email: 'demo@klarsicht.de', password: 'Klarsicht-Demo-2026!' } as const;
export const DEMO_FIRM = 'Datenschutzkanzlei Demo';

const INDUSTRIES = [
  'Friseur',
  'Zahnarztpraxis',
  'Autohaus',
  'Bäckerei',
  'Steuerberatung',
  'Onlinehandel',
  'Hotel',
  'Physiotherapie',
  'Immobilienmakler',
  'Handwerk',
];
const CITIES: [string, string, FederalState][] = [
  ['Kassel', '34117', 'HE'],
  ['München', '80331', 'BY'],
  ['Hamburg', '20095', 'HH'],
  ['Leipzig', '04109', 'SN'],
  ['Köln', '50667', 'NW'],
  ['Stuttgart', '70173', 'BW'],
  ['Bremen', '28195', 'HB'],
  ['Erfurt', '99084', 'TH'],
  ['Kiel', '24103', 'SH'],
  ['Mainz', '55116', 'RP'],
];
const NAMES = [
  'Salon Schnittpunkt',
  'Zahnarztpraxis Dr. Weiß',
  'Autohaus Blech',
  'Bäckerei Korn',
  'Kanzlei Zahl & Partner',
  'Gartenwelt Online',
  'Hotel Am See',
  'Physio Beweglich',
  'Immobilien Dach',
  'Tischlerei Holzwurm',
  'Optik Scharf',
  'Fahrschule Grün',
  'Blumen Blüte',
  'Café Bohne',
  'Reisebüro Fernweh',
  'Tierarztpraxis Pfote',
  'Elektro Funke',
  'Modehaus Faden',
  'Buchhandlung Seite',
  'Weingut Rebe',
  'Fitnessstudio Kraft',
  'Apotheke am Markt',
  'Druckerei Letter',
  'Malerbetrieb Farbe',
  'Yoga Atem',
  'Pflegedienst Hand',
  'Sanitär Fluss',
  'Brauerei Hopfen',
  'Schuhhaus Sohle',
  'IT-Service Byte',
];

const ALL_GOOD: WhatsAppAnswers = {
  usedForBusiness: true,
  contactSyncDisabled: true,
  addressBookOnlyConsentingContacts: true,
  profileHasImprint: true,
  profileLinksPrivacyNotice: true,
  privacyNoticeCoversWhatsApp: true,
  doubleOptInDocumented: true,
  sendsMarketing: true,
  separateMarketingConsent: true,
  bspDpaSigned: true,
  dedicatedBusinessDevice: true,
  accountDeletionProcess: true,
};

// Profiles cycling through every variant and level: compliant, partly unknown, failing.
const PROFILES: { variant: Variant; answers: Partial<WhatsAppAnswers>; bsp: number | null }[] = [
  { variant: 'BUSINESS_PLATFORM', answers: ALL_GOOD, bsp: 0 },
  {
    variant: 'BUSINESS_APP',
    answers: { ...ALL_GOOD, separateMarketingConsent: null, profileLinksPrivacyNotice: null },
    bsp: null,
  },
  { variant: 'PRIVATE_APP', answers: { usedForBusiness: true, contactSyncDisabled: false }, bsp: null },
  { variant: 'BUSINESS_PLATFORM', answers: { ...ALL_GOOD, bspDpaSigned: false }, bsp: 1 },
  { variant: 'BUSINESS_APP', answers: ALL_GOOD, bsp: null },
  {
    variant: 'BUSINESS_PLATFORM',
    answers: { usedForBusiness: true, privacyNoticeCoversWhatsApp: true },
    bsp: 2,
  },
];

/** True when nobody has signed up yet (app_user is global, so the runtime role sees it without a tenant scope). */
export const isDatabaseEmpty = async (app: NestFastifyApplication): Promise<boolean> => {
  const [row] = await app
    .get(DataSource)
    .query<{ found: boolean }[]>('SELECT EXISTS (SELECT 1 FROM app_user) AS found');
  return !row?.found;
};

/** One demo firm with 30 clients, BSPs, accounts, tasks and 90 days of portfolio history, created through the real services (so it is audited). */
export const seedDemo = async (app: NestFastifyApplication): Promise<{ email: string; password: string }> => {
  // The firm and its owner go through the public sign-up, exactly as a real firm would.
  const response = await app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    payload: JSON.stringify({
      query: 'mutation ($input: SignUpInput!) { signUp(input: $input) { tenant { id } user { id } } }',
      variables: {
        input: {
          firmName: DEMO_FIRM,
          name: 'Dr. Demo Datenschutz',
          email: DEMO_LOGIN.email,
          password: DEMO_LOGIN.password,
        },
      },
    }),
  });
  const body = JSON.parse(response.body) as {
    data?: { signUp: { tenant: { id: string }; user: { id: string } } } | null;
    errors?: unknown;
  };
  if (!body.data) throw new Error(`Demo sign-up failed: ${JSON.stringify(body.errors)}`);
  const tenantId = body.data.signUp.tenant.id;
  const ownerId = body.data.signUp.user.id;
  const clients = app.get(ClientsService);
  const whatsapp = app.get(WhatsAppService);
  const tasks = app.get(TasksService);
  const contexts = app.get(RequestContextFactory);
  const documents = app.get(DocumentsService);
  const files = app.get(DocumentFilesService);
  const templates = app.get(ProcessingTemplateService);
  const activities = app.get(ProcessingActivityService);
  const meta = { ip: null, userAgent: 'klarsicht-demo-seed', requestId: null };
  const run = <T>(work: (ctx: RequestContext) => Promise<T>): Promise<T> =>
    contexts.runSeparately(SYSTEM_PRINCIPAL(tenantId), meta, work);

  const bsps = await run(async (ctx) => [
    await whatsapp.createBsp(ctx, {
      name: 'Sinch (EU)',
      hostingRegion: 'EU',
      transferMechanism: 'NONE',
      dpaAvailable: true,
    }),
    await whatsapp.createBsp(ctx, {
      name: 'MessengerPeople',
      hostingRegion: 'EEA',
      transferMechanism: 'NONE',
      dpaAvailable: true,
    }),
    await whatsapp.createBsp(ctx, {
      name: 'Twilio',
      hostingRegion: 'THIRD_COUNTRY',
      transferMechanism: 'DATA_PRIVACY_FRAMEWORK',
      dpaAvailable: true,
    }),
  ]);

  for (const [i, name] of NAMES.entries()) {
    const [city, postalCode, federalState] = CITIES[i % CITIES.length] ?? ['Kassel', '34117', 'HE'];
    await run(async (ctx) => {
      const client = await clients.create(ctx, {
        name,
        industry: INDUSTRIES[i % INDUSTRIES.length] ?? null,
        city,
        postalCode,
        federalState,
        street: `Hauptstraße ${i + 1}`,
        contactName: 'Geschäftsführung',
        contactEmail: `kontakt${i + 1}@example.de`,
        assignedDpoId: ownerId,
      });
      const profiles =
        i % 5 === 0
          ? [PROFILES[i % PROFILES.length], PROFILES[(i + 1) % PROFILES.length]]
          : [PROFILES[i % PROFILES.length]];
      for (const [n, profile] of profiles.entries()) {
        if (!profile) continue;
        await whatsapp.createAccount(ctx, {
          clientId: client.id,
          label: n === 0 ? 'Hauptnummer' : 'Service',
          variant: profile.variant,
          bspId: profile.bsp === null ? null : (bsps[profile.bsp]?.id ?? null),
          answers: profile.answers,
        });
      }
      // Platform clients get their record of processing from the built-in template (docs/registers.md): approved
      // where everything is answered well, a draft elsewhere.
      const allGood = profiles.every((p) => p?.answers === ALL_GOOD);
      if (profiles.some((p) => p?.variant === 'BUSINESS_PLATFORM')) {
        const [activity] = await templates.apply(ctx, {
          templateId: 'builtin:whatsapp-platform:de',
          clientIds: [client.id],
        });
        if (activity && allGood) await activities.approve(ctx, activity.id);
      }
      // Clients that answer everything well also have their approved processing record and DPIA: GREEN.
      if (allGood) {
        for (const [type, title] of [
          ['PROCESSING_RECORD', 'Verzeichnis der Verarbeitungstätigkeiten – WhatsApp'],
          ['DPIA', 'Datenschutz-Folgenabschätzung WhatsApp Business'],
        ] as const) {
          const doc = await documents.create(ctx, {
            clientId: client.id,
            type,
            title,
            reviewIntervalMonths: 12,
          });
          await files.upload(
            ctx,
            doc.id,
            Readable.from([
              Buffer.from(`${title}\n\n${name}: Stand ${new Date().toISOString().slice(0, 10)}.\n`),
            ]),
            `${type.toLowerCase()}.txt`,
          );
          await documents.approve(ctx, doc.id);
        }
      }
      if (i % 3 === 0) {
        await tasks.create(ctx, {
          clientId: client.id,
          title: 'Datenschutzerklärung um WhatsApp ergänzen',
          description: 'Abschnitt zur Verarbeitung über WhatsApp (Art. 13 DSGVO) aufnehmen.',
          priority: 'MEDIUM',
          dueAt: new Date(Date.now() + (i % 2 === 0 ? -5 : 20) * 86_400_000),
          assigneeId: ownerId,
        });
      }
    });
  }

  // About 90 days of history for the portfolio chart, converging on today's real figures.
  const portfolio = app.get(PortfolioService);
  await run(async (ctx) => {
    const [today] = await portfolio.history(ctx, 1);
    if (!today) return;
    const level = (name: string): number => today.byLevel.find((entry) => entry.level === name)?.count ?? 0;
    const counts = {
      clientCount: today.clientCount,
      red: level('RED'),
      amber: level('AMBER'),
      green: level('GREEN'),
      openTasks: today.openTasks,
      overdueTasks: today.overdueTasks,
    };
    await portfolio.save(ctx, demoHistory(counts, today.day, 90));
  });
  return { ...DEMO_LOGIN };
};
